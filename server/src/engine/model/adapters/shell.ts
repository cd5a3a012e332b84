/**
 * Bash and POSIX shell (tree-sitter-bash).
 *
 * Conventions rules can rely on:
 * - Every simple command is a call: the command name is the callee (`curl`, `wget`, `git`) and
 *   its words are the arguments, flags included, in order (`curl -k "$URL"` → `-k`, `"$URL"`).
 *   `export`, `local`, `declare`, `readonly`, `typeset` and `unset` are calls too, named by
 *   their keyword, with their assignments or names as arguments. `sudo curl …` is a call to `sudo`.
 * - `NAME=value`, including a command's prefix assignments and the ones `export` makes, is an
 *   assignment to `NAME`; `$NAME` and `${NAME}` look it up, so `valueOf` follows a variable set
 *   once at the top of a script into `"$NAME/path"`.
 * - Everything in the shell is a string: words and numbers are string values, and a
 *   double-quoted string is constant when its expansions are. Heredoc bodies are text, not code.
 * - There are no imports and no key/value facts.
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, concatenate, stringValue, unescapeCString } from '../values';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_definition']);
const KEYWORD_COMMAND_TYPES: ReadonlySet<string> = new Set(['declaration_command', 'unset_command']);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'raw_string', 'ansi_c_string']);

/** Inside double quotes a backslash escapes only `$`, backquote, `"`, backslash and a line break. */
const DOUBLE_QUOTED_ESCAPE = safeRegex('\\\\([$`"\\\\\\n])', 'g');
/** Outside quotes a backslash escapes any one character; a backslash-newline joins lines. */
const WORD_ESCAPE = safeRegex('\\\\([\\s\\S])', 'g');

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'command', 'declaration_command', 'unset_command', 'variable_assignment',
  ...STRING_TYPES,
]);

export const shellAdapter: LanguageAdapter = {
  collectedTypes: COLLECTED_TYPES,
  language: 'shell',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'command': {
      const name = node.childForFieldName('name');
      if (name === null) return;
      const args = node.childrenForFieldName('argument').filter((arg): arg is Node => arg !== null).map((arg): Argument => ({ node: arg }));
      sink.call({ node, calleeNode: name, args, isConstructor: false });
      return;
    }
    case 'declaration_command':
    case 'unset_command': {
      const keyword = node.child(0);
      if (keyword === null || keyword.isNamed) return;
      const args = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment').map((child): Argument => ({ node: child }));
      sink.call({ node, calleeNode: keyword, args, isConstructor: false });
      return;
    }
    case 'variable_assignment': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      // `X+=more` appends, so the value is no longer the right-hand side alone.
      const appends = node.children.some((child) => child !== null && !child.isNamed && child.type === '+=');
      if (name?.type === 'variable_name' && value !== null && !appends) sink.assignment({ node, targetNode: name, value });
      return;
    }
    default:
      if (STRING_TYPES.has(node.type)) {
        const value = literal(node);
        if (value?.kind === 'string') sink.string({ node, value: value.value, valueRange: contentRange(node) });
      }
      return;
  }
}

/** The range inside the quotes: `"…"`, `'…'`, `$'…'`. */
function contentRange(node: Node): { start: number; end: number } {
  const opening = node.text.startsWith('$') ? 2 : 1;
  return { start: node.startIndex + opening, end: Math.max(node.startIndex + opening, node.endIndex - 1) };
}

/** A double-quoted string's text and its expansions, in order. */
function stringParts(node: Node): (string | Node)[] {
  const text = node.text;
  const offset = node.startIndex;
  const range = contentRange(node);
  const parts: (string | Node)[] = [];
  let cursor = range.start;
  for (const child of node.children) {
    if (child === null || child.endIndex <= range.start || child.startIndex >= range.end) continue;
    if (child.startIndex > cursor) parts.push(text.slice(cursor - offset, child.startIndex - offset));
    if (child.type === 'string_content') parts.push(child.text.replace(DOUBLE_QUOTED_ESCAPE, (_match, escaped: string) => (escaped === '\n' ? '' : escaped)));
    else if (child.isNamed && child.type !== 'comment') parts.push(child);
    cursor = Math.max(cursor, child.endIndex);
  }
  if (range.end > cursor) parts.push(text.slice(cursor - offset, range.end - offset));
  return parts;
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'word':
      return stringValue(node.text.replace(WORD_ESCAPE, (_match, escaped: string) => (escaped === '\n' ? '' : escaped)));
    case 'number':
      return stringValue(node.text);
    case 'raw_string':
      return stringValue(node.text.slice(1, -1));
    case 'ansi_c_string':
      return stringValue(unescapeCString(node.text.slice(2, -1)));
    case 'string': {
      const parts = stringParts(node);
      return parts.every((part): part is string => typeof part === 'string') ? stringValue(parts.join('')) : undefined;
    }
    default:
      return undefined;
  }
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'string':
      return concatenate(stringParts(node).map((part) => (typeof part === 'string' ? stringValue(part) : evaluate(part))));
    case 'concatenation':
      return concatenate(node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment').map(evaluate));
    case 'command_substitution':
    case 'process_substitution':
    case 'arithmetic_expansion':
      return UNKNOWN_VALUE;
    default:
      return undefined;
  }
}

function memberPath(node: Node): string[] | undefined {
  switch (node.type) {
    case 'variable_name':
      return [node.text];
    case 'command_name': {
      const word = node.namedChild(0);
      return node.namedChildCount === 1 && word?.type === 'word' ? [word.text] : undefined;
    }
    case 'simple_expansion':
    case 'expansion': {
      // Only a plain `$NAME` or `${NAME}`: `${NAME:-default}` and `${#NAME}` change the value.
      const [only] = node.namedChildren;
      const plain = node.type === 'simple_expansion' || node.childCount === 3;
      return plain && node.namedChildCount === 1 && only?.type === 'variable_name' ? [only.text] : undefined;
    }
    default:
      return node.isNamed || node.parent === null || !KEYWORD_COMMAND_TYPES.has(node.parent.type) ? undefined : [node.text];
  }
}
