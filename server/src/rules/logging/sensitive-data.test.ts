/**
 * Cases for logging/sensitive-data: credentials written to logs in every language, beside values
 * that only look like credentials (hashes, lengths, counts, booleans, pagination tokens), masked
 * values, constant strings that only name a credential, and calls that are not logs.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { sensitiveData } from './sensitive-data';

const PASSWORD_CONTROL =
  'MoJ guidance says passwords must never be stored, displayed or printed in the clear (Passwords: Password storage), and anyone who can read the logs, or a copy of them, could use it.';
const SECRET_CONTROL =
  'MoJ guidance says secrets must never be stored in plain text (Secrets management: Application & infrastructure secrets), and logs are copied, shipped and kept for months, so anyone who can read them could use it.';
const ADVICE = 'Log that the event happened, not the value; if a value must be traced, log a masked or hashed form.';

const PASSWORD = `A password is written to the log here (CWE-532). ${PASSWORD_CONTROL} ${ADVICE}`;
const SECRET = `A secret is written to the log here (CWE-532). ${SECRET_CONTROL} ${ADVICE}`;
const TOKEN = `An authentication or access token is written to the log here (CWE-532). ${SECRET_CONTROL} ${ADVICE}`;
const API_KEY = `An API key is written to the log here (CWE-532). ${SECRET_CONTROL} ${ADVICE}`;
const AUTHORIZATION = `The Authorization header, which carries the caller's credentials, is written to the log here (CWE-532). ${SECRET_CONTROL} ${ADVICE}`;
const CREDENTIALS = `Credentials are written to the log here (CWE-532). ${SECRET_CONTROL} ${ADVICE}`;

export const table: RuleTable = {
  rule: sensitiveData,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'console.log of a password variable',
      path: 'src/auth/login.js',
      code: `function login(username, password) {
  console.log(password);
}
`,
      findings: [{ line: 2, column: 15, endColumn: 23, message: PASSWORD, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'token concatenated into the message',
      path: 'src/auth/session.ts',
      code: `export function refresh(accessToken: string) {
  logger.info('refreshing token=' + accessToken);
}
`,
      findings: [{ line: 2, column: 37, endColumn: 48, message: TOKEN, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'Authorization header as a format argument',
      path: 'src/middleware/auth.js',
      code: `app.use((req, res, next) => {
  logger.info('auth %s', req.headers.authorization);
  next();
});
`,
      findings: [{ line: 2, column: 26, endColumn: 51, message: AUTHORIZATION, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'Authorization header read by subscript inside a template literal',
      path: 'src/middleware/trace.ts',
      code: "export const trace = (req: Request) => console.debug(`headers ${req.headers['authorization']}`);\n",
      findings: [{ line: 1, column: 65, endColumn: 93, message: AUTHORIZATION, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'request body password field and shorthand property',
      path: 'src/routes/users.js',
      code: `router.post('/users', (req, res) => {
  const { password } = req.body;
  this.logger.warn('new user', req.body.password, { password });
});
`,
      findings: [
        { line: 3, column: 32, endColumn: 49, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 3, column: 53, endColumn: 61, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'value logged under a credential key',
      path: 'src/clients/payments.js',
      code: `pino.info({ apiKey: config.paymentsKey }, 'calling payments');
`,
      findings: [{ line: 1, column: 21, endColumn: 39, message: API_KEY, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'JSON.stringify of credentials',
      path: 'src/db.js',
      code: `console.error('db connect failed', JSON.stringify(dbCredentials));
`,
      findings: [{ line: 1, column: 51, endColumn: 64, message: CREDENTIALS, severity: 'high', confidence: 'medium', fix: null }],
    },
    {
      name: 'a bare token is medium confidence',
      path: 'src/verify.js',
      code: `function verify(token) {
  console.log('verifying', token);
}
`,
      findings: [{ line: 2, column: 28, endColumn: 33, message: TOKEN, severity: 'high', confidence: 'medium', fix: null }],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'f-string with a password',
      path: 'app/auth.py',
      code: `def login(user, pwd):
    log.debug(f"password {pwd}")
`,
      findings: [{ line: 2, column: 27, endColumn: 30, message: PASSWORD, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'percent formatting and format() with secrets',
      path: 'app/settings_check.py',
      code: `import logging
logging.info("secret %s" % settings.SECRET_KEY)
logger.warning("client secret {}".format(client_secret))
`,
      findings: [
        { line: 2, column: 28, endColumn: 47, message: SECRET, severity: 'high', confidence: 'high', fix: null },
        { line: 3, column: 42, endColumn: 55, message: SECRET, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Authorization header looked up by name',
      path: 'app/views.py',
      code: `def view(request):
    logger.info("auth header: %s", request.headers.get("Authorization"))
`,
      findings: [{ line: 2, column: 36, endColumn: 72, message: AUTHORIZATION, severity: 'high', confidence: 'high', fix: null }],
    },
    {
      name: 'environment secret and extra field',
      path: 'app/startup.py',
      code: `import os
logger.info("starting", extra={"token": os.environ["GITHUB_TOKEN"]})
self.logger.error("key: %s", os.getenv("STRIPE_API_KEY"))
`,
      findings: [
        { line: 2, column: 41, endColumn: 67, message: TOKEN, severity: 'high', confidence: 'high', fix: null },
        { line: 3, column: 30, endColumn: 57, message: API_KEY, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'SLF4J placeholder argument and a getter',
      path: 'src/main/java/uk/gov/justice/AuthService.java',
      code: `class AuthService {
  void login(User user, String password) {
    log.info("pwd: {}", password);
    LOGGER.debug("user {} secret {}", user.getName(), user.getClientSecret());
  }
}
`,
      findings: [
        { line: 3, column: 25, endColumn: 33, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 4, column: 55, endColumn: 77, message: SECRET, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Authorization header from getHeader',
      path: 'src/main/java/uk/gov/justice/AuthFilter.java',
      code: `class AuthFilter {
  void doFilter(HttpServletRequest request) {
    logger.debug("Authorization: " + request.getHeader("Authorization"));
  }
}
`,
      findings: [{ line: 3, column: 38, endColumn: 72, message: AUTHORIZATION, severity: 'high', confidence: 'high', fix: null }],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'message template argument and interpolated string',
      path: 'Services/PaymentClient.cs',
      code: `class PaymentClient {
  void Call(string apiKey) {
    _logger.LogInformation("Key {Key}", apiKey);
    _logger.LogDebug($"Using key {apiKey}");
  }
}
`,
      findings: [
        { line: 3, column: 41, endColumn: 47, message: API_KEY, severity: 'high', confidence: 'high', fix: null },
        { line: 4, column: 35, endColumn: 41, message: API_KEY, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'Printf, slog key-value pair and zap field',
      path: 'internal/auth/login.go',
      code: `package auth

func login(secret string, pw string, tok string) {
	log.Printf("secret=%s", secret)
	slog.Info("login", "password", pw)
	logger.Info("issued", zap.String("token", tok))
}
`,
      findings: [
        { line: 4, column: 26, endColumn: 32, message: SECRET, severity: 'high', confidence: 'high', fix: null },
        { line: 5, column: 33, endColumn: 35, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 6, column: 44, endColumn: 47, message: TOKEN, severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'logrus field and Authorization header',
      path: 'internal/http/middleware.go',
      code: `package http

func mw(r *http.Request) {
	logrus.WithField("password", r.FormValue("password")).Info("login")
	log.Println("auth", r.Header.Get("Authorization"))
}
`,
      findings: [
        { line: 4, column: 31, endColumn: 54, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 5, column: 22, endColumn: 51, message: AUTHORIZATION, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'error_log, interpolated string and a request field',
      path: 'src/Auth/Login.php',
      code: `<?php
function login($password) {
    error_log($password);
    $this->logger->info("pw {$password}");
    Log::debug('login', ['password' => $_POST['password']]);
}
`,
      findings: [
        { line: 3, column: 15, endColumn: 24, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 4, column: 30, endColumn: 39, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 5, column: 40, endColumn: 58, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'Rails logger with a params field and an attribute',
      path: 'app/controllers/sessions_controller.rb',
      code: `class SessionsController < ApplicationController
  def create
    Rails.logger.info(params[:password])
    logger.debug("token #{user.auth_token}")
  end
end
`,
      findings: [
        { line: 3, column: 23, endColumn: 40, message: PASSWORD, severity: 'high', confidence: 'high', fix: null },
        { line: 4, column: 27, endColumn: 42, message: TOKEN, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'the message names a value with a neutral name',
      path: 'app/client.py',
      code: `def call(u, t, v):
    logger.info("user %s token=%s", u, t)
    log.debug("Authorization: Bearer " + v)
    logger.info(f"password: {v}")
`,
      findings: [
        { line: 2, column: 40, endColumn: 41, message: TOKEN, severity: 'high', confidence: 'medium', fix: null },
        { line: 3, column: 42, endColumn: 43, message: TOKEN, severity: 'high', confidence: 'medium', fix: null },
        { line: 4, column: 30, endColumn: 31, message: PASSWORD, severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'SLF4J placeholder after a credential label',
      path: 'src/main/java/uk/gov/justice/Client.java',
      code: `class Client {
  void call(String value) {
    log.info("api-key={}", value);
  }
}
`,
      findings: [{ line: 3, column: 28, endColumn: 33, message: API_KEY, severity: 'high', confidence: 'medium', fix: null }],
    },
  ],
  valid: [
    {
      name: 'constant string that only names a credential',
      path: 'src/auth/reset.js',
      code: `console.log('password reset requested for', user.email);
logger.info("token refreshed");
`,
    },
    {
      name: 'masked, hashed and measured values are not the credential',
      path: 'src/auth/audit.ts',
      code: `logger.info('pw', mask(password), redact(token), hash(apiKey), password.length);
logger.debug('hash', passwordHash, hashedPassword, tokenCount, token_type, secretName);
`,
    },
    {
      name: 'booleans and checks named after a credential',
      path: 'app/users.py',
      code: `logger.info("user %s has password: %s", user.id, has_password)
logger.info("valid: %s", is_token_valid)
logger.info("length %d", len(password))
logger.info("min length %d", password_length)
`,
    },
    {
      name: 'pagination and cancellation tokens',
      path: 'Services/Pager.cs',
      code: `class Pager {
  void Next(string nextToken, CancellationToken cancellationToken) {
    _logger.LogDebug("page {Token}", nextToken);
    _logger.LogDebug("ct {Ct}", cancellationToken);
  }
}
`,
    },
    {
      name: 'key, session and iv alone are not credentials here',
      path: 'src/cache.js',
      code: `console.log('cache', key, session.id, iv.length, primaryKey);
`,
    },
    {
      name: 'PWD is the working directory',
      path: 'scripts/build.js',
      code: `console.log('building in', process.env.PWD);
`,
    },
    {
      name: 'not a log call',
      path: 'src/auth/store.js',
      code: `db.save(password);
catalog.info(secret);
dialog.warn(token);
`,
    },
    {
      name: 'value logged under a credential key is a redaction literal',
      path: 'src/auth/login.js',
      code: `logger.info({ user: user.id, password: '[REDACTED]' });
`,
    },
    {
      name: 'credential in a comment',
      path: 'internal/auth/login.go',
      code: `package auth

func login() {
	// log.Printf("secret=%s", secret)
}
`,
    },
    {
      name: 'Java logs an event about a password change',
      path: 'src/main/java/uk/gov/justice/PasswordService.java',
      code: `class PasswordService {
  void change(User user, String password) {
    log.info("password changed for {}", user.getId());
    log.info("password valid: {}", isPasswordValid(password));
  }
}
`,
    },
    {
      name: 'comparisons and empty values log no credential',
      path: 'src/main/java/uk/gov/justice/Login.java',
      code: `class Login {
  void login(String password) {
    log.info("password set: {}", password != null);
  }
}
`,
    },
    {
      name: 'a credential key with an empty value',
      path: 'src/auth/login.js',
      code: `logger.info({ user: user.id, password: undefined, token: null });
`,
    },
    {
      name: 'a lexer token is not a credential',
      path: 'src/parser.js',
      code: `for (const token of tokenize(source)) {
  if (token.type === 'unknown') console.warn('unexpected token', token);
}
`,
    },
    {
      name: 'a credential word in the message without a separator, or before another value',
      path: 'app/users.py',
      code: `def reset(u, t):
    logger.info("password reset for %s", u)
    logger.info("token %s", t)
    logger.info("token=%s count=%s", t.kind, t.count)
`,
    },
  ],
};

describeRule(table);
