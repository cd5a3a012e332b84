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
import { table as xxe } from '../../server/src/rules/injection/xxe.test';
import { table as ldapInjection } from '../../server/src/rules/injection/ldap-injection.test';
import { table as xpathInjection } from '../../server/src/rules/injection/xpath-injection.test';
import { table as templateInjection } from '../../server/src/rules/injection/template-injection.test';
import { table as xss } from '../../server/src/rules/injection/xss.test';
import { table as iamWildcard } from '../../server/src/rules/access/iam-wildcard.test';
import { table as publicStorage } from '../../server/src/rules/access/public-storage.test';
import { table as openSecurityGroup } from '../../server/src/rules/access/open-security-group.test';
import { table as containerRoot } from '../../server/src/rules/access/container-root.test';
import { table as kubernetesPrivilege } from '../../server/src/rules/access/kubernetes-privilege.test';
import { table as worldWritable } from '../../server/src/rules/access/world-writable.test';
import { table as sshdInsecure } from '../../server/src/rules/access/sshd-insecure.test';
import { table as insecureService } from '../../server/src/rules/access/insecure-service.test';
import { table as anonymousAdmin } from '../../server/src/rules/access/anonymous-admin.test';
import { table as encryptionAtRest } from '../../server/src/rules/infrastructure/encryption-at-rest.test';
import { table as ciPipeline } from '../../server/src/rules/infrastructure/ci-pipeline.test';
import { table as emailDns } from '../../server/src/rules/infrastructure/email-dns.test';
import { table as pathTraversal } from '../../server/src/rules/injection/path-traversal.test';
import { table as ssrf } from '../../server/src/rules/injection/ssrf.test';
import { table as openRedirect } from '../../server/src/rules/injection/open-redirect.test';
import { table as sensitiveData } from '../../server/src/rules/logging/sensitive-data.test';
import { table as requestLogged } from '../../server/src/rules/logging/request-logged.test';
import { table as jwtVerification } from '../../server/src/rules/web-config/jwt-verification.test';
import { table as sessionTimeout } from '../../server/src/rules/web-config/session-timeout.test';
import { table as weakPasswordPolicy } from '../../server/src/rules/web-config/weak-password-policy.test';
import { table as debugMode } from '../../server/src/rules/web-config/debug-mode.test';
import { table as errorDisclosure } from '../../server/src/rules/web-config/error-disclosure.test';
import { table as permissiveCors } from '../../server/src/rules/web-config/permissive-cors.test';
import { table as csrfDisabled } from '../../server/src/rules/web-config/csrf-disabled.test';
import { table as bindAllInterfaces } from '../../server/src/rules/web-config/bind-all-interfaces.test';
import { table as unpinnedVersion } from '../../server/src/rules/dependencies/unpinned-version.test';
import { table as unpinnedImage } from '../../server/src/rules/dependencies/unpinned-image.test';
import { table as unpinnedAction } from '../../server/src/rules/dependencies/unpinned-action.test';
import { table as endOfLife } from '../../server/src/rules/dependencies/end-of-life.test';
import { table as knownVulnerable } from '../../server/src/rules/dependencies/known-vulnerable.test';

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
  xxe,
  ldapInjection,
  xpathInjection,
  templateInjection,
  xss,
  iamWildcard,
  publicStorage,
  openSecurityGroup,
  encryptionAtRest,
  ciPipeline,
  emailDns,
  pathTraversal,
  ssrf,
  openRedirect,
  sensitiveData,
  requestLogged,
  jwtVerification,
  sessionTimeout,
  weakPasswordPolicy,
  debugMode,
  errorDisclosure,
  permissiveCors,
  csrfDisabled,
  bindAllInterfaces,
  unpinnedVersion,
  unpinnedImage,
  unpinnedAction,
  endOfLife,
  knownVulnerable,
  containerRoot,
  kubernetesPrivilege,
  worldWritable,
  sshdInsecure,
  insecureService,
  anonymousAdmin,
];
