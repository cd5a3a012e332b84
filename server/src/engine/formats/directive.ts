/**
 * The entry shape shared by directive formats (nginx, Apache, HAProxy, sshd, Dockerfile):
 * `key` is the directive's name and `value` the arguments exactly as written, from the first
 * argument to the end of the last, so `valueRange` slices back to `value`.
 */
import type { Range } from '../contract';
import type { KeyPath } from './key-path';
import type { EntryInput } from './model-builder';

interface DirectiveParts {
  readonly text: string;
  /** The enclosing blocks' path; the key is appended. */
  readonly path: KeyPath;
  readonly key: string;
  readonly keyRange: Range;
  /** Where the arguments start and end; equal when there are none. */
  readonly argumentsRange: Range;
  readonly blockId?: number;
}

export function directiveEntry(parts: DirectiveParts): EntryInput {
  const { text, path, key, keyRange, argumentsRange, blockId } = parts;
  const entry: EntryInput = {
    path: path.child(key),
    key,
    keyRange,
    value: text.slice(argumentsRange.start, argumentsRange.end),
    valueRange: argumentsRange,
  };
  return blockId === undefined ? entry : { ...entry, blockId };
}
