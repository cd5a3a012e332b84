/**
 * Prints a file's tree-sitter tree with field names and offsets, for writing language adapters
 * and rule tables: `npx tsx test/support/dump-tree.ts <language> <file|->`.
 */
import { readFileSync } from 'node:fs';
import type { Node } from 'web-tree-sitter';
import type { CodeLanguage } from '../../server/src/engine/contract';
import { parserFor } from '../../server/src/engine/parse/grammars';

async function main(): Promise<void> {
  const [language, file] = process.argv.slice(2);
  if (language === undefined || file === undefined) throw new Error('usage: dump-tree.ts <language> <file|->');
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const parser = await parserFor(language as CodeLanguage);
  const tree = parser.parse(text);
  if (tree === null) throw new Error('parse cancelled');
  print(tree.rootNode, 0, undefined);
  tree.delete();
}

function print(node: Node, depth: number, field: string | undefined): void {
  const label = `${field ? `${field}: ` : ''}${node.isNamed ? node.type : JSON.stringify(node.type)}`;
  const leaf = node.childCount === 0 ? ` ${JSON.stringify(node.text)}` : '';
  process.stdout.write(`${'  '.repeat(depth)}${label} [${node.startIndex}-${node.endIndex}]${leaf}\n`);
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child) print(child, depth + 1, node.fieldNameForChild(i) ?? undefined);
  }
}

void main();
