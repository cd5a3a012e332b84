import assert from 'node:assert/strict';
import { BUNDLED_EOL_DATA, EolDataError, mergeEolData, parseEolData } from './eol-data';

describe('end-of-life data', () => {
  it('bundles dated lines for every product the rule reads, each with a source', () => {
    for (const product of ['node', 'python', 'ruby', 'php', 'go', 'dotnet', 'java', 'debian', 'ubuntu', 'alpine']) {
      assert.ok((BUNDLED_EOL_DATA.products[product] ?? []).length > 0, product);
      assert.ok(BUNDLED_EOL_DATA.sources?.[product], product);
      for (const line of BUNDLED_EOL_DATA.products[product] ?? []) assert.match(line.eol, /^\d{4}-\d{2}-\d{2}$/, `${product} ${line.cycle}`);
    }
    assert.equal(BUNDLED_EOL_DATA.asOf, '2026-11-27');
  });

  it('parses an override file', () => {
    assert.deepEqual(parseEolData('{ "products": { "node": [{ "cycle": " 24 ", "eol": "2028-04-30" }] }, "sources": { "node": "internal" } }'), {
      products: { node: [{ cycle: '24', eol: '2028-04-30' }] },
      sources: { node: 'internal' },
    });
  });

  const invalid: readonly (readonly [string, string])[] = [
    ['[]', 'the top level must be an object with a "products" object'],
    ['{ "product": {} }', 'unknown key "product" (expected asOf, products, sources)'],
    ['{}', '"products" must be an object of product ids to lists of { cycle, eol }'],
    ['{ "products": { "node": {} } }', '"products.node" must be a list of { cycle, eol }'],
    ['{ "products": { "node": [{ "eol": "2026-01-01" }] } }', '"products.node[0]".cycle must be a non-empty string such as "16" or "3.8"'],
    ['{ "products": { "node": [{ "cycle": "16", "eol": "2026-02-30" }] } }', '"products.node[0]".eol must be a date written YYYY-MM-DD'],
    ['{ "asOf": "yesterday", "products": {} }', '"asOf" must be a date written YYYY-MM-DD'],
  ];
  for (const [text, message] of invalid) {
    it(`rejects ${text} (negative control)`, () => {
      assert.throws(() => parseEolData(text), (error: unknown) => error instanceof EolDataError && error.message === message);
    });
  }

  it('merges an override over the bundled lines, replacing and adding', () => {
    const merged = mergeEolData(BUNDLED_EOL_DATA, { products: { node: [{ cycle: '20', eol: '2030-01-01' }, { cycle: '99', eol: '2040-01-01' }], deno: [{ cycle: '1', eol: '2025-01-01' }] } });
    const node = merged.products.node ?? [];
    assert.equal(node.find((line) => line.cycle === '20')?.eol, '2030-01-01');
    assert.equal(node.find((line) => line.cycle === '99')?.eol, '2040-01-01');
    assert.equal(node.find((line) => line.cycle === '16')?.eol, '2023-09-11');
    assert.deepEqual(merged.products.deno, [{ cycle: '1', eol: '2025-01-01' }]);
    assert.match(merged.sources?.node ?? '', /overridden by the eolData file$/);
    assert.equal(BUNDLED_EOL_DATA.products.node?.find((line) => line.cycle === '20')?.eol, '2026-04-30');
  });
});
