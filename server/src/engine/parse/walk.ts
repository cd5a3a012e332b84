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

/** A subtree a scoped walk leaves out: its node id and its range. */
export interface ExcludedSubtree {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The tree with some subtrees left out (the function units an incremental scan reuses), as the
 * nodes on the way down to them and the largest subtrees beside them that contain none. Built
 * once with a cursor; each walk by type then checks the nodes on the way down and the leaves
 * itself and asks WebAssembly's `descendantsOfType` only for the larger subtrees, so a walk
 * costs a few calls however many functions are left out.
 */
/** A node on the way down to an excluded subtree, or a leaf beside one: checked on its own. */
interface SinglePiece {
  readonly kind: 'path' | 'leaf';
  readonly type: string;
  readonly named: boolean;
  /** Its descendant index under the root, to find the Node again. */
  readonly index: number;
  node?: Node;
}

type Piece = SinglePiece | { readonly kind: 'subtree'; readonly node: Node };

export class ScopedTree {
  /**
   * In document pre-order: `path` nodes are checked alone, `subtree` nodes with all their
   * descendants. Only subtrees hold a Node from the start; the others are found again by their
   * descendant index when a walk wants them, since most (comments, keywords, punctuation) never match.
   */
  private readonly pieces: Piece[] = [];

  constructor(
    private readonly root: Node,
    private readonly excluded: readonly ExcludedSubtree[],
  ) {
    if (excluded.length === 0) return;
    const ids = new Set(excluded.map((subtree) => subtree.id));
    const starts = excluded.map((subtree) => subtree.start);
    const cursor = root.walk();
    try {
      for (;;) {
        let descend = false;
        if (!ids.has(cursor.nodeId)) {
          const piece = { type: cursor.nodeType, named: cursor.nodeIsNamed, index: cursor.currentDescendantIndex };
          if (containsStart(starts, cursor.startIndex, cursor.endIndex)) {
            this.pieces.push({ kind: 'path', ...piece });
            descend = true;
          } else if (cursor.gotoFirstChild()) {
            cursor.gotoParent();
            this.pieces.push({ kind: 'subtree', node: cursor.currentNode });
          } else {
            this.pieces.push({ kind: 'leaf', ...piece });
          }
        }
        if (descend && cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return;
        }
      }
    } finally {
      cursor.delete();
    }
  }

  /** Named nodes of the given types outside the excluded subtrees, in document order. */
  walkTypes(types: ReadonlySet<string>, visit: (node: Node) => void): void {
    if (this.excluded.length === 0) {
      walkTypes(this.root, types, visit);
      return;
    }
    for (const piece of this.pieces) {
      if (piece.kind === 'subtree') walkTypes(piece.node, types, visit);
      else if (piece.named && types.has(piece.type)) visit(this.nodeOf(piece));
    }
  }

  /** `walk` that does not enter the excluded subtrees. */
  walk(visit: (node: Node) => boolean): void {
    if (this.excluded.length === 0) {
      walk(this.root, visit);
      return;
    }
    for (const piece of this.pieces) {
      if (piece.kind === 'subtree') walk(piece.node, visit);
      else visit(this.nodeOf(piece));
    }
  }

  private nodeOf(piece: SinglePiece): Node {
    if (piece.node === undefined) {
      const cursor = this.root.walk();
      try {
        cursor.gotoDescendant(piece.index);
        piece.node = cursor.currentNode;
      } finally {
        cursor.delete();
      }
    }
    return piece.node;
  }
}

/** Whether an excluded subtree starts inside [start, end) (the starts are sorted). */
function containsStart(starts: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < start) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && starts[low]! < end;
}
