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
import { xxe } from './injection/xxe';
import { ldapInjection } from './injection/ldap-injection';
import { xpathInjection } from './injection/xpath-injection';
import { templateInjection } from './injection/template-injection';
import { xss } from './injection/xss';
import { iamWildcard } from './access/iam-wildcard';
import { publicStorage } from './access/public-storage';
import { openSecurityGroup } from './access/open-security-group';
import { containerRoot } from './access/container-root';
import { kubernetesPrivilege } from './access/kubernetes-privilege';
import { worldWritable } from './access/world-writable';
import { sshdInsecure } from './access/sshd-insecure';
import { insecureService } from './access/insecure-service';
import { anonymousAdmin } from './access/anonymous-admin';
import { encryptionAtRest } from './infrastructure/encryption-at-rest';
import { ciPipeline } from './infrastructure/ci-pipeline';
import { emailDns } from './infrastructure/email-dns';
import { pathTraversal } from './injection/path-traversal';
import { ssrf } from './injection/ssrf';
import { openRedirect } from './injection/open-redirect';
import { sensitiveData } from './logging/sensitive-data';
import { requestLogged } from './logging/request-logged';
import { jwtVerification } from './web-config/jwt-verification';
import { sessionTimeout } from './web-config/session-timeout';
import { weakPasswordPolicy } from './web-config/weak-password-policy';
import { debugMode } from './web-config/debug-mode';
import { errorDisclosure } from './web-config/error-disclosure';
import { permissiveCors } from './web-config/permissive-cors';
import { csrfDisabled } from './web-config/csrf-disabled';
import { bindAllInterfaces } from './web-config/bind-all-interfaces';
import { unpinnedVersion } from './dependencies/unpinned-version';
import { unpinnedImage } from './dependencies/unpinned-image';
import { unpinnedAction } from './dependencies/unpinned-action';
import { endOfLife } from './dependencies/end-of-life';
import { knownVulnerable } from './dependencies/known-vulnerable';

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
