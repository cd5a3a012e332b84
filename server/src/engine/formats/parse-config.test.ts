import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ConfigFormat, ConfigModel, Range } from '../contract';
import { parseConfigDocument } from './parse-config';

const FORMATS: readonly ConfigFormat[] = [
  'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'nginx', 'apache',
  'haproxy', 'sshd', 'pip-requirements', 'gradle', 'toml', 'version-file', 'lockfile',
];

/** Fragments that open and close every construct some format has, so random text hits the edge cases. */
const FRAGMENTS = [
  '{', '}', '[', ']', '(', ')', '<', '>', '/', '\\', '"', "'", '`', '#', ';', ':', '=', ',', ' ', '\t', '\n', '\r\n',
  '\r', '$', '%', '&', '*', '@', '-', '.', 'a', 'key', '1', '<<', '<<-EOF', 'EOF', '<!--', '-->', '<![CDATA[', ']]>',
  '<?', '?>', '${', '%{', '/*', '*/', '//', '---', '...', '|', '>-', '&a ', '*a', '<<: *a', 'FROM ', 'RUN ', 'server',
  '<A>', '</A>', '\u0000', '\uFEFF', '\uD83D\uDE00', '\uD83D',
];

function assertWellFormed(model: ConfigModel, text: string): void {
  const inside = (range: Range | undefined): boolean =>
    range === undefined || (range.start >= 0 && range.start <= range.end && range.end <= text.length);
  for (const entry of model.entries()) {
    assert.ok(inside(entry.keyRange) && inside(entry.valueRange), `entry ${JSON.stringify(entry)} lies outside the text`);
  }
  for (const block of model.blocks()) assert.ok(inside(block.range), `block ${block.id} lies outside the text`);
  for (const comment of model.comments()) assert.ok(inside(comment), 'a comment lies outside the text');
  assert.equal(model.errors().find((error) => error.includes('stopped early')), undefined);
}

describe('parseConfigDocument', () => {
  it('names the format it read', () => {
    for (const format of FORMATS) assert.equal(parseConfigDocument('', format).format, format);
  });

  it('turns a reader failure into an error instead of throwing (negative control)', () => {
    const model = parseConfigDocument('a', 'no-such-format' as ConfigFormat);
    assert.equal(model.errors().length, 1);
    assert.match(model.errors()[0] ?? '', /^The no-such-format reader stopped early: /);
  });

  for (const format of FORMATS) {
    it(`never throws on random ${format} input and keeps every range inside the text`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }), (parts) => {
          const text = parts.join('');
          assertWellFormed(parseConfigDocument(text, format), text);
        }),
        { numRuns: 150, seed: 20261101 },
      );
    });
  }

  describe('huge single lines', () => {
    const lines = ['x'.repeat(1_000_000), '"${'.repeat(100_000), '<a '.repeat(100_000), '&'.repeat(300_000), '{a: '.repeat(10_000), '\u0000'.repeat(300_000)];
    for (const format of FORMATS) {
      it(`reads them as ${format}`, () => {
        for (const text of lines) assertWellFormed(parseConfigDocument(text, format), text);
      });
    }
  });

  it('stops listing entries once paths grow past the budget, and says so', () => {
    const text = '- '.repeat(20_000);
    const model = parseConfigDocument(text, 'yaml');
    assert.ok(model.entries().length < 20_000);
    assert.match(model.errors().at(-1) ?? '', /entries nested too deeply to list were left out$/);
  });
});
