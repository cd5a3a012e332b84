/** The shared log-call finder of the logging rules: which calls are log calls, and what they write. */
import assert from 'node:assert/strict';
import { withModel } from '../../../../test/support/model-fixture';
import { formatPrefix, lastSegment, logCalls } from './log-calls';

describe('log calls', () => {
  it('finds logger calls and the parts they write, with field keys and message labels', async () => {
    const text = "logger.info('token=' + token);\nlogger.warn({ user: name }, 'signed in');\nconsole.log(JSON.stringify(body));\nmath.log(2);\n";
    const found = await withModel('javascript', text, (model) =>
      logCalls(model).map((entry) => [entry.call.callee, entry.parts.map((part) => `${part.node.text}|${part.key ?? ''}|${part.label ?? ''}`)]),
    );
    assert.deepEqual(found.map(([callee]) => callee), ['logger.info', 'logger.warn', 'console.log']);
    assert.ok((found[0]?.[1] as string[]).includes('token||token='));
    assert.ok((found[1]?.[1] as string[]).includes('name|user|'));
  });

  it('names the receiver by its last segment and reads the text before a single placeholder', async () => {
    assert.deepEqual(['this.logger', '$this->logger', 'Rails.logger', 'self._log'].map(lastSegment), ['logger', 'logger', 'logger', '_log']);
    const prefix = await withModel('python', 'logging.info("token=%s", token)\n', (model) => {
      const call = model.calls().find((candidate) => candidate.callee === 'logging.info');
      return call?.args[0] === undefined ? undefined : formatPrefix(model, call.args[0].node);
    });
    assert.equal(prefix, 'token=');
  });
});
