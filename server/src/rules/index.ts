/** Every built-in rule. The faces pass this list to the engine's `scan`. */
import type { Rule } from '../engine/contract';
import { ecbMode } from './crypto/ecb-mode';
import { hardcodedKey } from './crypto/hardcoded-key';
import { insecureRandom } from './crypto/insecure-random';
import { staticIv } from './crypto/static-iv';
import { weakCipher } from './crypto/weak-cipher';
import { weakHash } from './crypto/weak-hash';
import { weakKeySize } from './crypto/weak-key-size';
import { weakPasswordHash } from './crypto/weak-password-hash';
import { cleartextHttp } from './transport/cleartext-http';
import { insecureCookie } from './transport/insecure-cookie';
import { tlsVerifyDisabled } from './transport/tls-verify-disabled';
import { weakCipherSuite } from './transport/weak-cipher-suite';
import { weakTlsVersion } from './transport/weak-tls-version';
import { unsafeDeserialization } from './deserialization/unsafe-deserialization';
import { unsafeYamlLoad } from './deserialization/unsafe-yaml-load';
import { providerToken } from './secrets/provider-token';
import { privateKey } from './secrets/private-key';
import { hardcodedCredential } from './secrets/hardcoded-credential';
import { defaultCredentials } from './secrets/default-credentials';
import { sqlInjection } from './injection/sql-injection';
import { commandInjection } from './injection/command-injection';
import { codeInjection } from './injection/code-injection';

export const allRules: readonly Rule[] = [
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
