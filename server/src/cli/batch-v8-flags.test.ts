import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BATCH_SCAN_V8_FLAGS, batchScanV8Flags, relaunchArguments } from './batch-v8-flags';

describe('batch-scan V8 flags', () => {
  // A Node upgrade that drops one of these must fail here rather than stop the CLI from starting.
  it('are flags this Node.js accepts', () => {
    for (const flag of BATCH_SCAN_V8_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
      assert.equal(run.stderr, '', flag);
    }
  });

  it('relaunch the script with its own Node options and arguments, once', () => {
    const argv = ['/usr/bin/node', '/opt/cli.js', 'scan', '--format', 'json'];
    const relaunch = relaunchArguments(['--require', 'tsx/cjs'], argv);
    assert.deepEqual(relaunch, ['--require', 'tsx/cjs', ...BATCH_SCAN_V8_FLAGS, '/opt/cli.js', 'scan', '--format', 'json']);
    assert.equal(relaunchArguments(relaunch.slice(0, -4), argv), undefined, 'the relaunched process runs the scan');
    assert.equal(relaunchArguments([...BATCH_SCAN_V8_FLAGS], argv), undefined);
  });

  it('leave a process under a debugger as it is', () => {
    for (const option of ['--inspect', '--inspect-brk=9230', '--inspect-port=0', '--debug-port=9229']) {
      assert.equal(relaunchArguments([option], ['/usr/bin/node', '/opt/cli.js']), undefined, option);
    }
  });

  it('are not given under Electron, whose V8 they were not checked against', () => {
    const electron = { ...process.versions, electron: '35.0.0' };
    assert.deepEqual(batchScanV8Flags(electron), []);
    assert.deepEqual(batchScanV8Flags(process.versions), BATCH_SCAN_V8_FLAGS);
    assert.equal(relaunchArguments([], ['/opt/electron', '/opt/cli.js', 'scan'], electron), undefined, 'runs as it is');
  });
});
