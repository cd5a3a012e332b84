/**
 * Cases for injection/ssrf: outbound requests to URLs the request chooses, in every language with
 * HTTP clients, beside URLs whose host the code or its configuration fixes, allow-list checks,
 * browser-side requests and look-alike get() methods that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { ssrf } from './ssrf';

const CONTROL =
  'MoJ requires outbound connections to be reviewed and approved (System Lockdown and Hardening Standard: Services, security, and networking applications) and denied by default (Technical Security Controls Guide, Defensive layer 1).';
const NODE =
  'Build the URL from a fixed base, or check new URL(value).hostname against an allow-list before the request, and refuse private and link-local addresses.';
const PYTHON =
  'Build the URL from a fixed base, or check urllib.parse.urlsplit(value).hostname against an allow-list before the request, and refuse private and link-local addresses.';
const JAVA =
  'Build the URL from a fixed base, or check URI.create(value).getHost() against an allow-list before the request, and refuse private and link-local addresses.';
const CSHARP =
  'Build the URL from a fixed base, or check new Uri(value).Host against an allow-list before the request, and refuse private and link-local addresses.';
const GO =
  'Build the URL from a fixed base, or check the Hostname() of url.Parse(value) against an allow-list before the request, and refuse private and link-local addresses.';
const PHP =
  'Build the URL from a fixed base, or check parse_url($value, PHP_URL_HOST) against an allow-list before the request, and refuse private and link-local addresses.';
const RUBY =
  'Build the URL from a fixed base, or check URI.parse(value).host against an allow-list before the request, and refuse private and link-local addresses.';

export const table: RuleTable = {
  rule: ssrf,
  invalid: [
    {
      name: 'fetch of a query parameter',
      path: 'src/routes/proxy.js',
      code: `app.get('/proxy', async (req, res) => {
  const response = await fetch(req.query.url);
  res.send(await response.text());
});
`,
      findings: [
        { line: 2, column: 32, endColumn: 45, message: `Request data is used as the URL of an outbound request by fetch, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'axios.get of a body field through a variable',
      path: 'src/webhooks.ts',
      code: `import axios from 'axios';

export async function ping(req: Request, res: Response) {
  const target = req.body.callback;
  await axios.get(target, { timeout: 2000 });
  res.sendStatus(204);
}
`,
      findings: [
        { line: 5, column: 19, endColumn: 25, message: `Request data is used as the URL of an outbound request by axios.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'axios with an options object',
      path: 'src/preview.js',
      code: `const axios = require('axios');

router.post('/preview', async (req, res) => {
  const { data } = await axios({ method: 'get', url: req.body.link });
  res.json(data);
});
`,
      findings: [
        { line: 4, column: 54, endColumn: 67, message: `Request data is used as the URL of an outbound request by axios, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'got with a host chosen by the request',
      path: 'src/images.js',
      code: `const got = require('got');

app.get('/image', async (req, res) => {
  const body = await got(\`https://\${req.query.host}/image.png\`).buffer();
  res.send(body);
});
`,
      findings: [
        { line: 4, column: 26, endColumn: 63, message: `A URL built from request data, with a host the request can choose, is requested by got, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'https.get with a hostname option',
      path: 'src/health.js',
      code: `const https = require('https');

app.get('/health', (req, res) => {
  https.get({ hostname: req.query.host, path: '/status' }, (answer) => answer.pipe(res));
});
`,
      findings: [
        { line: 4, column: 25, endColumn: 39, message: `Request data is used as the URL of an outbound request by https.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'a URL built from a parameter is low confidence',
      path: 'src/client.ts',
      code: `export async function load(host: string) {
  return fetch('https://' + host + '/api/config');
}
`,
      findings: [
        { line: 2, column: 16, endColumn: 49, message: `A URL built from a function parameter, with a host the caller can choose, is requested by fetch; if a caller passes request data, the service can be made to reach any host (server-side request forgery). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'requests.get of request.args',
      path: 'app/views.py',
      code: `import requests
from flask import request

@app.route("/fetch")
def fetch():
    return requests.get(request.args["url"], timeout=5).text
`,
      findings: [
        { line: 6, column: 25, endColumn: 44, message: `Request data is used as the URL of an outbound request by requests.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'urlopen of a Django POST value',
      path: 'feeds/views.py',
      code: `from urllib.request import urlopen

def import_feed(request):
    feed = request.POST.get("feed")
    return HttpResponse(urlopen(feed).read())
`,
      findings: [
        { line: 5, column: 33, endColumn: 37, message: `Request data is used as the URL of an outbound request by urlopen, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'requests.request with url= and an f-string',
      path: 'app/relay.py',
      code: `import requests

def relay(request):
    host = request.GET["host"]
    return requests.request("GET", url=f"http://{host}/metrics")
`,
      findings: [
        { line: 5, column: 40, endColumn: 64, message: `A URL built from request data, with a host the request can choose, is requested by requests.request, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'aiohttp session',
      path: 'app/async_views.py',
      code: `import aiohttp

async def handler(request):
    async with aiohttp.ClientSession() as session:
        async with session.get(request.query["url"]) as answer:
            return web.Response(text=await answer.text())
`,
      findings: [
        { line: 5, column: 32, endColumn: 52, message: `Request data is used as the URL of an outbound request by session.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Spring RestTemplate',
      path: 'src/main/java/app/ProxyController.java',
      code: `@RestController
class ProxyController {
    @GetMapping("/proxy")
    String proxy(@RequestParam String url) {
        return restTemplate.getForObject(url, String.class);
    }
}
`,
      findings: [
        { line: 5, column: 42, endColumn: 45, message: `Request data is used as the URL of an outbound request by restTemplate.getForObject, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'new URL(x).openConnection() in a servlet',
      path: 'src/main/java/app/Fetch.java',
      code: `public class Fetch extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URLConnection connection = new URL(request.getParameter("url")).openConnection();
        connection.getInputStream().transferTo(response.getOutputStream());
    }
}
`,
      findings: [
        { line: 3, column: 44, endColumn: 71, message: `Request data is used as the URL of an outbound request by URL.openConnection, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'java.net.http HttpRequest with URI.create',
      path: 'src/main/java/app/Hook.java',
      code: `class Hook {
    void call(@RequestParam String hook) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hook)).build();
        client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
`,
      findings: [
        { line: 3, column: 65, endColumn: 69, message: `Request data is used as the URL of an outbound request by HttpRequest.newBuilder, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'WebClient uri()',
      path: 'src/main/java/app/Reactive.java',
      code: `class Reactive {
    Mono<String> get(@RequestParam("target") String target) {
        return webClient.get().uri(target).retrieve().bodyToMono(String.class);
    }
}
`,
      findings: [
        { line: 3, column: 36, endColumn: 42, message: `Request data is used as the URL of an outbound request by uri(), so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'HttpClient.GetStringAsync of a query value',
      path: 'Controllers/ProxyController.cs',
      code: `public class ProxyController : Controller
{
    public async Task<IActionResult> Get([FromQuery] string url)
    {
        var body = await _httpClient.GetStringAsync(url);
        return Content(body);
    }
}
`,
      findings: [
        { line: 5, column: 53, endColumn: 56, message: `Request data is used as the URL of an outbound request by _httpClient.GetStringAsync, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'WebRequest.Create of Request.Query',
      path: 'Handlers/Legacy.cs',
      code: `class Legacy
{
    void Fetch(HttpRequest request)
    {
        var web = WebRequest.Create(new Uri(request.Query["target"]));
        web.GetResponse();
    }
}
`,
      findings: [
        { line: 5, column: 45, endColumn: 68, message: `Request data is used as the URL of an outbound request by WebRequest.Create, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go http.Get of a query value',
      path: 'handlers/proxy.go',
      code: `package handlers

import "net/http"

func Proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		return
	}
	defer resp.Body.Close()
}
`,
      findings: [
        { line: 6, column: 24, endColumn: 48, message: `Request data is used as the URL of an outbound request by http.Get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go http.NewRequest with the scheme and host from a form',
      path: 'handlers/relay.go',
      code: `package handlers

import (
	"fmt"
	"net/http"
)

func Relay(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("http://%s/status", r.FormValue("host")), nil)
	http.DefaultClient.Do(req)
}
`,
      findings: [
        { line: 9, column: 35, endColumn: 87, message: `A URL built from request data, with a host the request can choose, is requested by http.NewRequest, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PHP file_get_contents of a URL parameter',
      path: 'public/proxy.php',
      code: `<?php
echo file_get_contents($_GET['url']);
`,
      findings: [
        { line: 2, column: 24, endColumn: 36, message: `Request data is used as the URL of an outbound request by file_get_contents, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PHP cURL',
      path: 'public/fetch.php',
      code: `<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $_POST['target']);
curl_exec($ch);
`,
      findings: [
        { line: 3, column: 31, endColumn: 47, message: `Request data is used as the URL of an outbound request by curl_setopt, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Guzzle request',
      path: 'app/Http/Controllers/WebhookController.php',
      code: `<?php
class WebhookController extends Controller
{
    public function test(Request $request)
    {
        return $this->client->request('POST', $request->input('endpoint'));
    }
}
`,
      findings: [
        { line: 6, column: 47, endColumn: 74, message: `Request data is used as the URL of an outbound request by $this->client->request, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Ruby Net::HTTP.get of URI(params)',
      path: 'app/controllers/previews_controller.rb',
      code: `class PreviewsController < ApplicationController
  def show
    render plain: Net::HTTP.get(URI(params[:url]))
  end
end
`,
      findings: [
        { line: 3, column: 37, endColumn: 49, message: `Request data is used as the URL of an outbound request by Net::HTTP.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'HTTParty and URI.open',
      path: 'app/controllers/imports_controller.rb',
      code: `class ImportsController < ApplicationController
  def create
    HTTParty.get(params[:source])
    URI.open(params[:feed]).read
  end
end
`,
      findings: [
        { line: 3, column: 18, endColumn: 33, message: `Request data is used as the URL of an outbound request by HTTParty.get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
        { line: 4, column: 14, endColumn: 27, message: `Request data is used as the URL of an outbound request by URI.open, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go client.Get',
      path: 'handlers/client.go',
      code: `package handlers

import "net/http"

var client = &http.Client{}

func Fetch(w http.ResponseWriter, r *http.Request) {
	client.Get(r.PostFormValue("url"))
}
`,
      findings: [
        { line: 8, column: 13, endColumn: 35, message: `Request data is used as the URL of an outbound request by client.Get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'C# HttpRequestMessage',
      path: 'Services/Relay.cs',
      code: `public class RelayController : ControllerBase
{
    public async Task<IActionResult> Relay([FromBody] RelayRequest body, [FromQuery] string target)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, target);
        return Ok(await _client.SendAsync(message));
    }
}
`,
      findings: [
        { line: 5, column: 63, endColumn: 69, message: `Request data is used as the URL of an outbound request by new HttpRequestMessage, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'httpx AsyncClient',
      path: 'app/hooks.py',
      code: `import httpx

async def hook(request):
    async with httpx.AsyncClient() as client:
        return await client.post(request.query_params["hook"])
`,
      findings: [
        { line: 5, column: 34, endColumn: 62, message: `Request data is used as the URL of an outbound request by client.post, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Laravel Http facade',
      path: 'app/Http/Controllers/FeedController.php',
      code: `<?php
class FeedController extends Controller
{
    public function show(Request $request)
    {
        return Http::get($request->query('feed'))->body();
    }
}
`,
      findings: [
        { line: 6, column: 26, endColumn: 49, message: `Request data is used as the URL of an outbound request by Http::get, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
  ],
  valid: [
    {
      name: 'fixed host with the id in the path',
      path: 'src/users.js',
      code: `app.get('/users/:id', async (req, res) => {
  const response = await fetch('https://api.example.com/users/' + req.params.id);
  res.json(await response.json());
});
`,
    },
    {
      name: 'fixed host in a template literal',
      path: 'src/search.ts',
      code: `export async function search(req: Request) {
  return axios.get(\`https://search.example.com/v1?q=\${req.query.q}\`);
}
`,
    },
    {
      name: 'a path on the same site',
      path: 'src/client.js',
      code: `app.get('/item', async (req, res) => {
  res.json(await (await fetch('/api/items/' + req.query.id)).json());
});
`,
    },
    {
      name: 'allow-list of hosts',
      path: 'src/proxy.js',
      code: `app.get('/proxy', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.includes(target.hostname)) return res.sendStatus(400);
  res.send(await (await fetch(target)).text());
});
`,
    },
    {
      name: 'base URL from configuration',
      path: 'src/config-client.js',
      code: `async function load() {
  return fetch(config.apiBase + '/settings');
}
`,
    },
    {
      name: 'a client method that is not an HTTP client',
      path: 'src/cache.js',
      code: `app.get('/cache', async (req, res) => {
  res.send(await redis.get(req.query.key));
});
`,
    },
    {
      name: 'Python allow-list with in',
      path: 'app/views.py',
      code: `import requests

@app.route("/fetch")
def fetch():
    url = request.args["url"]
    if urlsplit(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=5).text
`,
    },
    {
      name: 'Python fixed host in an f-string',
      path: 'app/github.py',
      code: `import requests

def repo(request):
    return requests.get(f"https://api.github.com/repos/{request.GET['repo']}").json()
`,
    },
    {
      name: 'Flask session.get is not an HTTP session',
      path: 'app/session.py',
      code: `from flask import session, request

def view():
    return session.get(request.args["key"])
`,
    },
    {
      name: 'Java fixed host with a template variable',
      path: 'src/main/java/app/Users.java',
      code: `class Users {
    String user(@RequestParam String id) {
        return restTemplate.getForObject("https://api.example.com/users/" + id, String.class);
    }
}
`,
    },
    {
      name: 'Java URL parsed but not connected',
      path: 'src/main/java/app/Host.java',
      code: `class Host {
    String host(HttpServletRequest request) throws Exception {
        return new URL(request.getRequestURL().toString()).getHost();
    }
}
`,
    },
    {
      name: 'C# fixed host in an interpolated string',
      path: 'Controllers/UsersController.cs',
      code: `public class UsersController : Controller
{
    public async Task<string> Get([FromQuery] string id)
    {
        return await _httpClient.GetStringAsync($"https://api.example.com/users/{id}");
    }
}
`,
    },
    {
      name: 'Go fixed host',
      path: 'handlers/users.go',
      code: `package handlers

import "net/http"

func User(w http.ResponseWriter, r *http.Request) {
	http.Get("https://api.example.com/users/" + r.URL.Query().Get("id"))
}
`,
    },
    {
      name: 'PHP file_get_contents of a file name belongs to path-traversal',
      path: 'public/read.php',
      code: `<?php
echo file_get_contents('/var/data/' . $_GET['file']);
`,
    },
    {
      name: 'PHP cURL with a fixed host',
      path: 'public/api.php',
      code: `<?php
$ch = curl_init('https://api.example.com/v1/items/' . $_GET['id']);
`,
    },
    {
      name: 'Ruby fixed host',
      path: 'app/controllers/repos_controller.rb',
      code: `class ReposController < ApplicationController
  def show
    HTTParty.get("https://api.github.com/repos/#{params[:repo]}")
  end
end
`,
    },
    {
      name: 'Ruby allow-list check',
      path: 'app/controllers/hooks_controller.rb',
      code: `class HooksController < ApplicationController
  def create
    url = params[:url]
    head :bad_request and return unless ALLOWED_HOOKS.include?(url)
    Faraday.post(url)
  end
end
`,
    },
    {
      name: 'a proxy that resets the host',
      path: 'src/worker.js',
      code: `export default {
  async fetch(request) {
    const url = new URL(request.url);
    url.hostname = 'origin.example.com';
    return fetch(url);
  },
};
`,
    },
    {
      name: 'request data sent as the body, not the URL',
      path: 'src/notify.js',
      code: `app.post('/notify', async (req, res) => {
  await axios.post(process.env.WEBHOOK_URL, { text: req.body.message });
  res.sendStatus(202);
});
`,
    },
    {
      name: 'a configured base URL decides the host',
      path: 'src/gateway.js',
      code: `app.get('/users/:id', async (req, res) => {
  const response = await fetch(\`\${API_BASE}/users/\${req.params.id}\`);
  const other = await axios.get(config.baseUrl + req.query.path);
  res.json(await response.json());
});
`,
    },
    {
      name: 'a base URL parameter is a wrapper argument',
      path: 'src/http.ts',
      code: `export function get(baseUrl: string, path: string) {
  return fetch(baseUrl + path);
}
`,
    },
    {
      name: 'a browser request from the page address is not server-side',
      path: 'public/js/widget.js',
      code: `const source = new URLSearchParams(location.search).get('feed');
fetch(source).then((response) => response.json()).then(render);
`,
    },
    {
      name: 'C# relative path against the client base address',
      path: 'Controllers/ItemsController.cs',
      code: `public class ItemsController : Controller
{
    public async Task<string> Get([FromQuery] string id)
    {
        return await _httpClient.GetStringAsync($"api/items/{id}");
    }
}
`,
    },
  ],
};

describeRule(table);
