/**
 * The ReDoS harness's checker: runs regular expressions through recheck (its native agent, one
 * child process answering many requests at once) and describes every one that is vulnerable
 * or could not be shown safe.
 *
 * On "unknown" (recheck's time limit, or an expression its automaton checker does not support)
 * the expression is checked again with the other checker, with a longer limit. A "safe" answer
 * from that second checker is accepted; anything else fails. Accepting it is a deliberate choice:
 * the fuzz checker tries attack strings built from the expression's own structure, so a pattern
 * it cannot slow down within its budget is linear in practice, and the harness must not pass an
 * expression nobody could judge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';

export interface Pattern {
  readonly source: string;
  readonly flags: string;
  /** Where it came from, for failure messages. */
  readonly origin?: string;
}

export interface RedosOptions {
  /** Time limit for one expression's first check; the second check gets three times as long. */
  readonly timeoutMs?: number;
  /** Requests in flight to the recheck agent at once. */
  readonly concurrency?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_CONCURRENCY = 8;

/** Checks each distinct pattern once and returns one line per pattern that failed. */
export async function findReDoS(patterns: readonly Pattern[], options: RedosOptions = {}): Promise<string[]> {
  const distinct = new Map<string, Pattern>();
  for (const pattern of patterns) {
    const key = `/${pattern.source}/${pattern.flags}`;
    if (!distinct.has(key)) distinct.set(key, pattern);
  }
  const verdicts = await mapConcurrently([...distinct.values()], options.concurrency ?? DEFAULT_CONCURRENCY, (pattern) =>
    verdictFor(pattern, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  );
  return verdicts.filter((verdict): verdict is string => verdict !== undefined);
}

async function verdictFor(pattern: Pattern, timeoutMs: number): Promise<string | undefined> {
  const first = await check(pattern.source, pattern.flags, { timeout: timeoutMs });
  if (first.status === 'safe') return undefined;
  if (first.status === 'vulnerable') return describeVulnerable(pattern, first);
  const otherChecker = first.checker === 'fuzz' ? 'automaton' : 'fuzz';
  const second = await check(pattern.source, pattern.flags, { timeout: timeoutMs * 3, checker: otherChecker });
  if (second.status === 'safe') return undefined;
  if (second.status === 'vulnerable') return describeVulnerable(pattern, second);
  return `${label(pattern)}: could not be shown safe (${describeError(first)}; then with the ${otherChecker} checker: ${describeError(second)})`;
}

function describeVulnerable(pattern: Pattern, diagnostics: Extract<Diagnostics, { status: 'vulnerable' }>): string {
  return `${label(pattern)}: vulnerable, ${diagnostics.complexity.summary}; attack string ${diagnostics.attack.pattern}`;
}

function describeError(diagnostics: Extract<Diagnostics, { status: 'unknown' }>): string {
  const error = diagnostics.error;
  return 'message' in error ? `${error.kind}: ${error.message}` : error.kind;
}

function label(pattern: Pattern): string {
  return `/${pattern.source}/${pattern.flags}${pattern.origin === undefined ? '' : ` (${pattern.origin})`}`;
}

async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  return results;
}

/**
 * Expressions written as constants anywhere in the product's source: regular expression
 * literals, `new RegExp('…')` and `safeRegex('…')` with literal arguments. This covers factory
 * calls on code paths the scans never reach, and the few literals outside matching code.
 */
export function regexesInSource(root: string): Pattern[] {
  const patterns: Pattern[] = [];
  for (const file of typeScriptFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const origin = (node: ts.Node): string => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      return `${path.relative(process.cwd(), file)}:${line + 1}`;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const close = literal.lastIndexOf('/');
        patterns.push({ source: literal.slice(1, close), flags: literal.slice(close + 1), origin: origin(node) });
      } else if (isRegexConstruction(node)) {
        const [sourceArgument, flagsArgument] = node.arguments ?? [];
        if (sourceArgument !== undefined && ts.isStringLiteralLike(sourceArgument)) {
          const flags = flagsArgument === undefined ? '' : ts.isStringLiteralLike(flagsArgument) ? flagsArgument.text : undefined;
          if (flags !== undefined) patterns.push({ source: sourceArgument.text, flags, origin: origin(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return patterns;
}

function isRegexConstruction(node: ts.Node): node is ts.CallExpression | ts.NewExpression {
  if (ts.isNewExpression(node)) return ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
  if (ts.isCallExpression(node)) return ts.isIdentifier(node.expression) && (node.expression.text === 'safeRegex' || node.expression.text === 'RegExp');
  return false;
}

/** Product source files: TypeScript under `root`, tests excluded. */
function typeScriptFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) files.push(...typeScriptFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files.sort();
}
