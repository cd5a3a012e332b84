import type { RuleMeta } from '../../server/src/engine/contract';

/** Metadata for a made-up rule in engine tests: every md5() call in JavaScript or Python. */
export const MD5_TEST_RULE_META: RuleMeta = {
  id: 'crypto/test-md5-call',
  title: 'Test rule: every md5() call',
  area: 'crypto',
  severity: 'high',
  confidence: 'high',
  cwe: [328],
  policy: ['cryptography#hashing'],
  basis: 'principle',
  why: 'Test.',
  howToFix: 'Test.',
  fixSafety: 'suggestion',
  languages: ['javascript', 'python'],
  prefilter: ['md5'],
};
