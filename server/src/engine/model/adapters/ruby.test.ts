import assert from 'node:assert/strict';
import type { CodeModel, StaticValue } from '../../contract';
import { withModel } from '../../../../../test/support/model-fixture';

/** Each call as [callee, qualified, name, isConstructor, argument texts with names, receiver text]. */
function callTable(model: CodeModel): [string, string, string, boolean, string[], string | undefined][] {
  return model.calls().map((call) => [
    call.callee,
    call.qualified,
    call.name,
    call.isConstructor,
    call.args.map((arg) => (arg.name === undefined ? arg.node.text : `${arg.name}: ${arg.node.text}`)),
    call.receiver?.text,
  ]);
}

function argumentValues(model: CodeModel, callee: string): StaticValue[] {
  const call = model.calls().find((candidate) => candidate.callee === callee);
  assert.ok(call, `no call to ${callee}`);
  return call.args.map((arg) => model.valueOf(arg.node));
}

describe('Ruby adapter', () => {
  it('lists calls with receivers, constant paths, constructors and calls without parentheses', async () => {
    const source = [
      "require 'digest'",
      'digest = Digest::MD5.hexdigest(data)',
      "engine = OpenSSL::Digest.new('MD5')",
      'client&.close',
      'Foo::bar(1)',
      'builder.with_ssl.build',
      "OpenSSL::Cipher.new('des').encrypt",
      "source 'http://rubygems.org'",
      "gem 'rails', '~> 7.0', require: false",
    ].join('\n');
    await withModel('ruby', source, (model) => {
      assert.deepEqual(callTable(model), [
        ['require', 'require', 'require', false, ["'digest'"], undefined],
        ['Digest::MD5.hexdigest', 'Digest.MD5.hexdigest', 'hexdigest', false, ['data'], 'Digest::MD5'],
        ['OpenSSL::Digest.new', 'OpenSSL.Digest.new', 'new', true, ["'MD5'"], 'OpenSSL::Digest'],
        ['client&.close', 'client.close', 'close', false, [], 'client'],
        ['Foo::bar', 'Foo.bar', 'bar', false, ['1'], 'Foo'],
        ['builder.with_ssl.build', 'builder.with_ssl.build', 'build', false, [], 'builder.with_ssl'],
        ['builder.with_ssl', 'builder.with_ssl', 'with_ssl', false, [], 'builder'],
        ["OpenSSL::Cipher.new('des').encrypt", "OpenSSL::Cipher.new('des').encrypt", 'encrypt', false, [], "OpenSSL::Cipher.new('des')"],
        ['OpenSSL::Cipher.new', 'OpenSSL.Cipher.new', 'new', true, ["'des'"], 'OpenSSL::Cipher'],
        ['source', 'source', 'source', false, ["'http://rubygems.org'"], undefined],
        ['gem', 'gem', 'gem', false, ["'rails'", "'~> 7.0'", 'require: false'], undefined],
      ]);
      assert.deepEqual(model.calls().map((call) => call.calleeNode.text), [
        'require', 'hexdigest', 'new', 'close', 'bar', 'build', 'with_ssl', 'encrypt', 'new', 'source', 'gem',
      ]);
      const hexdigest = model.calls()[1];
      assert.ok(hexdigest?.receiver);
      assert.equal(source.slice(hexdigest.receiver.startIndex, hexdigest.calleeNode.endIndex), 'Digest::MD5.hexdigest');
      assert.equal(model.qualifiedName(hexdigest.calleeNode), 'Digest.MD5.hexdigest');
      assert.deepEqual(model.imports(), []);
    });
  });

  it('names keyword arguments and gives every hash pair form as a key/value pair', async () => {
    const source = [
      'Net::HTTP.start(host, port, use_ssl: true, :verify_mode => OpenSSL::SSL::VERIFY_NONE, "timeout" => 5) do |http|',
      '  http.get(path)',
      'end',
      'options = { verify: false, "ssl": { ca_file: nil }, sym_key => 1 }',
    ].join('\n');
    await withModel('ruby', source, (model) => {
      const start = model.calls().find((call) => call.name === 'start');
      assert.deepEqual(start?.args.map((arg) => [arg.name, arg.node.text]), [
        [undefined, 'host'],
        [undefined, 'port'],
        ['use_ssl', 'true'],
        ['verify_mode', 'OpenSSL::SSL::VERIFY_NONE'],
        ['timeout', '5'],
      ]);
      assert.deepEqual(model.keyValues().map((pair) => [pair.key, pair.keyNode.text, pair.value.text]), [
        ['use_ssl', 'use_ssl', 'true'],
        ['verify_mode', ':verify_mode', 'OpenSSL::SSL::VERIFY_NONE'],
        ['timeout', '"timeout"', '5'],
        ['verify', 'verify', 'false'],
        ['ssl', '"ssl"', '{ ca_file: nil }'],
        ['ca_file', 'ca_file', 'nil'],
      ]);
      const verifyMode = model.keyValues()[1];
      assert.ok(verifyMode);
      assert.equal(model.qualifiedName(verifyMode.value), 'OpenSSL.SSL.VERIFY_NONE');
      assert.equal(model.nameOf(verifyMode.value), 'VERIFY_NONE');
    });
  });

  it('records attribute setters, constants, locals and instance variables as assignments', async () => {
    const source = [
      "ALG = 'MD5'",
      'http = Net::HTTP.new(host, 443)',
      'http.use_ssl = true',
      'http.verify_mode = ::OpenSSL::SSL::VERIFY_NONE',
      "@cipher = 'des'",
      "settings['verify'] = false",
      'a, b = 1, 2',
      'count ||= 0',
    ].join('\n');
    await withModel('ruby', source, (model) => {
      assert.deepEqual(model.assignments().map((assignment) => [assignment.target, assignment.value.text]), [
        ['ALG', "'MD5'"],
        ['http', 'Net::HTTP.new(host, 443)'],
        ['http.use_ssl', 'true'],
        ['http.verify_mode', '::OpenSSL::SSL::VERIFY_NONE'],
        ['@cipher', "'des'"],
        ["settings['verify']", 'false'],
      ]);
      assert.deepEqual(model.calls().map((call) => call.callee), ['Net::HTTP.new']);
      const mode = model.assignments()[3];
      assert.ok(mode);
      assert.equal(model.qualifiedName(mode.value), 'OpenSSL.SSL.VERIFY_NONE');
    });
  });

  it('works out strings, symbols, interpolation, concatenation and constants', async () => {
    const source = [
      'class Settings',
      "  PREFIX = 'ma'",
      '  ALG = "#{PREFIX}d5".freeze',
      'end',
      'scheme = "http"',
      'use_all(',
      "  'it\\'s \\n raw',",
      '  "tab\\there\\e",',
      '  "#{scheme}://example.org",',
      '  "#{unknown}://example.org",',
      "  scheme + '://' + 'x',",
      '  :md5,',
      '  :"sha#{1}",',
      '  "a" "b",',
      '  Settings::ALG,',
      "  'sha1'.upcase,",
      '  1_000 * 2,',
      '  0755,',
      '  -(1 + 2),',
      '  !false,',
      '  nil,',
      '  OpenSSL::SSL::VERIFY_NONE,',
      '  ENV["ALG"]',
      ')',
    ].join('\n');
    await withModel('ruby', source, (model) => {
      assert.deepEqual(argumentValues(model, 'use_all'), [
        { kind: 'string', value: "it's \\n raw" },
        { kind: 'string', value: 'tab\there\x1b' },
        { kind: 'string', value: 'http://example.org' },
        { kind: 'unknown' },
        { kind: 'string', value: 'http://x' },
        { kind: 'string', value: 'md5' },
        { kind: 'string', value: 'sha1' },
        { kind: 'string', value: 'ab' },
        { kind: 'string', value: 'mad5' },
        { kind: 'string', value: 'SHA1' },
        { kind: 'number', value: 2000 },
        { kind: 'number', value: 493 },
        { kind: 'number', value: -3 },
        { kind: 'boolean', value: true },
        { kind: 'null' },
        { kind: 'unknown' },
        { kind: 'unknown' },
      ]);
    });
  });

  it('lists constant strings with the range inside their delimiters, not comments or interpolated strings', async () => {
    const source = "# 'comment'\nurl = 'http://a.example'\nq = %q(b)\nw = %w[c d]\ni = \"e#{x}\"\nputs <<~EOS\n  heredoc\nEOS\n";
    await withModel('ruby', source, (model) => {
      assert.deepEqual(model.strings().map((literal) => [literal.value, source.slice(literal.valueRange.start, literal.valueRange.end)]), [
        ['http://a.example', 'http://a.example'],
        ['b', 'b'],
        ['c', 'c'],
        ['d', 'd'],
      ]);
    });
  });

  it('scopes values to methods, singleton methods, blocks and lambdas', async () => {
    const source = [
      "alg = 'sha256'",
      'def weak',
      "  alg = 'md5'",
      '  digest(alg)',
      'end',
      'def self.other',
      "  alg = 'sha1'",
      '  digest(alg)',
      'end',
      "items.each { |item| alg = 'crc'; digest(alg) }",
      "check = ->(x) { digest(alg) }",
    ].join('\n');
    await withModel('ruby', source, (model) => {
      const digests = model.calls().filter((call) => call.callee === 'digest');
      assert.deepEqual(digests.map((call) => model.enclosingFunction(call.node)?.type), ['method', 'singleton_method', 'block', 'block']);
      assert.deepEqual(digests.map((call) => (call.args[0] ? model.valueOf(call.args[0].node) : undefined)), [
        { kind: 'string', value: 'md5' },
        { kind: 'string', value: 'sha1' },
        { kind: 'string', value: 'crc' },
        { kind: 'string', value: 'sha256' },
      ]);
    });
  });
});
