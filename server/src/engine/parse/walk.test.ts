import assert from 'node:assert/strict';
import { parserFor } from './grammars';
import { walk, walkTypes } from './walk';

describe('tree walks', () => {
  it('visits the asked-for types in document order, ERROR nodes included when asked', async () => {
    const parser = await parserFor('javascript');
    const tree = parser.parse('md5(x);\nlet = = 1;\ng();\n');
    assert.ok(tree);
    try {
      const calls: string[] = [];
      walkTypes(tree.rootNode, new Set(['call_expression']), (node) => calls.push(node.text));
      assert.deepStrictEqual(calls, ['md5(x)', 'g()']);
      const withErrors: string[] = [];
      walkTypes(tree.rootNode, new Set(['ERROR', 'call_expression']), (node) => withErrors.push(node.type));
      assert.deepStrictEqual(withErrors, ['call_expression', 'ERROR', 'call_expression']);
    } finally {
      tree.delete();
    }
  });

  it('visits named nodes only, with their types: not the keywords that share a name with a node type', async () => {
    const cases: { language: 'javascript' | 'typescript'; text: string; types: string[]; expected: string[] }[] = [
      // `function` names only the keyword in this grammar; the nodes are function_declaration and function_expression.
      { language: 'javascript', text: "function f() {}\nconst g = function () { return 'a'; };\n", types: ['function', 'function_expression', 'string'], expected: ["function_expression function () { return 'a'; }", "string 'a'"] },
      // `string` is both the literal and TypeScript's type keyword.
      { language: 'typescript', text: "let x: string = 'a';\n", types: ['string'], expected: ["string 'a'"] },
    ];
    for (const { language, text, types, expected } of cases) {
      const parser = await parserFor(language);
      const tree = parser.parse(text);
      assert.ok(tree);
      try {
        const seen: string[] = [];
        walkTypes(tree.rootNode, new Set(types), (node, type) => {
          assert.equal(type, node.type);
          seen.push(`${type} ${node.text}`);
        });
        assert.deepStrictEqual(seen, expected, language);
      } finally {
        tree.delete();
      }
    }
  });

  it('walks 5,000 levels of nesting without recursion', async () => {
    const parser = await parserFor('javascript');
    const tree = parser.parse(`x = ${'['.repeat(5000)}${']'.repeat(5000)};`);
    assert.ok(tree);
    try {
      let arrays = 0;
      walk(tree.rootNode, (node) => {
        if (node.type === 'array') arrays++;
        return true;
      });
      assert.equal(arrays, 5000);
      let found = 0;
      walkTypes(tree.rootNode, new Set(['array']), () => found++);
      assert.equal(found, 5000);
    } finally {
      tree.delete();
    }
  });
});
