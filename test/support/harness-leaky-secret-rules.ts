/**
 * The redaction harness's end-to-end negative control: the planted-secret rule, except that it
 * forgets to declare where the secrets are, so nothing can redact them. The harness must report
 * the leak in every output.
 */
import type { Rule } from '../../server/src/engine/contract';
import { plantedReports, plantedSecret } from './harness-secret-rules';

export const leakySecret: Rule = {
  meta: { ...plantedSecret.meta, id: 'test/leaky-secret', title: 'Planted secret, undeclared' },
  check(context) {
    for (const report of plantedReports(context.document.text)) context.report({ ...report, secrets: [] });
  },
};

export const allRules: readonly Rule[] = [leakySecret];
