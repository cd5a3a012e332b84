import assert from 'node:assert/strict';
import { ConfigModelBuilder } from './model-builder';
import { parseConfigDocument } from './parse-config';

describe('ConfigModelBuilder deferred errors', () => {
  it('finds deferred errors on the first errors() call only, in the place they were added', () => {
    const out = new ConfigModelBuilder();
    let calls = 0;
    out.addError('first', 1);
    out.addDeferredErrors((addError) => {
      calls++;
      addError('deferred a', 5);
      addError('deferred b');
    });
    out.addError('last');
    const model = out.build('yaml');
    assert.equal(calls, 0);
    assert.deepEqual(model.errors(), ['first (offset 1)', 'deferred a (offset 5)', 'deferred b', 'last']);
    model.errors();
    assert.equal(calls, 1);
  });

  it('keeps the first thousand errors across eager and deferred ones and counts the rest', () => {
    const out = new ConfigModelBuilder();
    for (let index = 0; index < 999; index++) out.addError(`eager ${index}`);
    out.addDeferredErrors((addError) => {
      addError('deferred 0');
      addError('deferred 1');
    });
    out.addError('eager 999');
    const errors = out.build('yaml').errors();
    assert.equal(errors.length, 1001);
    assert.equal(errors[998], 'eager 998');
    assert.equal(errors[999], 'deferred 0');
    assert.equal(errors[1000], '2 more syntax errors not listed');
  });

  it('still reports YAML syntax errors', () => {
    const model = parseConfigDocument('a: [1, 2\nb: "open\n', 'yaml');
    assert.ok(model.errors().length > 0);
    assert.ok(model.entries().length > 0 || model.errors().length > 0);
  });
});
