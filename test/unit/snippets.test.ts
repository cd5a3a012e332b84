/**
 * The snippets under snippets/ show the secure way to do seven common jobs in each language. They
 * must be well-formed VS Code snippets, cover every job in every language, parse in the language's
 * own grammar, and raise no finding under this extension's own rules: a snippet that the linter
 * flags would teach the opposite of what it is for.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../../server/src/engine/scan';
import { allRules } from '../../server/src/rules/index';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { EMPTY_PROJECT_INDEX } from '../../server/src/engine/project/project-index';
import { reparseErrors } from '../support/reparse';

const ROOT = path.join(__dirname, '..', '..');
const SNIPPETS = path.join(ROOT, 'snippets');

const PREFIXES = [
  'moj-sha256',
  'moj-aes-gcm',
  'moj-token',
  'moj-sql-param',
  'moj-password-hash',
  'moj-tls-client',
  'moj-secret-env',
] as const;

interface LanguageSetup {
  /** The snippet file under snippets/. */
  readonly file: string;
  /** The path the expanded code is scanned and parsed under, which selects the engine's language. */
  readonly scanPath: string;
  /** Puts the expanded body where it would sit in a real file (class members, a package, PHP tags). */
  readonly wrap: (code: string) => string;
}

const asIs = (code: string): string => code;

/** VS Code language id → snippet file and how to turn a body into a whole source file. */
const LANGUAGES: Readonly<Record<string, LanguageSetup>> = {
  javascript: { file: 'javascript.json', scanPath: 'src/snippet.js', wrap: asIs },
  typescript: { file: 'typescript.json', scanPath: 'src/snippet.ts', wrap: asIs },
  // React files get the same snippets, checked under the JSX and TSX grammars.
  javascriptreact: { file: 'javascript.json', scanPath: 'src/snippet.jsx', wrap: asIs },
  typescriptreact: { file: 'typescript.json', scanPath: 'src/snippet.tsx', wrap: asIs },
  python: { file: 'python.json', scanPath: 'app/snippet.py', wrap: asIs },
  // Java and C# snippets are class members; Go snippets are top-level declarations.
  java: { file: 'java.json', scanPath: 'src/main/java/Snippet.java', wrap: (code) => `class Snippet {\n${code}\n}\n` },
  csharp: { file: 'csharp.json', scanPath: 'src/Snippet.cs', wrap: (code) => `static class Snippet\n{\n${code}\n}\n` },
  go: { file: 'go.json', scanPath: 'internal/snippet/snippet.go', wrap: (code) => `package snippet\n\n${code}` },
  php: { file: 'php.json', scanPath: 'src/snippet.php', wrap: (code) => `<?php\n\n${code}` },
  ruby: { file: 'ruby.json', scanPath: 'lib/snippet.rb', wrap: asIs },
  shellscript: { file: 'shellscript.json', scanPath: 'bin/snippet.sh', wrap: (code) => `#!/usr/bin/env bash\nset -euo pipefail\n\n${code}` },
};

interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

/**
 * The text VS Code inserts when the user accepts every default: `${1:default}` becomes its
 * default, a bare `$1` or `${1}` the default given elsewhere (or `value1`), `$0` nothing, a
 * choice its first option, and `\$`, `\}` and `\\` their character. A `$` that starts a variable
 * (`$TM_FILENAME`) is refused: in these snippets it would be a PHP or shell `$` left unescaped.
 */
function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const first = expandFrom(body, 0, false, defaults);
  // A second pass fills mirrors that appear before the placeholder holding their default.
  return defaults.size === 0 ? first.text : expandFrom(body, 0, false, defaults).text;
}

interface Expansion {
  readonly text: string;
  readonly end: number;
}

function expandFrom(body: string, start: number, inPlaceholder: boolean, defaults: Map<string, string>): Expansion {
  let text = '';
  let index = start;
  while (index < body.length) {
    const char = body[index];
    if (char === '\\' && index + 1 < body.length && '$}\\'.includes(body[index + 1] ?? '')) {
      text += body[index + 1];
      index += 2;
    } else if (char === '}' && inPlaceholder) {
      return { text, end: index + 1 };
    } else if (char === '$') {
      const expanded = expandDollar(body, index, defaults);
      text += expanded.text;
      index = expanded.end;
    } else {
      text += char;
      index += 1;
    }
  }
  if (inPlaceholder) throw new Error(`unclosed placeholder starting before offset ${start}`);
  return { text, end: index };
}

