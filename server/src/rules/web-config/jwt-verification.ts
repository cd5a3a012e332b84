/**
 * web-config/jwt-verification: JSON Web Tokens accepted without checking their signature, with
 * the `none` algorithm allowed, or with expiry, issuer or audience checks switched off
 * (CONTRACTS §10: JWT `alg: none` and verification off belong to web-config).
 *
 * What it reports:
 * - the `none` algorithm in an algorithm setting or list (`algorithms: ['none']`,
 *   `algorithms=["none"]`, `algorithm: 'none'`), jose's `UnsecuredJWT`, golang-jwt's
 *   `SigningMethodNone` and `UnsafeAllowNoneSignatureType`, jjwt's `.unsecured()`, and
 *   php-jwt's `['none']` allowed list: critical when tokens are accepted, high when issued;
 * - signature verification switched off: PyJWT and python-jose
 *   `options={"verify_signature": False}`, PyJWT's old `verify=False`, Ruby
 *   `JWT.decode(token, key, false)`, ASP.NET `RequireSignedTokens = false` and a
 *   `SignatureValidator` that builds the token without checking it (critical);
 * - parsers that accept unsigned tokens: jjwt `parseClaimsJwt`, `parsePlaintextJwt`,
 *   `parseUnsecuredClaims`, and `parse()` on a `Jwts.parser()` chain (which jjwt before 0.12
 *   lets through unsigned, so medium confidence), Nimbus `PlainJWT.parse` (high);
 * - decoding used as verification: jsonwebtoken `jwt.decode`, jose `decodeJwt`, python-jose
 *   `get_unverified_claims`, auth0 `JWT.decode` and golang-jwt `ParseUnverified`, only when the
 *   file calls no verifying function at all (`verify`, `jwtVerify`, `JWT.require`, `Parse`,
 *   a verifying `jwt.decode`). Reading the claims of a token that is verified elsewhere in the
 *   file is normal. Medium confidence where the code reads the token from a request (headers,
 *   cookies, `req`), low elsewhere, where it may be a browser showing the user's own token;
 * - expiry checks off (`ignoreExpiration: true`, `"verify_exp": False`, `ValidateLifetime = false`,
 *   `RequireExpirationTime = false`) and ASP.NET issuer or audience checks off (medium);
 * - ASP.NET `ValidateIssuerSigningKey = false` (medium, low confidence: the signature is still
 *   checked; only the key's own validation is skipped) and php-jwt's old two-argument
 *   `JWT::decode($jwt, $key)` with no allowed algorithms (low confidence: versions before 5
 *   accepted whichever algorithm the token named).
 *
 * Fixes: where a setting is a boolean literal that switches a check off, a suggestion fix flips
 * it; turning a check back on can reject tokens that were accepted before, so it is never safe.
 */
