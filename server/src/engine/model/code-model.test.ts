import assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import type { CodeLanguage } from '../contract';
import { Deadline } from '../deadline';
import { parseCode } from '../parse/parse-code';
import { walk } from '../parse/walk';
import { adapterFor } from './adapters';
import { buildCodeModel } from './code-model';
import { NO_PROJECT } from '../../../../test/support/model-fixture';

/** The straightforward search `enclosingFunction` must agree with: every earlier function, latest first. */
function reference(functions: readonly Node[], node: Node): Node | undefined {
  for (let index = functions.length - 1; index >= 0; index--) {
    const candidate = functions[index]!;
    if (candidate.startIndex > node.startIndex) continue;
    if (candidate.endIndex >= node.endIndex && candidate.id !== node.id && !(candidate.startIndex === node.startIndex && candidate.endIndex === node.endIndex)) return candidate;
  }
  return undefined;
}

async function checkEveryNode(language: CodeLanguage, text: string): Promise<number> {
  const parsed = await parseCode(text, language, new Deadline(10_000));
  if (parsed === 'timeout') throw new Error('parse timed out');
  try {
    const model = buildCodeModel(parsed, NO_PROJECT);
    const types = adapterFor(language).functionTypes;
    const nodes: Node[] = [];
    walk(parsed.tree.rootNode, (node) => {
      nodes.push(node);
      return true;
    });
    const functions = nodes.filter((node) => types.has(node.type));
    for (const node of nodes) {
      assert.equal(model.enclosingFunction(node)?.id, reference(functions, node)?.id, `${node.type} at ${node.startIndex}`);
    }
    return functions.length;
  } finally {
    parsed.tree.delete();
  }
}

describe('code model', () => {
  it('finds the enclosing function of every node, through nested and sibling functions', async () => {
    const js = [
      'const top = () => 1;',
      'function a(x) { const f = (y) => (z) => z + y; function b() { return () => x; } return f; }',
      'class C { m() { return [1].map((v) => v * 2); } n = () => { const k = function () {}; }; }',
      'export default function () { if (true) { (() => {})(); } }',
      'const after = 2;',
    ].join('\n');
    assert.ok((await checkEveryNode('javascript', js)) >= 10);
    const py = ['def a():', '    def b():', '        return lambda x: x', '    return b', 'class K:', '    def m(self):', '        return [lambda: 1]', 'z = lambda: 0', ''].join('\n');
    assert.ok((await checkEveryNode('python', py)) >= 5);
    const java = 'class A { void m() { Runnable r = () -> { int x = 1; }; } int n() { return 1; } A() {} }';
    assert.ok((await checkEveryNode('java', java)) >= 3);
  });

  it('resolves a name to the latest assignment before the use in its own function', async () => {
    const blocks = Array.from({ length: 30 }, (_, n) => `function f${n}() {\n  let label = 'a${n}';\n  label = 'b${n}';\n  use(label);\n  label = 'c${n}';\n}`);
    const text = [`const shared = 'module';`, `let twice = 'one';`, `twice = 'two';`, ...blocks, 'function g() { use(shared); use(twice); use(label); }'].join('\n');
    const parsed = await parseCode(text, 'javascript', new Deadline(10_000));
    if (parsed === 'timeout') throw new Error('parse timed out');
    try {
      const model = buildCodeModel(parsed, NO_PROJECT);
      const values = model
        .calls()
        .filter((call) => call.callee === 'use')
        .map((call) => model.valueOf(call.args[0]!.node));
      assert.deepEqual(
        values.slice(0, 30).map((value) => (value.kind === 'string' ? value.value : value.kind)),
        Array.from({ length: 30 }, (_, n) => `b${n}`),
      );
      // One module-level assignment is a constant; two are not; a name only assigned in other functions is unknown.
      assert.deepEqual(values.slice(30), [{ kind: 'string', value: 'module' }, { kind: 'unknown' }, { kind: 'unknown' }]);
    } finally {
      parsed.tree.delete();
    }
  });
});
