import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BATCH_SCAN_V8_FLAGS } from './batch-v8-flags';

describe('batch-scan V8 flags', () => {
  // setFlagsFromString ignores a flag V8 does not know; Node's command line refuses it. A Node
  // upgrade that drops one of these must fail here rather than silently slow the CLI down.
  it('are flags this Node.js accepts', () => {
    for (const flag of BATCH_SCAN_V8_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
      assert.equal(run.stderr, '', flag);
    }
  });

});