import type { CallSite, CodeModel, Confidence, KeyValue, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';

type Problem =
  | 'noneAccepted'
  | 'noneIssued'
  | 'signatureOff'
  | 'unsignedParse'
  | 'unverifiedDecode'
  | 'lifetimeOff'
  | 'claimCheckOff'
  | 'signingKeyUnchecked'
  | 'noAllowedAlgorithms';

const CONTROL =
  'MoJ guidance requires all access to data to be authenticated (Authentication: The base principle), and a token whose signature is not checked authenticates nobody.';

const MESSAGES: Readonly<Record<Problem, string>> = {
  noneAccepted: `The 'none' algorithm is accepted for JWTs here, so a token with no signature passes and anyone can forge one with any claims (CWE-347). ${CONTROL} Allow only the signing algorithm you use, such as RS256 or ES256.`,
  noneIssued: `JWTs are issued with the 'none' algorithm here, so they carry no signature and anyone can forge or change them (CWE-347). ${CONTROL} Sign tokens with a real algorithm, such as RS256 or ES256, and a key kept in a secret store.`,
  signatureOff: `JWT signature verification is switched off here, so a forged or altered token is accepted as genuine (CWE-347). ${CONTROL} Verify the signature with the issuer's key and an explicit list of allowed algorithms.`,
  unsignedParse: `This JWT parser accepts tokens that carry no signature, so a forged token is read as genuine (CWE-347). ${CONTROL} Use the parser method that requires a signed token (jjwt parseSignedClaims or parseClaimsJws, Nimbus SignedJWT with a JWSVerifier).`,
  unverifiedDecode: `This JWT is decoded without verifying its signature, and nothing in this file verifies it, so claims from a forged token may be trusted (CWE-347). ${CONTROL} Verify the token (jwt.verify, jwtVerify, JWT.require(...).build().verify, jwt.Parse with a key function) before using its claims.`,
  lifetimeOff: `JWT expiry is not checked here, so a stolen or leaked token stays usable for ever (CWE-613). ${CONTROL} Leave expiry validation on and issue short-lived tokens.`,
  claimCheckOff: `JWT issuer or audience validation is switched off here, so a token issued by another service, or for another application, is accepted (CWE-287). ${CONTROL} Validate the issuer and audience you expect.`,
  signingKeyUnchecked: `ValidateIssuerSigningKey is off, so the key that signed a JWT is not itself validated (its expiry and trust are not checked), although the signature is (CWE-347). ${CONTROL} Set ValidateIssuerSigningKey = true and configure the issuer's signing keys.`,
  noAllowedAlgorithms: `JWT::decode is called without the allowed algorithms, the old php-jwt form: versions before 5 accept whichever algorithm the token names, including none, or HS256 signed with the public key (CWE-347). ${CONTROL} Upgrade php-jwt and pass a Key naming the algorithm: JWT::decode($jwt, new Key($key, 'RS256')).`,
};

const SEVERITY: Readonly<Record<Problem, Severity>> = {
  noneAccepted: 'critical',
  noneIssued: 'high',
  signatureOff: 'critical',
  unsignedParse: 'high',
  unverifiedDecode: 'high',
  lifetimeOff: 'medium',
  claimCheckOff: 'medium',
  signingKeyUnchecked: 'medium',
  noAllowedAlgorithms: 'high',
};

const FIX_TITLES: Partial<Record<Problem, string>> = {
  signatureOff: 'Turn signature verification back on',
  lifetimeOff: 'Turn expiry validation back on',
  claimCheckOff: 'Turn the claim validation back on',
  signingKeyUnchecked: 'Validate the signing key',
};

interface Finding {
  readonly problem: Problem;
  readonly range: Range;
  readonly confidence?: Confidence;
  readonly edits?: readonly TextEdit[];
}

function report(context: RuleContext, finding: Finding): void {
  const title = FIX_TITLES[finding.problem];
  context.report({
    range: finding.range,
    message: MESSAGES[finding.problem],
    severity: SEVERITY[finding.problem],
    confidence: finding.confidence ?? 'high',
    ...(finding.edits && title ? { fix: { title, edits: finding.edits } } : {}),
  });
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function isNone(code: CodeModel, node: SyntaxNode): boolean {
  const value = code.valueOf(node);
  return value.kind === 'string' && value.value.toLowerCase() === 'none';
}

/** The `'none'` literal itself, or the one inside a list of algorithms. */
function noneIn(code: CodeModel, node: SyntaxNode): SyntaxNode | undefined {
  if (isNone(code, node)) return node;
  if (!['array', 'list', 'tuple', 'array_creation_expression', 'set'].includes(node.type)) return undefined;
  for (const element of node.namedChildren) {
    if (element === null) continue;
    // PHP wraps each element in an array_element_initializer.
    const inner = element.type === 'array_element_initializer' ? element.namedChildren[0] : element;
    if (inner && isNone(code, inner)) return inner;
  }
  return undefined;
}

function isFalse(code: CodeModel, node: SyntaxNode): boolean {
  const value = code.valueOf(node);
  return value.kind === 'boolean' && !value.value;
}

function isTrue(code: CodeModel, node: SyntaxNode): boolean {
  const value = code.valueOf(node);
  return value.kind === 'boolean' && value.value;
}

/** A suggestion that flips a boolean literal; none for references. */
function flip(node: SyntaxNode): TextEdit[] | undefined {
  const spellings: Readonly<Record<string, string>> = { false: 'true', true: 'false', False: 'True', True: 'False' };
  const replacement = spellings[node.text];
  return replacement === undefined ? undefined : [{ ...rangeOf(node), newText: replacement }];
}

// ---------------------------------------------------------------------------------------------
// Settings: option objects, keyword arguments, object initialisers, assignments
// ---------------------------------------------------------------------------------------------

const ALGORITHM_KEYS: ReadonlySet<string> = new Set(['algorithms', 'algorithm', 'allowed_algs', 'allowedAlgorithms', 'algs']);

/** ASP.NET TokenValidationParameters switches, by property name. */
const ASPNET_SWITCHES: Readonly<Record<string, Problem>> = {
  RequireSignedTokens: 'signatureOff',
  ValidateLifetime: 'lifetimeOff',
  RequireExpirationTime: 'lifetimeOff',
  ValidateIssuer: 'claimCheckOff',
  ValidateAudience: 'claimCheckOff',
  ValidateIssuerSigningKey: 'signingKeyUnchecked',
};

const ASPNET_CONFIDENCE: Partial<Record<Problem, Confidence>> = { claimCheckOff: 'medium', signingKeyUnchecked: 'low' };

function checkSetting(context: RuleContext, code: CodeModel, key: string, value: SyntaxNode, whole: SyntaxNode, verifyingDecodeInFile: boolean): void {
  if (ALGORITHM_KEYS.has(key)) {
    // `algorithm: 'none'` also configures compression and hashing; only JWT code counts here.
    if (!mentionsJwt(code)) return;
    const none = noneIn(code, value);
    if (none === undefined) return;
    // `algorithm:` names what a token is signed with (issuing); `algorithms:` what is accepted.
    const issued = key === 'algorithm' && !isInVerifyCall(code, whole);
    report(context, { problem: issued ? 'noneIssued' : 'noneAccepted', range: rangeOf(none) });
    return;
  }
  if (key === 'verify_signature' && isFalse(code, value)) {
    // Reading the key id (`kid`) of a token to pick the key that will verify it is how JWKS
    // clients work: the unverified decode chooses a key and decides nothing else.
    if (readsKeyId(code, whole)) return;
    // Peeking at the claims of a token that the same file also verifies is a known pattern.
    report(context, { problem: 'signatureOff', range: rangeOf(whole), confidence: verifyingDecodeInFile ? 'medium' : 'high', edits: flip(value) });
    return;
  }
  if (key === 'verify_exp' && isFalse(code, value)) {
    report(context, { problem: 'lifetimeOff', range: rangeOf(whole), edits: flip(value) });
    return;
  }
  if (key === 'ignoreExpiration' && isTrue(code, value) && code.language !== 'csharp' && mentionsJwt(code)) {
    report(context, { problem: 'lifetimeOff', range: rangeOf(whole), edits: flip(value) });
    return;
  }
  // The switch names are generic; only TokenValidationParameters gives them this meaning.
  if (code.language === 'csharp' && code.root.text.includes('TokenValidationParameters')) {
    const problem = ASPNET_SWITCHES[key];
    if (problem !== undefined && isFalse(code, value)) {
      report(context, { problem, range: rangeOf(whole), confidence: ASPNET_CONFIDENCE[problem], edits: flip(value) });
    } else if (key === 'SignatureValidator' && (value.text.includes('new JwtSecurityToken(') || value.text.includes('new JsonWebToken('))) {
      report(context, { problem: 'signatureOff', range: rangeOf(whole) });
    }
  }
}

/** Whether the function around `node` reads the token's `kid` header. */
function readsKeyId(code: CodeModel, node: SyntaxNode): boolean {
  const scope = code.enclosingFunction(node);
  if (scope === undefined) return false;
  const text = scope.text;
  return text.includes('"kid"') || text.includes("'kid'");
}

function mentionsJwt(code: CodeModel): boolean {
  const text = code.root.text.toLowerCase();
  return text.includes('jwt') || text.includes('jose') || text.includes('jws');
}

/** Whether a setting sits in the options of a verifying call (`jwt.verify(t, k, { algorithm: 'none' })`). */
function isInVerifyCall(code: CodeModel, node: SyntaxNode): boolean {
  return code.calls().some((call) => (call.name === 'verify' || call.name === 'decode') && call.node.startIndex <= node.startIndex && node.endIndex <= call.node.endIndex);
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/** Names of calls that verify a token, by language. */
const VERIFIERS: Readonly<Record<string, ReadonlySet<string>>> = {
  js: new Set(['verify', 'jwtVerify', 'verifyAsync', 'compactVerify', 'verifyJwt', 'verifyIdToken', 'verifyToken']),
  python: new Set(['verify', 'verify_jwt', 'verify_token', 'verify_id_token']),
  java: new Set(['verify', 'require', 'parseClaimsJws', 'parseSignedClaims', 'verifyToken']),
  go: new Set(['Parse', 'ParseWithClaims', 'Verify']),
};

function verifiers(language: CodeModel['language']): ReadonlySet<string> {
  if (language === 'javascript' || language === 'typescript' || language === 'tsx') return VERIFIERS.js ?? new Set();
  return VERIFIERS[language] ?? new Set();
}

/** A PyJWT or python-jose decode that verifies: no `verify_signature: False`, no `verify=False`. */
function isVerifyingPythonDecode(code: CodeModel, call: CallSite): boolean {
  if (call.name !== 'decode' || !isPythonJwt(call)) return false;
  if (call.args.some((argument) => argument.name === 'verify' && isFalse(code, argument.node))) return false;
  return !call.node.text.includes('verify_signature');
}

function isPythonJwt(call: CallSite): boolean {
  return call.qualified.startsWith('jwt.') || call.qualified.startsWith('jose.jwt.') || call.callee.startsWith('jwt.');
}

/** Where the token plausibly comes from an incoming request. */
const REQUEST_HINTS: readonly string[] = ['req.', 'request', 'Request', 'headers', 'Header', 'authorization', 'Authorization', 'cookies', 'ctx.', 'getHeader', 'Bearer'];

function readsRequest(code: CodeModel, node: SyntaxNode): boolean {
  const scope = code.enclosingFunction(node) ?? code.root;
  return REQUEST_HINTS.some((hint) => scope.text.includes(hint));
}

/**
 * Browser code decodes its own token to show the user's name or schedule a refresh; the server
 * that receives the token is what must verify it.
 */
const BROWSER_HINTS: readonly string[] = ['localStorage', 'sessionStorage', 'window.', 'document.', "from 'react'", 'from "react"', "from 'vue'", 'useState('];

function isBrowserCode(context: RuleContext, code: CodeModel): boolean {
  if (code.language === 'tsx' || context.document.path.endsWith('.jsx')) return true;
  if (code.language !== 'javascript' && code.language !== 'typescript') return false;
  const text = code.root.text;
  return BROWSER_HINTS.some((hint) => text.includes(hint));
}

function checkCall(context: RuleContext, code: CodeModel, call: CallSite, verifiedInFile: boolean): void {
  const language = code.language;
  const at = rangeOf(call.calleeNode);
  const unverified = (): void => {
    if (verifiedInFile) return;
    report(context, { problem: 'unverifiedDecode', range: at, confidence: readsRequest(code, call.node) && !isBrowserCode(context, code) ? 'medium' : 'low' });
  };
  switch (language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      if (call.name === 'decode' && (call.qualified === 'jsonwebtoken.decode' || call.callee === 'jwt.decode' || call.callee === 'jsonwebtoken.decode')) unverified();
      else if (call.name === 'decodeJwt' && (call.qualified === 'jose.decodeJwt' || call.callee === 'decodeJwt' || call.callee === 'jose.decodeJwt')) unverified();
      else if (call.callee === 'UnsecuredJWT.decode' || call.qualified === 'jose.UnsecuredJWT.decode') report(context, { problem: 'noneAccepted', range: at });
      else if (call.isConstructor && (call.callee === 'UnsecuredJWT' || call.qualified === 'jose.UnsecuredJWT')) report(context, { problem: 'noneIssued', range: at });
      return;
    case 'python':
      if (call.name === 'decode' && isPythonJwt(call)) {
        const verifyOff = call.args.find((argument) => argument.name === 'verify' && isFalse(code, argument.node));
        if (verifyOff) report(context, { problem: 'signatureOff', range: rangeOf(verifyOff.node.parent ?? verifyOff.node), edits: flip(verifyOff.node) });
      } else if (call.name === 'encode' && isPythonJwt(call)) {
        // `jwt.encode(payload, None, 'none')`: the third positional argument is the algorithm.
        const third = call.args.filter((argument) => argument.name === undefined)[2];
        if (third && isNone(code, third.node)) report(context, { problem: 'noneIssued', range: rangeOf(third.node) });
      } else if (call.name === 'get_unverified_claims' && isPythonJwt(call)) {
        unverified();
      }
      return;
    case 'java':
      if (['parseClaimsJwt', 'parsePlaintextJwt', 'parseUnsecuredClaims', 'parseUnsecuredContent'].includes(call.name) && call.callee.includes('Jwts.parser')) {
        report(context, { problem: 'unsignedParse', range: rangeOf(call.calleeNode) });
      } else if (call.name === 'unsecured' && call.callee.includes('Jwts.parser')) {
        report(context, { problem: 'noneAccepted', range: at });
      } else if (call.name === 'parse' && call.callee.startsWith('Jwts.parser') && !call.callee.includes('verifyWith') && !call.callee.includes('decryptWith')) {
        // jjwt 0.12 (`verifyWith`, `decryptWith`) rejects unsigned tokens in parse() unless `unsecured()` is set.
        report(context, { problem: 'unsignedParse', range: at, confidence: 'medium' });
      } else if (call.callee === 'PlainJWT.parse') {
        report(context, { problem: 'unsignedParse', range: at });
      } else if (call.callee === 'JWT.decode' || call.qualified === 'com.auth0.jwt.JWT.decode') {
        unverified();
      }
      return;
    case 'go':
      if (call.name === 'ParseUnverified') unverified();
      return;
    case 'php':
      checkPhpDecode(context, code, call);
      return;
    case 'ruby':
      if (call.callee === 'JWT.decode') {
        const third = call.args.filter((argument) => argument.name === undefined)[2];
        if (third && isFalse(code, third.node)) report(context, { problem: 'signatureOff', range: rangeOf(third.node) });
      } else if (call.callee === 'JWT.encode') {
        // `JWT.encode(payload, nil, 'none')`: the third argument is the algorithm.
        const third = call.args.filter((argument) => argument.name === undefined)[2];
        if (third && isNone(code, third.node)) report(context, { problem: 'noneIssued', range: rangeOf(third.node) });
      }
      return;
    default:
      return;
  }
}

/** php-jwt `JWT::decode($jwt, $key, ['none'])`, and the old form with no allowed algorithms. */
function checkPhpDecode(context: RuleContext, code: CodeModel, call: CallSite): void {
  if (call.name !== 'decode' || !(call.qualified === 'JWT.decode' || call.qualified.endsWith('\\JWT.decode'))) return;
  const third = call.args[2];
  const none = third ? noneIn(code, third.node) : undefined;
  if (none) {
    report(context, { problem: 'noneAccepted', range: rangeOf(none) });
    return;
  }
  const key = call.args[1];
  if (call.args.length !== 2 || key === undefined) return;
  // php-jwt 6 takes a Key (or a key set from JWK::parseKeySet) naming the algorithm.
  const text = context.document.text;
  if (key.node.text.startsWith('new Key') || text.includes('new Key(') || text.includes('JWK::parseKeySet') || text.includes('CachedKeySet')) return;
  report(context, { problem: 'noAllowedAlgorithms', range: rangeOf(call.calleeNode), confidence: 'low' });
}

/** golang-jwt's `SigningMethodNone` and `UnsafeAllowNoneSignatureType`. */
function checkGoNone(context: RuleContext, code: CodeModel): void {
  for (const selector of code.nodesOfType(['selector_expression'])) {
    const field = selector.childForFieldName('field')?.text;
    if (field !== 'SigningMethodNone' && field !== 'UnsafeAllowNoneSignatureType') continue;
    const qualified = code.qualifiedName(selector) ?? selector.text;
    if (!qualified.includes('jwt')) continue;
    report(context, { problem: field === 'SigningMethodNone' && !selector.parent?.text.includes('Parse') ? 'noneIssued' : 'noneAccepted', range: rangeOf(selector) });
  }
}

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  const calls = code.calls();
  const verifyNames = verifiers(code.language);
  // Whether the file verifies tokens anywhere is a fact about the whole file.
  const whole = code.wholeFile();
  const verifyingDecode = code.language === 'python' && whole.calls().some((call) => isVerifyingPythonDecode(whole, call));
  const verifiedInFile = verifyingDecode || whole.calls().some((call) => verifyNames.has(call.name));
  for (const pair of code.keyValues()) checkPair(context, code, pair, verifyingDecode);
  for (const assignment of code.assignments()) {
    // `options.TokenValidationParameters.ValidateLifetime = false` outside an initialiser.
    if (code.language !== 'csharp' || !assignment.target.includes('.')) continue;
    const key = assignment.target.slice(assignment.target.lastIndexOf('.') + 1);
    checkSetting(context, code, key, assignment.value, assignment.node, verifyingDecode);
  }
  for (const call of calls) checkCall(context, code, call, verifiedInFile);
  if (code.language === 'go') checkGoNone(context, code);
}

function checkPair(context: RuleContext, code: CodeModel, pair: KeyValue, verifyingDecode: boolean): void {
  const key = pair.key.startsWith(':') ? pair.key.slice(1) : pair.key;
  checkSetting(context, code, key, pair.value, pair.node, verifyingDecode);
}

export const jwtVerification: Rule = {
  meta: {
    id: 'web-config/jwt-verification',
    title: 'JWT accepted without signature verification, or with the none algorithm',
    area: 'web-config',
    severity: 'critical',
    confidence: 'high',
    cwe: [347, 345, 287, 613],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'authentication#the-base-principle',
      'technical-controls-policy#identity-and-access-management-policy',
      'access-control-guide#access-control-principles',
      'authorisation',
    ],
    basis: 'explicit',
    why:
      "A JWT is only as trustworthy as the check of its signature: with verification off, or the 'none' algorithm allowed, anyone can write a token that says they are any user or an administrator. " +
      'MoJ guidance requires all access to data to be authenticated (Authentication: The base principle).',
    howToFix:
      'Verify every token with the issuer\'s key and an explicit list of allowed algorithms (never none), through the library\'s verifying call (jwt.verify, jwtVerify, jwt.decode with a key and algorithms, parseSignedClaims, JWT.require(...).build().verify, jwt.Parse), and leave expiry, issuer and audience validation on.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['jwt', 'jose', 'Jwts', 'JWT', 'TokenValidationParameters', 'ValidateLifetime', 'RequireSignedTokens', 'ValidateIssuer', 'ValidateAudience', 'SignatureValidator', 'verify_signature', 'ParseUnverified', 'SigningMethodNone'],
    examples: {
      javascript: "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer, audience });",
      typescript: "const { payload } = await jwtVerify(token, jwks, { algorithms: ['RS256'], issuer, audience });",
      tsx: "const { payload } = await jwtVerify(token, jwks, { algorithms: ['RS256'] });",
      python: 'claims = jwt.decode(token, public_key, algorithms=["RS256"], audience=AUDIENCE)',
      java: 'Claims claims = Jwts.parser().verifyWith(publicKey).build().parseSignedClaims(token).getPayload();',
      csharp: 'new TokenValidationParameters { ValidateIssuer = true, ValidateAudience = true, ValidateLifetime = true, ValidateIssuerSigningKey = true, IssuerSigningKey = key };',
      go: 'token, err := jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))',
      php: "$claims = JWT::decode($jwt, new Key($publicKey, 'RS256'));",
      ruby: "payload, = JWT.decode(token, public_key, true, algorithm: 'RS256')",
    },
  },
  check,
};
