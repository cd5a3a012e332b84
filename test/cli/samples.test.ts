import assert from 'node:assert/strict';
import { REPOSITORY_ROOT, runBuilt } from './run-cli';
import { sarifValidator } from './sarif-schema';

interface SarifRule {
  readonly id: string;
  readonly helpUri?: string;
}
interface SarifLog {
  readonly runs: readonly { readonly tool: { readonly driver: { readonly rules: readonly SarifRule[] } }; readonly results: readonly { readonly ruleId: string }[] }[];
}

/**
 * Issue 2's acceptance checks on the bundled sample workspace, through the built CLI:
 * the demo exits 0 with findings, and a high threshold fails the run with valid SARIF whose
 * every rule links its MoJ guidance section.
 */
describe('scanning samples/ with the built CLI', function () {
  this.timeout(120_000);

  it('prints findings and exits 0 for the demo (npm run scan)', () => {
    const run = runBuilt(['scan', 'samples', '--fail-on', 'none'], REPOSITORY_ROOT);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /crypto\/weak-hash/);
    assert.match(run.stdout, /transport\/tls-verify-disabled/);
    assert.match(run.stdout, /transport\/cleartext-http/);
  });

  it('exits 1 with schema-valid SARIF at --fail-on high, every rule with a MoJ helpUri', () => {
    const run = runBuilt(['scan', 'samples', '--format', 'sarif', '--fail-on', 'high'], REPOSITORY_ROOT);
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const [sarifRun] = log.runs;
    assert.ok(sarifRun && sarifRun.results.length > 0);
    for (const rule of sarifRun.tool.driver.rules) {
      assert.match(rule.helpUri ?? '', /^https:\/\/(security|technical)-guidance\.service\.justice\.gov\.uk\//, rule.id);
    }
  });
});
