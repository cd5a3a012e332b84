import type { Node } from 'web-tree-sitter';

/**
 * Pre-order walk over named and anonymous nodes with a TreeCursor, iteratively, so that deeply
 * nested input (thousands of levels) cannot overflow the JavaScript stack. The visitor returns
 * false to skip a node's children.
 */
export function walk(root: Node, visit: (node: Node) => boolean): void {
  const cursor = root.walk();
  try {
    let descend = visit(cursor.currentNode);
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = visit(cursor.currentNode);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        // A cursor made on `root` cannot leave it, so this ends the walk at the root.
        if (!cursor.gotoParent()) return;
      }
      descend = visit(cursor.currentNode);
    }
  } finally {
    cursor.delete();
  }
}

/**
 * Visits only nodes of the given types, in pre-order. It reads each node's type from the cursor
 * and builds a Node object only for matches: most of a tree's nodes are punctuation and
 * identifiers no rule asks about, and building Node objects dominates the cost of a walk.
 */
export function walkTypes(root: Node, types: ReadonlySet<string>, visit: (node: Node) => void): void {
  const cursor = root.walk();
  try {
    for (;;) {
      if (types.has(cursor.nodeType)) visit(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}
