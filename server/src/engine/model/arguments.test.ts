import assert from 'node:assert/strict';
import { withModel } from '../../../../test/support/model-fixture';
import { namedArgument, positionalArgument, positionalCount } from './arguments';

describe('call arguments', () => {
  it('count and index positional arguments apart from keyword ones', async () => {
    await withModel('python', "connect('db', user, password='x', port=5432)\nping()\n", (model) => {
      const [connect, ping] = model.calls();
      assert.ok(connect && ping);
      assert.equal(positionalCount(connect), 2);
      assert.equal(positionalArgument(connect, 1)?.text, 'user');
      assert.equal(positionalArgument(connect, 2), undefined);
      assert.equal(namedArgument(connect, 'passwd', 'password')?.text, "'x'");
      assert.equal(positionalCount(ping), 0);
    });
  });
});
