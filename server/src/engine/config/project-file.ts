/**
 * The project file, `.moj-secure-code.json`: finding the nearest one and reading it. Pure: the
 * caller reads the file and says which paths exist, so the CLI and the language server share it.
 * The file is strict JSON (no comments, no trailing commas), as the JSON Schema describes it and
 * as every other tool that reads it will expect.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import path from 'node:path';
import { LineIndex } from '../text/line-index';
import { safeRegex } from '../regex';
import { formatKeyPath, validateConfig, type ConfigError, type ValidatedConfig } from './validate-config';

export const PROJECT_FILE_NAME = '.moj-secure-code.json';

/**
 * @param filePath where the text came from, used in messages.
 * @param knownRuleIds every rule id the product ships, so misspelt ids are reported.
 */
export function parseProjectFile(
  text: string,
  filePath: string,
  knownRuleIds: readonly string[],
  thresholdNames?: Readonly<Record<string, readonly string[]>>,
): ValidatedConfig {
  // A byte order mark is no JSON token; blanking it keeps every offset where it was.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const lines = new LineIndex(json);
  const at = (error: Omit<ConfigError, 'line' | 'column' | 'message'>, offset: number): ConfigError => {
    const position = lines.positionAt(offset);
    const line = position.line + 1;
    const column = position.character + 1;
    return { ...error, line, column, message: `${filePath}:${line}:${column}: ${error.detail}` };
  };

  if (json.trim() === '') {
    return { config: {}, errors: [at(wholeFileError(filePath, 'the file is empty; it should hold a JSON object such as {}'), 0)] };
  }
  const parseErrors: ParseError[] = [];
  const tree = parseTree(json, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (parseErrors.length > 0 || tree === undefined) {
    return {
      config: {},
      // The parser can report one mistake twice at one offset (a trailing comma is both "property name expected" and "value expected").
      errors: parseErrors
        .filter((error, index) => parseErrors.findIndex((other) => other.offset === error.offset) === index)
        .map((error) => at(wholeFileError(filePath, describeParseError(json, error)), error.offset)),
    };
  }

  const duplicates = duplicateKeys(tree).map((key) => {
    const segments = keySegments(key);
    const keyPath = formatKeyPath(segments);
    return at({ source: filePath, path: keyPath, segments, detail: `${keyPath}: duplicate key; give each key once` }, key.offset);
  });
  const validated = validateConfig(getNodeValue(tree) as unknown, filePath, knownRuleIds, thresholdNames);
  const located = validated.errors.map((error) => at(error, offsetOf(tree, error.segments)));
  const errors = [...duplicates, ...located].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { config: duplicates.length > 0 ? {} : validated.config, errors };
}

/**
 * The nearest project file at or above `startDir`, or undefined. `exists` answers for a full
 * path, so tests and the language server's virtual file systems can stand in for the disk.
 */
export function findNearestProjectFile(startDir: string, exists: (candidate: string) => boolean): string | undefined {
  let directory = startDir;
  for (;;) {
    const candidate = path.join(directory, PROJECT_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function wholeFileError(source: string, detail: string): Omit<ConfigError, 'line' | 'column' | 'message'> {
  return { source, path: '', segments: [], detail };
}

function describeParseError(json: string, error: ParseError): string {
  const name = printParseErrorCode(error.error);
  if (name === 'InvalidCommentToken') return 'comments are not allowed: the project file is strict JSON';
  const before = json.slice(0, error.offset).trimEnd();
  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && before.endsWith(',')) {
    return 'trailing commas are not allowed: the project file is strict JSON';
  }
  // "CommaExpected" reads as "comma expected".
  const words = name.replace(safeRegex('([a-z])([A-Z])', 'g'), '$1 $2').toLowerCase();
  return `invalid JSON: ${words}`;
}

/** Where the value at `segments` starts; for a key that is missing or unknown, its object or the key itself. */
function offsetOf(tree: Node, segments: readonly (string | number)[]): number {
  for (let length = segments.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node === undefined) continue;
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    return property?.children?.[0]?.offset ?? node.offset;
  }
  return 0;
}

/** Key nodes that repeat an earlier key of the same object. */
function duplicateKeys(node: Node): Node[] {
  const found: Node[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key === undefined || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) found.push(key);
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) found.push(...duplicateKeys(child));
  return found;
}

/** The key path of a key node: its own name and the names or indexes of the values around it. */
function keySegments(key: Node): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let node: Node | undefined = key.parent; node !== undefined; node = node.parent) {
    const parent = node.parent;
    if (node.type === 'property') {
      const name: unknown = node.children?.[0]?.value;
      if (typeof name === 'string') segments.unshift(name);
    } else if (parent?.type === 'array') {
      segments.unshift(parent.children?.indexOf(node) ?? 0);
    }
  }
  return segments;
}
