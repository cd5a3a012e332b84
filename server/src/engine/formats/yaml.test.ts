import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('YAML', () => {
  describe('a Kubernetes multi-document file', () => {
    const text = [
      '# Pod with a privileged container',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: "nginx:1.25" # pinned',
      '      securityContext:',
      '        privileged: true',
      '      args: [--port, \'8080\']',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'data:',
      '  script: |',
      '    echo hi',
      '  empty:',
    ].join('\n');
    const model = parseConfigDocument(text, 'yaml');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['apiVersion'], 'apiVersion', 'v1', [34, 44], [46, 48], 0],
        [['kind'], 'kind', 'Pod', [49, 53], [55, 58], 0],
        [['metadata'], 'metadata', undefined, [59, 67], [71, 80], 0],
        [['metadata', 'name'], 'name', 'web', [71, 75], [77, 80], 0],
        [['spec'], 'spec', undefined, [81, 85], [89, 228], 0],
        [['spec', 'containers'], 'containers', undefined, [89, 99], [105, 228], 0],
        [['spec', 'containers', '0'], '0', undefined, [105, 106], [107, 228], 0],
        [['spec', 'containers', '0', 'name'], 'name', 'app', [107, 111], [113, 116], 0],
        [['spec', 'containers', '0', 'image'], 'image', 'nginx:1.25', [123, 128], [131, 141], 0],
        [['spec', 'containers', '0', 'securityContext'], 'securityContext', undefined, [158, 173], [183, 199], 0],
        [['spec', 'containers', '0', 'securityContext', 'privileged'], 'privileged', 'true', [183, 193], [195, 199], 0],
        [['spec', 'containers', '0', 'args'], 'args', undefined, [206, 210], [212, 228], 0],
        [['spec', 'containers', '0', 'args', '0'], '0', '--port', [213, 219], [213, 219], 0],
        [['spec', 'containers', '0', 'args', '1'], '1', '8080', [222, 226], [222, 226], 0],
        [['apiVersion'], 'apiVersion', 'v1', [233, 243], [245, 247], 1],
        [['kind'], 'kind', 'ConfigMap', [248, 252], [254, 263], 1],
        [['data'], 'data', undefined, [264, 268], [272, 302], 1],
        [['data', 'script'], 'script', 'echo hi\n', [272, 278], [286, 293], 1],
        [['data', 'empty'], 'empty', '', [296, 301], [302, 302], 1],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['document', '0'], [34, 228]],
        [1, undefined, ['document', '1'], [229, 302]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Pod with a privileged container', '# pinned']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('anchors, aliases and merge keys', () => {
    const text = [
      'defaults: &defaults',
      '  runAsUser: 0',
      '  level: &level high',
      'job:',
      '  <<: *defaults',
      '  runAsNonRoot: false',
      '  copy: *defaults',
      '  again: *level',
    ].join('\n');
    const model = parseConfigDocument(text, 'yaml');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['defaults'], 'defaults', undefined, [0, 8], [22, 55], 0],
        [['defaults', 'runAsUser'], 'runAsUser', '0', [22, 31], [33, 34], 0],
        [['defaults', 'level'], 'level', 'high', [37, 42], [51, 55], 0],
        [['job'], 'job', undefined, [56, 59], [63, 132], 0],
        [['job', 'runAsUser'], 'runAsUser', '0', [22, 31], [33, 34], 0],
        [['job', 'level'], 'level', 'high', [37, 42], [51, 55], 0],
        [['job', 'runAsNonRoot'], 'runAsNonRoot', 'false', [79, 91], [93, 98], 0],
        [['job', 'copy'], 'copy', undefined, [101, 105], [107, 116], 0],
        [['job', 'copy', 'runAsUser'], 'runAsUser', '0', [22, 31], [33, 34], 0],
        [['job', 'copy', 'level'], 'level', 'high', [37, 42], [51, 55], 0],
        [['job', 'again'], 'again', 'high', [119, 124], [51, 55], 0],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['document', '0'], [0, 132]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), []);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('keeps a plain scalar as written and resolves quoted escapes', () => {
    const text = 'a: 010\nb: "x\\ty"\nc: \'it\'\'s\'\n';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'yaml')), [
      [['a'], 'a', '010', [0, 1], [3, 6], 0],
      [['b'], 'b', 'x\ty', [7, 8], [11, 15], 0],
      [['c'], 'c', "it's", [17, 18], [21, 26], 0],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [name: string, text: string, errors: readonly string[], paths: readonly string[]]> = [
      ['an unclosed flow sequence', 'a: [1, 2\n', ['Flow sequence in block collection must be sufficiently indented and end with a ] (offset 9)'], ['a', 'a.0', 'a.1']],
      ['a mapping on one line', 'a: b: c\n', ['Nested mappings are not allowed in compact mappings (offset 3)'], ['a', 'a.b']],
      ['an unclosed quote', 'key: "unterminated\n', ['Missing closing "quote (offset 19)'], ['key']],
      ['a duplicate key', 'a: 1\na: 2\n', ['Map keys must be unique (offset 5)'], ['a', 'a']],
      ['control characters', '\u0000\u0001: x\n', [], ['\u0000\u0001']],
    ];
    for (const [name, text, errors, paths] of cases) {
      it(`recovers from ${name}`, () => {
        const model = parseConfigDocument(text, 'yaml');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.path.join('.')), paths);
      });
    }

    it('keeps an alias to an unknown anchor as written', () => {
      assert.deepEqual(entryRows(parseConfigDocument('a: *nope\n', 'yaml')), [[['a'], 'a', '*nope', [0, 1], [3, 8], 0]]);
    });

    it('stops expanding aliases that multiply (billion laughs)', () => {
      const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let level = 1; level < 10; level++) {
        const previous = `*a${level - 1}`;
        lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => previous).join(', ')}]`);
      }
      const text = lines.join('\n');
      const model = parseConfigDocument(text, 'yaml');
      // Ten levels of tenfold aliases would be 10^10 entries; expansion stops near the text's length.
      assert.ok(model.entries().length < 2 * text.length + 2000, `${model.entries().length} entries`);
    });
  });

  describe('deep nesting', () => {
    it('reads 5,000 nested flow sequences', () => {
      const text = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
      const entries = parseConfigDocument(text, 'yaml').entries();
      assert.equal(entries.length, 5000);
      const deepest = entries[entries.length - 1];
      assert.equal(deepest?.path.length, 5000);
      assert.equal(deepest?.value, '1');
      assert.deepEqual(deepest?.valueRange, { start: 5000, end: 5001 });
    });

    it('reads 5,000 nested block mappings', () => {
      const lines = Array.from({ length: 5000 }, (_, level) => `${' '.repeat(level)}k${level}:`);
      const text = `${lines.join('\n')} leaf`;
      const entries = parseConfigDocument(text, 'yaml').entries();
      assert.equal(entries.length, 5000);
      assert.deepEqual(entries[entries.length - 1]?.path.slice(-2), ['k4998', 'k4999']);
      assert.equal(entries[entries.length - 1]?.value, 'leaf');
    });
  });
});
