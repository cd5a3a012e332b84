/**
 * Cases for web-config/session-timeout: idle timeouts and absolute session lifetimes over the
 * 30-minute limit, and timeouts that never fire, in code and configuration; beside values within
 * the limit, browser-session cookies, settings files that leave the default alone, and a raised
 * threshold.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { sessionTimeout } from './session-timeout';

const CONTROL =
  'MoJ guidance drops idle sessions and connections after a default period, normally under 30 minutes (System Lockdown and Hardening Standard: Services, security, and networking applications), and asks for session timeouts (Technical Security Controls Guide, Defensive layer 2).';

function idle(period: string): string {
  return `Sessions here stay valid for ${period} without activity, longer than the 30-minute idle limit (CWE-613). ${CONTROL} Set the idle timeout to 30 minutes or less.`;
}

function absolute(period: string): string {
  return `This sets an absolute session lifetime of ${period} (not an idle timeout), so a session left unattended stays usable for up to ${period}, longer than the 30-minute idle limit (CWE-613). ${CONTROL} Keep the lifetime to 30 minutes or less, or expire idle sessions after 30 minutes.`;
}

const NEVER = `Sessions here never time out, so a session left unattended stays usable indefinitely (CWE-613). ${CONTROL} Set an idle timeout of 30 minutes or less.`;
const FIX = 'Set the timeout to 30 minutes';

export const table: RuleTable = {
  rule: sessionTimeout,
  invalid: [
    // JavaScript --------------------------------------------------------------------------------
    {
      name: 'express-session cookie maxAge of a day is an absolute lifetime',
      path: 'src/app.js',
      code: `const session = require('express-session');
app.use(session({ secret, cookie: { maxAge: 24 * 60 * 60 * 1000 } }));
`,
      findings: [{ line: 2, column: 37, endColumn: 64, message: absolute('1 day'), severity: 'medium', confidence: 'medium', fix: null }],
    },
    {
      name: 'express-session rolling maxAge is an idle timeout',
      path: 'src/server.ts',
      code: `app.use(session({ secret, rolling: true, cookie: { maxAge: 7200000 } }));
`,
      findings: [
        {
          line: 1, column: 52, endColumn: 67, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `app.use(session({ secret, rolling: true, cookie: { maxAge: 1800000 } }));
` },
        },
      ],
    },
    {
      name: 'cookie-session maxAge',
      path: 'src/app.js',
      code: `app.use(cookieSession({ name: 'session', keys, maxAge: 14 * 24 * 3600 * 1000 }));
`,
      findings: [{ line: 1, column: 48, endColumn: 77, message: absolute('14 days'), severity: 'medium', confidence: 'medium', fix: null }],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'Django SESSION_COOKIE_AGE of two weeks',
      path: 'mysite/settings.py',
      code: `SESSION_COOKIE_AGE = 1209600
`,
      findings: [
        {
          line: 1, column: 22, endColumn: 29, message: absolute('14 days'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `SESSION_COOKIE_AGE = 1800
` },
        },
      ],
    },
    {
      name: 'Django cookie age saved on every request is an idle timeout',
      path: 'mysite/settings/production.py',
      code: `SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_SAVE_EVERY_REQUEST = True
`,
      findings: [{ line: 1, column: 22, endColumn: 33, message: idle('8 hours'), severity: 'medium', confidence: 'high', fix: null }],
    },
    {
      name: 'Flask PERMANENT_SESSION_LIFETIME as a timedelta',
      path: 'app/__init__.py',
      code: `from datetime import timedelta
PERMANENT_SESSION_LIFETIME = timedelta(days=31)
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=2)
`,
      findings: [
        {
          line: 2, column: 30, endColumn: 48, message: idle('31 days'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `from datetime import timedelta
PERMANENT_SESSION_LIFETIME = timedelta(minutes=30)
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=2)
` },
        },
        {
          line: 3, column: 44, endColumn: 62, message: idle('2 hours'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `from datetime import timedelta
PERMANENT_SESSION_LIFETIME = timedelta(days=31)
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=30)
` },
        },
      ],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'setMaxInactiveInterval of two hours, and of never',
      path: 'src/main/java/uk/gov/justice/LoginServlet.java',
      code: `class LoginServlet {
  void login(HttpSession session) {
    session.setMaxInactiveInterval(7200);
    session.setMaxInactiveInterval(-1);
  }
}
`,
      findings: [
        {
          line: 3, column: 36, endColumn: 40, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `class LoginServlet {
  void login(HttpSession session) {
    session.setMaxInactiveInterval(1800);
    session.setMaxInactiveInterval(-1);
  }
}
` },
        },
        { line: 4, column: 36, endColumn: 38, message: NEVER, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'AddSession IdleTimeout and cookie authentication ExpireTimeSpan',
      path: 'Program.cs',
      code: `builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromHours(2));
builder.Services.ConfigureApplicationCookie(o => { o.ExpireTimeSpan = new TimeSpan(8, 0, 0); });
`,
      findings: [
        {
          line: 1, column: 50, endColumn: 71, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(30));
builder.Services.ConfigureApplicationCookie(o => { o.ExpireTimeSpan = new TimeSpan(8, 0, 0); });
` },
        },
        {
          line: 2, column: 71, endColumn: 92, message: idle('8 hours'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromHours(2));
builder.Services.ConfigureApplicationCookie(o => { o.ExpireTimeSpan = TimeSpan.FromMinutes(30); });
` },
        },
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'gorilla sessions MaxAge and scs IdleTimeout',
      path: 'internal/web/session.go',
      code: `package web

func setup() {
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true}
	sessionManager.IdleTimeout = 2 * time.Hour
}
`,
      findings: [
        { line: 4, column: 47, endColumn: 64, message: absolute('7 days'), severity: 'medium', confidence: 'medium', fix: null },
        {
          line: 5, column: 31, endColumn: 44, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `package web

func setup() {
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true}
	sessionManager.IdleTimeout = 30 * time.Minute
}
` },
        },
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'ini_set gc_maxlifetime',
      path: 'public/index.php',
      code: `<?php
ini_set('session.gc_maxlifetime', 86400);
`,
      findings: [
        {
          line: 2, column: 35, endColumn: 40, message: idle('1 day'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `<?php
ini_set('session.gc_maxlifetime', 1800);
` },
        },
      ],
    },
    {
      name: 'Laravel session lifetime from env with a default',
      path: 'config/session.php',
      code: `<?php
return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'lifetime' => env('SESSION_LIFETIME', 120),
];
`,
      findings: [
        {
          line: 4, column: 19, endColumn: 47, message: idle('2 hours'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `<?php
return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'lifetime' => env('SESSION_LIFETIME', 30),
];
` },
        },
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'Rails expire_after and Devise timeout_in',
      path: 'config/initializers/session_store.rb',
      code: `Rails.application.config.session_store :cookie_store, key: '_app_session', expire_after: 12.hours
Devise.setup do |config|
  config.timeout_in = 1.day
end
`,
      findings: [
        {
          line: 1, column: 90, endColumn: 98, message: absolute('12 hours'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `Rails.application.config.session_store :cookie_store, key: '_app_session', expire_after: 30.minutes
Devise.setup do |config|
  config.timeout_in = 1.day
end
` },
        },
        {
          line: 3, column: 23, endColumn: 28, message: idle('1 day'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `Rails.application.config.session_store :cookie_store, key: '_app_session', expire_after: 12.hours
Devise.setup do |config|
  config.timeout_in = 30.minutes
end
` },
        },
      ],
    },
    // Configuration files -----------------------------------------------------------------------
    {
      name: 'Spring properties with units and bare seconds',
      path: 'src/main/resources/application.properties',
      code: `server.servlet.session.timeout=60m
spring.session.timeout=7200
`,
      findings: [
        {
          line: 1, column: 1, endColumn: 35, message: idle('1 hour'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `server.servlet.session.timeout=30m
spring.session.timeout=7200
` },
        },
        {
          line: 2, column: 1, endColumn: 28, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `server.servlet.session.timeout=60m
spring.session.timeout=1800
` },
        },
      ],
    },
    {
      name: 'Spring YAML in hours',
      path: 'src/main/resources/application.yml',
      code: `server:
  servlet:
    session:
      timeout: 2h
`,
      findings: [
        {
          line: 4, column: 7, endColumn: 18, message: idle('2 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `server:
  servlet:
    session:
      timeout: 30m
` },
        },
      ],
    },
    {
      name: 'web.xml session-timeout in minutes, and never',
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>
  <session-config>
    <session-timeout>60</session-timeout>
  </session-config>
  <session-config><session-timeout>-1</session-timeout></session-config>
</web-app>
`,
      findings: [
        {
          line: 3, column: 5, endColumn: 42, message: idle('1 hour'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `<web-app>
  <session-config>
    <session-timeout>30</session-timeout>
  </session-config>
  <session-config><session-timeout>-1</session-timeout></session-config>
</web-app>
` },
        },
        {
          line: 5, column: 19, endColumn: 56, message: NEVER, severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `<web-app>
  <session-config>
    <session-timeout>60</session-timeout>
  </session-config>
  <session-config><session-timeout>30</session-timeout></session-config>
</web-app>
` },
        },
      ],
    },
    {
      name: 'web.config sessionState and sliding forms timeout',
      path: 'Web.config',
      code: `<configuration>
  <system.web>
    <sessionState mode="InProc" timeout="60" />
    <authentication mode="Forms"><forms loginUrl="~/login" timeout="2880" /></authentication>
  </system.web>
</configuration>
`,
      findings: [
        {
          line: 3, column: 33, endColumn: 45, message: idle('1 hour'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `<configuration>
  <system.web>
    <sessionState mode="InProc" timeout="30" />
    <authentication mode="Forms"><forms loginUrl="~/login" timeout="2880" /></authentication>
  </system.web>
</configuration>
` },
        },
        {
          line: 4, column: 60, endColumn: 74, message: idle('2 days'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `<configuration>
  <system.web>
    <sessionState mode="InProc" timeout="60" />
    <authentication mode="Forms"><forms loginUrl="~/login" timeout="30" /></authentication>
  </system.web>
</configuration>
` },
        },
      ],
    },
    {
      name: 'php.ini gc_maxlifetime and cookie_lifetime',
      path: 'docker/php/php.ini',
      code: `[Session]
session.gc_maxlifetime = 86400
session.cookie_lifetime = 604800
`,
      findings: [
        {
          line: 2, column: 1, endColumn: 31, message: idle('1 day'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `[Session]
session.gc_maxlifetime = 1800
session.cookie_lifetime = 604800
` },
        },
        {
          line: 3, column: 1, endColumn: 33, message: absolute('7 days'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `[Session]
session.gc_maxlifetime = 86400
session.cookie_lifetime = 1800
` },
        },
      ],
    },
    {
      name: 'Laravel .env SESSION_LIFETIME',
      path: '.env',
      code: `APP_ENV=production
SESSION_LIFETIME=120
`,
      findings: [
        {
          line: 2, column: 1, endColumn: 21, message: idle('2 hours'), severity: 'medium', confidence: 'medium',
          fix: { title: FIX, output: `APP_ENV=production
SESSION_LIFETIME=30
` },
        },
      ],
    },
    {
      name: 'Keycloak realm SSO idle timeout',
      path: 'keycloak/realm-export.json',
      code: `{
  "realm": "moj",
  "ssoSessionIdleTimeout": 36000
}
`,
      findings: [
        {
          line: 3, column: 3, endColumn: 33, message: idle('10 hours'), severity: 'medium', confidence: 'high',
          fix: { title: FIX, output: `{
  "realm": "moj",
  "ssoSessionIdleTimeout": 1800
}
` },
        },
      ],
    },
  ],
  valid: [
    {
      name: 'express-session within the limit, and a browser-session cookie',
      path: 'src/app.js',
      code: `app.use(session({ secret, rolling: true, cookie: { maxAge: 30 * 60 * 1000 } }));
app.use(session({ secret, cookie: { maxAge: null } }));
`,
    },
    {
      name: 'maxAge outside session options',
      path: 'src/static.js',
      code: `app.use(express.static('public', { maxAge: 31536000000 }));
res.cookie('theme', 'dark', { maxAge: 86400000 });
`,
    },
    {
      name: 'Django settings without SESSION_COOKIE_AGE',
      path: 'mysite/settings.py',
      code: `SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = True
`,
    },
    {
      name: 'Django cookie age of 15 minutes',
      path: 'mysite/settings.py',
      code: `SESSION_COOKIE_AGE = 900
`,
    },
    {
      name: 'setMaxInactiveInterval within the limit',
      path: 'src/main/java/uk/gov/justice/LoginServlet.java',
      code: `class LoginServlet {
  void login(HttpSession session) { session.setMaxInactiveInterval(1800); }
}
`,
    },
    {
      name: 'IdleTimeout of 20 minutes',
      path: 'Program.cs',
      code: `builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(20));
`,
    },
    {
      name: 'PHP cookie lifetime of zero lasts until the browser closes',
      path: 'docker/php/php.ini',
      code: `session.cookie_lifetime = 0
session.gc_maxlifetime = 1440
`,
    },
    {
      name: 'other timeouts are not session timeouts',
      path: 'src/main/resources/application.properties',
      code: `server.connection-timeout=120s
spring.mvc.async.request-timeout=600000
`,
    },
    {
      name: 'a raised threshold',
      path: 'src/main/resources/application.yml',
      code: `server:
  servlet:
    session:
      timeout: 60m
`,
      thresholds: { maxIdleMinutes: 60 },
    },
    {
      name: 'gorilla MaxAge of -1 deletes the cookie',
      path: 'internal/web/logout.go',
      code: `package web

func logout() {
	session.Options = &sessions.Options{MaxAge: -1}
}
`,
    },
  ],
};

describeRule(table);
