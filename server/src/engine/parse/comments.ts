import type { Node } from 'web-tree-sitter';
import type { Range } from '../contract';
import { walkTypes } from './walk';

/** Every grammar shipped names its comment nodes `comment` (or `line_comment`/`block_comment` in Java). */
export const COMMENT_TYPES: ReadonlySet<string> = new Set(['comment', 'line_comment', 'block_comment']);

export function collectComments(root: Node): Range[] {
  const ranges: Range[] = [];
  walkTypes(root, COMMENT_TYPES, (node) => ranges.push({ start: node.startIndex, end: node.endIndex }));
  return ranges;
}
