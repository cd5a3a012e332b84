import assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import { parserFor } from './grammars';
import { useFastNodeReads } from './node-reads';

/** Everything a rule reads from nodes, for every node, through the marshalling paths the fast reads replace. */
function describeTree(root: Node): string[] {
  const lines: string[] = [];
  const cursor = root.walk();
  for (;;) {
    const node = cursor.currentNode;
    const end = node.endPosition;
    lines.push(
      [node.type, node.typeId, node.isNamed, node.startIndex, node.endIndex, end.row, end.column, node.parent?.type, node.childForFieldName('name')?.text, node.namedChildCount, node.text.length].join(' '),
    );
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return lines;
      }
    }
  }
}

describe('fast node reads', () => {
  afterEach(() => useFastNodeReads(true));

  it('read every node the same as web-tree-sitter does, also after WebAssembly memory has grown', async () => {
    const parser = await parserFor('javascript');
    // Large enough that parsing it grows WebAssembly memory, which replaces the typed arrays.
    const body = Array.from({ length: 20_000 }, (_, index) => `function f${index}(a) { return a.b(${index}, 'é𝒳', \`t\${a}\`); }`).join('\n');
    const tree = parser.parse(body);
    assert.ok(tree);
    try {
      useFastNodeReads(true);
      const fast = describeTree(tree.rootNode);
      useFastNodeReads(false);
      const own = describeTree(tree.rootNode);
      assert.equal(fast.length, own.length);
      assert.ok(fast.length > 400_000);
      assert.deepEqual(fast, own);
      assert.equal(fast[1], 'function_declaration 205 true 0 49 0 49 program f0 3 49');
    } finally {
      tree.delete();
    }
  });
});
