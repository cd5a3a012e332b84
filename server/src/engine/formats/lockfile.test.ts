import assert from 'node:assert/strict';
import { detectLanguage } from '../languages/detect';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('line-oriented lockfiles', () => {
  it('nests yarn.lock entries by indentation', () => {
    const text = '# yarn lockfile v1\n\n"lodash@^4.17.0", lodash@^4.17.4:\n  version "4.17.21"\n  resolved "https://r/l.tgz"\n';
    const model = parseConfigDocument(text, 'lockfile');
    assert.deepEqual(entryRows(model), [
      [['"lodash@^4.17.0",'], '"lodash@^4.17.0",', 'lodash@^4.17.4:', [20, 37], [38, 53], undefined],
      [['"lodash@^4.17.0",', 'version'], 'version', '"4.17.21"', [56, 63], [64, 73], undefined],
      [['"lodash@^4.17.0",', 'resolved'], 'resolved', '"https://r/l.tgz"', [76, 84], [85, 102], undefined],
    ]);
    assert.deepEqual(commentTexts(model, text), ['# yarn lockfile v1']);
    assert.deepEqual(model.errors(), []);
  });

  it('reads Gemfile.lock sections and flat go.sum lines', () => {
    const gemfile = 'GEM\n  specs:\n    rack (2.2.3)\n      base64\n';
    assert.deepEqual(entryRows(parseConfigDocument(gemfile, 'lockfile')).map((row) => [row[0], row[2]]), [
      [['GEM'], ''],
      [['GEM', 'specs:'], ''],
      [['GEM', 'specs:', 'rack'], '(2.2.3)'],
      [['GEM', 'specs:', 'rack', 'base64'], ''],
    ]);
    const goSum = 'golang.org/x/net v0.17.0 h1:abc=\ngolang.org/x/net v0.17.0/go.mod h1:def=\n';
    assert.deepEqual(entryRows(parseConfigDocument(goSum, 'lockfile')).map((row) => [row[0], row[2]]), [
      [['golang.org/x/net'], 'v0.17.0 h1:abc='],
      [['golang.org/x/net'], 'v0.17.0/go.mod h1:def='],
    ]);
  });

  it('is the file kind of the line-oriented lockfiles', () => {
    for (const name of ['yarn.lock', 'Gemfile.lock', 'go.sum', 'go.mod', 'app/gradle.lockfile']) assert.equal(detectLanguage(name), 'lockfile', name);
  });
});
