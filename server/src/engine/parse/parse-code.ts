import type { Edit, Tree } from 'web-tree-sitter';
import type { CodeLanguage } from '../contract';
import type { Deadline } from '../deadline';
import { RangeSet } from '../text/range-set';
import { discardParser, parserFor } from './grammars';
import { collectComments } from './comments';

export interface ParsedCode {
  readonly language: CodeLanguage;
  readonly text: string;
  readonly tree: Tree;
  /** Comment ranges, found on first use: most files never need them. */
  readonly comments: () => RangeSet;
}

/**
 * Parses under the file's deadline: web-tree-sitter calls the progress callback as it goes,
 * and returning true cancels the parse. The caller owns the tree and must `delete()` it.
 */
/** The grammar itself failed on this text (not a syntax error, which tree-sitter recovers from). */
export class ParseFailure extends Error {
  constructor(language: CodeLanguage, cause: unknown) {
    super(`the ${language} parser failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const statistics = { parses: 0, characters: 0 };

/** How many parses ran and how much text they read, for tests of the prefilter and for benchmarks. */
export function parseStatistics(): Readonly<typeof statistics> {
  return { ...statistics };
}

/**
 * With `previous` (the tree of an earlier version of the same document and the change from that
 * version's text to this one, from `textChange`), the old tree is edited to the new text and
 * tree-sitter reuses every subtree the edit did not touch. The old tree is changed by this and
 * must not be used afterwards except to delete it.
 */
export async function parseCode(
  text: string,
  language: CodeLanguage,
  deadline: Deadline,
  previous?: { readonly tree: Tree; readonly change: Edit | undefined },
): Promise<ParsedCode | 'timeout'> {
  const parser = await parserFor(language);
  statistics.parses++;
  statistics.characters += text.length;
  let oldTree: Tree | null = null;
  if (previous !== undefined) {
    if (previous.change !== undefined) previous.tree.edit(previous.change);
    oldTree = previous.tree;
  }
  let tree: Tree | null;
  try {
    tree = parser.parse(text, oldTree, { progressCallback: () => deadline.expired() });
  } catch (error) {
    // A grammar can fail inside WebAssembly on rare inputs; the parser may be left in a bad
    // state, so it is dropped and the next file gets a fresh one.
    discardParser(language);
    throw new ParseFailure(language, error);
  }
  parser.reset();
  if (tree === null) return 'timeout';
  let comments: RangeSet | undefined;
  return {
    language,
    text,
    tree,
    comments: () => (comments ??= new RangeSet(collectComments(tree.rootNode))),
  };
}
