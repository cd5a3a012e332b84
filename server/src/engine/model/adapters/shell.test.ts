import assert from 'node:assert/strict';
import type { CodeModel, StaticValue } from '../../contract';
import { withModel } from '../../../../../test/support/model-fixture';

/** Each call as [callee, qualified, name, argument texts]. */
function callTable(model: CodeModel): [string, string, string, string[]][] {
  return model.calls().map((call) => [call.callee, call.qualified, call.name, call.args.map((arg) => arg.node.text)]);
}

function argumentValues(model: CodeModel, callee: string): StaticValue[] {
  const call = model.calls().find((candidate) => candidate.callee === callee);
  assert.ok(call, `no call to ${callee}`);
  return call.args.map((arg) => model.valueOf(arg.node));
}

describe('Shell adapter', () => {
  it('lists commands with their words as arguments, including pipelines, substitutions and declarations', async () => {
    const source = [
      '#!/bin/bash',
      'export NODE_TLS_REJECT_UNAUTHORIZED=0',
      'curl -k --silent "https://$HOST/api" -o out.json',
      'git config --global http.sslVerify false | tee log.txt',
      'echo "$(date)" > stamp',
      'local_name=1 wget --no-check-certificate https://example.org/file',
      'readonly LIMIT=3',
      'unset LIMIT',
      '"$TOOL" --flag',
    ].join('\n');
    await withModel('shell', source, (model) => {
      assert.deepEqual(callTable(model), [
        ['export', 'export', 'export', ['NODE_TLS_REJECT_UNAUTHORIZED=0']],
        ['curl', 'curl', 'curl', ['-k', '--silent', '"https://$HOST/api"', '-o', 'out.json']],
        ['git', 'git', 'git', ['config', '--global', 'http.sslVerify', 'false']],
        ['tee', 'tee', 'tee', ['log.txt']],
        ['echo', 'echo', 'echo', ['"$(date)"']],
        ['date', 'date', 'date', []],
        ['wget', 'wget', 'wget', ['--no-check-certificate', 'https://example.org/file']],
        ['readonly', 'readonly', 'readonly', ['LIMIT=3']],
        ['unset', 'unset', 'unset', ['LIMIT']],
        ['"$TOOL"', '"$TOOL"', '"$TOOL"', ['--flag']],
      ]);
      assert.deepEqual(model.imports(), []);
      assert.deepEqual(model.keyValues(), []);
    });
  });

  it('records plain, exported, local and prefix assignments, but not appends', async () => {
    const source = [
      'NODE_TLS_REJECT_UNAUTHORIZED=0',
      'export PYTHONHTTPSVERIFY="0"',
      'setup() { local url=\'http://internal\'; }',
      'GIT_SSL_NO_VERIFY=true git pull',
      'PATH+=":/opt/bin"',
      'LIST=(a b)',
    ].join('\n');
    await withModel('shell', source, (model) => {
      assert.deepEqual(model.assignments().map((assignment) => [assignment.target, assignment.value.text, model.valueOf(assignment.value)]), [
        ['NODE_TLS_REJECT_UNAUTHORIZED', '0', { kind: 'string', value: '0' }],
        ['PYTHONHTTPSVERIFY', '"0"', { kind: 'string', value: '0' }],
        ['url', "'http://internal'", { kind: 'string', value: 'http://internal' }],
        ['GIT_SSL_NO_VERIFY', 'true', { kind: 'string', value: 'true' }],
        ['LIST', '(a b)', { kind: 'unknown' }],
      ]);
    });
  });

  it('works out quoted strings, words and expansions of variables set once', async () => {
    const source = [
      'BASE="http://example.org"',
      'NAME=app',
      'use_all \\',
      '  "$BASE/path" \\',
      '  "${BASE}/x" \\',
      "  '$BASE raw' \\",
      '  "say \\"hi\\" \\$HOME" \\',
      "  $'tab\\there' \\",
      '  plain\\ word \\',
      '  42 \\',
      '  --url=$BASE \\',
      '  "$NAME-$UNSET" \\',
      '  "${BASE:-fallback}" \\',
      '  "$(cat token)" \\',
      '  ""',
    ].join('\n');
    await withModel('shell', source, (model) => {
      assert.deepEqual(argumentValues(model, 'use_all'), [
        { kind: 'string', value: 'http://example.org/path' },
        { kind: 'string', value: 'http://example.org/x' },
        { kind: 'string', value: '$BASE raw' },
        { kind: 'string', value: 'say "hi" $HOME' },
        { kind: 'string', value: 'tab\there' },
        { kind: 'string', value: 'plain word' },
        { kind: 'string', value: '42' },
        { kind: 'string', value: '--url=http://example.org' },
        { kind: 'unknown' },
        { kind: 'unknown' },
        { kind: 'unknown' },
        { kind: 'string', value: '' },
      ]);
    });
  });

  it('lists constant quoted strings with the range inside the quotes, never comments or heredoc text', async () => {
    const source = [
      '# "comment"',
      'echo "plain" \'single\' "with $VAR" $\'c\\tstring\' bare',
      'cat <<EOF',
      '"heredoc text"',
      'EOF',
    ].join('\n');
    await withModel('shell', source, (model) => {
      assert.deepEqual(model.strings().map((literal) => [literal.value, source.slice(literal.valueRange.start, literal.valueRange.end)]), [
        ['plain', 'plain'],
        ['single', 'single'],
        ['c\tstring', 'c\\tstring'],
      ]);
    });
  });

  it('scopes local variables to functions', async () => {
    const source = [
      'URL=https://example.org',
      'fetch() {',
      '  local URL=http://example.org',
      '  curl "$URL"',
      '}',
      'function other {',
      '  curl "$URL"',
      '}',
    ].join('\n');
    await withModel('shell', source, (model) => {
      const curls = model.calls().filter((call) => call.callee === 'curl');
      assert.deepEqual(curls.map((call) => model.enclosingFunction(call.node)?.type), ['function_definition', 'function_definition']);
      assert.deepEqual(curls.map((call) => (call.args[0] ? model.valueOf(call.args[0].node) : undefined)), [
        { kind: 'string', value: 'http://example.org' },
        { kind: 'string', value: 'https://example.org' },
      ]);
    });
  });
});
