/**
 * Cases for transport/insecure-cookie: cookies set without Secure, and session or authentication
 * cookies set without HttpOnly or with SameSite=None, in every language and framework where the
 * API exists and in the configuration files that set the session cookie.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { insecureCookie } from './insecure-cookie';

const IN_TRANSIT = 'MoJ guidance expects data in transit to be protected (Cryptography: In transit).';
const PRINCIPLE =
  "The OWASP Session Management Cheat Sheet asks for it on session cookies, which this check applies as part of MoJ's in-transit protection principle (Cryptography: In transit).";
const SECURE_SESSION = `This session or authentication cookie is set without the Secure attribute, so the browser also sends it over plain HTTP, where anyone on the network path can copy it and take over the session (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`;
const SECURE_CSRF = `This anti-forgery (CSRF) cookie is set without the Secure attribute, so the browser also sends its token over plain HTTP, where anyone on the network path can read it and forge requests (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`;
const SECURE_OTHER = `This cookie is set without the Secure attribute, so the browser also sends it over plain HTTP, where anyone on the network path can read or change it (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`;
const SECURE_ON_HTTPS = `This cookie is marked Secure only when the request came over HTTPS, so behind a proxy that ends TLS, or on any plain-HTTP request, it is sent without Secure and can be read on the network path (CWE-614). ${IN_TRANSIT} Use CookieSecurePolicy.Always.`;
const HTTP_ONLY = `This session or authentication cookie is not HttpOnly, so page scripts can read it and a single cross-site scripting flaw is enough to steal the session (CWE-1004). ${PRINCIPLE} Mark the cookie HttpOnly.`;
const SAME_SITE = `This session or authentication cookie has SameSite set to None or turned off, so the browser may send it with requests that other sites start, which exposes the session to cross-site request forgery (CWE-1275). ${PRINCIPLE} Use SameSite=Lax, or Strict, unless the cookie must work across sites.`;

export const table: RuleTable = {
  rule: insecureCookie,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'Express: Secure and HttpOnly turned off on the session cookie',
      path: 'src/login.js',
      code: "res.cookie('sid', token, { secure: false, httpOnly: false });\n",
      findings: [
        { line: 1, column: 28, endColumn: 41, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "res.cookie('sid', token, { secure: true, httpOnly: false });\n" } },
        { line: 1, column: 43, endColumn: 58, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "res.cookie('sid', token, { secure: false, httpOnly: true });\n" } },
      ],
    },
    {
      name: 'Express: session cookie with no options at all',
      path: 'src/login.js',
      code: "res.cookie('connect.sid', sessionId);\n",
      findings: [
        { line: 1, column: 1, endColumn: 11, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "res.cookie('connect.sid', sessionId, { secure: true, httpOnly: true, sameSite: 'lax' });\n" } },
        { line: 1, column: 1, endColumn: 11, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "res.cookie('connect.sid', sessionId, { secure: true, httpOnly: true, sameSite: 'lax' });\n" } },
      ],
    },
    {
      name: 'Express: ordinary cookie with no options (medium)',
      path: 'src/prefs.js',
      code: "res.cookie('theme', 'dark');\n",
      findings: [
        { line: 1, column: 1, endColumn: 11, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: "res.cookie('theme', 'dark', { secure: true });\n" } },
      ],
    },
    {
      name: 'Express: options object in the layout of the file, Secure left out',
      path: 'src/auth.ts',
      code: `export function signIn(res: Response, jwt: string): void {
  res.cookie('access_token', jwt, {
    httpOnly: true,
    sameSite: 'strict',
  });
}
`,
      findings: [
        { line: 2, column: 3, endColumn: 13, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `export function signIn(res: Response, jwt: string): void {
  res.cookie('access_token', jwt, {
    httpOnly: true,
    sameSite: 'strict',
    secure: true,
  });
}
` } },
      ],
    },
    {
      name: 'Express: options kept in a variable',
      path: 'src/auth.js',
      code: `const cookieOptions = { httpOnly: true, maxAge: 3600000 };
res.cookie('auth', token, cookieOptions);
`,
      findings: [
        { line: 2, column: 1, endColumn: 11, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `const cookieOptions = { httpOnly: true, maxAge: 3600000, secure: true };
res.cookie('auth', token, cookieOptions);
` } },
      ],
    },
    {
      name: 'Express: SameSite None on a session cookie',
      path: 'src/sso.js',
      code: "response.cookie('sessionid', id, { secure: true, httpOnly: true, sameSite: 'none' });\n",
      findings: [
        { line: 1, column: 66, endColumn: 82, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "response.cookie('sessionid', id, { secure: true, httpOnly: true, sameSite: 'lax' });\n" } },
      ],
    },
    {
      name: 'Express: value named like a token makes it an authentication cookie',
      path: 'src/api.js',
      code: 'res.cookie("user", refreshToken, { httpOnly: true });\n',
      findings: [
        { line: 1, column: 1, endColumn: 11, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: 'res.cookie("user", refreshToken, { httpOnly: true, secure: true });\n' } },
      ],
    },
    {
      name: 'minified !1',
      path: 'dist/bundle.js',
      code: "res.cookie('sid',t,{secure:!1,httpOnly:!0});\n",
      findings: [
        { line: 1, column: 21, endColumn: 30, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "res.cookie('sid',t,{secure:true,httpOnly:!0});\n" } },
      ],
    },
    {
      name: 'express-session: cookie.secure false',
      path: 'src/app.js',
      code: `const session = require('express-session');
app.use(session({ secret: process.env.SECRET, cookie: { secure: false } }));
`,
      findings: [
        { line: 2, column: 57, endColumn: 70, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `const session = require('express-session');
app.use(session({ secret: process.env.SECRET, cookie: { secure: true } }));
` } },
      ],
    },
    {
      name: 'express-session: no cookie options, so the default secure: false (medium)',
      path: 'src/app.mjs',
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, resave: false }));
`,
      findings: [
        { line: 2, column: 9, endColumn: 16, message: SECURE_SESSION, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, resave: false, cookie: { secure: true } }));
` } },
      ],
    },
    {
      name: 'express-session: cookie options without secure (medium)',
      path: 'src/app.ts',
      code: `import expressSession from 'express-session';
app.use(expressSession({ secret, cookie: { maxAge: 86400000, httpOnly: false } }));
`,
      findings: [
        { line: 2, column: 9, endColumn: 23, message: SECURE_SESSION, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import expressSession from 'express-session';
app.use(expressSession({ secret, cookie: { maxAge: 86400000, httpOnly: false, secure: true } }));
` } },
        { line: 2, column: 62, endColumn: 77, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `import expressSession from 'express-session';
app.use(expressSession({ secret, cookie: { maxAge: 86400000, httpOnly: true } }));
` } },
      ],
    },
    {
      name: 'cookie-session: secure false',
      path: 'src/app.js',
      code: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys, secure: false }));
`,
      findings: [
        { line: 2, column: 48, endColumn: 61, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys, secure: true }));
` } },
      ],
    },
    {
      name: 'Koa: ctx.cookies.set with secure false',
      path: 'src/koa.js',
      code: `router.post('/login', (ctx) => {
  ctx.cookies.set('koa.sess', id, { secure: false });
});
`,
      findings: [
        { line: 2, column: 37, endColumn: 50, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `router.post('/login', (ctx) => {
  ctx.cookies.set('koa.sess', id, { secure: true });
});
` } },
      ],
    },
    {
      name: 'cookies package: HttpOnly turned off on a session cookie',
      path: 'src/server.js',
      code: "new Cookies(req, res).set('session', id, { httpOnly: false });\n",
      findings: [
        { line: 1, column: 44, endColumn: 59, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "new Cookies(req, res).set('session', id, { httpOnly: true });\n" } },
      ],
    },
    {
      name: 'Next.js: cookies().set with secure false',
      path: 'app/actions.ts',
      code: `import { cookies } from 'next/headers';

export async function setTheme() {
  (await cookies()).set('theme', 'dark', { secure: false });
}
`,
      findings: [
        { line: 4, column: 44, endColumn: 57, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import { cookies } from 'next/headers';

export async function setTheme() {
  (await cookies()).set('theme', 'dark', { secure: true });
}
` } },
      ],
    },
    {
      name: 'Next.js: awaited cookie store, no options',
      path: 'app/login/actions.ts',
      code: `import { cookies } from 'next/headers';

export async function login(token: string) {
  const store = await cookies();
  store.set('session', token);
}
`,
      findings: [
        { line: 5, column: 3, endColumn: 12, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `import { cookies } from 'next/headers';

export async function login(token: string) {
  const store = await cookies();
  store.set('session', token, { secure: true, httpOnly: true, sameSite: 'lax' });
}
` } },
        { line: 5, column: 3, endColumn: 12, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `import { cookies } from 'next/headers';

export async function login(token: string) {
  const store = await cookies();
  store.set('session', token, { secure: true, httpOnly: true, sameSite: 'lax' });
}
` } },
      ],
    },
    {
      name: 'Next.js: object form without secure',
      path: 'app/login/route.tsx',
      code: `import { cookies } from 'next/headers';

export function POST() {
  cookies().set({ name: 'auth', value: token, httpOnly: true });
}
`,
      findings: [
        { line: 4, column: 3, endColumn: 16, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `import { cookies } from 'next/headers';

export function POST() {
  cookies().set({ name: 'auth', value: token, httpOnly: true, secure: true });
}
` } },
      ],
    },
    {
      name: 'Next.js middleware: NextResponse cookies without secure',
      path: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';

export function middleware() {
  const response = NextResponse.next();
  response.cookies.set('locale', 'en-GB', { path: '/' });
  return response;
}
`,
      findings: [
        { line: 5, column: 3, endColumn: 23, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import { NextResponse } from 'next/server';

export function middleware() {
  const response = NextResponse.next();
  response.cookies.set('locale', 'en-GB', { path: '/', secure: true });
  return response;
}
` } },
      ],
    },
    {
      name: 'document.cookie: concatenated session cookie without Secure (client-side, medium)',
      path: 'public/app.js',
      code: "document.cookie = 'sid=' + token + '; path=/';\n",
      findings: [
        { line: 1, column: 19, endColumn: 46, message: SECURE_SESSION, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: "document.cookie = 'sid=' + token + '; path=/; Secure';\n" } },
      ],
    },
    {
      name: 'document.cookie: template literal without Secure',
      path: 'src/client.ts',
      code: 'document.cookie = `lang=${language}; max-age=31536000`;\n',
      findings: [
        { line: 1, column: 19, endColumn: 55, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: 'document.cookie = `lang=${language}; max-age=31536000; Secure`;\n' } },
      ],
    },
    {
      name: 'document.cookie: value added last',
      path: 'public/app.js',
      code: 'document.cookie = "remember_token=" + token;\n',
      findings: [
        { line: 1, column: 19, endColumn: 44, message: SECURE_SESSION, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: 'document.cookie = "remember_token=" + token + "; Secure";\n' } },
      ],
    },
    {
      name: 'js-cookie without options (client-side, medium)',
      path: 'src/consent.js',
      code: `import Cookies from 'js-cookie';
Cookies.set('consent', 'yes', { expires: 365 });
`,
      findings: [
        { line: 2, column: 1, endColumn: 12, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import Cookies from 'js-cookie';
Cookies.set('consent', 'yes', { expires: 365, secure: true });
` } },
      ],
    },
    {
      name: 'cookie.serialize with secure false',
      path: 'src/header.js',
      code: `const cookie = require('cookie');
res.setHeader('Set-Cookie', cookie.serialize('sid', id, { httpOnly: true, secure: false }));
`,
      findings: [
        { line: 2, column: 75, endColumn: 88, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `const cookie = require('cookie');
res.setHeader('Set-Cookie', cookie.serialize('sid', id, { httpOnly: true, secure: true }));
` } },
      ],
    },
    {
      name: 'Set-Cookie header written by hand',
      path: 'src/raw.js',
      code: "res.setHeader('Set-Cookie', ['sid=' + id + '; Path=/', 'lang=en; Secure']);\n",
      findings: [
        { line: 1, column: 30, endColumn: 54, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "res.setHeader('Set-Cookie', ['sid=' + id + '; Path=/; Secure', 'lang=en; Secure']);\n" } },
        { line: 1, column: 30, endColumn: 54, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "res.setHeader('Set-Cookie', ['sid=' + id + '; Path=/; HttpOnly', 'lang=en; Secure']);\n" } },
      ],
    },
    {
      name: 'Set-Cookie in a writeHead headers object',
      path: 'src/raw.js',
      code: "res.writeHead(302, { Location: '/', 'Set-Cookie': `token=${token}; HttpOnly` });\n",
      findings: [
        { line: 1, column: 51, endColumn: 77, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "res.writeHead(302, { Location: '/', 'Set-Cookie': `token=${token}; HttpOnly; Secure` });\n" } },
      ],
    },
    {
      name: 'Fastify: reply.setCookie without options (plugin defaults may apply, medium confidence)',
      path: 'src/routes.js',
      code: "reply.setCookie('sessionId', id, { path: '/' });\n",
      findings: [
        { line: 1, column: 1, endColumn: 16, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: "reply.setCookie('sessionId', id, { path: '/', secure: true });\n" } },
        { line: 1, column: 1, endColumn: 16, message: HTTP_ONLY, severity: 'medium', confidence: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "reply.setCookie('sessionId', id, { path: '/', httpOnly: true });\n" } },
      ],
    },
    {
      name: 'development server file: low confidence',
      path: 'scripts/dev-server.js',
      code: "res.cookie('sid', id, { secure: false, httpOnly: true });\n",
      findings: [
        { line: 1, column: 25, endColumn: 38, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: "res.cookie('sid', id, { secure: true, httpOnly: true });\n" } },
      ],
    },
    // Python
    {
      name: 'Django: SESSION_COOKIE_SECURE = False',
      path: 'mysite/settings.py',
      code: 'SESSION_COOKIE_SECURE = False\n',
      findings: [
        { line: 1, column: 1, endColumn: 30, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: 'SESSION_COOKIE_SECURE = True\n' } },
      ],
    },
    {
      name: 'Django: CSRF_COOKIE_SECURE = False',
      path: 'mysite/settings.py',
      code: 'CSRF_COOKIE_SECURE = False\n',
      findings: [
        { line: 1, column: 1, endColumn: 27, message: SECURE_CSRF, fix: { title: 'Mark the cookie Secure', output: 'CSRF_COOKIE_SECURE = True\n' } },
      ],
    },
    {
      name: 'Django: SESSION_COOKIE_HTTPONLY = False',
      path: 'mysite/settings.py',
      code: 'SESSION_COOKIE_HTTPONLY = False\n',
      findings: [
        { line: 1, column: 1, endColumn: 32, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: 'SESSION_COOKIE_HTTPONLY = True\n' } },
      ],
    },
    {
      name: 'Django: SESSION_COOKIE_SAMESITE = None',
      path: 'mysite/settings.py',
      code: 'SESSION_COOKIE_SAMESITE = None\n',
      findings: [
        { line: 1, column: 1, endColumn: 31, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "SESSION_COOKIE_SAMESITE = 'Lax'\n" } },
      ],
    },
    {
      name: "Django: SESSION_COOKIE_SAMESITE = 'None'",
      path: 'mysite/settings/production.py',
      code: "SESSION_COOKIE_SAMESITE = 'None'\n",
      findings: [
        { line: 1, column: 1, endColumn: 33, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "SESSION_COOKIE_SAMESITE = 'Lax'\n" } },
      ],
    },
    {
      name: 'Django: class-based settings',
      path: 'mysite/configuration.py',
      code: `class Production(Base):
    SESSION_COOKIE_SECURE = 0
`,
      findings: [
        { line: 2, column: 5, endColumn: 30, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `class Production(Base):
    SESSION_COOKIE_SECURE = True
` } },
      ],
    },
    {
      name: 'Django: development settings file, low confidence',
      path: 'mysite/settings/dev.py',
      code: `from .base import *

SESSION_COOKIE_SECURE = False
`,
      findings: [
        { line: 3, column: 1, endColumn: 30, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: `from .base import *

SESSION_COOKIE_SECURE = True
` } },
      ],
    },
    {
      name: 'Flask: app.config item',
      path: 'app/__init__.py',
      code: "app.config['SESSION_COOKIE_SECURE'] = False\n",
      findings: [
        { line: 1, column: 1, endColumn: 44, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "app.config['SESSION_COOKIE_SECURE'] = True\n" } },
      ],
    },
    {
      name: 'Flask: app.config.update keyword',
      path: 'app/__init__.py',
      code: "app.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE='None')\n",
      findings: [
        { line: 1, column: 19, endColumn: 48, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE='None')\n" } },
        { line: 1, column: 50, endColumn: 80, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "app.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE='Lax')\n" } },
      ],
    },
    {
      name: 'Flask-Login: remember cookie in a dictionary',
      path: 'app/__init__.py',
      code: "app.config.from_mapping({'REMEMBER_COOKIE_SECURE': False})\n",
      findings: [
        { line: 1, column: 26, endColumn: 57, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "app.config.from_mapping({'REMEMBER_COOKIE_SECURE': True})\n" } },
      ],
    },
    {
      name: 'Django: set_cookie with secure and httponly off',
      path: 'accounts/views.py',
      code: `def login(request):
    response = HttpResponse()
    response.set_cookie('sessionid', key, secure=False, httponly=False)
    return response
`,
      findings: [
        { line: 3, column: 43, endColumn: 55, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `def login(request):
    response = HttpResponse()
    response.set_cookie('sessionid', key, secure=True, httponly=False)
    return response
` } },
        { line: 3, column: 57, endColumn: 71, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `def login(request):
    response = HttpResponse()
    response.set_cookie('sessionid', key, secure=False, httponly=True)
    return response
` } },
      ],
    },
    {
      name: 'Flask: set_cookie without secure (ordinary cookie)',
      path: 'app/views.py',
      code: "resp.set_cookie('theme', 'dark')\n",
      findings: [
        { line: 1, column: 1, endColumn: 16, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: "resp.set_cookie('theme', 'dark', secure=True)\n" } },
      ],
    },
    {
      name: 'Flask: set_cookie of a token without secure or httponly',
      path: 'app/views.py',
      code: "resp.set_cookie('token', access_token, max_age=3600)\n",
      findings: [
        { line: 1, column: 1, endColumn: 16, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "resp.set_cookie('token', access_token, max_age=3600, secure=True)\n" } },
        { line: 1, column: 1, endColumn: 16, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "resp.set_cookie('token', access_token, max_age=3600, httponly=True)\n" } },
      ],
    },
    {
      name: 'FastAPI: keyword arguments, SameSite None',
      path: 'app/main.py',
      code: "response.set_cookie(key='session', value=v, secure=False, httponly=True, samesite='none')\n",
      findings: [
        { line: 1, column: 45, endColumn: 57, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "response.set_cookie(key='session', value=v, secure=True, httponly=True, samesite='none')\n" } },
        { line: 1, column: 74, endColumn: 89, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "response.set_cookie(key='session', value=v, secure=False, httponly=True, samesite='Lax')\n" } },
      ],
    },
    {
      name: 'Django: secure as the seventh positional argument',
      path: 'accounts/views.py',
      code: "response.set_cookie('sid', sid, 3600, None, '/', None, False, True)\n",
      findings: [
        { line: 1, column: 56, endColumn: 61, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "response.set_cookie('sid', sid, 3600, None, '/', None, True, True)\n" } },
      ],
    },
    {
      name: 'multi-line call: the fix goes on a line of its own',
      path: 'app/views.py',
      code: `response.set_cookie(
    'auth',
    token,
    httponly=True,
)
`,
      findings: [
        { line: 1, column: 1, endColumn: 20, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `response.set_cookie(
    'auth',
    token,
    httponly=True,
    secure=True,
)
` } },
      ],
    },
    {
      name: 'Tornado: set_secure_cookie signs but does not mark Secure',
      path: 'app/handlers.py',
      code: `class Login(RequestHandler):
    def post(self):
        self.set_secure_cookie('user', name, httponly=True)
`,
      findings: [
        { line: 3, column: 9, endColumn: 31, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `class Login(RequestHandler):
    def post(self):
        self.set_secure_cookie('user', name, httponly=True, secure=True)
` } },
      ],
    },
    // Java
    {
      name: 'OWASP Benchmark style: setSecure(false) before addCookie',
      path: 'src/main/java/BenchmarkTest00087.java',
      code: `package org.owasp.benchmark.testcode;

public class BenchmarkTest00087 extends HttpServlet {
    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String str = request.getParameter("BenchmarkTest00087");
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SomeCookie", str);
        cookie.setSecure(false);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getRequestURI());
        response.addCookie(cookie);
    }
}
`,
      findings: [
        { line: 8, column: 9, endColumn: 32, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `package org.owasp.benchmark.testcode;

public class BenchmarkTest00087 extends HttpServlet {
    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String str = request.getParameter("BenchmarkTest00087");
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SomeCookie", str);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getRequestURI());
        response.addCookie(cookie);
    }
}
` } },
      ],
    },
    {
      name: 'new Cookie added with no setSecure in the function',
      path: 'src/main/java/Prefs.java',
      code: `import javax.servlet.http.Cookie;

class Prefs {
    void save(HttpServletResponse response, String theme) {
        Cookie cookie = new Cookie("theme", theme);
        cookie.setMaxAge(3600);
        response.addCookie(cookie);
    }
}
`,
      findings: [
        { line: 7, column: 9, endColumn: 27, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `import javax.servlet.http.Cookie;

class Prefs {
    void save(HttpServletResponse response, String theme) {
        Cookie cookie = new Cookie("theme", theme);
        cookie.setMaxAge(3600);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }
}
` } },
      ],
    },
    {
      name: 'session cookie with setSecure(false) and no setHttpOnly',
      path: 'src/main/java/Login.java',
      code: `import jakarta.servlet.http.Cookie;

class Login {
    void login(HttpServletResponse response, String id) {
        Cookie session = new Cookie("JSESSIONID", id);
        session.setSecure(false);
        response.addCookie(session);
    }
}
`,
      findings: [
        { line: 6, column: 9, endColumn: 33, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `import jakarta.servlet.http.Cookie;

class Login {
    void login(HttpServletResponse response, String id) {
        Cookie session = new Cookie("JSESSIONID", id);
        session.setSecure(true);
        response.addCookie(session);
    }
}
` } },
        { line: 7, column: 9, endColumn: 27, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `import jakarta.servlet.http.Cookie;

class Login {
    void login(HttpServletResponse response, String id) {
        Cookie session = new Cookie("JSESSIONID", id);
        session.setSecure(false);
        session.setHttpOnly(true);
        response.addCookie(session);
    }
}
` } },
      ],
    },
    {
      name: 'cookie created in the addCookie call',
      path: 'src/main/java/Lang.java',
      code: `class Lang {
    void set(HttpServletResponse response) {
        response.addCookie(new Cookie("lang", "en"));
    }
}
`,
      findings: [
        { line: 3, column: 9, endColumn: 27, message: SECURE_OTHER, severity: 'medium', fix: null },
      ],
    },
    {
      name: 'setSecure(true) after addCookie is too late',
      path: 'src/main/java/Late.java',
      code: `class Late {
    void set(HttpServletResponse response, String v) {
        Cookie c = new Cookie("tracking", v);
        response.addCookie(c);
        c.setSecure(true);
    }
}
`,
      findings: [
        { line: 4, column: 9, endColumn: 27, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `class Late {
    void set(HttpServletResponse response, String v) {
        Cookie c = new Cookie("tracking", v);
        c.setSecure(true);
        response.addCookie(c);
        c.setSecure(true);
    }
}
` } },
      ],
    },
    {
      name: 'setHttpOnly(false) on an authentication cookie',
      path: 'src/main/java/Auth.java',
      code: `class Auth {
    void set(HttpServletResponse response, String token) {
        Cookie auth = new Cookie("auth_token", token);
        auth.setSecure(true);
        auth.setHttpOnly(false);
        response.addCookie(auth);
    }
}
`,
      findings: [
        { line: 5, column: 9, endColumn: 32, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `class Auth {
    void set(HttpServletResponse response, String token) {
        Cookie auth = new Cookie("auth_token", token);
        auth.setSecure(true);
        auth.setHttpOnly(true);
        response.addCookie(auth);
    }
}
` } },
      ],
    },
    {
      name: 'cookie parameter whose type is Cookie',
      path: 'src/main/java/CookieUtil.java',
      code: `class CookieUtil {
    static void relax(Cookie c) {
        c.setSecure(false);
    }
}
`,
      findings: [
        { line: 3, column: 9, endColumn: 27, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `class CookieUtil {
    static void relax(Cookie c) {
        c.setSecure(true);
    }
}
` } },
      ],
    },
    {
      name: 'container session cookie configuration',
      path: 'src/main/java/Init.java',
      code: `class Init implements ServletContextListener {
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(false);
        SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
        config.setHttpOnly(false);
    }
}
`,
      findings: [
        { line: 3, column: 9, endColumn: 76, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `class Init implements ServletContextListener {
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(true);
        SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
        config.setHttpOnly(false);
    }
}
` } },
        { line: 5, column: 9, endColumn: 34, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `class Init implements ServletContextListener {
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(false);
        SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
        config.setHttpOnly(true);
    }
}
` } },
      ],
    },
    {
      name: 'Spring ResponseCookie with secure(false)',
      path: 'src/main/java/AuthController.java',
      code: `class AuthController {
    ResponseEntity<Void> login(String jwt) {
        ResponseCookie cookie = ResponseCookie.from("jwt", jwt).httpOnly(true).secure(false).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
`,
      findings: [
        { line: 3, column: 80, endColumn: 93, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `class AuthController {
    ResponseEntity<Void> login(String jwt) {
        ResponseCookie cookie = ResponseCookie.from("jwt", jwt).httpOnly(true).secure(true).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
` } },
      ],
    },
    {
      name: 'Spring ResponseCookie chain without secure',
      path: 'src/main/java/PrefsController.java',
      code: `class PrefsController {
    ResponseCookie theme(String value) {
        return ResponseCookie.from("theme", value)
            .path("/")
            .build();
    }
}
`,
      findings: [
        { line: 3, column: 16, endColumn: 35, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `class PrefsController {
    ResponseCookie theme(String value) {
        return ResponseCookie.from("theme", value).secure(true)
            .path("/")
            .build();
    }
}
` } },
      ],
    },
    {
      name: 'Spring ResponseCookie: session cookie without httpOnly, SameSite None',
      path: 'src/main/java/SsoController.java',
      code: `class SsoController {
    ResponseCookie session(String id) {
        return ResponseCookie.from("SESSION", id).secure(true).sameSite("None").build();
    }
}
`,
      findings: [
        { line: 3, column: 16, endColumn: 35, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `class SsoController {
    ResponseCookie session(String id) {
        return ResponseCookie.from("SESSION", id).httpOnly(true).secure(true).sameSite("None").build();
    }
}
` } },
        { line: 3, column: 64, endColumn: 80, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `class SsoController {
    ResponseCookie session(String id) {
        return ResponseCookie.from("SESSION", id).secure(true).sameSite("Lax").build();
    }
}
` } },
      ],
    },
    // C#
    {
      name: 'CookieOptions with Secure, HttpOnly and SameSite all weak, for an authentication cookie',
      path: 'Controllers/AccountController.cs',
      code: `using Microsoft.AspNetCore.Http;

public class AccountController : Controller
{
    public IActionResult Login(string token)
    {
        var options = new CookieOptions { Secure = false, HttpOnly = false, SameSite = SameSiteMode.None };
        Response.Cookies.Append("auth", token, options);
        return Ok();
    }
}
`,
      findings: [
        { line: 7, column: 43, endColumn: 57, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `using Microsoft.AspNetCore.Http;

public class AccountController : Controller
{
    public IActionResult Login(string token)
    {
        var options = new CookieOptions { Secure = true, HttpOnly = false, SameSite = SameSiteMode.None };
        Response.Cookies.Append("auth", token, options);
        return Ok();
    }
}
` } },
        { line: 7, column: 59, endColumn: 75, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `using Microsoft.AspNetCore.Http;

public class AccountController : Controller
{
    public IActionResult Login(string token)
    {
        var options = new CookieOptions { Secure = false, HttpOnly = true, SameSite = SameSiteMode.None };
        Response.Cookies.Append("auth", token, options);
        return Ok();
    }
}
` } },
        { line: 7, column: 77, endColumn: 105, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `using Microsoft.AspNetCore.Http;

public class AccountController : Controller
{
    public IActionResult Login(string token)
    {
        var options = new CookieOptions { Secure = false, HttpOnly = false, SameSite = SameSiteMode.Lax };
        Response.Cookies.Append("auth", token, options);
        return Ok();
    }
}
` } },
      ],
    },
    {
      name: 'Append with no options: session cookie',
      path: 'Controllers/SessionController.cs',
      code: `using Microsoft.AspNetCore.Http;

public class SessionController : Controller
{
    public void Start(string id) => Response.Cookies.Append(".AspNetCore.Session", id);
}
`,
      findings: [
        { line: 5, column: 37, endColumn: 60, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `using Microsoft.AspNetCore.Http;

public class SessionController : Controller
{
    public void Start(string id) => Response.Cookies.Append(".AspNetCore.Session", id, new CookieOptions { Secure = true, HttpOnly = true });
}
` } },
        { line: 5, column: 37, endColumn: 60, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `using Microsoft.AspNetCore.Http;

public class SessionController : Controller
{
    public void Start(string id) => Response.Cookies.Append(".AspNetCore.Session", id, new CookieOptions { Secure = true, HttpOnly = true });
}
` } },
      ],
    },
    {
      name: 'Append with no options: the fix names the type in full without the using',
      path: 'Controllers/PrefsController.cs',
      code: `public class PrefsController : Controller
{
    public void Theme() => HttpContext.Response.Cookies.Append("theme", "dark");
}
`,
      findings: [
        { line: 3, column: 28, endColumn: 63, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `public class PrefsController : Controller
{
    public void Theme() => HttpContext.Response.Cookies.Append("theme", "dark", new Microsoft.AspNetCore.Http.CookieOptions { Secure = true });
}
` } },
      ],
    },
    {
      name: 'CookieOptions written in place without Secure',
      path: 'Controllers/PrefsController.cs',
      code: `public class PrefsController : Controller
{
    public void Theme() => Response.Cookies.Append("theme", "dark", new CookieOptions { HttpOnly = true });
}
`,
      findings: [
        { line: 3, column: 69, endColumn: 86, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `public class PrefsController : Controller
{
    public void Theme() => Response.Cookies.Append("theme", "dark", new CookieOptions { HttpOnly = true, Secure = true });
}
` } },
      ],
    },
    {
      name: 'new CookieOptions() with no initializer for a token cookie',
      path: 'Controllers/TokenController.cs',
      code: `public class TokenController : Controller
{
    public void Issue(string jwt) => Response.Cookies.Append("access_token", jwt, new CookieOptions());
}
`,
      findings: [
        { line: 3, column: 83, endColumn: 100, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `public class TokenController : Controller
{
    public void Issue(string jwt) => Response.Cookies.Append("access_token", jwt, new CookieOptions() { Secure = true });
}
` } },
        { line: 3, column: 83, endColumn: 100, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `public class TokenController : Controller
{
    public void Issue(string jwt) => Response.Cookies.Append("access_token", jwt, new CookieOptions() { HttpOnly = true });
}
` } },
      ],
    },
    {
      name: 'options.HttpOnly = false later on a session cookie',
      path: 'Controllers/LoginController.cs',
      code: `public class LoginController : Controller
{
    public void Login(string sid)
    {
        var options = new CookieOptions { Secure = true };
        options.HttpOnly = false;
        Response.Cookies.Append("sessionid", sid, options);
    }
}
`,
      findings: [
        { line: 6, column: 9, endColumn: 33, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `public class LoginController : Controller
{
    public void Login(string sid)
    {
        var options = new CookieOptions { Secure = true };
        options.HttpOnly = true;
        Response.Cookies.Append("sessionid", sid, options);
    }
}
` } },
      ],
    },
    {
      name: 'authentication cookie SecurePolicy None',
      path: 'Startup.cs',
      code: `public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureApplicationCookie(options => { options.Cookie.SecurePolicy = CookieSecurePolicy.None; });
    }
}
`,
      findings: [
        { line: 5, column: 58, endColumn: 111, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureApplicationCookie(options => { options.Cookie.SecurePolicy = CookieSecurePolicy.Always; });
    }
}
` } },
      ],
    },
    {
      name: 'session cookie SecurePolicy SameAsRequest (medium) and HttpOnly false',
      path: 'Program.cs',
      code: `builder.Services.AddSession(options =>
{
    options.Cookie = new CookieBuilder { SecurePolicy = CookieSecurePolicy.SameAsRequest, HttpOnly = false };
});
`,
      findings: [
        { line: 3, column: 42, endColumn: 89, message: SECURE_ON_HTTPS, severity: 'medium', confidence: 'medium', fix: { title: 'Always mark the cookie Secure', output: `builder.Services.AddSession(options =>
{
    options.Cookie = new CookieBuilder { SecurePolicy = CookieSecurePolicy.Always, HttpOnly = false };
});
` } },
        { line: 3, column: 91, endColumn: 107, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `builder.Services.AddSession(options =>
{
    options.Cookie = new CookieBuilder { SecurePolicy = CookieSecurePolicy.SameAsRequest, HttpOnly = true };
});
` } },
      ],
    },
    {
      name: 'antiforgery cookie SameSite None',
      path: 'Program.cs',
      code: 'builder.Services.AddAntiforgery(options => options.Cookie.SameSite = SameSiteMode.None);\n',
      findings: [
        { line: 1, column: 44, endColumn: 87, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: 'builder.Services.AddAntiforgery(options => options.Cookie.SameSite = SameSiteMode.Lax);\n' } },
      ],
    },
    {
      name: 'classic ASP.NET HttpCookie with Secure = false',
      path: 'Login.aspx.cs',
      code: `public partial class Login : Page
{
    protected void SignIn(string id)
    {
        var cookie = new HttpCookie("ASP.NET_SessionId", id) { Secure = false, HttpOnly = true };
        Response.Cookies.Add(cookie);
    }
}
`,
      findings: [
        { line: 5, column: 64, endColumn: 78, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `public partial class Login : Page
{
    protected void SignIn(string id)
    {
        var cookie = new HttpCookie("ASP.NET_SessionId", id) { Secure = true, HttpOnly = true };
        Response.Cookies.Add(cookie);
    }
}
` } },
      ],
    },
    {
      name: 'classic ASP.NET HttpCookie left at its defaults (web.config may change them: medium confidence)',
      path: 'Prefs.aspx.cs',
      code: `public partial class Prefs : Page
{
    protected void Save()
    {
        var lang = new HttpCookie("lang", "en");
        Response.Cookies.Add(lang);
    }
}
`,
      findings: [
        { line: 5, column: 20, endColumn: 34, message: SECURE_OTHER, severity: 'medium', confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: `public partial class Prefs : Page
{
    protected void Save()
    {
        var lang = new HttpCookie("lang", "en") { Secure = true };
        Response.Cookies.Add(lang);
    }
}
` } },
      ],
    },
    {
      name: 'cookie object Secure = false later',
      path: 'Prefs.aspx.cs',
      code: `public partial class Prefs : Page
{
    protected void Save()
    {
        var lang = new HttpCookie("lang", "en") { Secure = true };
        lang.Secure = false;
        Response.Cookies.Add(lang);
    }
}
`,
      findings: [
        { line: 6, column: 9, endColumn: 28, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `public partial class Prefs : Page
{
    protected void Save()
    {
        var lang = new HttpCookie("lang", "en") { Secure = true };
        lang.Secure = true;
        Response.Cookies.Add(lang);
    }
}
` } },
      ],
    },
    // Go
    {
      name: 'http.Cookie with Secure and HttpOnly false',
      path: 'internal/web/login.go',
      code: `package web

import "net/http"

func login(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: false, HttpOnly: false})
}
`,
      findings: [
        { line: 6, column: 61, endColumn: 74, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `package web

import "net/http"

func login(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: false})
}
` } },
        { line: 6, column: 76, endColumn: 91, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `package web

import "net/http"

func login(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: false, HttpOnly: true})
}
` } },
      ],
    },
    {
      name: 'multi-line http.Cookie without Secure: the fix keeps gofmt alignment',
      path: 'internal/web/login.go',
      code: `package web

import "net/http"

func login(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "auth_token",
		Value:    token,
		Path:     "/",
		HttpOnly: true,
	})
}
`,
      findings: [
        { line: 6, column: 21, endColumn: 32, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `package web

import "net/http"

func login(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "auth_token",
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
	})
}
` } },
      ],
    },
    {
      name: 'multi-line http.Cookie whose short field names gofmt would realign: no fix',
      path: 'internal/web/prefs.go',
      code: `package web

import "net/http"

func prefs(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:  "theme",
		Value: "dark",
	})
}
`,
      findings: [
        { line: 6, column: 21, endColumn: 32, message: SECURE_OTHER, severity: 'medium', fix: null },
      ],
    },
    {
      name: 'one-line http.Cookie without Secure: no fix',
      path: 'internal/web/prefs.go',
      code: `package web

import "net/http"

func prefs(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en", HttpOnly: true})
}
`,
      findings: [
        { line: 6, column: 21, endColumn: 32, message: SECURE_OTHER, severity: 'medium', fix: null },
      ],
    },
    {
      name: 'SameSiteNoneMode on a session cookie',
      path: 'internal/web/sso.go',
      code: `package web

import "net/http"

func sso(w http.ResponseWriter, jwt string) {
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: jwt, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})
}
`,
      findings: [
        { line: 6, column: 88, endColumn: 119, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `package web

import "net/http"

func sso(w http.ResponseWriter, jwt string) {
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: jwt, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
` } },
      ],
    },
    {
      name: 'cookie variable with Secure = false afterwards',
      path: 'internal/web/prefs.go',
      code: `package web

import "net/http"

func prefs(w http.ResponseWriter) {
	cookie := &http.Cookie{Name: "lang", Value: "en", Secure: true}
	cookie.Secure = false
	http.SetCookie(w, cookie)
}
`,
      findings: [
        { line: 7, column: 2, endColumn: 23, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `package web

import "net/http"

func prefs(w http.ResponseWriter) {
	cookie := &http.Cookie{Name: "lang", Value: "en", Secure: true}
	cookie.Secure = true
	http.SetCookie(w, cookie)
}
` } },
      ],
    },
    {
      name: 'gorilla/sessions options without Secure or HttpOnly',
      path: 'internal/web/store.go',
      code: `package web

import "github.com/gorilla/sessions"

func configure(store *sessions.CookieStore) {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400,
		SameSite: 0,
	}
}
`,
      findings: [
        { line: 6, column: 19, endColumn: 35, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `package web

import "github.com/gorilla/sessions"

func configure(store *sessions.CookieStore) {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400,
		SameSite: 0,
		Secure:   true,
	}
}
` } },
        { line: 6, column: 19, endColumn: 35, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `package web

import "github.com/gorilla/sessions"

func configure(store *sessions.CookieStore) {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400,
		SameSite: 0,
		HttpOnly: true,
	}
}
` } },
      ],
    },
    {
      name: 'gorilla/sessions options changed in place',
      path: 'internal/web/store.go',
      code: `package web

func configure(session *sessions.Session) {
	session.Options.Secure = false
	session.Options.HttpOnly = false
}
`,
      findings: [
        { line: 4, column: 2, endColumn: 32, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `package web

func configure(session *sessions.Session) {
	session.Options.Secure = true
	session.Options.HttpOnly = false
}
` } },
        { line: 5, column: 2, endColumn: 34, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `package web

func configure(session *sessions.Session) {
	session.Options.Secure = false
	session.Options.HttpOnly = true
}
` } },
      ],
    },
    {
      name: 'Gin SetCookie with secure false',
      path: 'internal/api/auth.go',
      code: `package api

func login(c *gin.Context, token string) {
	c.SetCookie("token", token, 3600, "/", "", false, true)
}
`,
      findings: [
        { line: 4, column: 45, endColumn: 50, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `package api

func login(c *gin.Context, token string) {
	c.SetCookie("token", token, 3600, "/", "", true, true)
}
` } },
      ],
    },
    {
      name: 'gorilla/csrf Secure(false)',
      path: 'cmd/server/main.go',
      code: `package main

import (
	"net/http"

	"github.com/gorilla/csrf"
)

func main() {
	http.ListenAndServe(":8000", csrf.Protect(key, csrf.Secure(false))(router))
}
`,
      findings: [
        { line: 10, column: 49, endColumn: 67, message: SECURE_CSRF, fix: { title: 'Mark the cookie Secure', output: `package main

import (
	"net/http"

	"github.com/gorilla/csrf"
)

func main() {
	http.ListenAndServe(":8000", csrf.Protect(key, csrf.Secure(true))(router))
}
` } },
      ],
    },
    // PHP
    {
      name: 'setcookie of the session id with no attributes',
      path: 'public/login.php',
      code: `<?php
setcookie('PHPSESSID', $id);
`,
      findings: [
        { line: 2, column: 1, endColumn: 10, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
setcookie('PHPSESSID', $id, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
` } },
        { line: 2, column: 1, endColumn: 10, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
setcookie('PHPSESSID', $id, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
` } },
      ],
    },
    {
      name: 'setcookie of an ordinary cookie with no attributes (medium)',
      path: 'public/prefs.php',
      code: `<?php
setcookie('lang', 'en');
`,
      findings: [
        { line: 2, column: 1, endColumn: 10, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `<?php
setcookie('lang', 'en', ['secure' => true]);
` } },
      ],
    },
    {
      name: 'positional secure and httponly false',
      path: 'public/login.php',
      code: `<?php
setcookie('sid', $sid, time() + 3600, '/', '', false, false);
`,
      findings: [
        { line: 2, column: 48, endColumn: 53, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
setcookie('sid', $sid, time() + 3600, '/', '', true, false);
` } },
        { line: 2, column: 55, endColumn: 60, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
setcookie('sid', $sid, time() + 3600, '/', '', false, true);
` } },
      ],
    },
    {
      name: 'positional form stopping before secure: no fix',
      path: 'public/login.php',
      code: `<?php
setcookie('remember_me', $token, time() + 86400 * 30, '/');
`,
      findings: [
        { line: 2, column: 1, endColumn: 10, message: SECURE_SESSION, fix: null },
        { line: 2, column: 1, endColumn: 10, message: HTTP_ONLY, severity: 'medium', fix: null },
      ],
    },
    {
      name: 'options array: secure false, samesite None, httponly left out',
      path: 'src/Auth.php',
      code: `<?php
setcookie('auth', $token, ['expires' => 0, 'secure' => false, 'samesite' => 'None']);
`,
      findings: [
        { line: 2, column: 1, endColumn: 10, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
setcookie('auth', $token, ['expires' => 0, 'secure' => false, 'samesite' => 'None', 'httponly' => true]);
` } },
        { line: 2, column: 44, endColumn: 61, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
setcookie('auth', $token, ['expires' => 0, 'secure' => true, 'samesite' => 'None']);
` } },
        { line: 2, column: 63, endColumn: 83, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `<?php
setcookie('auth', $token, ['expires' => 0, 'secure' => false, 'samesite' => 'Lax']);
` } },
      ],
    },
    {
      name: 'options array in a variable, multi-line, without secure',
      path: 'src/Prefs.php',
      code: `<?php
$options = [
    'expires' => time() + 3600,
    'path' => '/',
];
setcookie('theme', $theme, $options);
`,
      findings: [
        { line: 6, column: 1, endColumn: 10, message: SECURE_OTHER, severity: 'medium', fix: { title: 'Mark the cookie Secure', output: `<?php
$options = [
    'expires' => time() + 3600,
    'path' => '/',
    'secure' => true,
];
setcookie('theme', $theme, $options);
` } },
      ],
    },
    {
      name: 'named argument secure: false on the session cookie',
      path: 'src/Session.php',
      code: `<?php
setcookie(session_name(), session_id(), secure: false, httponly: true);
`,
      findings: [
        { line: 2, column: 41, endColumn: 54, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
setcookie(session_name(), session_id(), secure: true, httponly: true);
` } },
      ],
    },
    {
      name: 'session_set_cookie_params positional false',
      path: 'src/bootstrap.php',
      code: `<?php
session_set_cookie_params(0, '/', '', false, false);
`,
      findings: [
        { line: 2, column: 39, endColumn: 44, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
session_set_cookie_params(0, '/', '', true, false);
` } },
        { line: 2, column: 46, endColumn: 51, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
session_set_cookie_params(0, '/', '', false, true);
` } },
      ],
    },
    {
      name: 'session_set_cookie_params array without secure (php.ini may set it: medium confidence)',
      path: 'src/bootstrap.php',
      code: `<?php
session_set_cookie_params(['lifetime' => 0, 'httponly' => true, 'samesite' => 'Lax']);
`,
      findings: [
        { line: 2, column: 1, endColumn: 26, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: `<?php
session_set_cookie_params(['lifetime' => 0, 'httponly' => true, 'samesite' => 'Lax', 'secure' => true]);
` } },
      ],
    },
    {
      name: 'session_set_cookie_params stopping before secure',
      path: 'src/bootstrap.php',
      code: `<?php
session_set_cookie_params(3600, '/', 'example.gov.uk');
`,
      findings: [
        { line: 2, column: 1, endColumn: 26, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: `<?php
session_set_cookie_params(3600, '/', 'example.gov.uk', true);
` } },
        { line: 2, column: 1, endColumn: 26, message: HTTP_ONLY, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'ini_set of the session cookie flags',
      path: 'src/bootstrap.php',
      code: `<?php
ini_set('session.cookie_secure', '0');
ini_set('session.cookie_httponly', 0);
ini_set('session.cookie_samesite', 'None');
`,
      findings: [
        { line: 2, column: 9, endColumn: 37, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
ini_set('session.cookie_secure', '1');
ini_set('session.cookie_httponly', 0);
ini_set('session.cookie_samesite', 'None');
` } },
        { line: 3, column: 9, endColumn: 37, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
ini_set('session.cookie_secure', '0');
ini_set('session.cookie_httponly', 1);
ini_set('session.cookie_samesite', 'None');
` } },
        { line: 4, column: 9, endColumn: 42, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `<?php
ini_set('session.cookie_secure', '0');
ini_set('session.cookie_httponly', 0);
ini_set('session.cookie_samesite', 'Lax');
` } },
      ],
    },
    {
      name: 'session_start options',
      path: 'src/bootstrap.php',
      code: `<?php
session_start(['cookie_secure' => false, 'cookie_httponly' => '0']);
`,
      findings: [
        { line: 2, column: 16, endColumn: 40, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php
session_start(['cookie_secure' => true, 'cookie_httponly' => '0']);
` } },
        { line: 2, column: 42, endColumn: 66, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php
session_start(['cookie_secure' => false, 'cookie_httponly' => '1']);
` } },
      ],
    },
    {
      name: 'Laravel config/session.php',
      path: 'config/session.php',
      code: `<?php

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'secure' => false,
    'http_only' => false,
    'same_site' => null,
];
`,
      findings: [
        { line: 5, column: 5, endColumn: 22, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<?php

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'secure' => true,
    'http_only' => false,
    'same_site' => null,
];
` } },
        { line: 6, column: 5, endColumn: 25, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<?php

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'secure' => false,
    'http_only' => true,
    'same_site' => null,
];
` } },
        { line: 7, column: 5, endColumn: 24, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `<?php

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'secure' => false,
    'http_only' => false,
    'same_site' => 'Lax',
];
` } },
      ],
    },
    // Ruby
    {
      name: 'Rails: secure false on an authentication cookie without httponly',
      path: 'app/controllers/sessions_controller.rb',
      code: 'cookies[:auth] = { value: token, secure: false }\n',
      findings: [
        { line: 1, column: 1, endColumn: 15, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: 'cookies[:auth] = { value: token, secure: false, httponly: true }\n' } },
        { line: 1, column: 34, endColumn: 47, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: 'cookies[:auth] = { value: token, secure: true }\n' } },
      ],
    },
    {
      name: 'Rails: plain assignment of a remember-me cookie',
      path: 'app/controllers/sessions_controller.rb',
      code: 'cookies[:remember] = user.remember_token\n',
      findings: [
        { line: 1, column: 1, endColumn: 19, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: 'cookies[:remember] = { value: user.remember_token, secure: true, httponly: true }\n' } },
        { line: 1, column: 1, endColumn: 19, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: 'cookies[:remember] = { value: user.remember_token, secure: true, httponly: true }\n' } },
      ],
    },
    {
      name: 'Rails: plain assignment of an ordinary cookie (force_ssl may add Secure: medium)',
      path: 'app/controllers/prefs_controller.rb',
      code: "cookies[:theme] = 'dark'\n",
      findings: [
        { line: 1, column: 1, endColumn: 16, message: SECURE_OTHER, severity: 'medium', confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: "cookies[:theme] = { value: 'dark', secure: true }\n" } },
      ],
    },
    {
      name: 'Rails: permanent signed jar, hash without secure',
      path: 'app/controllers/sessions_controller.rb',
      code: 'cookies.permanent.signed[:remember_token] = { value: token, httponly: true }\n',
      findings: [
        { line: 1, column: 1, endColumn: 42, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: 'cookies.permanent.signed[:remember_token] = { value: token, httponly: true, secure: true }\n' } },
      ],
    },
    {
      name: 'Rails: same_site none',
      path: 'app/controllers/sso_controller.rb',
      code: 'cookies.encrypted[:_session] = { value: id, secure: true, httponly: true, same_site: :none }\n',
      findings: [
        { line: 1, column: 75, endColumn: 91, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: 'cookies.encrypted[:_session] = { value: id, secure: true, httponly: true, same_site: :lax }\n' } },
      ],
    },
    {
      name: 'Rails: multi-line hash without secure',
      path: 'app/controllers/api_controller.rb',
      code: `cookies[:jwt] = {
  value: token,
  httponly: true,
}
`,
      findings: [
        { line: 1, column: 1, endColumn: 14, message: SECURE_SESSION, confidence: 'medium', fix: { title: 'Mark the cookie Secure', output: `cookies[:jwt] = {
  value: token,
  httponly: true,
  secure: true,
}
` } },
      ],
    },
    {
      name: 'Rails: cookie store with secure false and same_site none',
      path: 'config/initializers/session_store.rb',
      code: "Rails.application.config.session_store :cookie_store, key: '_app_session', secure: false, same_site: :none\n",
      findings: [
        { line: 1, column: 76, endColumn: 89, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "Rails.application.config.session_store :cookie_store, key: '_app_session', secure: true, same_site: :none\n" } },
        { line: 1, column: 91, endColumn: 107, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: "Rails.application.config.session_store :cookie_store, key: '_app_session', secure: false, same_site: :lax\n" } },
      ],
    },
    {
      name: 'Rails: SameSite none for every cookie',
      path: 'config/application.rb',
      code: 'config.action_dispatch.cookies_same_site_protection = :none\n',
      findings: [
        { line: 1, column: 1, endColumn: 60, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: 'config.action_dispatch.cookies_same_site_protection = :lax\n' } },
      ],
    },
    {
      name: 'Rack: session cookie with httponly false',
      path: 'app/server.rb',
      code: "use Rack::Session::Cookie, key: 'rack.session', secret: ENV['SECRET'], httponly: false\n",
      findings: [
        { line: 1, column: 72, endColumn: 87, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: "use Rack::Session::Cookie, key: 'rack.session', secret: ENV['SECRET'], httponly: true\n" } },
      ],
    },
    {
      name: 'Rack: set_cookie with secure false',
      path: 'app.rb',
      code: "response.set_cookie('sid', { value: id, secure: false, httponly: true })\n",
      findings: [
        { line: 1, column: 41, endColumn: 54, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: "response.set_cookie('sid', { value: id, secure: true, httponly: true })\n" } },
      ],
    },
    {
      name: 'Rails development environment: low confidence',
      path: 'config/environments/development.rb',
      code: 'Rails.application.config.session_store :cookie_store, secure: false\n',
      findings: [
        { line: 1, column: 55, endColumn: 68, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: 'Rails.application.config.session_store :cookie_store, secure: true\n' } },
      ],
    },
    // Configuration files
    {
      name: 'Spring Boot properties: secure false',
      path: 'src/main/resources/application.properties',
      code: 'server.servlet.session.cookie.secure=false\n',
      findings: [
        { line: 1, column: 1, endColumn: 43, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: 'server.servlet.session.cookie.secure=true\n' } },
      ],
    },
    {
      name: 'Spring Boot properties: http-only false and same-site none',
      path: 'src/main/resources/application.properties',
      code: `server.servlet.session.cookie.http-only = false
server.servlet.session.cookie.same-site: none
`,
      findings: [
        { line: 1, column: 1, endColumn: 48, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `server.servlet.session.cookie.http-only = true
server.servlet.session.cookie.same-site: none
` } },
        { line: 2, column: 1, endColumn: 46, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `server.servlet.session.cookie.http-only = false
server.servlet.session.cookie.same-site: lax
` } },
      ],
    },
    {
      name: 'Spring Boot properties: reactive session cookie, relaxed key spelling',
      path: 'src/main/resources/application.properties',
      code: 'server.reactive.session.cookie.httpOnly=FALSE\n',
      findings: [
        { line: 1, column: 1, endColumn: 46, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: 'server.reactive.session.cookie.httpOnly=TRUE\n' } },
      ],
    },
    {
      name: 'Spring Boot properties: development profile, low confidence',
      path: 'src/main/resources/application-dev.properties',
      code: 'server.servlet.session.cookie.secure=false\n',
      findings: [
        { line: 1, column: 1, endColumn: 43, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: 'server.servlet.session.cookie.secure=true\n' } },
      ],
    },
    {
      name: 'Spring Boot YAML: nested keys',
      path: 'src/main/resources/application.yml',
      code: `server:
  servlet:
    session:
      cookie:
        secure: false
        http-only: "false"
`,
      findings: [
        { line: 5, column: 9, endColumn: 22, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `server:
  servlet:
    session:
      cookie:
        secure: true
        http-only: "false"
` } },
        { line: 6, column: 9, endColumn: 27, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `server:
  servlet:
    session:
      cookie:
        secure: false
        http-only: "true"
` } },
      ],
    },
    {
      name: 'Spring Boot YAML: dotted key',
      path: 'src/main/resources/application.yaml',
      code: 'server.servlet.session.cookie.same-site: None\n',
      findings: [
        { line: 1, column: 1, endColumn: 46, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: 'server.servlet.session.cookie.same-site: Lax\n' } },
      ],
    },
    {
      name: 'Symfony framework.yaml: cookie_secure false and cookie_samesite null',
      path: 'config/packages/framework.yaml',
      code: `framework:
  session:
    cookie_secure: false
    cookie_samesite: null
`,
      findings: [
        { line: 3, column: 5, endColumn: 25, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `framework:
  session:
    cookie_secure: true
    cookie_samesite: null
` } },
        { line: 4, column: 5, endColumn: 26, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `framework:
  session:
    cookie_secure: false
    cookie_samesite: lax
` } },
      ],
    },
    {
      name: 'Symfony when@dev block: low confidence',
      path: 'config/packages/framework.yaml',
      code: `when@dev:
  framework:
    session:
      cookie_secure: false
`,
      findings: [
        { line: 4, column: 7, endColumn: 27, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: `when@dev:
  framework:
    session:
      cookie_secure: true
` } },
      ],
    },
    {
      name: 'web.config httpCookies',
      path: 'web.config',
      code: `<configuration>
  <system.web>
    <httpCookies requireSSL="false" httpOnlyCookies="false" />
  </system.web>
</configuration>
`,
      findings: [
        { line: 3, column: 18, endColumn: 36, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<configuration>
  <system.web>
    <httpCookies requireSSL="true" httpOnlyCookies="false" />
  </system.web>
</configuration>
` } },
        { line: 3, column: 37, endColumn: 60, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<configuration>
  <system.web>
    <httpCookies requireSSL="false" httpOnlyCookies="true" />
  </system.web>
</configuration>
` } },
      ],
    },
    {
      name: 'web.config forms authentication and session state',
      path: 'Web.config',
      code: `<configuration>
  <system.web>
    <authentication mode="Forms">
      <forms loginUrl="~/login" requireSSL="false" />
    </authentication>
    <sessionState cookieSameSite="None" />
  </system.web>
</configuration>
`,
      findings: [
        { line: 4, column: 33, endColumn: 51, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<configuration>
  <system.web>
    <authentication mode="Forms">
      <forms loginUrl="~/login" requireSSL="true" />
    </authentication>
    <sessionState cookieSameSite="None" />
  </system.web>
</configuration>
` } },
        { line: 6, column: 19, endColumn: 40, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `<configuration>
  <system.web>
    <authentication mode="Forms">
      <forms loginUrl="~/login" requireSSL="false" />
    </authentication>
    <sessionState cookieSameSite="Lax" />
  </system.web>
</configuration>
` } },
      ],
    },
    {
      name: 'web.xml session cookie-config',
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>
  <session-config>
    <cookie-config>
      <secure>false</secure>
      <http-only>false</http-only>
    </cookie-config>
  </session-config>
</web-app>
`,
      findings: [
        { line: 4, column: 7, endColumn: 29, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `<web-app>
  <session-config>
    <cookie-config>
      <secure>true</secure>
      <http-only>false</http-only>
    </cookie-config>
  </session-config>
</web-app>
` } },
        { line: 5, column: 7, endColumn: 35, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<web-app>
  <session-config>
    <cookie-config>
      <secure>false</secure>
      <http-only>true</http-only>
    </cookie-config>
  </session-config>
</web-app>
` } },
      ],
    },
    {
      name: 'Tomcat context.xml useHttpOnly false',
      path: 'META-INF/context.xml',
      code: `<Context useHttpOnly="false">
  <CookieProcessor sameSiteCookies="none" />
</Context>
`,
      findings: [
        { line: 1, column: 10, endColumn: 29, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `<Context useHttpOnly="true">
  <CookieProcessor sameSiteCookies="none" />
</Context>
` } },
        { line: 2, column: 20, endColumn: 42, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `<Context useHttpOnly="false">
  <CookieProcessor sameSiteCookies="lax" />
</Context>
` } },
      ],
    },
    {
      name: 'php.ini: Off, 0 and "None"',
      path: 'docker/php/php.ini',
      code: `[Session]
session.cookie_secure = Off
session.cookie_httponly = 0
session.cookie_samesite = "None"
`,
      findings: [
        { line: 2, column: 1, endColumn: 28, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `[Session]
session.cookie_secure = On
session.cookie_httponly = 0
session.cookie_samesite = "None"
` } },
        { line: 3, column: 1, endColumn: 28, message: HTTP_ONLY, severity: 'medium', fix: { title: 'Mark the cookie HttpOnly', output: `[Session]
session.cookie_secure = Off
session.cookie_httponly = 1
session.cookie_samesite = "None"
` } },
        { line: 4, column: 1, endColumn: 33, message: SAME_SITE, severity: 'medium', fix: { title: 'Set SameSite to Lax', output: `[Session]
session.cookie_secure = Off
session.cookie_httponly = 0
session.cookie_samesite = "Lax"
` } },
      ],
    },
    {
      name: 'php.ini: empty value turns the flag off (no fix)',
      path: 'conf.d/session.ini',
      code: 'session.cookie_secure =\n',
      findings: [
        { line: 1, column: 1, endColumn: 24, message: SECURE_SESSION, fix: null },
      ],
    },
    {
      name: 'Laravel .env: SESSION_SECURE_COOKIE=false',
      path: '.env.production',
      code: `APP_ENV=production
SESSION_SECURE_COOKIE=false
`,
      findings: [
        { line: 2, column: 1, endColumn: 28, message: SECURE_SESSION, fix: { title: 'Mark the cookie Secure', output: `APP_ENV=production
SESSION_SECURE_COOKIE=true
` } },
      ],
    },
    {
      name: 'Laravel .env.local: low confidence',
      path: '.env.local',
      code: 'SESSION_SECURE_COOKIE=false\n',
      findings: [
        { line: 1, column: 1, endColumn: 28, message: SECURE_SESSION, confidence: 'low', fix: { title: 'Mark the cookie Secure', output: 'SESSION_SECURE_COOKIE=true\n' } },
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'Secure and HttpOnly on',
      path: 'src/login.js',
      code: "res.cookie('sid', token, { secure: true, httpOnly: true, sameSite: 'lax' });\n",
    },
    {
      name: 'Secure decided by the environment: unknown value',
      path: 'src/login.js',
      code: "res.cookie('sid', token, { secure: process.env.NODE_ENV === 'production', httpOnly: true });\n",
    },
    {
      name: 'non-session cookie with Secure but without HttpOnly',
      path: 'src/prefs.js',
      code: "res.cookie('theme', 'dark', { secure: true });\n",
    },
    {
      name: 'shorthand secure property',
      path: 'src/prefs.js',
      code: `const secure = isProduction();
res.cookie('theme', 'dark', { secure });
`,
    },
    {
      name: 'options spread from defaults',
      path: 'src/login.js',
      code: "res.cookie('sid', token, { ...cookieDefaults, maxAge: 1000 });\n",
    },
    {
      name: 'options from a function',
      path: 'src/login.js',
      code: "res.cookie('sid', token, cookieOptions(req));\n",
    },
    {
      name: 'reading and clearing cookies',
      path: 'src/logout.js',
      code: `const sid = req.cookies.sid;
res.clearCookie('sid');
`,
    },
    {
      name: 'comment is not code',
      path: 'src/login.js',
      code: `// res.cookie('sid', token, { secure: false });
res.send('ok');
`,
    },
    {
      name: 'string is not code',
      path: 'src/docs.js',
      code: "const example = \"res.cookie('sid', token)\";\n",
    },
    {
      name: 'express-session: secure auto follows the connection',
      path: 'src/app.js',
      code: `const session = require('express-session');
app.use(session({ secret, cookie: { secure: 'auto' } }));
`,
    },
    {
      name: 'express-session: options spread in',
      path: 'src/app.js',
      code: `const session = require('express-session');
app.use(session({ ...sessionConfig }));
`,
    },
    {
      name: 'cookie-session: Secure follows the connection when left out',
      path: 'src/app.js',
      code: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys }));
`,
    },
    {
      name: 'Koa: ctx.cookies.set without options follows the connection',
      path: 'src/koa.js',
      code: "ctx.cookies.set('koa.sess', id);\n",
    },
    {
      name: 'Next.js: Secure and HttpOnly on',
      path: 'app/actions.ts',
      code: `import { cookies } from 'next/headers';
export async function f() {
  (await cookies()).set('session', token, { secure: true, httpOnly: true });
  (await cookies()).get('session');
  (await cookies()).delete('session');
}
`,
    },
    {
      name: 'document.cookie with Secure, a deletion, and a read',
      path: 'public/app.js',
      code: `document.cookie = \`sid=\${token}; Secure; SameSite=Strict\`;
document.cookie = 'sid=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
const all = document.cookie.split('; ');
`,
    },
    {
      name: 'document.cookie built elsewhere',
      path: 'public/app.js',
      code: `document.cookie = buildCookie(name, value);
document.cookie = 'sid=' + token + attributes;
`,
    },
    {
      name: 'js-cookie with secure',
      path: 'src/consent.js',
      code: `import Cookies from 'js-cookie';
Cookies.set('consent', 'yes', { secure: true });
`,
    },
    {
      name: 'Set-Cookie header with Secure and HttpOnly',
      path: 'src/raw.js',
      code: "res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; HttpOnly`);\n",
    },
    {
      name: 'request Cookie header is not Set-Cookie',
      path: 'test/api.test.js',
      code: "await request(app).get('/').set('Cookie', 'sid=abc');\n",
    },
    // Python
    {
      name: 'settings turned on',
      path: 'mysite/settings.py',
      code: `SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = 'Lax'
`,
    },
    {
      name: 'setting from the environment',
      path: 'mysite/settings.py',
      code: `SESSION_COOKIE_SECURE = os.environ.get('COOKIE_SECURE', 'true') == 'true'
CSRF_COOKIE_SECURE = not DEBUG
`,
    },
    {
      name: 'CSRF_COOKIE_HTTPONLY is off by design (scripts read the token)',
      path: 'mysite/settings.py',
      code: 'CSRF_COOKIE_HTTPONLY = False\n',
    },
    {
      name: 'override_settings in a test',
      path: 'accounts/tests.py',
      code: `@override_settings(SESSION_COOKIE_SECURE=False)
def test_plain_http(self):
    pass
`,
    },
    {
      name: 'ordinary cookie with secure but without httponly',
      path: 'app/views.py',
      code: "resp.set_cookie('theme', 'dark', secure=True)\n",
    },
    {
      name: 'session cookie with every attribute',
      path: 'app/views.py',
      code: "resp.set_cookie('session', sid, secure=True, httponly=True, samesite='Lax')\n",
    },
    {
      name: 'secure from settings',
      path: 'app/views.py',
      code: "resp.set_cookie('sessionid', sid, secure=settings.SESSION_COOKIE_SECURE, httponly=True)\n",
    },
    {
      name: 'options passed as **kwargs',
      path: 'app/views.py',
      code: "resp.set_cookie('sessionid', sid, **COOKIE_OPTIONS)\n",
    },
    {
      name: 'reading and deleting cookies',
      path: 'app/views.py',
      code: `sid = request.COOKIES.get('sessionid')
response.delete_cookie('sessionid')
`,
    },
    {
      name: 'comment and docstring are not code',
      path: 'app/views.py',
      code: `"""Call response.set_cookie('sid', v) only over HTTPS."""
# SESSION_COOKIE_SECURE = False
`,
    },
    {
      name: 'a set_cookie function of its own',
      path: 'app/helpers.py',
      code: "set_cookie('sid', value)\n",
    },
    {
      name: 'client-side cookie jar storing a received Cookie object sets no response cookie',
      path: 'client/session.py',
      code: `import copy
from http.cookiejar import CookieJar

def merge_jars(target: CookieJar, source: CookieJar) -> CookieJar:
    for cookie in source:
        target.set_cookie(copy.copy(cookie))
    return target
`,
    },
    // Java
    {
      name: 'OWASP Benchmark style: setSecure(true) before addCookie',
      path: 'src/main/java/BenchmarkTest00088.java',
      code: `package org.owasp.benchmark.testcode;

public class BenchmarkTest00087 extends HttpServlet {
    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String str = request.getParameter("BenchmarkTest00087");
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SomeCookie", str);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getRequestURI());
        response.addCookie(cookie);
    }
}
`,
    },
    {
      name: 'session cookie with Secure and HttpOnly',
      path: 'src/main/java/Login.java',
      code: `class Login {
    void login(HttpServletResponse response, String id) {
        Cookie c = new Cookie("JSESSIONID", id);
        c.setSecure(true);
        c.setHttpOnly(true);
        response.addCookie(c);
    }
}
`,
    },
    {
      name: 'Secure decided at run time',
      path: 'src/main/java/Prefs.java',
      code: `class Prefs {
    void save(HttpServletRequest request, HttpServletResponse response) {
        Cookie c = new Cookie("theme", "dark");
        c.setSecure(request.isSecure());
        response.addCookie(c);
    }
}
`,
    },
    {
      name: 'cookie made by a helper the file cannot see into',
      path: 'src/main/java/Prefs.java',
      code: `class Prefs {
    void save(HttpServletResponse response) {
        Cookie c = cookies.create("theme", "dark");
        response.addCookie(c);
    }
}
`,
    },
    {
      name: 'Tomcat connector setSecure is not a cookie',
      path: 'src/main/java/ServerConfig.java',
      code: `class ServerConfig {
    void customize(Connector connector) {
        connector.setSecure(false);
        connector.setScheme("http");
    }
}
`,
    },
    {
      name: 'ResponseCookie with every attribute, and a builder kept for later',
      path: 'src/main/java/AuthController.java',
      code: `class AuthController {
    ResponseCookie login(String jwt) {
        ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("refresh", jwt);
        return ResponseCookie.from("jwt", jwt).secure(true).httpOnly(true).sameSite("Strict").build();
    }
}
`,
    },
    {
      name: 'reading cookies and a comment',
      path: 'src/main/java/Reader.java',
      code: `class Reader {
    String read(HttpServletRequest request) {
        // cookie.setSecure(false) would be wrong here
        Cookie[] cookies = request.getCookies();
        return cookies[0].getValue();
    }
}
`,
    },
    // C#
    {
      name: 'CookieOptions with every attribute',
      path: 'Controllers/AccountController.cs',
      code: 'Response.Cookies.Append("auth", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });\n',
    },
    {
      name: 'options set after creation',
      path: 'Controllers/AccountController.cs',
      code: `public class A : Controller
{
    public void Login(string token)
    {
        var options = new CookieOptions();
        options.Secure = true;
        options.HttpOnly = true;
        Response.Cookies.Append("auth", token, options);
    }
}
`,
    },
    {
      name: 'options only used to delete a cookie',
      path: 'Controllers/AccountController.cs',
      code: 'Response.Cookies.Delete("auth", new CookieOptions { Path = "/" });\n',
    },
    {
      name: 'non-session cookie with Secure but without HttpOnly',
      path: 'Controllers/PrefsController.cs',
      code: 'Response.Cookies.Append("theme", "dark", new CookieOptions { Secure = true });\n',
    },
    {
      name: 'SecurePolicy Always and reading a cookie',
      path: 'Startup.cs',
      code: `services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
var auth = Request.Cookies["auth"];
`,
    },
    {
      name: 'options from elsewhere',
      path: 'Controllers/AccountController.cs',
      code: 'Response.Cookies.Append("auth", token, _cookieOptions);\n',
    },
    {
      name: 'comment is not code',
      path: 'Startup.cs',
      code: `// options.Cookie.SecurePolicy = CookieSecurePolicy.None;
services.AddSession();
`,
    },
    // Go
    {
      name: 'every attribute set',
      path: 'internal/web/login.go',
      code: `package web

import "net/http"

func login(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
`,
    },
    {
      name: 'Secure set on the variable afterwards',
      path: 'internal/web/prefs.go',
      code: `package web

import "net/http"

func prefs(w http.ResponseWriter) {
	c := http.Cookie{Name: "lang", Value: "en"}
	c.Secure = true
	http.SetCookie(w, &c)
}
`,
    },
    {
      name: 'client-side cookies on a request and in a jar',
      path: 'internal/client/client.go',
      code: `package client

import "net/http"

func call(req *http.Request, jar http.CookieJar, token string) {
	req.AddCookie(&http.Cookie{Name: "session", Value: token})
	jar.SetCookies(u, []*http.Cookie{&http.Cookie{Name: "session", Value: token}})
}
`,
    },
    {
      name: 'reading a cookie, Gin with both flags, and a comment',
      path: 'internal/api/auth.go',
      code: `package api

func handler(c *gin.Context, r *http.Request) {
	// http.Cookie{Name: "session", Secure: false}
	cookie, _ := r.Cookie("session")
	c.SetCookie("token", cookie.Value, 3600, "/", "", true, true)
}
`,
    },
    {
      name: 'Secure from configuration',
      path: 'internal/web/login.go',
      code: `package web

import "net/http"

func login(w http.ResponseWriter, id string, cfg Config) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: cfg.Secure, HttpOnly: true})
}
`,
    },
    // PHP
    {
      name: 'options array with every attribute',
      path: 'src/Auth.php',
      code: `<?php
setcookie('auth', $token, ['expires' => 0, 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
`,
    },
    {
      name: 'positional form with secure and httponly',
      path: 'src/Auth.php',
      code: `<?php
setcookie('sid', $sid, 0, '/', '', true, true);
setcookie('lang', 'en', 0, '/', '', true);
`,
    },
    {
      name: 'deleting a cookie',
      path: 'src/Logout.php',
      code: `<?php
setcookie('PHPSESSID', '', time() - 3600, '/');
`,
    },
    {
      name: 'options the file cannot see',
      path: 'src/Prefs.php',
      code: `<?php
function save(array $options) {
    setcookie('theme', 'dark', $options);
    setcookie('sid', $sid, ...$arguments);
}
`,
    },
    {
      name: 'session settings turned on, and reading $_COOKIE',
      path: 'src/bootstrap.php',
      code: `<?php
ini_set('session.cookie_secure', '1');
session_set_cookie_params(['secure' => true, 'httponly' => true]);
$sid = $_COOKIE['PHPSESSID'] ?? null;
`,
    },
    {
      name: 'Laravel config/session.php from the environment',
      path: 'config/session.php',
      code: `<?php

return [
    'secure' => env('SESSION_SECURE_COOKIE'),
    'http_only' => true,
    'same_site' => 'lax',
];
`,
    },
    {
      name: "a 'secure' key outside config/session.php",
      path: 'config/database.php',
      code: `<?php

return ['redis' => ['secure' => false]];
`,
    },
    {
      name: 'comment is not code',
      path: 'public/index.php',
      code: `<?php
// setcookie('PHPSESSID', $id);
echo 'ok';
`,
    },
    // Ruby
    {
      name: 'every attribute set',
      path: 'app/controllers/sessions_controller.rb',
      code: 'cookies.signed[:auth] = { value: token, secure: true, httponly: true, same_site: :lax }\n',
    },
    {
      name: 'ordinary cookie with secure, without httponly',
      path: 'app/controllers/prefs_controller.rb',
      code: "cookies[:theme] = { value: 'dark', secure: true }\n",
    },
    {
      name: 'reading and deleting cookies',
      path: 'app/controllers/sessions_controller.rb',
      code: `token = cookies.signed[:auth]
cookies.delete(:auth)
`,
    },
    {
      name: 'options spread in with a double splat',
      path: 'app/controllers/sessions_controller.rb',
      code: 'cookies[:auth] = { value: token, **COOKIE_DEFAULTS }\n',
    },
    {
      name: 'secure from the environment',
      path: 'config/initializers/session_store.rb',
      code: "Rails.application.config.session_store :cookie_store, key: '_app_session', secure: Rails.env.production?\n",
    },
    {
      name: 'a hash that is not a cookie jar, and a comment',
      path: 'app/models/settings.rb',
      code: `# cookies[:auth] = token
settings[:auth] = { value: token, secure: false }
`,
    },
    // Configuration files
    {
      name: 'Spring Boot properties turned on',
      path: 'src/main/resources/application.properties',
      code: `# server.servlet.session.cookie.secure=false
server.servlet.session.cookie.secure=true
server.servlet.session.cookie.http-only=true
server.servlet.session.cookie.same-site=lax
`,
    },
    {
      name: 'other secure and ssl keys are not cookies',
      path: 'src/main/resources/application.yml',
      code: `server:
  ssl:
    enabled: false
spring:
  redis:
    secure: false
`,
    },
    {
      name: "Symfony cookie_secure 'auto'",
      path: 'config/packages/framework.yaml',
      code: `framework:
  session:
    cookie_secure: auto
    cookie_samesite: lax
`,
    },
    {
      name: 'web.config with requireSSL and a comment',
      path: 'web.config',
      code: `<configuration>
  <!-- <httpCookies requireSSL="false" /> -->
  <system.web>
    <httpCookies requireSSL="true" httpOnlyCookies="true" />
  </system.web>
</configuration>
`,
    },
    {
      name: 'php.ini turned on',
      path: 'php.ini',
      code: `; session.cookie_secure = 0
session.cookie_secure = 1
session.cookie_httponly = On
session.cookie_samesite = "Lax"
`,
    },
    {
      name: 'Laravel .env with secure cookies',
      path: '.env',
      code: 'SESSION_SECURE_COOKIE=true\n',
    },
  ],
};

describeRule(table);
