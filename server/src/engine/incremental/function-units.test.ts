import assert from 'node:assert/strict';
import type { CodeLanguage } from '../contract';
import { Deadline } from '../deadline';
import { parseCode } from '../parse/parse-code';
import { functionUnits, type UnitLayout } from './function-units';

async function layoutOf(text: string, language: CodeLanguage): Promise<UnitLayout & { readonly texts: string[] }> {
  const parsed = await parseCode(text, language, new Deadline(10_000));
  if (parsed === 'timeout') throw new Error('timeout');
  try {
    const layout = functionUnits(parsed.tree.rootNode, text, language);
    return { ...layout, texts: layout.units.map((unit) => text.slice(unit.start, unit.end)) };
  } finally {
    parsed.tree.delete();
  }
}

describe('function units', () => {
  const cases: { readonly name: string; readonly language: CodeLanguage; readonly text: string; readonly units: readonly string[] }[] = [
    {
      name: 'JavaScript: declarations, exports, methods, and callbacks passed to calls or assigned to constants',
      language: 'javascript',
      text: [
        "import x from 'x';",
        'export function a() { return 1; }',
        'class C { m() { return 2; } }',
        "app.get('/', (req, res) => { res.send('ok'); });",
        'const h = async function () { await x(); };',
        'const o = { f() { return 3; } };',
      ].join('\n'),
      units: ['function a() { return 1; }', 'm() { return 2; }', "(req, res) => { res.send('ok'); }", 'async function () { await x(); }'],
    },
    {
      name: 'Python: functions, methods, and decorated functions without their decorators',
      language: 'python',
      text: ['import os', 'def a():', '    return 1', 'class C:', '    X = 1', '    def m(self):', '        return 2', '@app.route("/")', 'def view():', '    return 3', ''].join('\n'),
      units: ['def a():\n    return 1', 'def m(self):\n        return 2', 'def view():\n    return 3'],
    },
    {
      name: 'Java: methods and constructors of nested classes; fields stay in the context',
      language: 'java',
      text: 'class A { private int f = 1; A() { f = 2; } void m() { } class B { int n() { return 1; } } }',
      units: ['A() { f = 2; }', 'void m() { }', 'int n() { return 1; }'],
    },
    {
      name: 'C#: methods and constructors in namespaces, block-scoped or file-scoped',
      language: 'csharp',
      text: 'namespace N { class C { int f = 1; C() { } void M() { } } }\nnamespace O;\nclass D { void M() { } }\n',
      units: ['C() { }', 'void M() { }', 'void M() { }'],
    },
    {
      name: 'PHP: methods and functions after the opening tag and namespace',
      language: 'php',
      text: '<?php\nnamespace App;\nclass C { public function m() { return 1; } }\nfunction f() { return 2; }\n',
      units: ['public function m() { return 1; }', 'function f() { return 2; }'],
    },
    {
      name: 'Ruby: instance and singleton methods in classes, and top-level methods',
      language: 'ruby',
      text: 'class C < B\n  X = 1\n  def m\n    1\n  end\n  def self.s\n    2\n  end\nend\ndef top\nend\n',
      units: ['def m\n    1\n  end', 'def self.s\n    2\n  end', 'def top\nend'],
    },
    {
      name: 'Shell: both function syntaxes; the script around them is context',
      language: 'shell',
      text: 'A=1\nf() {\n  echo a\n}\nfunction g {\n  echo b\n}\n',
      units: ['f() {\n  echo a\n}', 'function g {\n  echo b\n}'],
    },
    {
      name: 'TypeScript: class methods, exported arrow functions and namespace functions',
      language: 'typescript',
      text: 'export class C { private x = 1; m(): void { } }\nexport const h = (a: number): number => a;\nnamespace NS { export function f() {} }\n',
      units: ['m(): void { }', '(a: number): number => a', 'function f() {}'],
    },
    {
      name: 'Go: functions and methods',
      language: 'go',
      text: 'package p\n\nvar v = 1\n\nfunc a() {}\n\nfunc (t T) m() {}\n',
      units: ['func a() {}', 'func (t T) m() {}'],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      assert.deepEqual((await layoutOf(testCase.text, testCase.language)).texts, testCase.units);
    });
  }

  it('gives the same context key when only a unit or a comment between units changes', async () => {
    const before = await layoutOf('const k = 1;\n// note\nfunction a() { return k; }\n', 'javascript');
    const after = await layoutOf('const k = 1;\n// a longer note\nfunction a() { return k + 1; }\n', 'javascript');
    assert.equal(after.contextKey, before.contextKey);
  });

  it('gives a different context key when the context changes, or a unit moves to another class', async () => {
    const base = await layoutOf('class A { m() {} }\nclass B { }\n', 'javascript');
    const constant = await layoutOf('const k = 2;\nclass A { m() {} }\nclass B { }\n', 'javascript');
    const moved = await layoutOf('class A { }\nclass B { m() {} }\n', 'javascript');
    assert.notEqual(constant.contextKey, base.contextKey);
    assert.notEqual(moved.contextKey, base.contextKey);
  });

  it('keys a unit by its text and the containers around it', async () => {
    const layout = await layoutOf('class A { m() {} }\nclass B { m() {} }\n', 'javascript');
    const [first, second] = layout.units;
    assert.notEqual(first?.key, second?.key);
  });
});
