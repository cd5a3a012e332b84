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
 * Visits only nodes of the given types, in document (pre-)order. web-tree-sitter's
 * `descendantsOfType` walks inside WebAssembly and builds Node objects only for matches; a
 * cursor walk driven from JavaScript pays a marshalling round trip per node and measured three
 * to four times slower on the same tree. `descendantsOfType` cannot look for ERROR nodes (it
 * then matches nothing at all), so a set that asks for them takes the cursor walk.
 */
export function walkTypes(root: Node, types: ReadonlySet<string>, visit: (node: Node) => void): void {
  if (types.has('ERROR')) {
    walkTypesWithCursor(root, types, visit);
    return;
  }
  for (const node of root.descendantsOfType([...types])) {
    // Keywords share names with node types (TypeScript's `string` type keyword and the `string`
    // literal node), and only the named node is meant.
    if (node?.isNamed) visit(node);
  }
}

/** The cursor walk: reads each node's type from the cursor and builds Node objects only for matches. */
function walkTypesWithCursor(root: Node, types: ReadonlySet<string>, visit: (node: Node) => void): void {
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.nodeIsNamed && types.has(cursor.nodeType)) visit(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}
