/**
 * Loads web-tree-sitter and the grammar WebAssembly lazily, once per language per process.
 * In the bundles the .wasm files sit in `dist/grammars/` beside the script; when running from
 * source (tests) they are resolved from node_modules.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { CodeLanguage } from '../contract';
import grammarFiles from './grammar-files.json';
import { installFastNodeReads, type RuntimeModule } from './node-reads';

/**
 * Where each language's grammar comes from (shared with build.mjs, which copies them into
 * dist/grammars). Bash comes from tree-sitter-bash itself: the tree-sitter-wasms build of it
 * imports `isalpha`, which web-tree-sitter 0.25's runtime does not export, so it throws on
 * every `case` statement.
 */
const GRAMMAR_FILES: Readonly<Record<CodeLanguage, { readonly package: string; readonly file: string }>> = grammarFiles;

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
  const source = GRAMMAR_FILES[language];
  const dir = bundledDir();
  return dir ? path.join(dir, path.basename(source.file)) : require.resolve(`${source.package}/${source.file}`);
}

function initRuntime(): Promise<void> {
  if (runtime === undefined) {
    // Emscripten fills in the object it is given and uses it as the runtime module.
    const module = { locateFile: () => runtimeWasmPath() };
    runtime = Parser.init(module).then(() => installFastNodeReads(module as unknown as RuntimeModule));
  }
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

/** Forgets a language's parser after a failure inside WebAssembly; the next call makes a new one. */
export function discardParser(language: CodeLanguage): void {
  const parser = parsers.get(language);
  parsers.delete(language);
  try {
    parser?.delete();
  } catch {
    // A parser that failed may not free cleanly; it is unreachable either way.
  }
}
