import assert from 'node:assert/strict';
import { parseEmbeddedConfig } from './embedded';

describe('parseEmbeddedConfig', () => {
  it('gives embedded JSON entries document offsets', () => {
    const text = 'policy = <<EOF\n{"Action": "*"}\nEOF\n';
    const start = text.indexOf('{');
    const model = parseEmbeddedConfig(text, { start, end: text.indexOf('\nEOF') }, 'json');
    const action = model.entries().find((entry) => entry.key === 'Action');
    assert.ok(action?.valueRange);
    assert.equal(text.slice(action.keyRange.start, action.keyRange.end), 'Action');
    assert.equal(text.slice(action.valueRange.start, action.valueRange.end), '*');
    assert.deepEqual(model.errors(), []);
  });

  it('reports the embedded text\'s own syntax errors', () => {
    const text = 'x = "{\\"a\\": }"';
    assert.ok(parseEmbeddedConfig(text, { start: 5, end: 14 }, 'json').errors().length > 0);
  });

  it('clamps a range that runs past the document', () => {
    const model = parseEmbeddedConfig('{"a": 1}', { start: 0, end: 99 }, 'json');
    assert.equal(model.entries().length, 1);
  });
});
