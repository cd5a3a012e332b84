import assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
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

/** The operands of a left-nested `a . b . c` chain, in source order. */
function concatenationOperands(node: Node | null | undefined): Node[] {
  if (node === null || node === undefined) return [];
  if (node.type !== 'binary_expression') return [node];
  return [...concatenationOperands(node.childForFieldName('left')), ...concatenationOperands(node.childForFieldName('right'))];
}

describe('PHP adapter', () => {
  it('lists function, method, static and nullsafe calls and object creation', async () => {
    const source = [
      '<?php',
      '$h = md5($password);',
      "$d = hash('sha1', $data);",
      'curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);',
      '$mailer->send($message);',
      '$user?->save();',
      'Crypto::encrypt($text);',
      '\\Vendor\\Tools\\Hasher::make($text);',
      '$client = new \\GuzzleHttp\\Client();',
      '(new Builder())->build();',
      '$this->client->request("GET", $url);',
      '$r = new class {};',
      '$s = new class($x) extends Base {};',
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(callTable(model), [
        ['md5', 'md5', 'md5', false, ['$password'], undefined],
        ['hash', 'hash', 'hash', false, ["'sha1'", '$data'], undefined],
        ['curl_setopt', 'curl_setopt', 'curl_setopt', false, ['$ch', 'CURLOPT_SSL_VERIFYPEER', 'false'], undefined],
        ['$mailer->send', '$mailer.send', 'send', false, ['$message'], '$mailer'],
        ['$user?->save', '$user.save', 'save', false, [], '$user'],
        ['Crypto::encrypt', 'Crypto.encrypt', 'encrypt', false, ['$text'], 'Crypto'],
        ['\\Vendor\\Tools\\Hasher::make', 'Vendor\\Tools\\Hasher.make', 'make', false, ['$text'], '\\Vendor\\Tools\\Hasher'],
        ['GuzzleHttp\\Client', 'GuzzleHttp\\Client', 'GuzzleHttp\\Client', true, [], undefined],
        ['(newBuilder())->build', '(newBuilder()).build', 'build', false, [], '(new Builder())'],
        ['Builder', 'Builder', 'Builder', true, [], undefined],
        ['$this->client->request', '$this.client.request', 'request', false, ['"GET"', '$url'], '$this->client'],
      ]);
      assert.deepEqual(model.calls().map((call) => call.calleeNode.text), [
        'md5', 'hash', 'curl_setopt', 'send', 'save', 'encrypt', 'make', '\\GuzzleHttp\\Client', 'build', 'Builder', 'request',
      ]);
      const send = model.calls()[3];
      assert.ok(send?.receiver);
      assert.equal(source.slice(send.receiver.startIndex, send.calleeNode.endIndex), '$mailer->send');
      assert.equal(model.qualifiedName(send.calleeNode), '$mailer.send');
      const option = model.calls()[2]?.args[1];
      assert.ok(option);
      assert.equal(model.qualifiedName(option.node), 'CURLOPT_SSL_VERIFYPEER');
      assert.deepEqual(model.valueOf(option.node), { kind: 'unknown' });
    });
  });

  it('resolves use statements, aliases, grouped uses and function imports', async () => {
    const source = [
      '<?php',
      'namespace App\\Http;',
      'use GuzzleHttp\\Client;',
      'use Monolog\\Logger as Log, Psr\\Log\\LoggerInterface;',
      'use Symfony\\Component\\{Process\\Process, Yaml\\Yaml as YamlParser};',
      'use function hash_hmac as sign;',
      'use const Vendor\\Flags\\VERIFY;',
      '$a = new Client([]);',
      'Log::warning("x");',
      'YamlParser::parse($text);',
      'sign("sha1", $data, $key);',
      'Client::create();',
      'check(VERIFY);',
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(model.imports().map((binding) => [binding.local, binding.target]), [
        ['Client', 'GuzzleHttp\\Client'],
        ['Log', 'Monolog\\Logger'],
        ['LoggerInterface', 'Psr\\Log\\LoggerInterface'],
        ['Process', 'Symfony\\Component\\Process\\Process'],
        ['YamlParser', 'Symfony\\Component\\Yaml\\Yaml'],
        ['sign', 'hash_hmac'],
        ['VERIFY', 'Vendor\\Flags\\VERIFY'],
      ]);
      assert.deepEqual(model.calls().map((call) => [call.callee, call.qualified, call.name]), [
        ['Client', 'GuzzleHttp\\Client', 'Client'],
        ['Log::warning', 'Monolog\\Logger.warning', 'warning'],
        ['YamlParser::parse', 'Symfony\\Component\\Yaml\\Yaml.parse', 'parse'],
        ['sign', 'hash_hmac', 'sign'],
        ['Client::create', 'GuzzleHttp\\Client.create', 'create'],
        ['check', 'check', 'check'],
      ]);
      const flag = model.calls()[5]?.args[0];
      assert.ok(flag);
      assert.equal(model.qualifiedName(flag.node), 'Vendor\\Flags\\VERIFY');
    });
  });

  it('gives array entries with constant keys and named arguments as key/value pairs', async () => {
    const source = [
      '<?php',
      "$client = new GuzzleHttp\\Client(['verify' => false, 'timeout' => 5, \"base_uri\" => $base]);",
      'curl_setopt_array($ch, [CURLOPT_SSL_VERIFYPEER => 0, \\CURLOPT_SSL_VERIFYHOST => 0]);',
      "$list = ['a', 'b', ...$rest];",
      "$cookie = setcookie('sid', $id, secure: false, httponly: true);",
      "$opts = array('ssl' => array('verify_peer' => FALSE));",
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(model.keyValues().map((pair) => [pair.key, pair.keyNode.text, pair.value.text]), [
        ['verify', "'verify'", 'false'],
        ['timeout', "'timeout'", '5'],
        ['base_uri', '"base_uri"', '$base'],
        ['CURLOPT_SSL_VERIFYPEER', 'CURLOPT_SSL_VERIFYPEER', '0'],
        ['CURLOPT_SSL_VERIFYHOST', '\\CURLOPT_SSL_VERIFYHOST', '0'],
        ['secure', 'secure', 'false'],
        ['httponly', 'httponly', 'true'],
        ['ssl', "'ssl'", "array('verify_peer' => FALSE)"],
        ['verify_peer', "'verify_peer'", 'FALSE'],
      ]);
      const setcookie = model.calls().find((call) => call.callee === 'setcookie');
      assert.deepEqual(setcookie?.args.map((arg) => [arg.name, arg.node.text]), [
        [undefined, "'sid'"],
        [undefined, '$id'],
        ['secure', 'false'],
        ['httponly', 'true'],
      ]);
      assert.deepEqual(model.keyValues().map((pair) => model.valueOf(pair.value)).slice(5, 7), [
        { kind: 'boolean', value: false },
        { kind: 'boolean', value: true },
      ]);
    });
  });

  it('records variable, property, member and constant assignments under the names lookups use', async () => {
    const source = [
      '<?php',
      "define('HASH_ALG', 'md5');",
      'define("MODE", "cbc");',
      "const CIPHER = 'des' . '-ede';",
      'class Token {',
      "  const ALG = 'sha1';",
      "  private $mode = 'ecb';",
      "  public static $rounds = 10;",
      '  public function make($data) {',
      "    $this->key = 'k';",
      "    $opts['verify'] = false;",
      '    [$a, $b] = [1, 2];',
      '    $count += 1;',
      '    return hash(self::ALG, $data) . $this->mode . static::$rounds . HASH_ALG . CIPHER;',
      '  }',
      '}',
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(model.assignments().map((assignment) => [assignment.target, assignment.value.text]), [
        ['HASH_ALG', "'md5'"],
        ['MODE', '"cbc"'],
        ['CIPHER', "'des' . '-ede'"],
        ['ALG', "'sha1'"],
        ['mode', "'ecb'"],
        ['rounds', '10'],
        ['$this->key', "'k'"],
        ["$opts['verify']", 'false'],
      ]);
      const returned = model.calls().find((call) => call.callee === 'hash')?.node.parent?.parent?.parent?.parent;
      assert.equal(returned?.parent?.type, 'return_statement');
      assert.deepEqual(model.valueOf(returned), { kind: 'unknown' });
      assert.deepEqual(concatenationOperands(returned).map((operand) => [operand.text, model.valueOf(operand)]), [
        ['hash(self::ALG, $data)', { kind: 'unknown' }],
        ['$this->mode', { kind: 'string', value: 'ecb' }],
        ['static::$rounds', { kind: 'number', value: 10 }],
        ['HASH_ALG', { kind: 'string', value: 'md5' }],
        ['CIPHER', { kind: 'string', value: 'des-ede' }],
      ]);
      assert.deepEqual(argumentValues(model, 'hash'), [{ kind: 'string', value: 'sha1' }, { kind: 'unknown' }]);
    });
  });

  it('works out single-quoted, double-quoted, heredoc and nowdoc strings and concatenation', async () => {
    const source = [
      '<?php',
      "$scheme = 'http';",
      "$host = 'example.org';",
      'use_all(',
      "  'it\\'s \\n raw',",
      '  "tab\\there \\x41\\u{e9}\\$x",',
      '  "$scheme://{$host}/path",',
      '  "$scheme://$unknown/path",',
      "  $scheme . '://' . $host,",
      "  'n' . 1 . true . null,",
      '  <<<EOT',
      '    first $host',
      '      second',
      '    EOT,',
      "  <<<'RAW'",
      '  keep $this \\n',
      '  RAW,',
      "  (string) 42,",
      '  -0x1F,',
      '  0755,',
      '  !FALSE,',
      '  NULL,',
      '  CURLOPT_SSL_VERIFYPEER',
      ');',
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(argumentValues(model, 'use_all'), [
        { kind: 'string', value: "it's \\n raw" },
        { kind: 'string', value: 'tab\there Aé$x' },
        { kind: 'string', value: 'http://example.org/path' },
        { kind: 'unknown' },
        { kind: 'string', value: 'http://example.org' },
        { kind: 'string', value: 'n11' },
        { kind: 'string', value: 'first example.org\n  second' },
        { kind: 'string', value: 'keep $this \\n' },
        { kind: 'string', value: '42' },
        { kind: 'number', value: -31 },
        { kind: 'number', value: 493 },
        { kind: 'boolean', value: true },
        { kind: 'null' },
        { kind: 'unknown' },
      ]);
    });
  });

  it('lists constant strings of code only, never the text outside PHP tags', async () => {
    const source = [
      '<html><a href="http://example.org">link</a>',
      '<?php',
      '// "comment"',
      "$u = 'http://a.example';",
      '$v = "b $x";',
      '?>',
      '<p>"after"</p>',
      '<?= "short" ?>',
    ].join('\n');
    await withModel('php', source, (model) => {
      assert.deepEqual(model.strings().map((literal) => [literal.value, source.slice(literal.valueRange.start, literal.valueRange.end)]), [
        ['http://a.example', 'http://a.example'],
        ['short', 'short'],
      ]);
    });
  });

  it('scopes values to functions, methods, closures and arrow functions', async () => {
    const source = [
      '<?php',
      "$alg = 'sha256';",
      'function weak() { $alg = "md5"; return hash($alg, "x"); }',
      '$f = function () { $alg = "sha1"; return hash($alg, "x"); };',
      '$g = fn($x) => hash($alg, $x);',
      'class A { public function m() { $alg = "crc32"; return hash($alg, "x"); } }',
    ].join('\n');
    await withModel('php', source, (model) => {
      const hashes = model.calls().filter((call) => call.callee === 'hash');
      assert.deepEqual(hashes.map((call) => model.enclosingFunction(call.node)?.type), [
        'function_definition', 'anonymous_function_creation_expression', 'arrow_function', 'method_declaration',
      ]);
      assert.deepEqual(hashes.map((call) => (call.args[0] ? model.valueOf(call.args[0].node) : undefined)), [
        { kind: 'string', value: 'md5' },
        { kind: 'string', value: 'sha1' },
        { kind: 'string', value: 'sha256' },
        { kind: 'string', value: 'crc32' },
      ]);
    });
  });
});