function expandDollar(body: string, index: number, defaults: Map<string, string>): Expansion {
  const rest = body.slice(index);
  const bare = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
  if (bare !== null) {
    const number = bare[1] ?? '';
    return { text: mirror(number, defaults), end: index + bare[0].length };
  }
  const choice = /^\$\{(\d+)\|([^|]*)\|\}/.exec(rest);
  if (choice !== null) return { text: (choice[2] ?? '').split(',')[0] ?? '', end: index + choice[0].length };
  const placeholder = /^\$\{(\d+):/.exec(rest);
  if (placeholder !== null) {
    const inner = expandFrom(body, index + placeholder[0].length, true, defaults);
    const number = placeholder[1] ?? '';
    if (!defaults.has(number)) defaults.set(number, inner.text);
    return inner;
  }
  throw new Error(`unescaped $ at offset ${index} would be read as a snippet variable: ${rest.slice(0, 20)}`);
}

function mirror(number: string, defaults: ReadonlyMap<string, string>): string {
  if (number === '0') return '';
  return defaults.get(number) ?? `value${number}`;
}

function loadSnippets(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(path.join(SNIPPETS, file), 'utf8'));
  assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `${file} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

function asSnippet(name: string, value: unknown): Snippet {
  assert.ok(typeof value === 'object' && value !== null, `${name} is not an object`);
  const entry = value as Record<string, unknown>;
  assert.equal(typeof entry['prefix'], 'string', `${name}: prefix must be a string`);
  assert.ok(Array.isArray(entry['body']) && entry['body'].every((line) => typeof line === 'string'), `${name}: body must be an array of strings`);
  assert.equal(typeof entry['description'], 'string', `${name}: description must be a string`);
  return entry as unknown as Snippet;
}

function snippetsOf(language: string): Snippet[] {
  const setup = LANGUAGES[language];
  if (setup === undefined) throw new Error(`no setup for ${language}`);
  return Object.entries(loadSnippets(setup.file)).map(([name, value]) => asSnippet(`${setup.file} ${name}`, value));
}

async function findingsIn(scanPath: string, text: string): Promise<string[]> {
  const result = await scan(
    { path: scanPath, text },
    { rules: allRules, config: DEFAULT_CONFIG, project: EMPTY_PROJECT_INDEX, today: '2026-11-27' },
  );
  assert.equal(result.skipped, undefined, `${scanPath} was skipped: ${result.skipped?.reason ?? ''}`);
  return result.findings.map((finding) => `${finding.ruleId} on ${JSON.stringify(text.slice(finding.range.start, finding.range.end))}: ${finding.message}`);
}

describe('snippet expansion', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['const ${1:token} = f(${2:data});$0', 'const token = f(data);'],
    ['${1:a} + $1 + ${1}', 'a + a + a'],
    ['$2 = ${2:x}', 'x = x'],
    ['$3', 'value3'],
    ['\\$key = ${1:\\$value}', '$key = $value'],
    ['${1:outer ${2:inner}} $2', 'outer inner inner'],
    ['${1|sha256,sha512|}', 'sha256'],
    ['a \\} b \\\\ c', 'a } b \\ c'],
  ];
  for (const [body, expected] of cases) {
    it(`expands ${JSON.stringify(body)}`, () => {
      assert.equal(expandSnippet(body), expected);
    });
  }

  it('refuses an unescaped $ that VS Code would read as a variable', () => {
    assert.throws(() => expandSnippet('$key = 1'), /unescaped \$/);
  });
});

describe('snippets', () => {
  it('has exactly one snippet file per supported language', () => {
    const expected = [...new Set(Object.values(LANGUAGES).map((setup) => setup.file))].sort();
    assert.deepEqual(readdirSync(SNIPPETS).sort(), expected);
  });

  it('are contributed in package.json, one file per language id', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes?: { snippets?: ReadonlyArray<{ language: string; path: string }> };
    };
    const contributed = (manifest.contributes?.snippets ?? []).map((entry) => `${entry.language} → ${entry.path}`).sort();
    const expected = Object.entries(LANGUAGES).map(([language, setup]) => `${language} → ./snippets/${setup.file}`).sort();
    assert.deepEqual(contributed, expected);
  });

  it('finds a weak pattern when one is scanned, so the clean results below can fail', async () => {
    const findings = await findingsIn('src/snippet.js', "const digest = require('node:crypto').createHash('md5').update(data).digest('hex');\n");
    assert.ok(findings.some((finding) => finding.startsWith('crypto/weak-hash')), findings.join('\n'));
  });

  for (const [language, setup] of Object.entries(LANGUAGES)) {
    describe(language, () => {
      it('has each job once, with a description that starts "MoJ:"', () => {
        const snippets = snippetsOf(language);
        assert.deepEqual(snippets.map((snippet) => snippet.prefix).sort(), [...PREFIXES].sort());
        for (const snippet of snippets) {
          assert.match(snippet.description, /^MoJ: \S/, `${snippet.prefix}: description`);
          assert.ok(snippet.body.length > 0, `${snippet.prefix}: empty body`);
        }
      });

      for (const prefix of PREFIXES) {
        it(`${prefix} parses and raises no finding`, async () => {
          const snippet = snippetsOf(language).find((candidate) => candidate.prefix === prefix);
          assert.ok(snippet !== undefined, `${language} has no ${prefix}`);
          const text = setup.wrap(expandSnippet(snippet.body.join('\n')));
          assert.deepEqual(await reparseErrors(setup.scanPath, text), [], text);
          assert.deepEqual(await findingsIn(setup.scanPath, text), [], text);
        });
      }
    });
  }
});
