/**
 * Loads web-tree-sitter and the grammar WebAssembly lazily, once per language per process.
 * In the bundles the .wasm files sit in `dist/grammars/` beside the script; when running from
 * source (tests) they are resolved from node_modules.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { CodeLanguage } from '../contract';

/** Grammar file stem per language; keep in step with SHIPPED_GRAMMARS in build.mjs. */
const GRAMMAR_FILES: Readonly<Record<CodeLanguage, string>> = {
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'tsx',
  python: 'python',
  java: 'java',
  csharp: 'c_sharp',
  go: 'go',
  php: 'php',
  ruby: 'ruby',
  shell: 'bash',
};

export const SHIPPED_GRAMMAR_LANGUAGES = Object.keys(GRAMMAR_FILES) as CodeLanguage[];

let runtime: Promise<void> | undefined;
const languages = new Map<CodeLanguage, Promise<Language>>();

function bundledDir(): string | undefined {
  const dir = path.join(__dirname, 'grammars');
  return existsSync(path.join(dir, 'tree-sitter.wasm')) ? dir : undefined;
}

function runtimeWasmPath(): string {
  const dir = bundledDir();
  return dir ? path.join(dir, 'tree-sitter.wasm') : require.resolve('web-tree-sitter/tree-sitter.wasm');
}

function grammarWasmPath(language: CodeLanguage): string {
  const file = `tree-sitter-${GRAMMAR_FILES[language]}.wasm`;
  const dir = bundledDir();
  return dir ? path.join(dir, file) : require.resolve(`tree-sitter-wasms/out/${file}`);
}

function initRuntime(): Promise<void> {
  runtime ??= Parser.init({ locateFile: () => runtimeWasmPath() });
  return runtime;
}

export async function loadLanguage(language: CodeLanguage): Promise<Language> {
  let loaded = languages.get(language);
  if (loaded === undefined) {
    loaded = initRuntime().then(() => Language.load(grammarWasmPath(language)));
    languages.set(language, loaded);
  }
  return loaded;
}

const parsers = new Map<CodeLanguage, Parser>();

/** One parser per language, reused: creating a parser allocates WASM memory that is never returned. */
export async function parserFor(language: CodeLanguage): Promise<Parser> {
  const existing = parsers.get(language);
  if (existing) return existing;
  const grammar = await loadLanguage(language);
  const parser = new Parser();
  parser.setLanguage(grammar);
  parsers.set(language, parser);
  return parser;
}
