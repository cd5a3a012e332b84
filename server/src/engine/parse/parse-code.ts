import type { Tree } from 'web-tree-sitter';
import type { CodeLanguage, Range } from '../contract';
import type { Deadline } from '../deadline';
import { RangeSet } from '../text/range-set';
import { parserFor } from './grammars';
import { collectComments } from './comments';

export interface ParsedCode {
  readonly language: CodeLanguage;
  readonly text: string;
  readonly tree: Tree;
  readonly comments: RangeSet;
}

/**
 * Parses under the file's deadline: web-tree-sitter calls the progress callback as it goes,
 * and returning true cancels the parse. The caller owns the tree and must `delete()` it.
 */
const statistics = { parses: 0, characters: 0 };

/** How many parses ran and how much text they read, for tests of the prefilter and for benchmarks. */
export function parseStatistics(): Readonly<typeof statistics> {
  return { ...statistics };
}

export async function parseCode(text: string, language: CodeLanguage, deadline: Deadline): Promise<ParsedCode | 'timeout'> {
  const parser = await parserFor(language);
  statistics.parses++;
  statistics.characters += text.length;
  const tree = parser.parse(text, null, { progressCallback: () => deadline.expired() });
  parser.reset();
  if (tree === null) return 'timeout';
  const comments: Range[] = collectComments(tree.rootNode);
  return { language, text, tree, comments: new RangeSet(comments) };
}
