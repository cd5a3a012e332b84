import assert from 'node:assert/strict';
import { detectLanguage } from '../languages/detect';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('runtime version files', () => {
  it('reads a one-line .nvmrc', () => {
    assert.deepEqual(entryRows(parseConfigDocument('v16.20.2\n', 'version-file')), [[['version'], 'version', 'v16.20.2', [0, 8], [0, 8], undefined]]);
  });

  it('reads .tool-versions lines and comments', () => {
    const text = '# tools\nnodejs 20.11.0 18.19.0\npython  3.8.18 # legacy\n';
    const model = parseConfigDocument(text, 'version-file');
    assert.deepEqual(entryRows(model), [
      [['nodejs'], 'nodejs', '20.11.0', [8, 14], [15, 22], undefined],
      [['python'], 'python', '3.8.18', [31, 37], [39, 45], undefined],
    ]);
    assert.deepEqual(commentTexts(model, text), ['# tools', '# legacy']);
    assert.deepEqual(model.errors(), []);
  });

  it('is the file kind of the version files, and of pyproject.toml and Pipfile as TOML', () => {
    for (const name of ['.nvmrc', '.node-version', '.python-version', '.ruby-version', '.tool-versions', 'app/.go-version']) {
      assert.equal(detectLanguage(name), 'version-file', name);
    }
    assert.equal(detectLanguage('pyproject.toml'), 'toml');
    assert.equal(detectLanguage('Pipfile'), 'toml');
    assert.equal(detectLanguage('poetry.lock'), 'toml');
    assert.equal(detectLanguage('notes.txt'), undefined);
  });
});
