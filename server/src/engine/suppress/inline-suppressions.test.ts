import assert from 'node:assert/strict';
import type { CodeLanguage, ConfigFormat, Range } from '../contract';
import { Deadline } from '../deadline';
import { parseCode } from '../parse/parse-code';
import { findInlineSuppressions, type InlineSuppression } from './suppressions';

/** Code languages: comment ranges come from the tree-sitter parse, as in a real scan. */
interface CodeCase {
  readonly name: string;
  readonly language: CodeLanguage;
  readonly lines: readonly string[];
  readonly expected: readonly Expected[];
}

/**
 * Configuration formats: their tokenizers are tested elsewhere, so each case lists its comments
 * as literal text, found in the document by position.
 */
interface ConfigCase {
  readonly name: string;
  readonly language: ConfigFormat;
  readonly lines: readonly string[];
  readonly comments: readonly string[];
  readonly expected: readonly Expected[];
}

type Expected = Pick<InlineSuppression, 'rules' | 'lines' | 'placeholder'> & {
  readonly justification?: string;
  readonly until?: string;
  readonly malformed?: string;
};

function summary(suppression: InlineSuppression): Expected {
  const { rules, lines, placeholder, justification, until, malformed } = suppression;
  return {
    rules,
    lines,
    placeholder,
    ...(justification !== undefined ? { justification } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(malformed !== undefined ? { malformed } : {}),
  };
}

async function codeComments(text: string, language: CodeLanguage): Promise<readonly Range[]> {
  const parsed = await parseCode(text, language, new Deadline(10_000));
  assert.notEqual(parsed, 'timeout');
  if (parsed === 'timeout') return [];
  const ranges = parsed.comments().ranges;
  parsed.tree.delete();
  return ranges;
}

/** The range of each listed comment text, searching forward so repeated texts find successive copies. */
function literalComments(text: string, comments: readonly string[]): Range[] {
  let from = 0;
  return comments.map((comment) => {
    const start = text.indexOf(comment, from);
    assert.ok(start >= 0, `comment not in text: ${comment}`);
    from = start + comment.length;
    return { start, end: start + comment.length };
  });
}

const WEAK_HASH = ['crypto/weak-hash'];

const CODE_CASES: readonly CodeCase[] = [
  {
    name: 'JavaScript same-line // covers its own line',
    language: 'javascript',
    lines: ["const h = crypto.createHash('md5'); // moj-secure-code-ignore crypto/weak-hash -- cache key, not security"],
    expected: [{ rules: WEAK_HASH, lines: [0], placeholder: false, justification: 'cache key, not security' }],
  },
  {
    name: 'JavaScript // alone on its line covers the next line',
    language: 'javascript',
    lines: ['// moj-secure-code-ignore crypto/weak-hash -- cache key', "const h = crypto.createHash('md5');"],
    expected: [{ rules: WEAK_HASH, lines: [1], placeholder: false, justification: 'cache key' }],
  },
  {
    name: 'JavaScript block comment over several lines covers the line after its end, margin stars dropped',
    language: 'javascript',
    lines: ['/*', ' * moj-secure-code-ignore crypto/weak-hash -- legacy', ' * checksum', ' */', 'md5(x);'],
    expected: [{ rules: WEAK_HASH, lines: [4], placeholder: false, justification: 'legacy checksum' }],
  },
  {
    name: 'JavaScript line-above form skips blank lines and other comments to the next code line',
    language: 'javascript',
    lines: ['// moj-secure-code-ignore crypto/weak-hash -- cache key', '', '// eslint-disable-next-line no-undef', 'md5(x);'],
    expected: [{ rules: WEAK_HASH, lines: [3], placeholder: false, justification: 'cache key' }],
  },
  {
    name: 'TypeScript with two rule ids and an until date',
    language: 'typescript',
    lines: [
      '// moj-secure-code-ignore crypto/weak-hash, crypto/weak-password-hash -- migrating in SEC-12 until 2030-01-31',
      'const digest: string = md5(password);',
    ],
    expected: [
      {
        rules: ['crypto/weak-hash', 'crypto/weak-password-hash'],
        lines: [1],
        placeholder: false,
        justification: 'migrating in SEC-12',
        until: '2030-01-31',
      },
    ],
  },
  {
    name: 'TSX {/* */} among JSX children covers the next element',
    language: 'tsx',
    lines: [
      'const page = (',
      '  <div>',
      '    {/* moj-secure-code-ignore transport/cleartext-http -- link to a public archive */}',
      '    <a href="http://example.com">archive</a>',
      '  </div>',
      ');',
    ],
    expected: [{ rules: ['transport/cleartext-http'], lines: [3], placeholder: false, justification: 'link to a public archive' }],
  },
  {
    name: 'TSX {/* */} after an element covers its own line',
    language: 'tsx',
    lines: [
      'const page = (',
      '  <div>',
      '    <a href="http://example.com">x</a> {/* moj-secure-code-ignore transport/cleartext-http -- public page */}',
      '  </div>',
      ');',
    ],
    expected: [{ rules: ['transport/cleartext-http'], lines: [2], placeholder: false, justification: 'public page' }],
  },
  {
    name: 'Python # same-line and line-above',
    language: 'python',
    lines: [
      'h = hashlib.md5(data)  # moj-secure-code-ignore crypto/weak-hash -- file checksum',
      '# moj-secure-code-ignore crypto/weak-hash -- file checksum',
      'g = hashlib.sha1(data)',
    ],
    expected: [
      { rules: WEAK_HASH, lines: [0], placeholder: false, justification: 'file checksum' },
      { rules: WEAK_HASH, lines: [2], placeholder: false, justification: 'file checksum' },
    ],
  },
  {
    name: 'Python: stacked suppressions above one line both cover it',
    language: 'python',
    lines: [
      '# moj-secure-code-ignore crypto/weak-hash -- checksum',
      '# moj-secure-code-ignore crypto/weak-password-hash -- not a password',
      'h = hashlib.md5(data)',
    ],
    expected: [
      { rules: WEAK_HASH, lines: [2], placeholder: false, justification: 'checksum' },
      { rules: ['crypto/weak-password-hash'], lines: [2], placeholder: false, justification: 'not a password' },
    ],
  },
  {
    name: 'Python: the keyword after another tool\'s directive in the same comment',
    language: 'python',
    lines: ['h = hashlib.md5(data)  # noqa: S324  # moj-secure-code-ignore crypto/weak-hash -- checksum'],
    expected: [{ rules: WEAK_HASH, lines: [0], placeholder: false, justification: 'checksum' }],
  },
  {
    name: 'Java /* */ before code on the same line covers that line',
    language: 'java',
    lines: [
      'class A {',
      '  void f() throws Exception {',
      '    /* moj-secure-code-ignore crypto/weak-hash -- ETag */ MessageDigest md = MessageDigest.getInstance("MD5");',
      '  }',
      '}',
    ],
    expected: [{ rules: WEAK_HASH, lines: [2], placeholder: false, justification: 'ETag' }],
  },
  {
    name: 'C# // same-line',
    language: 'csharp',
    lines: ['class A {', '  void F() {', '    var md5 = MD5.Create(); // moj-secure-code-ignore crypto/weak-hash -- cache key', '  }', '}'],
    expected: [{ rules: WEAK_HASH, lines: [2], placeholder: false, justification: 'cache key' }],
  },
  {
    name: 'Go // line-above',
    language: 'go',
    lines: ['package main', '', 'func f() {', '\t// moj-secure-code-ignore crypto/weak-hash -- dedup key', '\th := md5.New()', '\t_ = h', '}'],
    expected: [{ rules: WEAK_HASH, lines: [4], placeholder: false, justification: 'dedup key' }],
  },
  {
    name: 'PHP # same-line and // line-above',
    language: 'php',
    lines: [
      '<?php',
      '$h = md5($x); # moj-secure-code-ignore crypto/weak-hash -- cache key',
      '// moj-secure-code-ignore crypto/weak-hash -- cache key',
      '$g = sha1($y);',
    ],
    expected: [
      { rules: WEAK_HASH, lines: [1], placeholder: false, justification: 'cache key' },
      { rules: WEAK_HASH, lines: [3], placeholder: false, justification: 'cache key' },
    ],
  },
  {
    name: 'Ruby # line-above',
    language: 'ruby',
    lines: ['# moj-secure-code-ignore crypto/weak-hash -- cache key', 'digest = Digest::MD5.hexdigest(body)'],
    expected: [{ rules: WEAK_HASH, lines: [1], placeholder: false, justification: 'cache key' }],
  },
  {
    name: 'shell: the line above covers a command continued with backslashes',
    language: 'shell',
    lines: [
      '#!/bin/sh',
      '# moj-secure-code-ignore transport/cleartext-http -- internal mirror, no TLS available',
      'curl -fsS \\',
      '  http://mirror.example.com/tool.tgz \\',
      '  -o tool.tgz',
      'echo done',
    ],
    expected: [{ rules: ['transport/cleartext-http'], lines: [2, 3, 4], placeholder: false, justification: 'internal mirror, no TLS available' }],
  },
  {
    name: 'the keyword inside a string literal is not a suppression',
    language: 'javascript',
    lines: ['const s = "// moj-secure-code-ignore crypto/weak-hash -- x"; md5(s);'],
    expected: [],
  },
  {
    name: 'prose that mentions the keyword is not a suppression',
    language: 'javascript',
    lines: ['// see moj-secure-code-ignore in the docs', 'md5(s);'],
    expected: [],
  },
  {
    name: 'a longer word starting with the keyword is not a suppression',
    language: 'javascript',
    lines: ['// moj-secure-code-ignored crypto/weak-hash -- x', 'md5(s);'],
    expected: [],
  },
  {
    name: 'no justification',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore crypto/weak-hash'],
    expected: [{ rules: WEAK_HASH, lines: [0], placeholder: false }],
  },
  {
    name: 'an until date without a justification',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore crypto/weak-hash until 2030-01-01'],
    expected: [{ rules: WEAK_HASH, lines: [0], placeholder: false, until: '2030-01-01' }],
  },
  {
    name: 'the placeholder justification is flagged',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2030-01-01'],
    expected: [{ rules: WEAK_HASH, lines: [0], placeholder: true, justification: 'TODO: say why this is safe', until: '2030-01-01' }],
  },
  {
    name: 'a suppression with no code after it covers nothing',
    language: 'python',
    lines: ['x = 1', '# moj-secure-code-ignore crypto/weak-hash -- leftover'],
    expected: [{ rules: WEAK_HASH, lines: [], placeholder: false, justification: 'leftover' }],
  },
  {
    name: 'malformed: no rule id',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore'],
    expected: [{ rules: [], lines: [], placeholder: false, malformed: 'it names no rule id; write "moj-secure-code-ignore <rule-id> -- <justification>"' }],
  },
  {
    name: 'malformed: * for every rule',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore * -- everything'],
    expected: [{ rules: [], lines: [], placeholder: false, malformed: '"*" would silence every rule; name each rule id instead' }],
  },
  {
    name: 'malformed: no -- before the justification',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore crypto/weak-hash because legacy'],
    expected: [{ rules: [], lines: [], placeholder: false, malformed: 'put " -- " between the rule ids and the justification' }],
  },
  {
    name: 'malformed: not a rule id',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore WeakHash -- legacy'],
    expected: [{ rules: [], lines: [], placeholder: false, malformed: '"WeakHash" is not a rule id; rule ids look like crypto/weak-hash' }],
  },
  {
    name: 'malformed: an impossible until date',
    language: 'javascript',
    lines: ['md5(s); // moj-secure-code-ignore crypto/weak-hash -- legacy until 2030-02-30'],
    expected: [
      { rules: [], lines: [], placeholder: false, malformed: '"2030-02-30" after "until" is not a date; write the last day it applies as "until YYYY-MM-DD"' },
    ],
  },
];

const DOCKERFILE_TRAILING =
  'in a Dockerfile a comment after a value becomes part of the value; put the suppression on its own line above the flagged line';

const CONFIG_CASES: readonly ConfigCase[] = [
  {
    name: 'YAML # same-line',
    language: 'yaml',
    lines: ['image: nginx:latest # moj-secure-code-ignore dependencies/unpinned-image -- pinned by digest at deploy'],
    comments: ['# moj-secure-code-ignore dependencies/unpinned-image -- pinned by digest at deploy'],
    expected: [{ rules: ['dependencies/unpinned-image'], lines: [0], placeholder: false, justification: 'pinned by digest at deploy' }],
  },
  {
    name: 'YAML # line-above',
    language: 'yaml',
    lines: ['services:', '  web:', '    # moj-secure-code-ignore access/privileged-container -- test rig only', '    privileged: true'],
    comments: ['# moj-secure-code-ignore access/privileged-container -- test rig only'],
    expected: [{ rules: ['access/privileged-container'], lines: [3], placeholder: false, justification: 'test rig only' }],
  },
  {
    name: 'Dockerfile # line-above covers a RUN continued with backslashes',
    language: 'dockerfile',
    lines: [
      'FROM alpine:3.20',
      '# moj-secure-code-ignore transport/cleartext-http -- mirror has no TLS',
      'RUN wget http://mirror.example.com/x.tgz \\',
      '  && tar xzf x.tgz',
      'USER app',
    ],
    comments: ['# moj-secure-code-ignore transport/cleartext-http -- mirror has no TLS'],
    expected: [{ rules: ['transport/cleartext-http'], lines: [2, 3], placeholder: false, justification: 'mirror has no TLS' }],
  },
  {
    name: 'Dockerfile trailing # is malformed when the parser reports no comment there',
    language: 'dockerfile',
    lines: ['ADD http://example.com/x.tgz /x # moj-secure-code-ignore transport/cleartext-http -- mirror'],
    comments: [],
    expected: [{ rules: ['transport/cleartext-http'], lines: [], placeholder: false, justification: 'mirror', malformed: DOCKERFILE_TRAILING }],
  },
  {
    name: 'Dockerfile trailing # is malformed when the parser reports it as a comment',
    language: 'dockerfile',
    lines: ['ADD http://example.com/x.tgz /x # moj-secure-code-ignore transport/cleartext-http -- mirror'],
    comments: ['# moj-secure-code-ignore transport/cleartext-http -- mirror'],
    expected: [{ rules: ['transport/cleartext-http'], lines: [], placeholder: false, justification: 'mirror', malformed: DOCKERFILE_TRAILING }],
  },
  {
    name: '.properties # line-above',
    language: 'properties',
    lines: ['# moj-secure-code-ignore secrets/hardcoded-password -- dummy value for local runs', 'db.password=changeme'],
    comments: ['# moj-secure-code-ignore secrets/hardcoded-password -- dummy value for local runs'],
    expected: [{ rules: ['secrets/hardcoded-password'], lines: [1], placeholder: false, justification: 'dummy value for local runs' }],
  },
  {
    name: '.properties trailing # is malformed',
    language: 'properties',
    lines: ['db.password=changeme # moj-secure-code-ignore secrets/hardcoded-password -- dummy'],
    comments: [],
    expected: [
      {
        rules: ['secrets/hardcoded-password'],
        lines: [],
        placeholder: false,
        justification: 'dummy',
        malformed: 'in a .properties file a comment after a value becomes part of the value; put the suppression on its own line above the flagged line',
      },
    ],
  },
  {
    name: '.env # line-above',
    language: 'dotenv',
    lines: ['# moj-secure-code-ignore secrets/generic-api-key -- sandbox key, revoked', 'API_KEY=abcd1234'],
    comments: ['# moj-secure-code-ignore secrets/generic-api-key -- sandbox key, revoked'],
    expected: [{ rules: ['secrets/generic-api-key'], lines: [1], placeholder: false, justification: 'sandbox key, revoked' }],
  },
  {
    name: '.env trailing # is malformed',
    language: 'dotenv',
    lines: ['API_KEY=abcd1234 # moj-secure-code-ignore secrets/generic-api-key -- sandbox'],
    comments: [],
    expected: [
      {
        rules: ['secrets/generic-api-key'],
        lines: [],
        placeholder: false,
        justification: 'sandbox',
        malformed: 'in a .env file a comment after a value becomes part of the value; put the suppression on its own line above the flagged line',
      },
    ],
  },
  {
    name: '.env: a # inside a quoted value is text, not a suppression',
    language: 'dotenv',
    lines: ['MOTD="hello # moj-secure-code-ignore crypto/weak-hash -- x"'],
    comments: [],
    expected: [],
  },
  {
    name: '.ini ; line-above, with a comment range that leaves out the marker',
    language: 'ini',
    lines: ['[tls]', '; moj-secure-code-ignore transport/tls-verify-disabled -- lab proxy', 'verify = false'],
    comments: ['moj-secure-code-ignore transport/tls-verify-disabled -- lab proxy'],
    expected: [{ rules: ['transport/tls-verify-disabled'], lines: [2], placeholder: false, justification: 'lab proxy' }],
  },
  {
    name: '.ini trailing ; is malformed',
    language: 'ini',
    lines: ['verify = false ; moj-secure-code-ignore transport/tls-verify-disabled -- lab proxy'],
    comments: ['; moj-secure-code-ignore transport/tls-verify-disabled -- lab proxy'],
    expected: [
      {
        rules: ['transport/tls-verify-disabled'],
        lines: [],
        placeholder: false,
        justification: 'lab proxy',
        malformed: 'in an .ini file a comment after a value becomes part of the value; put the suppression on its own line above the flagged line',
      },
    ],
  },
  {
    name: 'nginx # same-line',
    language: 'nginx',
    lines: ['server {', '  ssl_protocols TLSv1 TLSv1.2; # moj-secure-code-ignore transport/weak-tls-version -- legacy kiosk', '}'],
    comments: ['# moj-secure-code-ignore transport/weak-tls-version -- legacy kiosk'],
    expected: [{ rules: ['transport/weak-tls-version'], lines: [1], placeholder: false, justification: 'legacy kiosk' }],
  },
  {
    name: 'XML <!-- --> line-above, with the single-hyphen separator XML needs',
    language: 'xml',
    lines: ['<system.web>', '  <!-- moj-secure-code-ignore web-config/debug-enabled - development profile only -->', '  <compilation debug="true" />', '</system.web>'],
    comments: ['<!-- moj-secure-code-ignore web-config/debug-enabled - development profile only -->'],
    expected: [{ rules: ['web-config/debug-enabled'], lines: [2], placeholder: false, justification: 'development profile only' }],
  },
  {
    name: 'XML <!-- --> same-line, with a comment range of the text between the markers',
    language: 'xml',
    lines: ['<compilation debug="true" /> <!-- moj-secure-code-ignore web-config/debug-enabled -- dev only -->'],
    comments: [' moj-secure-code-ignore web-config/debug-enabled -- dev only '],
    expected: [{ rules: ['web-config/debug-enabled'], lines: [0], placeholder: false, justification: 'dev only' }],
  },
  {
    name: 'Terraform #, // and /* */',
    language: 'terraform',
    lines: [
      'resource "aws_lb_listener" "web" {',
      '  protocol = "HTTP" # moj-secure-code-ignore transport/cleartext-http -- redirect only',
      '  // moj-secure-code-ignore transport/cleartext-http -- redirect only',
      '  port = 80',
      '  /* moj-secure-code-ignore infrastructure/unencrypted-storage -- public assets */',
      '  encrypted = false',
      '}',
    ],
    comments: [
      '# moj-secure-code-ignore transport/cleartext-http -- redirect only',
      '// moj-secure-code-ignore transport/cleartext-http -- redirect only',
      '/* moj-secure-code-ignore infrastructure/unencrypted-storage -- public assets */',
    ],
    expected: [
      { rules: ['transport/cleartext-http'], lines: [1], placeholder: false, justification: 'redirect only' },
      { rules: ['transport/cleartext-http'], lines: [3], placeholder: false, justification: 'redirect only' },
      { rules: ['infrastructure/unencrypted-storage'], lines: [5], placeholder: false, justification: 'public assets' },
    ],
  },
];

describe('findInlineSuppressions', () => {
  describe('in code, with comments from the parser', () => {
    for (const testCase of CODE_CASES) {
      it(testCase.name, async () => {
        const text = testCase.lines.join('\n');
        const comments = await codeComments(text, testCase.language);
        assert.deepEqual(findInlineSuppressions(text, comments, testCase.language).map(summary), testCase.expected);
      });
    }
  });

  describe('in configuration formats', () => {
    for (const testCase of CONFIG_CASES) {
      it(testCase.name, () => {
        const text = testCase.lines.join('\n');
        const comments = literalComments(text, testCase.comments);
        assert.deepEqual(findInlineSuppressions(text, comments, testCase.language).map(summary), testCase.expected);
      });
    }
  });

  it('gives the whole comment as its range, braces of a JSX comment included', async () => {
    const text = '<>\n  {/* moj-secure-code-ignore transport/cleartext-http -- public */}\n  <a href="http://example.com" />\n</>;';
    const [found] = findInlineSuppressions(text, await codeComments(text, 'tsx'), 'tsx');
    const start = text.indexOf('{/*');
    assert.deepEqual(found?.commentRange, { start, end: text.indexOf('*/}') + 3 });
  });

  it('gives a comment range that leaves out its marker the marker back', () => {
    const text = 'x = 1\n; moj-secure-code-ignore a/b -- c\ny = 2';
    const [found] = findInlineSuppressions(text, literalComments(text, ['moj-secure-code-ignore a/b -- c']), 'ini');
    assert.deepEqual(found?.commentRange, { start: 6, end: 39 });
  });

  it('finds nothing in text without the keyword', () => {
    const text = '// a comment\nmd5(x);';
    assert.deepEqual(findInlineSuppressions(text, [{ start: 0, end: 12 }], 'javascript'), []);
  });
});
