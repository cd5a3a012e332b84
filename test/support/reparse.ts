/**
 * "Re-parses cleanly" (CONTRACTS §6): the format's own parser reports no error. For tree-sitter
 * languages that means no ERROR or MISSING node; for configuration formats, no parser error.
 */
import type { Node } from 'web-tree-sitter';
import { detectLanguage, isCodeLanguage } from '../../server/src/engine/languages/detect';
import { parserFor } from '../../server/src/engine/parse/grammars';
import { walk } from '../../server/src/engine/parse/walk';
import { parseConfigDocument } from '../../server/src/engine/formats/parse-config';

export async function reparseErrors(path: string, text: string): Promise<string[]> {
  const language = detectLanguage(path, text);
  if (language === undefined) throw new Error(`no file kind for ${path}`);
  if (!isCodeLanguage(language)) return [...parseConfigDocument(text, language).errors()];
  const parser = await parserFor(language);
  const tree = parser.parse(text);
  if (tree === null) throw new Error('parse cancelled');
  try {
    return syntaxErrors(tree.rootNode);
  } finally {
    tree.delete();
  }
}

function syntaxErrors(root: Node): string[] {
  if (!root.hasError) return [];
  const errors: string[] = [];
  walk(root, (node) => {
    if (node.isError || node.isMissing) {
      errors.push(`${node.isMissing ? 'missing' : 'unexpected'} ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
      return false;
    }
    return node.hasError;
  });
  return errors;
}
