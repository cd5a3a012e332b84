/**
 * Cases for web-config/jwt-verification: the none algorithm, signature verification off, parsers
 * that accept unsigned tokens, decoding used as verification, and expiry or claim checks off, in
 * every language; beside verifying calls, decoding next to verification, and real algorithms.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { jwtVerification } from './jwt-verification';

const CONTROL =
  'MoJ guidance requires all access to data to be authenticated (Authentication: The base principle), and a token whose signature is not checked authenticates nobody.';

const NONE_ACCEPTED = `The 'none' algorithm is accepted for JWTs here, so a token with no signature passes and anyone can forge one with any claims (CWE-347). ${CONTROL} Allow only the signing algorithm you use, such as RS256 or ES256.`;
const NONE_ISSUED = `JWTs are issued with the 'none' algorithm here, so they carry no signature and anyone can forge or change them (CWE-347). ${CONTROL} Sign tokens with a real algorithm, such as RS256 or ES256, and a key kept in a secret store.`;
const SIGNATURE_OFF = `JWT signature verification is switched off here, so a forged or altered token is accepted as genuine (CWE-347). ${CONTROL} Verify the signature with the issuer's key and an explicit list of allowed algorithms.`;
const UNSIGNED_PARSE = `This JWT parser accepts tokens that carry no signature, so a forged token is read as genuine (CWE-347). ${CONTROL} Use the parser method that requires a signed token (jjwt parseSignedClaims or parseClaimsJws, Nimbus SignedJWT with a JWSVerifier).`;
const UNVERIFIED = `This JWT is decoded without verifying its signature, and nothing in this file verifies it, so claims from a forged token may be trusted (CWE-347). ${CONTROL} Verify the token (jwt.verify, jwtVerify, JWT.require(...).build().verify, jwt.Parse with a key function) before using its claims.`;
const LIFETIME_OFF = `JWT expiry is not checked here, so a stolen or leaked token stays usable for ever (CWE-613). ${CONTROL} Leave expiry validation on and issue short-lived tokens.`;
const CLAIM_OFF = `JWT issuer or audience validation is switched off here, so a token issued by another service, or for another application, is accepted (CWE-287). ${CONTROL} Validate the issuer and audience you expect.`;
const SIGNING_KEY = `ValidateIssuerSigningKey is off, so the key that signed a JWT is not itself validated (its expiry and trust are not checked), although the signature is (CWE-347). ${CONTROL} Set ValidateIssuerSigningKey = true and configure the issuer's signing keys.`;
const NO_ALGS = `JWT::decode is called without the allowed algorithms, the old php-jwt form: versions before 5 accept whichever algorithm the token names, including none, or HS256 signed with the public key (CWE-347). ${CONTROL} Upgrade php-jwt and pass a Key naming the algorithm: JWT::decode($jwt, new Key($key, 'RS256')).`;

export const table: RuleTable = {
  rule: jwtVerification,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'jsonwebtoken verify allowing none, and expiry ignored',
      path: 'src/auth/verify.js',
      code: `const jwt = require('jsonwebtoken');
const claims = jwt.verify(token, key, { algorithms: ['none'], ignoreExpiration: true });
`,
      findings: [
        { line: 2, column: 54, endColumn: 60, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
        {
          line: 2, column: 63, endColumn: 85, message: LIFETIME_OFF, severity: 'medium', confidence: 'high',
          fix: {
            title: 'Turn expiry validation back on',
            output: `const jwt = require('jsonwebtoken');
const claims = jwt.verify(token, key, { algorithms: ['none'], ignoreExpiration: false });
`,
          },
        },
      ],
    },
    {
      name: 'signing with none',
      path: 'src/auth/issue.ts',
      code: `import jwt from 'jsonwebtoken';
export const issue = (user: User) => jwt.sign({ sub: user.id }, '', { algorithm: 'none' });
`,
      findings: [{ line: 2, column: 82, endColumn: 88, message: NONE_ISSUED, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'decode used as verification in middleware',
      path: 'src/middleware/auth.js',
      code: `const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  const user = jwt.decode(req.headers.authorization.split(' ')[1]);
  if (!user) return res.sendStatus(401);
  req.user = user;
  next();
};
`,
      findings: [{ line: 3, column: 16, endColumn: 26, message: UNVERIFIED, severity: 'high', confidence: 'medium', fix: null }],
    },
    {
      name: 'jose decodeJwt and UnsecuredJWT',
      path: 'src/auth/jose.ts',
      code: `import { decodeJwt, UnsecuredJWT } from 'jose';
export function user(request: Request) {
  const claims = decodeJwt(request.headers.get('authorization') ?? '');
  return UnsecuredJWT.decode(claims.sub as string);
}
`,
      findings: [
        { line: 3, column: 18, endColumn: 27, message: UNVERIFIED, severity: 'high', confidence: 'medium', fix: null },
        { line: 4, column: 10, endColumn: 29, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
      ],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'PyJWT verify_signature off',
      path: 'app/auth.py',
      code: `import jwt
claims = jwt.decode(token, options={"verify_signature": False})
`,
      findings: [
        {
          line: 2, column: 37, endColumn: 62, message: SIGNATURE_OFF, severity: 'critical', confidence: 'high',
          fix: {
            title: 'Turn signature verification back on',
            output: `import jwt
claims = jwt.decode(token, options={"verify_signature": True})
`,
          },
        },
      ],
    },
    {
      name: 'old PyJWT verify=False, none in algorithms and verify_exp off',
      path: 'app/legacy.py',
      code: `import jwt
a = jwt.decode(token, verify=False)
b = jwt.decode(token, key, algorithms=["none"], options={"verify_exp": False})
`,
      findings: [
        {
          line: 2, column: 23, endColumn: 35, message: SIGNATURE_OFF, severity: 'critical', confidence: 'high',
          fix: {
            title: 'Turn signature verification back on',
            output: `import jwt
a = jwt.decode(token, verify=True)
b = jwt.decode(token, key, algorithms=["none"], options={"verify_exp": False})
`,
          },
        },
        { line: 3, column: 40, endColumn: 46, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
        {
          line: 3, column: 58, endColumn: 77, message: LIFETIME_OFF, severity: 'medium', confidence: 'high',
          fix: {
            title: 'Turn expiry validation back on',
            output: `import jwt
a = jwt.decode(token, verify=False)
b = jwt.decode(token, key, algorithms=["none"], options={"verify_exp": True})
`,
          },
        },
      ],
    },
    {
      name: 'peeking at claims next to a verifying decode is medium confidence',
      path: 'app/multi_issuer.py',
      code: `from jose import jwt
def claims(token):
    unverified = jwt.decode(token, None, options={'verify_signature': False})
    return jwt.decode(token, KEYS[unverified["iss"]], algorithms=["RS256"])
`,
      findings: [
        {
          line: 3, column: 51, endColumn: 76, message: SIGNATURE_OFF, severity: 'critical', confidence: 'medium',
          fix: {
            title: 'Turn signature verification back on',
            output: `from jose import jwt
def claims(token):
    unverified = jwt.decode(token, None, options={'verify_signature': True})
    return jwt.decode(token, KEYS[unverified["iss"]], algorithms=["RS256"])
`,
          },
        },
      ],
    },
    {
      name: 'python-jose get_unverified_claims for a request',
      path: 'app/deps.py',
      code: `from jose import jwt
def current_user(request):
    return jwt.get_unverified_claims(request.headers["Authorization"])
`,
      findings: [{ line: 3, column: 12, endColumn: 37, message: UNVERIFIED, severity: 'high', confidence: 'medium', fix: null }],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'jjwt parse, parseClaimsJwt and unsecured',
      path: 'src/main/java/uk/gov/justice/TokenService.java',
      code: `class TokenService {
  Object read(String token) {
    Object a = Jwts.parser().setSigningKey(key).parse(token);
    Object b = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJwt(token);
    return Jwts.parser().unsecured().build().parseUnsecuredClaims(token);
  }
}
`,
      findings: [
        { line: 3, column: 49, endColumn: 54, message: UNSIGNED_PARSE, severity: 'high', confidence: 'medium', fix: null },
        { line: 4, column: 64, endColumn: 78, message: UNSIGNED_PARSE, severity: 'high', confidence: 'high', fix: null },
        { line: 5, column: 26, endColumn: 35, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
        { line: 5, column: 46, endColumn: 66, message: UNSIGNED_PARSE, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'auth0 JWT.decode with nothing verifying, and Nimbus PlainJWT',
      path: 'src/main/java/uk/gov/justice/AuthFilter.java',
      code: `class AuthFilter {
  void filter(HttpServletRequest request) {
    DecodedJWT jwt = JWT.decode(request.getHeader("Authorization"));
    PlainJWT plain = PlainJWT.parse(request.getHeader("X-Token"));
  }
}
`,
      findings: [
        { line: 3, column: 26, endColumn: 32, message: UNVERIFIED, severity: 'high', confidence: 'medium', fix: null },
        { line: 4, column: 31, endColumn: 36, message: UNSIGNED_PARSE, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'TokenValidationParameters with checks off',
      path: 'Startup.cs',
      code: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters {
      ValidateIssuerSigningKey = false,
      RequireSignedTokens = false,
      ValidateLifetime = false,
      ValidateAudience = false,
      SignatureValidator = (token, parameters) => new JwtSecurityToken(token)
    };
  }
}
`,
      findings: [
        {
          line: 4, column: 7, endColumn: 39, message: SIGNING_KEY, severity: 'medium', confidence: 'low',
          fix: {
            title: 'Validate the signing key',
            output: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters {
      ValidateIssuerSigningKey = true,
      RequireSignedTokens = false,
      ValidateLifetime = false,
      ValidateAudience = false,
      SignatureValidator = (token, parameters) => new JwtSecurityToken(token)
    };
  }
}
`,
          },
        },
        {
          line: 5, column: 7, endColumn: 34, message: SIGNATURE_OFF, severity: 'critical', confidence: 'high',
          fix: {
            title: 'Turn signature verification back on',
            output: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters {
      ValidateIssuerSigningKey = false,
      RequireSignedTokens = true,
      ValidateLifetime = false,
      ValidateAudience = false,
      SignatureValidator = (token, parameters) => new JwtSecurityToken(token)
    };
  }
}
`,
          },
        },
        {
          line: 6, column: 7, endColumn: 31, message: LIFETIME_OFF, severity: 'medium', confidence: 'high',
          fix: {
            title: 'Turn expiry validation back on',
            output: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters {
      ValidateIssuerSigningKey = false,
      RequireSignedTokens = false,
      ValidateLifetime = true,
      ValidateAudience = false,
      SignatureValidator = (token, parameters) => new JwtSecurityToken(token)
    };
  }
}
`,
          },
        },
        {
          line: 7, column: 7, endColumn: 31, message: CLAIM_OFF, severity: 'medium', confidence: 'medium',
          fix: {
            title: 'Turn the claim validation back on',
            output: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters {
      ValidateIssuerSigningKey = false,
      RequireSignedTokens = false,
      ValidateLifetime = false,
      ValidateAudience = true,
      SignatureValidator = (token, parameters) => new JwtSecurityToken(token)
    };
  }
}
`,
          },
        },
        { line: 8, column: 7, endColumn: 78, message: SIGNATURE_OFF, severity: 'critical', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'a switch set on the options property',
      path: 'Auth/JwtSetup.cs',
      code: `class JwtSetup {
  void Apply(JwtBearerOptions options) {
    options.TokenValidationParameters.ValidateLifetime = false;
  }
}
`,
      findings: [
        {
          line: 3, column: 5, endColumn: 63, message: LIFETIME_OFF, severity: 'medium', confidence: 'high',
          fix: {
            title: 'Turn expiry validation back on',
            output: `class JwtSetup {
  void Apply(JwtBearerOptions options) {
    options.TokenValidationParameters.ValidateLifetime = true;
  }
}
`,
          },
        },
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'ParseUnverified with nothing verifying, SigningMethodNone and the unsafe none key',
      path: 'internal/auth/token.go',
      code: `package auth

import "github.com/golang-jwt/jwt/v5"

func claims(r *http.Request) jwt.MapClaims {
	tok, _, _ := jwt.NewParser().ParseUnverified(r.Header.Get("Authorization"), jwt.MapClaims{})
	return tok.Claims.(jwt.MapClaims)
}

func issue(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodNone, c).SignedString(jwt.UnsafeAllowNoneSignatureType)
}
`,
      findings: [
        { line: 6, column: 15, endColumn: 46, message: UNVERIFIED, severity: 'high', confidence: 'medium', fix: null },
        { line: 11, column: 27, endColumn: 48, message: NONE_ISSUED, severity: 'high', confidence: 'high', fix: null },
        { line: 11, column: 66, endColumn: 98, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'php-jwt allowing none, and the old two-argument decode',
      path: 'src/Auth/Token.php',
      code: `<?php
use Firebase\\JWT\\JWT;
$a = JWT::decode($jwt, $key, ['none']);
$b = JWT::decode($jwt, $key);
`,
      findings: [
        { line: 3, column: 31, endColumn: 37, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
        { line: 4, column: 11, endColumn: 17, message: NO_ALGS, severity: 'high', confidence: 'low', fix: null },
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'ruby-jwt with verification off and none',
      path: 'app/services/token_service.rb',
      code: `class TokenService
  def read(token)
    JWT.decode(token, nil, false)
  end
  def issue(payload)
    JWT.encode(payload, nil, 'none')
  end
  def accept(token)
    JWT.decode(token, nil, true, algorithm: 'none')
  end
end
`,
      findings: [
        { line: 3, column: 28, endColumn: 33, message: SIGNATURE_OFF, severity: 'critical', confidence: 'high', fix: null },
        { line: 6, column: 30, endColumn: 36, message: NONE_ISSUED, severity: 'high', confidence: 'high', fix: null },
        { line: 9, column: 45, endColumn: 51, message: NONE_ACCEPTED, severity: 'critical', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'browser code decoding its own token is low confidence',
      path: 'src/client/session.js',
      code: `import jwt from 'jsonwebtoken';
export const currentUser = () => jwt.decode(localStorage.getItem('token'), { json: true });
export const authHeader = () => ({ Authorization: 'Bearer ' + localStorage.getItem('token') });
`,
      findings: [{ line: 2, column: 34, endColumn: 44, message: UNVERIFIED, severity: 'high', confidence: 'low', fix: null }],
    },
  ],
  valid: [
    {
      name: 'a JWKS client reads the key id of an unverified token to pick the key that verifies it',
      path: 'auth/keys.py',
      code: `import jwt

def signing_key_for(token, keys):
    unverified = jwt.api_jwt.decode_complete(token, options={"verify_signature": False})
    kid = unverified["header"].get("kid")
    return keys[kid]
`,
    },
    {
      name: 'jsonwebtoken verify with a real algorithm list',
      path: 'src/auth/verify.js',
      code: `const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
    },
    {
      name: 'decode next to verify in the same file',
      path: 'src/auth/keys.js',
      code: `const jwt = require('jsonwebtoken');
function check(req) {
  const { header } = jwt.decode(req.headers.authorization, { complete: true });
  return jwt.verify(req.headers.authorization, keys[header.kid], { algorithms: ['RS256'] });
}
`,
    },
    {
      name: 'PyJWT decode with a key and algorithms',
      path: 'app/auth.py',
      code: `import jwt
claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True, "require": ["exp"]})
`,
    },
    {
      name: 'the word none outside an algorithm setting',
      path: 'src/ui/select.js',
      code: `const options = { display: 'none', algorithm: 'sha256' };
`,
    },
    {
      name: 'jjwt parseClaimsJws requires a signature',
      path: 'src/main/java/uk/gov/justice/TokenService.java',
      code: `class TokenService {
  Claims read(String token) {
    return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
  }
}
`,
    },
    {
      name: 'auth0 decode after verification',
      path: 'src/main/java/uk/gov/justice/Verifier.java',
      code: `class Verifier {
  DecodedJWT read(String token) {
    JWT.require(Algorithm.RSA256(publicKey, null)).build().verify(token);
    return JWT.decode(token);
  }
}
`,
    },
    {
      name: 'TokenValidationParameters with every check on',
      path: 'Startup.cs',
      code: `class Startup {
  void Configure(JwtBearerOptions o) {
    o.TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = true, ValidateLifetime = true, ValidateIssuerSigningKey = true };
  }
}
`,
    },
    {
      name: 'ParseUnverified next to a verifying Parse',
      path: 'internal/auth/token.go',
      code: `package auth

func claims(s string) (*jwt.Token, error) {
	unverified, _, _ := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return jwt.Parse(s, keyFor(unverified))
}
`,
    },
    {
      name: 'php-jwt 6 with a Key',
      path: 'src/Auth/Token.php',
      code: `<?php
$claims = JWT::decode($jwt, new Key($publicKey, 'RS256'));
`,
    },
    {
      name: 'ruby-jwt verifying with an algorithm',
      path: 'app/services/token_service.rb',
      code: `JWT.decode(token, public_key, true, algorithm: 'RS256')
`,
    },
    {
      name: 'the none algorithm in a comment',
      path: 'src/auth/verify.ts',
      code: `// never use jwt.verify(token, key, { algorithms: ['none'] })
export const claims = jwt.verify(token, key, { algorithms: ['ES256'] });
`,
    },
    {
      name: 'jjwt 0.12 parse with verifyWith rejects unsigned tokens',
      path: 'src/main/java/uk/gov/justice/TokenService.java',
      code: `class TokenService {
  Object read(String token) {
    return Jwts.parser().verifyWith(publicKey).build().parse(token);
  }
}
`,
    },
    {
      name: 'algorithm none outside JWT code',
      path: 'webpack.config.js',
      code: `module.exports = { plugins: [new CompressionPlugin({ algorithm: 'none' })] };
`,
    },
    {
      name: 'validation switches outside TokenValidationParameters',
      path: 'Models/ImportSettings.cs',
      code: `class ImportSettings {
  void Apply(ImportOptions options) {
    options.ValidateLifetime = false;
    var o = new ImportOptions { ValidateIssuer = false };
  }
}
`,
    },
  ],
};

describeRule(table);
