/** Every rule's test table, for the harnesses that run all cases (fix round-trip, redaction, ReDoS). */
import type { RuleTable } from './rule-tester';
import { table as weakHash } from '../../server/src/rules/crypto/weak-hash.test';
import { table as cleartextHttp } from '../../server/src/rules/transport/cleartext-http.test';
import { table as tlsVerifyDisabled } from '../../server/src/rules/transport/tls-verify-disabled.test';

export const ruleTables: readonly RuleTable[] = [weakHash, tlsVerifyDisabled, cleartextHttp];
