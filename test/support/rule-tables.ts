/** Every rule's test table, for the harnesses that run all cases (fix round-trip, redaction, ReDoS). */
import type { RuleTable } from './rule-tester';
import { table as ecbMode } from '../../server/src/rules/crypto/ecb-mode.test';
import { table as hardcodedKey } from '../../server/src/rules/crypto/hardcoded-key.test';
import { table as insecureRandom } from '../../server/src/rules/crypto/insecure-random.test';
import { table as staticIv } from '../../server/src/rules/crypto/static-iv.test';
import { table as weakCipher } from '../../server/src/rules/crypto/weak-cipher.test';
import { table as weakHash } from '../../server/src/rules/crypto/weak-hash.test';
import { table as weakKeySize } from '../../server/src/rules/crypto/weak-key-size.test';
import { table as weakPasswordHash } from '../../server/src/rules/crypto/weak-password-hash.test';
import { table as cleartextHttp } from '../../server/src/rules/transport/cleartext-http.test';
import { table as insecureCookie } from '../../server/src/rules/transport/insecure-cookie.test';
import { table as tlsVerifyDisabled } from '../../server/src/rules/transport/tls-verify-disabled.test';
import { table as weakCipherSuite } from '../../server/src/rules/transport/weak-cipher-suite.test';
import { table as weakTlsVersion } from '../../server/src/rules/transport/weak-tls-version.test';
import { table as unsafeDeserialization } from '../../server/src/rules/deserialization/unsafe-deserialization.test';
import { table as unsafeYamlLoad } from '../../server/src/rules/deserialization/unsafe-yaml-load.test';
import { table as providerToken } from '../../server/src/rules/secrets/provider-token.test';
import { table as privateKey } from '../../server/src/rules/secrets/private-key.test';
import { table as hardcodedCredential } from '../../server/src/rules/secrets/hardcoded-credential.test';
import { table as defaultCredentials } from '../../server/src/rules/secrets/default-credentials.test';
import { table as sqlInjection } from '../../server/src/rules/injection/sql-injection.test';
import { table as commandInjection } from '../../server/src/rules/injection/command-injection.test';
import { table as codeInjection } from '../../server/src/rules/injection/code-injection.test';

export const ruleTables: readonly RuleTable[] = [
  weakHash,
  weakCipher,
  ecbMode,
  staticIv,
  weakKeySize,
  insecureRandom,
  weakPasswordHash,
  hardcodedKey,
  tlsVerifyDisabled,
  cleartextHttp,
  weakTlsVersion,
  weakCipherSuite,
  insecureCookie,
  unsafeDeserialization,
  unsafeYamlLoad,
  providerToken,
  privateKey,
  hardcodedCredential,
  defaultCredentials,
  sqlInjection,
  commandInjection,
  codeInjection,
];
