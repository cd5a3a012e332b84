import type { Language, Node } from 'web-tree-sitter';

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
 * Visits only named nodes of the given types, in document (pre-)order, with each node's type.
 * web-tree-sitter's `descendantsOfType` walks inside WebAssembly and builds Node objects only for
 * matches; a cursor walk driven from JavaScript pays a marshalling round trip per node and
 * measured three to four times slower on the same tree. `descendantsOfType` cannot look for
 * ERROR nodes (it then matches nothing at all), so a set that asks for them takes the cursor walk.
 */
export function walkTypes(root: Node, types: ReadonlySet<string>, visit: (node: Node, type: string) => void): void {
  if (types.has('ERROR')) {
    walkTypesWithCursor(root, types, visit);
    return;
  }
  const { named, twins } = namedTypesOf(root.tree.language, types);
  for (const node of root.descendantsOfType(named)) {
    if (node === null) continue;
    // Each read of a node's type, or of `isNamed`, is a call into WebAssembly: the type is read
    // once and handed on, and `isNamed` only for a type that is also a keyword's.
    const type = node.type;
    if (!twins.has(type) || node.isNamed) visit(node, type);
  }
}

interface NamedTypes {
  /** The asked-for types that name a named node in the grammar. */
  readonly named: string[];
  /**
   * Those that name an anonymous node too: keywords share names with node types (TypeScript's
   * `string` type keyword and the `string` literal node), and only the named node is meant.
   */
  readonly twins: ReadonlySet<string>;
}

const namedTypesByLanguage = new WeakMap<Language, WeakMap<ReadonlySet<string>, NamedTypes>>();

/**
 * The asked-for types as the grammar has them, per type set. A type that only names keywords
 * is left out (the shared JavaScript list asks for `function`, which in this grammar is only the
 * keyword of every function): `descendantsOfType` would build a Node object for each, to drop.
 */
function namedTypesOf(language: Language, types: ReadonlySet<string>): NamedTypes {
  let byTypes = namedTypesByLanguage.get(language);
  if (byTypes === undefined) {
    byTypes = new WeakMap();
    namedTypesByLanguage.set(language, byTypes);
  }
  let known = byTypes.get(types);
  if (known === undefined) {
    const { named, anonymous } = typeNamesOf(language);
    known = { named: [...types].filter((type) => named.has(type)), twins: new Set([...types].filter((type) => named.has(type) && anonymous.has(type))) };
    byTypes.set(types, known);
  }
  return known;
}

const typeNames = new WeakMap<Language, { readonly named: ReadonlySet<string>; readonly anonymous: ReadonlySet<string> }>();

/** The node type names of a grammar, for its named nodes and for its anonymous ones (keywords, punctuation). */
function typeNamesOf(language: Language): { readonly named: ReadonlySet<string>; readonly anonymous: ReadonlySet<string> } {
  let names = typeNames.get(language);
  if (names === undefined) {
    const named = new Set<string>();
    const anonymous = new Set<string>();
    for (let id = 0; id < language.nodeTypeCount; id++) {
      const name = language.nodeTypeForId(id);
      if (name !== null) (language.nodeTypeIsNamed(id) ? named : anonymous).add(name);
    }
    names = { named, anonymous };
    typeNames.set(language, names);
  }
  return names;
}

/** The cursor walk: reads each node's type from the cursor and builds Node objects only for matches. */
function walkTypesWithCursor(root: Node, types: ReadonlySet<string>, visit: (node: Node, type: string) => void): void {
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.nodeIsNamed) {
        const type = cursor.nodeType;
        if (types.has(type)) visit(cursor.currentNode, type);
      }
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** A subtree a scoped walk leaves out (a function unit): its node id. */
export interface ExcludedSubtree {
  readonly id: number;
}

/** A node checked on its own: on the way down to an excluded subtree, or a leaf beside one. */
interface SinglePiece {
  readonly kind: 'path' | 'leaf';
  readonly type: string;
  readonly named: boolean;
  /** Its descendant index under the root, to find the Node again. */
  readonly index: number;
  node?: Node;
}

/** A subtree walked with all its descendants. */
interface SubtreePiece {
  readonly kind: 'subtree';
  readonly node: Node;
}

type Piece = SinglePiece | SubtreePiece;

/**
 * The tree's top levels as the incremental scan's function units see them (function-units.ts),
 * in pre-order: containers (`path`), the leaves and subtrees beside the units, and the units
 * themselves. With it a scoped tree needs no walk of its own.
 */
export type TreeOutline = readonly (Piece | { readonly kind: 'unit'; readonly id: number; readonly index: number })[];

/**
 * The tree with some subtrees left out (the function units an incremental scan reuses), as the
 * nodes on the way down to them and the largest subtrees beside them that contain none. Each
 * walk by type then checks the nodes on the way down and the leaves itself and asks
 * WebAssembly's `descendantsOfType` only for the subtrees, so a walk costs a few calls however
 * many functions are left out.
 */
export class ScopedTree {
  /**
   * In document pre-order. Only subtrees hold a Node from the start; the others are found again
   * by their descendant index when a walk wants them, since most (comments, keywords,
   * punctuation) never match.
   */
  private readonly pieces: Piece[] = [];

  /** `outline` is the tree's outline from function-units.ts; every excluded subtree is one of its units. */
  constructor(
    private readonly root: Node,
    private readonly excluded: readonly ExcludedSubtree[],
    outline: TreeOutline,
  ) {
    if (excluded.length === 0) return;
    const ids = new Set(excluded.map((subtree) => subtree.id));
    for (const piece of outline) {
      if (piece.kind !== 'unit') this.pieces.push(piece);
      else if (!ids.has(piece.id)) this.pieces.push({ kind: 'subtree', node: this.nodeAt(piece.index) });
    }
  }

  /** Named nodes of the given types outside the excluded subtrees, in document order. */
  walkTypes(types: ReadonlySet<string>, visit: (node: Node, type: string) => void): void {
    if (this.excluded.length === 0) {
      walkTypes(this.root, types, visit);
      return;
    }
    for (const piece of this.pieces) {
      if (piece.kind === 'subtree') walkTypes(piece.node, types, visit);
      else if (piece.named && types.has(piece.type)) visit(this.nodeOf(piece), piece.type);
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
    return (piece.node ??= this.nodeAt(piece.index));
  }

  private nodeAt(descendantIndex: number): Node {
    const cursor = this.root.walk();
    try {
      cursor.gotoDescendant(descendantIndex);
      return cursor.currentNode;
    } finally {
      cursor.delete();
    }
  }
}

