/**
 * Cases for injection/open-redirect: redirects to targets the request chooses, in every language
 * and on the browser side, beside same-site paths, fixed hosts, HTTPS upgrades, the referrer,
 * validators, the safe redirect APIs, Rails route helpers and path helpers that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { openRedirect } from './open-redirect';

const CONTROL =
  "MoJ's engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards), and MoJ scans against the OWASP Top 10, which lists open redirects under Broken Access Control (Vulnerability Scanning and Patch Management Guide: The base principles).";
const NODE =
  "Redirect only to paths on this site (a value that starts with one / and not // or /\\) or to hosts on an allow-list.";
const BROWSER =
  'Navigate only to paths on this site or to hosts on an allow-list: check that new URL(value, location.origin).origin equals location.origin first.';
const PYTHON =
  "Check the target with Django's url_has_allowed_host_and_scheme() (the same check works in Flask) before redirecting, or redirect to url_for() of a known view.";
const JAVA =
  'Redirect only to paths on this site or to hosts on an allow-list: check that URI.create(value) has no host or scheme before redirecting.';
const CSHARP =
  'Use LocalRedirect(), or check Url.IsLocalUrl(value) before calling Redirect().';
const GO =
  'Redirect only to paths on this site or to hosts on an allow-list: refuse a value whose url.Parse result has a Host or Scheme.';
const PHP =
  'Redirect only to paths on this site or to hosts on an allow-list (check parse_url($value, PHP_URL_HOST)); in WordPress use wp_safe_redirect().';
const RUBY =
  'Redirect only to paths on this site (redirect_to with allow_other_host: false, or url_for with only_path: true) or to hosts on an allow-list.';

export const table: RuleTable = {
  rule: openRedirect,
  invalid: [
    {
      name: 'Express res.redirect of a query value',
      path: 'src/routes/login.js',
      code: `app.post('/login', (req, res) => {
  res.redirect(req.query.next);
});
`,
      findings: [
        { line: 2, column: 16, endColumn: 30, message: `Request data is used as a redirect target by res.redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'res.redirect with a status code',
      path: 'src/routes/logout.ts',
      code: `router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo as string;
  res.redirect(302, returnTo);
});
`,
      findings: [
        { line: 3, column: 21, endColumn: 29, message: `Request data is used as a redirect target by res.redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Location header and res.location',
      path: 'src/routes/go.js',
      code: `app.get('/go', (req, res) => {
  res.setHeader('Location', req.query.to);
  res.status(302).end();
});

app.get('/again', (req, res) => {
  res.location(req.body.target).sendStatus(303);
});
`,
      findings: [
        { line: 2, column: 29, endColumn: 41, message: `Request data is used as a redirect target by res.setHeader, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
        { line: 7, column: 16, endColumn: 31, message: `Request data is used as a redirect target by res.location, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Koa ctx.redirect',
      path: 'src/koa.js',
      code: `router.get('/sso', async (ctx) => {
  ctx.redirect(ctx.query.callback);
});
`,
      findings: [
        { line: 2, column: 16, endColumn: 34, message: `Request data is used as a redirect target by ctx.redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'browser navigation from the query string',
      path: 'public/js/after-login.js',
      code: `const params = new URLSearchParams(window.location.search);
const next = params.get('next');
window.location.href = next;
`,
      findings: [
        { line: 3, column: 24, endColumn: 28, message: `Request data is used as a redirect target by an assignment to window.location.href, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${BROWSER}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'browser location.assign from the hash',
      path: 'public/js/hash.js',
      code: `function go() {
  location.assign(location.hash.slice(1));
}
`,
      findings: [
        { line: 2, column: 19, endColumn: 41, message: `Request data is used as a redirect target by location.assign, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${BROWSER}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'a target built from a parameter is low confidence',
      path: 'src/redirects.ts',
      code: `export function bounce(res: Response, host: string) {
  res.redirect('https://' + host + '/welcome');
}
`,
      findings: [
        { line: 2, column: 16, endColumn: 46, message: `A redirect target built from a function parameter, with a host the caller can choose, is used by res.redirect; if a caller passes request data, users can be sent on to any other site (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'Flask redirect of request.args.get',
      path: 'app/auth.py',
      code: `from flask import redirect, request

@app.route("/login", methods=["POST"])
def login():
    return redirect(request.args.get("next"))
`,
      findings: [
        { line: 5, column: 21, endColumn: 45, message: `Request data is used as a redirect target by redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PYTHON}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Django HttpResponseRedirect',
      path: 'accounts/views.py',
      code: `from django.http import HttpResponseRedirect

def done(request):
    target = request.GET.get("return_to", "/")
    return HttpResponseRedirect(target)
`,
      findings: [
        { line: 5, column: 33, endColumn: 39, message: `Request data is used as a redirect target by HttpResponseRedirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PYTHON}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'FastAPI RedirectResponse with a query parameter',
      path: 'api/redirects.py',
      code: `from fastapi.responses import RedirectResponse

@app.get("/out")
def out(url: str = Query(...)):
    return RedirectResponse(url=url)
`,
      findings: [
        { line: 5, column: 33, endColumn: 36, message: `Request data is used as a redirect target by RedirectResponse, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PYTHON}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'servlet sendRedirect',
      path: 'src/main/java/app/Login.java',
      code: `public class Login extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getParameter("next"));
    }
}
`,
      findings: [
        { line: 3, column: 31, endColumn: 59, message: `Request data is used as a redirect target by response.sendRedirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${JAVA}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Spring redirect: view name',
      path: 'src/main/java/app/AuthController.java',
      code: `@Controller
class AuthController {
    @GetMapping("/done")
    String done(@RequestParam String returnUrl) {
        return "redirect:" + returnUrl;
    }
}
`,
      findings: [
        { line: 5, column: 16, endColumn: 39, message: `A redirect target built from request data, with a host the request can choose, is used by a "redirect:" view name, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${JAVA}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'ASP.NET Core Redirect',
      path: 'Controllers/AccountController.cs',
      code: `public class AccountController : Controller
{
    public IActionResult Login(string user, [FromQuery] string returnUrl)
    {
        return Redirect(returnUrl);
    }
}
`,
      findings: [
        { line: 5, column: 25, endColumn: 34, message: `Request data is used as a redirect target by Redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${CSHARP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'ASP.NET Response.Redirect',
      path: 'Pages/Legacy.aspx.cs',
      code: `public partial class Legacy : Page
{
    protected void Page_Load(object sender, EventArgs e)
    {
        Response.Redirect(Request.QueryString["url"]);
    }
}
`,
      findings: [
        { line: 5, column: 27, endColumn: 53, message: `Request data is used as a redirect target by Response.Redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${CSHARP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go http.Redirect',
      path: 'handlers/login.go',
      code: `package handlers

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}
`,
      findings: [
        { line: 6, column: 22, endColumn: 47, message: `Request data is used as a redirect target by http.Redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${GO}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'gin c.Redirect',
      path: 'api/sso.go',
      code: `package api

import "github.com/gin-gonic/gin"

func Callback(c *gin.Context) {
	c.Redirect(302, c.Query("redirect_uri"))
}
`,
      findings: [
        { line: 6, column: 18, endColumn: 41, message: `Request data is used as a redirect target by c.Redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${GO}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PHP Location header',
      path: 'public/out.php',
      code: `<?php
header("Location: " . $_GET['url']);
exit;
`,
      findings: [
        { line: 2, column: 8, endColumn: 35, message: `A redirect target built from request data, with a host the request can choose, is used by header(), so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PHP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Laravel redirect()->away',
      path: 'app/Http/Controllers/OutController.php',
      code: `<?php
class OutController extends Controller
{
    public function go(Request $request)
    {
        return redirect()->away($request->input('to'));
    }
}
`,
      findings: [
        { line: 6, column: 33, endColumn: 54, message: `Request data is used as a redirect target by redirect()->away, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PHP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Rails redirect_to params',
      path: 'app/controllers/sessions_controller.rb',
      code: `class SessionsController < ApplicationController
  def create
    redirect_to params[:return_to] || root_path
  end
end
`,
      findings: [
        { line: 3, column: 17, endColumn: 48, message: `Request data is used as a redirect target by redirect_to, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${RUBY}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Fastify reply.redirect',
      path: 'src/routes/out.ts',
      code: `fastify.get('/out', async (request, reply) => {
  return reply.redirect(request.query.to);
});
`,
      findings: [
        { line: 2, column: 25, endColumn: 41, message: `Request data is used as a redirect target by reply.redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${NODE}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Django redirect of request.GET',
      path: 'shop/views.py',
      code: `from django.shortcuts import redirect

def checkout(request):
    return redirect(request.GET["next"])
`,
      findings: [
        { line: 4, column: 21, endColumn: 40, message: `Request data is used as a redirect target by redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PYTHON}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Java Location header',
      path: 'src/main/java/app/Headers.java',
      code: `class Headers {
    void go(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        response.setHeader("Location", request.getParameter("to"));
    }
}
`,
      findings: [
        { line: 4, column: 40, endColumn: 66, message: `Request data is used as a redirect target by response.setHeader, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${JAVA}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go Location header',
      path: 'handlers/header.go',
      code: `package handlers

import "net/http"

func Out(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", r.URL.Query().Get("to"))
	w.WriteHeader(http.StatusFound)
}
`,
      findings: [
        { line: 6, column: 29, endColumn: 52, message: `Request data is used as a redirect target by Header().Set, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${GO}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Symfony RedirectResponse and WordPress wp_redirect',
      path: 'src/Controller/OutController.php',
      code: `<?php
class OutController
{
    public function out(Request $request)
    {
        wp_redirect($_GET['redirect_to']);
        return new RedirectResponse($request->query->get('target'));
    }
}
`,
      findings: [
        { line: 6, column: 21, endColumn: 41, message: `Request data is used as a redirect target by wp_redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PHP}`, severity: 'medium', confidence: 'high', fix: null },
        { line: 7, column: 37, endColumn: 67, message: `Request data is used as a redirect target by new RedirectResponse, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${PHP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'C# RedirectResult',
      path: 'Controllers/LinkController.cs',
      code: `public class LinkController : Controller
{
    public IActionResult Follow(string url)
    {
        return new RedirectResult(url);
    }
}
`,
      findings: [
        { line: 5, column: 35, endColumn: 38, message: `Request data is used as a redirect target by new RedirectResult, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${CSHARP}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Sinatra redirect',
      path: 'app.rb',
      code: `get '/out' do
  redirect params['to']
end
`,
      findings: [
        { line: 2, column: 12, endColumn: 24, message: `Request data is used as a redirect target by redirect, so a link to this service can send users on to any other site, such as a phishing page (open redirect). ${CONTROL} ${RUBY}`, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
  ],
  valid: [
    {
      name: 'relative path with the id appended',
      path: 'src/routes/users.js',
      code: `app.post('/users/:id', (req, res) => {
  res.redirect('/users/' + req.params.id);
});
`,
    },
    {
      name: 'constant target',
      path: 'src/routes/home.js',
      code: `app.get('/', (req, res) => res.redirect('/dashboard'));
`,
    },
    {
      name: 'a prefix check before the redirect',
      path: 'src/routes/login.js',
      code: `app.post('/login', (req, res) => {
  const next = req.query.next;
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return res.redirect('/');
  res.redirect(next);
});
`,
    },
    {
      name: 'encodeURIComponent keeps the value one path segment',
      path: 'src/routes/search.js',
      code: `app.get('/s', (req, res) => {
  res.redirect(encodeURIComponent(req.query.q));
});
`,
    },
    {
      name: 'fixed host with a query value',
      path: 'src/routes/search2.js',
      code: `app.get('/search', (req, res) => {
  res.redirect(\`https://search.example.com/?q=\${req.query.q}\`);
});
`,
    },
    {
      name: 'a local variable named location in server code is not the browser location',
      path: 'lib/stack.js',
      code: `function captureLocation() {
  let location;
  Error.prepareStackTrace = (_, [frame]) => {
    location = {
      file: frame.getFileName() ?? \`\${frame.getEvalOrigin()}, <anonymous>\`,
      line: frame.getLineNumber(),
    };
  };
  return location;
}
`,
    },
    {
      name: 'a parameter named location is not the browser location',
      path: 'lib/format.js',
      code: `export function format(location, message) {
  location = location + ':' + message.line;
  return location;
}
`,
    },
    {
      name: 'browser navigation to a same-site path',
      path: 'public/js/nav.js',
      code: `const id = new URLSearchParams(location.search).get('id');
window.location.href = '/items/' + id;
`,
    },
    {
      name: 'Django url_has_allowed_host_and_scheme',
      path: 'accounts/views.py',
      code: `from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

def done(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
`,
    },
    {
      name: 'Flask redirect to url_for',
      path: 'app/auth.py',
      code: `from flask import redirect, url_for, request

def logout():
    return redirect(url_for("index", page=request.args.get("page")))
`,
    },
    {
      name: 'Spring redirect to a fixed path',
      path: 'src/main/java/app/UserController.java',
      code: `@Controller
class UserController {
    @PostMapping("/users")
    String save(@RequestParam String id) {
        return "redirect:/users/" + id;
    }
}
`,
    },
    {
      name: 'ASP.NET LocalRedirect',
      path: 'Controllers/AccountController.cs',
      code: `public class AccountController : Controller
{
    public IActionResult Login([FromQuery] string returnUrl)
    {
        return LocalRedirect(returnUrl);
    }
}
`,
    },
    {
      name: 'ASP.NET Url.IsLocalUrl check',
      path: 'Controllers/HomeController.cs',
      code: `public class HomeController : Controller
{
    public IActionResult Back([FromQuery] string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
            return Redirect(returnUrl);
        return RedirectToAction("Index");
    }
}
`,
    },
    {
      name: 'Go redirect to a fixed path',
      path: 'handlers/home.go',
      code: `package handlers

import "net/http"

func Home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/"+r.URL.Query().Get("id"), http.StatusFound)
}
`,
    },
    {
      name: 'PHP Location header to a fixed path',
      path: 'public/item.php',
      code: `<?php
header('Location: /items/' . intval($_GET['id']));
`,
    },
    {
      name: 'WordPress wp_safe_redirect',
      path: 'wp-content/plugins/x/out.php',
      code: `<?php
wp_safe_redirect($_GET['redirect_to']);
`,
    },
    {
      name: 'Rails allow_other_host: false',
      path: 'app/controllers/sessions_controller.rb',
      code: `class SessionsController < ApplicationController
  def create
    redirect_to params[:return_to], allow_other_host: false
  end
end
`,
    },
    {
      name: 'Rails path helper',
      path: 'app/controllers/posts_controller.rb',
      code: `class PostsController < ApplicationController
  def create
    redirect_to post_path(params[:id])
  end
end
`,
    },
    {
      name: 'request data only in the query of a same-site path',
      path: 'src/routes/login2.js',
      code: `app.get('/private', (req, res) => {
  res.redirect('/login?next=' + encodeURIComponent(req.originalUrl));
});
`,
    },
    {
      name: 'a configured site decides the host',
      path: 'src/routes/app.js',
      code: `app.get('/go', (req, res) => {
  res.redirect(process.env.APP_URL + req.query.page);
});
`,
    },
    {
      name: 'HTTPS upgrade to the requested host',
      path: 'src/middleware/https.js',
      code: `app.use((req, res, next) => {
  if (req.secure) return next();
  res.redirect(301, 'https://' + req.headers.host + req.originalUrl);
});
`,
    },
    {
      name: 'Django HTTPS upgrade with get_host',
      path: 'app/middleware.py',
      code: `def force_https(request):
    return HttpResponsePermanentRedirect("https://" + request.get_host() + request.get_full_path())
`,
    },
    {
      name: 'Rails redirect_to the referrer goes back to a page the user was on',
      path: 'app/controllers/likes_controller.rb',
      code: `class LikesController < ApplicationController
  def create
    redirect_to request.referer
  end
end
`,
    },
    {
      name: 'Flask HTTPS upgrade of request.url',
      path: 'app/secure.py',
      code: `from flask import redirect, request

@app.before_request
def upgrade():
    if not request.is_secure:
        return redirect(request.url.replace("http://", "https://", 1), code=301)
`,
    },
    {
      name: 'a trailing-slash redirect of the current path',
      path: 'src/routes/slash.js',
      code: `app.use((req, res, next) => {
  if (!req.path.endsWith('/')) return res.redirect(301, req.originalUrl + '/');
  next();
});
`,
    },
    {
      name: 'Rails polymorphic array and permitted path params',
      path: 'app/controllers/comments_controller.rb',
      code: `class CommentsController < ApplicationController
  def create
    redirect_to [params.permit(:post_id), :comments]
  end

  def index
    redirect_to params.permit(:page, :sort)
  end
end
`,
    },
  ],
};

describeRule(table);
