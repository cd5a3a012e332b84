/**
 * transport/cleartext-http: cleartext URLs that reach a network API, an endpoint-like name or a
 * package source; FTP, Telnet and plain LDAP clients; infrastructure settings that allow plain
 * HTTP. Safe cases show the look-alikes that must stay silent: local hosts, the metadata service,
 * namespaces, documentation links, proxies, mocks, comments and strings that reach no network.
 */
import assert from 'node:assert/strict';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { cleartextHttp } from './cleartext-http';

type Scheme = 'http' | 'ws' | 'ftp' | 'telnet' | 'ldap';

const CONTROL = 'MoJ requires data in transit to be protected with adequate encryption (Cryptography: In transit).';
const ADVICE: Readonly<Record<Scheme, string>> = {
  http: 'Use https://.',
  ws: 'Use wss://.',
  ftp: 'Use SFTP or FTPS.',
  telnet: 'Use SSH.',
  ldap: 'Use ldaps:// or StartTLS.',
};

const url = (host: string, scheme: Scheme = 'http'): string => `This URL sends traffic to ${host} unencrypted over ${scheme}://. ${CONTROL} ${ADVICE[scheme]}`;
const urlWithCredentials = (host: string, scheme: Scheme = 'http'): string =>
  `This URL sends credentials and traffic to ${host} unencrypted over ${scheme}://. ${CONTROL} ${ADVICE[scheme]}`;
const packageSource = (host: string): string =>
  `This package source is fetched from ${host} unencrypted over http://, so anyone on the network path can change what gets installed. ${CONTROL} ${ADVICE.http}`;
const packageSourceWithCredentials = (host: string): string =>
  `This package source sends credentials to ${host} and is fetched unencrypted over http://, so anyone on the network path can read them and change what gets installed. ${CONTROL} ${ADVICE.http}`;
const download = (host: string, scheme: Scheme = 'http'): string =>
  `This download from ${host} travels unencrypted over ${scheme}://, so anyone on the network path can change what the build uses. ${CONTROL} ${ADVICE[scheme]}`;
const to = (host?: string): string => (host === undefined ? '' : ` to ${host}`);
const ftpClient = (host?: string): string => `This FTP connection${to(host)} sends credentials and files unencrypted. ${CONTROL} Use SFTP or FTPS.`;
const telnetClient = (host?: string): string => `This Telnet connection${to(host)} sends credentials and everything typed unencrypted. ${CONTROL} Use SSH.`;
const ldapClient = (host?: string): string =>
  `This LDAP connection${to(host)} is not encrypted, so bind credentials and directory data cross the network in clear text. ${CONTROL} Use LDAPS or StartTLS.`;
const httpConnection = (host?: string): string => `This HTTP connection${to(host)} sends traffic unencrypted. ${CONTROL} Use an HTTPS connection.`;
const LISTENER = `This load balancer listener accepts plain HTTP and does not redirect it to HTTPS, so traffic to it crosses the network unencrypted. ${CONTROL} Listen on HTTPS, or make the default action a redirect to HTTPS.`;
const VIEWER = `This CloudFront behaviour lets viewers connect over plain HTTP, so their traffic crosses the network unencrypted. ${CONTROL} Use redirect-to-https or https-only.`;
const TRANSIT = `Transit encryption is turned off, so traffic to this service crosses the network unencrypted. ${CONTROL} Turn transit encryption on.`;
const ANDROID = `This app permits cleartext HTTP traffic, so its requests can cross the network unencrypted. ${CONTROL} Set it to false and use https:// endpoints.`;

const HTTPS = 'Use https://';

export const table: RuleTable = {
  rule: cleartextHttp,
  invalid: [
    // JavaScript, TypeScript and TSX
    {
      name: 'fetch of an http URL',
      path: 'src/cases.js',
      code: "const response = await fetch('http://cases.example.justice.gov.uk/api/cases');\n",
      findings: [
        { line: 1, column: 31, endColumn: 76, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "const response = await fetch('https://cases.example.justice.gov.uk/api/cases');\n" } }, // "http://cases.example.justice.gov.uk/api/cases"
      ],
    },
    {
      name: 'axios instance with an http baseURL',
      path: 'src/api.ts',
      code: "import axios from 'axios';\n\nexport const api = axios.create({ baseURL: 'http://api.example.com/v1', timeout: 5000 });\n",
      findings: [
        { line: 3, column: 45, endColumn: 70, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "import axios from 'axios';\n\nexport const api = axios.create({ baseURL: 'https://api.example.com/v1', timeout: 5000 });\n" } }, // "http://api.example.com/v1"
      ],
    },
    {
      name: 'template literal with an interpolated path',
      path: 'src/cases.ts',
      code: 'export async function load(id: string) {\n  return fetch(`http://api.example.com/cases/${id}`);\n}\n',
      findings: [
        { line: 2, column: 17, endColumn: 51, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'export async function load(id: string) {\n  return fetch(`https://api.example.com/cases/${id}`);\n}\n' } }, // "http://api.example.com/cases/${id}"
      ],
    },
    {
      name: 'constant used in a template literal is reported once, at the constant',
      path: 'src/client.js',
      code: "const API_URL = 'http://api.example.com';\n\nfunction getCase(id) {\n  return fetch(`${API_URL}/cases/${id}`);\n}\n\nfunction getUser(id) {\n  return fetch(API_URL + '/users/' + id);\n}\n",
      findings: [
        { line: 1, column: 18, endColumn: 40, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "const API_URL = 'https://api.example.com';\n\nfunction getCase(id) {\n  return fetch(`${API_URL}/cases/${id}`);\n}\n\nfunction getUser(id) {\n  return fetch(API_URL + '/users/' + id);\n}\n" } }, // "http://api.example.com"
      ],
    },
    {
      name: 'WebSocket over ws:// switches to wss://',
      path: 'src/live.tsx',
      code: "export function connect() {\n  return new WebSocket('ws://updates.example.com/stream');\n}\n",
      findings: [
        { line: 2, column: 25, endColumn: 56, message: url('updates.example.com', 'ws'), severity: 'medium', confidence: 'high', fix: { title: 'Use wss://', output: "export function connect() {\n  return new WebSocket('wss://updates.example.com/stream');\n}\n" } }, // "ws://updates.example.com/stream"
      ],
    },
    {
      name: 'credentials in the URL raise the severity',
      path: 'src/deploy.js',
      code: "const got = require('got');\n\ngot.post('http://deploy:hunter22@ci.example.com/hooks/release');\n",
      findings: [
        { line: 3, column: 11, endColumn: 62, message: urlWithCredentials('ci.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: "const got = require('got');\n\ngot.post('https://deploy:hunter22@ci.example.com/hooks/release');\n" } }, // "http://deploy:hunter22@ci.example.com/hooks/release"
      ],
    },
    {
      name: 'single-label cluster host is reported at low confidence',
      path: 'src/orders.ts',
      code: "import axios from 'axios';\n\nexport const order = (id: string) => axios.get(`http://orders:8080/orders/${id}`);\n",
      findings: [
        { line: 3, column: 49, endColumn: 80, message: url('orders'), severity: 'medium', confidence: 'low', fix: { title: HTTPS, output: "import axios from 'axios';\n\nexport const order = (id: string) => axios.get(`https://orders:8080/orders/${id}`);\n" } }, // "http://orders:8080/orders/${id}"
      ],
    },
    {
      name: 'explicit port 80 is dropped with the scheme',
      path: 'src/status.js',
      code: "fetch('http://status.example.com:80/health');\n",
      findings: [
        { line: 1, column: 8, endColumn: 43, message: url('status.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "fetch('https://status.example.com/health');\n" } }, // "http://status.example.com:80/health"
      ],
    },
    {
      name: 'Angular HttpClient get',
      path: 'src/app/cases.service.ts',
      code: "@Injectable()\nexport class CasesService {\n  constructor(private http: HttpClient) {}\n  list() {\n    return this.http.get<Case[]>('http://cases.example.com/api/cases');\n  }\n}\n",
      findings: [
        { line: 5, column: 35, endColumn: 69, message: url('cases.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "@Injectable()\nexport class CasesService {\n  constructor(private http: HttpClient) {}\n  list() {\n    return this.http.get<Case[]>('https://cases.example.com/api/cases');\n  }\n}\n" } }, // "http://cases.example.com/api/cases"
      ],
    },
    {
      name: 'XMLHttpRequest open',
      path: 'public/legacy.js',
      code: "var xhr = new XMLHttpRequest();\nxhr.open('POST', 'http://forms.example.com/submit');\n",
      findings: [
        { line: 2, column: 19, endColumn: 50, message: url('forms.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "var xhr = new XMLHttpRequest();\nxhr.open('POST', 'https://forms.example.com/submit');\n" } }, // "http://forms.example.com/submit"
      ],
    },
    {
      name: 'Node http module with an options object',
      path: 'src/legacy.js',
      code: "const http = require('http');\n\nhttp.request({ host: 'api.example.com', path: '/cases', method: 'GET' }, onResponse).end();\n",
      findings: [
        { line: 3, column: 1, endColumn: 13, message: httpConnection('api.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "http.request"
      ],
    },
    {
      name: 'basic-ftp client without secure',
      path: 'src/upload.ts',
      code: "import { Client } from 'basic-ftp';\n\nconst client = new Client();\nawait client.access({ host: 'ftp.example.com', user: 'u', password: p });\n",
      findings: [
        { line: 3, column: 20, endColumn: 26, message: ftpClient(), severity: 'high', confidence: 'high', fix: null }, // "Client"
      ],
    },
    {
      name: 'environment variable with an http fallback',
      path: 'src/config.ts',
      code: "export const baseUrl = process.env.BASE_URL ?? 'http://cases.example.justice.gov.uk';\n",
      findings: [
        { line: 1, column: 49, endColumn: 84, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "export const baseUrl = process.env.BASE_URL ?? 'https://cases.example.justice.gov.uk';\n" } }, // "http://cases.example.justice.gov.uk"
      ],
    },
    // Python
    {
      name: 'requests.get of an http URL',
      path: 'app/client.py',
      code: "import requests\n\nresponse = requests.get('http://api.example.com/cases', timeout=10)\n",
      findings: [
        { line: 3, column: 26, endColumn: 54, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "import requests\n\nresponse = requests.get('https://api.example.com/cases', timeout=10)\n" } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'f-string with an interpolated path',
      path: 'app/client.py',
      code: 'import requests\n\n\ndef fetch_case(case_id):\n    return requests.get(f"http://api.example.com/cases/{case_id}", timeout=10)\n',
      findings: [
        { line: 5, column: 27, endColumn: 65, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'import requests\n\n\ndef fetch_case(case_id):\n    return requests.get(f"https://api.example.com/cases/{case_id}", timeout=10)\n' } }, // "http://api.example.com/cases/{case_id}"
      ],
    },
    {
      name: 'session method call',
      path: 'app/sync.py',
      code: "import requests\n\nwith requests.Session() as session:\n    session.post('http://sync.example.com/upload', json={'a': 1})\n",
      findings: [
        { line: 4, column: 19, endColumn: 49, message: url('sync.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "import requests\n\nwith requests.Session() as session:\n    session.post('https://sync.example.com/upload', json={'a': 1})\n" } }, // "http://sync.example.com/upload"
      ],
    },
    {
      name: 'httpx client with an http base_url keyword',
      path: 'app/api.py',
      code: "import httpx\n\nclient = httpx.Client(base_url='http://api.example.com/v2')\n",
      findings: [
        { line: 3, column: 33, endColumn: 58, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "import httpx\n\nclient = httpx.Client(base_url='https://api.example.com/v2')\n" } }, // "http://api.example.com/v2"
      ],
    },
    {
      name: 'aliased urllib import',
      path: 'app/feed.py',
      code: "from urllib import request as ur\n\nFEED = 'http://news.example.com/feed.xml'\ndata = ur.urlopen(FEED).read()\n",
      findings: [
        { line: 3, column: 9, endColumn: 41, message: url('news.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "from urllib import request as ur\n\nFEED = 'https://news.example.com/feed.xml'\ndata = ur.urlopen(FEED).read()\n" } }, // "http://news.example.com/feed.xml"
      ],
    },
    {
      name: 'ftplib.FTP is a cleartext client',
      path: 'app/transfer.py',
      code: "from ftplib import FTP\n\nwith FTP('ftp.example.com') as ftp:\n    ftp.login('user', 'secret')\n",
      findings: [
        { line: 3, column: 6, endColumn: 9, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "FTP"
      ],
    },
    {
      name: 'telnetlib.Telnet is a cleartext client',
      path: 'app/switch.py',
      code: "import telnetlib\n\nsession = telnetlib.Telnet('switch.example.com', 23)\n",
      findings: [
        { line: 3, column: 11, endColumn: 27, message: telnetClient('switch.example.com'), severity: 'high', confidence: 'high', fix: null }, // "telnetlib.Telnet"
      ],
    },
    {
      name: 'python-ldap initialize with ldap://',
      path: 'app/directory.py',
      code: "import ldap\n\nconn = ldap.initialize('ldap://ldap.example.com')\nconn.simple_bind_s(user, password)\n",
      findings: [
        { line: 3, column: 25, endColumn: 48, message: url('ldap.example.com', 'ldap'), severity: 'medium', confidence: 'high', fix: { title: 'Use ldaps://', output: "import ldap\n\nconn = ldap.initialize('ldaps://ldap.example.com')\nconn.simple_bind_s(user, password)\n" } }, // "ldap://ldap.example.com"
      ],
    },
    {
      name: 'http.client.HTTPConnection is plain HTTP',
      path: 'app/legacy.py',
      code: "import http.client\n\nconn = http.client.HTTPConnection('api.example.com')\nconn.request('GET', '/status')\n",
      findings: [
        { line: 3, column: 8, endColumn: 34, message: httpConnection('api.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "http.client.HTTPConnection"
      ],
    },
    {
      name: 'ldap3 Server without use_ssl is plain LDAP',
      path: 'app/directory.py',
      code: "from ldap3 import Server, Connection\n\nserver = Server('ldap.example.com', port=389)\nconn = Connection(server, user=dn, password=secret)\n",
      findings: [
        { line: 3, column: 10, endColumn: 16, message: ldapClient('ldap.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "Server"
      ],
    },
    {
      name: 'environment lookup with an http default, under an endpoint-like name',
      path: 'app/settings.py',
      code: "import os\n\nAPI_URL = os.environ.get('API_URL', 'http://api.example.com')\n",
      findings: [
        { line: 3, column: 38, endColumn: 60, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "import os\n\nAPI_URL = os.environ.get('API_URL', 'https://api.example.com')\n" } }, // "http://api.example.com"
      ],
    },
    // Java
    {
      name: 'URL.openConnection through a variable',
      path: 'src/main/java/Client.java',
      code: 'class Client {\n  void call() throws Exception {\n    URL url = new URL("http://api.example.com/cases");\n    HttpURLConnection connection = (HttpURLConnection) url.openConnection();\n  }\n}\n',
      findings: [
        { line: 3, column: 24, endColumn: 52, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Client {\n  void call() throws Exception {\n    URL url = new URL("https://api.example.com/cases");\n    HttpURLConnection connection = (HttpURLConnection) url.openConnection();\n  }\n}\n' } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'HttpRequest.newBuilder with URI.create',
      path: 'src/main/java/Client.java',
      code: 'class Client {\n  HttpRequest request() {\n    return HttpRequest.newBuilder(URI.create("http://api.example.com/cases")).GET().build();\n  }\n}\n',
      findings: [
        { line: 3, column: 47, endColumn: 75, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Client {\n  HttpRequest request() {\n    return HttpRequest.newBuilder(URI.create("https://api.example.com/cases")).GET().build();\n  }\n}\n' } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'RestTemplate with a constant and concatenation',
      path: 'src/main/java/CaseClient.java',
      code: 'class CaseClient {\n  private static final String BASE_URL = "http://cases.example.justice.gov.uk";\n\n  String get(String id) {\n    return restTemplate.getForObject(BASE_URL + "/cases/" + id, String.class);\n  }\n}\n',
      findings: [
        { line: 2, column: 43, endColumn: 78, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class CaseClient {\n  private static final String BASE_URL = "https://cases.example.justice.gov.uk";\n\n  String get(String id) {\n    return restTemplate.getForObject(BASE_URL + "/cases/" + id, String.class);\n  }\n}\n' } }, // "http://cases.example.justice.gov.uk"
      ],
    },
    {
      name: 'OkHttp request builder url',
      path: 'src/main/java/Poller.java',
      code: 'class Poller {\n  Request request = new Request.Builder().url("http://poll.example.com/next").build();\n}\n',
      findings: [
        { line: 2, column: 48, endColumn: 76, message: url('poll.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Poller {\n  Request request = new Request.Builder().url("https://poll.example.com/next").build();\n}\n' } }, // "http://poll.example.com/next"
      ],
    },
    {
      name: 'Apache Commons Net FTPClient names the host it connects to',
      path: 'src/main/java/Upload.java',
      code: 'import org.apache.commons.net.ftp.FTPClient;\n\nclass Upload {\n  void run() throws Exception {\n    FTPClient ftp = new FTPClient();\n    ftp.connect("ftp.example.com");\n  }\n}\n',
      findings: [
        { line: 5, column: 25, endColumn: 34, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "FTPClient"
      ],
    },
    {
      name: 'Apache Commons Net TelnetClient',
      path: 'src/main/java/Switch.java',
      code: 'import org.apache.commons.net.telnet.TelnetClient;\n\nclass Switch {\n  void run() throws Exception {\n    TelnetClient telnet = new TelnetClient();\n    telnet.connect("switch.example.com", 23);\n  }\n}\n',
      findings: [
        { line: 5, column: 31, endColumn: 43, message: telnetClient('switch.example.com'), severity: 'high', confidence: 'high', fix: null }, // "TelnetClient"
      ],
    },
    {
      name: 'JNDI provider URL with ldap://',
      path: 'src/main/java/Directory.java',
      code: 'class Directory {\n  DirContext open(Hashtable<String, String> env) throws Exception {\n    env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");\n    return new InitialDirContext(env);\n  }\n}\n',
      findings: [
        { line: 3, column: 36, endColumn: 81, message: url('ldap.example.com', 'ldap'), severity: 'medium', confidence: 'high', fix: { title: 'Use ldaps://', output: 'class Directory {\n  DirContext open(Hashtable<String, String> env) throws Exception {\n    env.put(Context.PROVIDER_URL, "ldaps://ldap.example.com/dc=example,dc=com");\n    return new InitialDirContext(env);\n  }\n}\n' } }, // "ldap://ldap.example.com:389/dc=example,dc=com"
      ],
    },
    {
      name: 'Feign client annotation url',
      path: 'src/main/java/CasesApi.java',
      code: '@FeignClient(name = "cases", url = "http://cases.example.com")\ninterface CasesApi {\n}\n',
      findings: [
        { line: 1, column: 37, endColumn: 61, message: url('cases.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '@FeignClient(name = "cases", url = "https://cases.example.com")\ninterface CasesApi {\n}\n' } }, // "http://cases.example.com"
      ],
    },
    // C#
    {
      name: 'HttpClient.GetAsync of an http URL',
      path: 'src/Client.cs',
      code: 'class Client {\n  async Task Run(HttpClient client) {\n    var response = await client.GetAsync("http://api.example.com/cases");\n  }\n}\n',
      findings: [
        { line: 3, column: 43, endColumn: 71, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Client {\n  async Task Run(HttpClient client) {\n    var response = await client.GetAsync("https://api.example.com/cases");\n  }\n}\n' } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'BaseAddress in an object initialiser',
      path: 'src/Startup.cs',
      code: 'class Startup {\n  HttpClient client = new HttpClient { BaseAddress = new Uri("http://api.example.com/") };\n}\n',
      findings: [
        { line: 2, column: 63, endColumn: 86, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Startup {\n  HttpClient client = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };\n}\n' } }, // "http://api.example.com/"
      ],
    },
    {
      name: 'BaseAddress assigned later',
      path: 'src/Startup.cs',
      code: 'class Startup {\n  void Configure(HttpClient client) {\n    client.BaseAddress = new Uri("http://cases.example.justice.gov.uk/");\n  }\n}\n',
      findings: [
        { line: 3, column: 35, endColumn: 71, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Startup {\n  void Configure(HttpClient client) {\n    client.BaseAddress = new Uri("https://cases.example.justice.gov.uk/");\n  }\n}\n' } }, // "http://cases.example.justice.gov.uk/"
      ],
    },
    {
      name: 'FtpWebRequest through WebRequest.Create has no https fix',
      path: 'src/Upload.cs',
      code: 'class Upload {\n  void Run() {\n    var request = (FtpWebRequest)WebRequest.Create("ftp://ftp.example.com/report.csv");\n  }\n}\n',
      findings: [
        { line: 3, column: 53, endColumn: 85, message: url('ftp.example.com', 'ftp'), severity: 'medium', confidence: 'high', fix: null }, // "ftp://ftp.example.com/report.csv"
      ],
    },
    {
      name: 'interpolated string with a path',
      path: 'src/Cases.cs',
      code: 'class Cases {\n  Task<string> Get(HttpClient http, int id) => http.GetStringAsync($"http://api.example.com/cases/{id}");\n}\n',
      findings: [
        { line: 2, column: 70, endColumn: 103, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Cases {\n  Task<string> Get(HttpClient http, int id) => http.GetStringAsync($"https://api.example.com/cases/{id}");\n}\n' } }, // "http://api.example.com/cases/{id}"
      ],
    },
    {
      name: 'HttpRequestMessage with a constant',
      path: 'src/Cases.cs',
      code: 'class Cases {\n  const string ApiRoot = "http://api.example.com";\n  HttpRequestMessage Build() => new HttpRequestMessage(HttpMethod.Get, ApiRoot + "/cases");\n}\n',
      findings: [
        { line: 2, column: 27, endColumn: 49, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'class Cases {\n  const string ApiRoot = "https://api.example.com";\n  HttpRequestMessage Build() => new HttpRequestMessage(HttpMethod.Get, ApiRoot + "/cases");\n}\n' } }, // "http://api.example.com"
      ],
    },
    // Go
    {
      name: 'http.Get of an http URL',
      path: 'cmd/client/main.go',
      code: 'package main\n\nimport "net/http"\n\nfunc main() {\n\tresp, _ := http.Get("http://api.example.com/cases")\n\t_ = resp\n}\n',
      findings: [
        { line: 6, column: 23, endColumn: 51, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'package main\n\nimport "net/http"\n\nfunc main() {\n\tresp, _ := http.Get("https://api.example.com/cases")\n\t_ = resp\n}\n' } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'NewRequest with a constant base URL',
      path: 'internal/cases/client.go',
      code: 'package cases\n\nimport "net/http"\n\nconst baseURL = "http://cases.example.justice.gov.uk"\n\nfunc request() (*http.Request, error) {\n\treturn http.NewRequest("GET", baseURL+"/cases", nil)\n}\n',
      findings: [
        { line: 5, column: 18, endColumn: 53, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'package cases\n\nimport "net/http"\n\nconst baseURL = "https://cases.example.justice.gov.uk"\n\nfunc request() (*http.Request, error) {\n\treturn http.NewRequest("GET", baseURL+"/cases", nil)\n}\n' } }, // "http://cases.example.justice.gov.uk"
      ],
    },
    {
      name: 'client.Get with fmt.Sprintf',
      path: 'internal/cases/client.go',
      code: 'package cases\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc get(client *http.Client, id int) {\n\tclient.Get(fmt.Sprintf("http://api.example.com/cases/%d", id))\n}\n',
      findings: [
        { line: 9, column: 26, endColumn: 57, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'package cases\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc get(client *http.Client, id int) {\n\tclient.Get(fmt.Sprintf("https://api.example.com/cases/%d", id))\n}\n' } }, // "http://api.example.com/cases/%d"
      ],
    },
    {
      name: 'jlaffaye/ftp Dial is a cleartext client',
      path: 'internal/upload/ftp.go',
      code: 'package upload\n\nimport "github.com/jlaffaye/ftp"\n\nfunc connect() {\n\tconn, _ := ftp.Dial("ftp.example.com:21")\n\t_ = conn\n}\n',
      findings: [
        { line: 6, column: 13, endColumn: 21, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "ftp.Dial"
      ],
    },
    {
      name: 'go-ldap DialURL with ldap://',
      path: 'internal/directory/ldap.go',
      code: 'package directory\n\nimport "github.com/go-ldap/ldap/v3"\n\nfunc connect() {\n\tconn, _ := ldap.DialURL("ldap://ldap.example.com:389")\n\t_ = conn\n}\n',
      findings: [
        { line: 6, column: 27, endColumn: 54, message: url('ldap.example.com', 'ldap'), severity: 'medium', confidence: 'high', fix: { title: 'Use ldaps://', output: 'package directory\n\nimport "github.com/go-ldap/ldap/v3"\n\nfunc connect() {\n\tconn, _ := ldap.DialURL("ldaps://ldap.example.com")\n\t_ = conn\n}\n' } }, // "ldap://ldap.example.com:389"
      ],
    },
    {
      name: 'struct field with an endpoint name',
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct{ Endpoint string }\n\nvar Default = Config{Endpoint: "http://api.example.com"}\n',
      findings: [
        { line: 5, column: 33, endColumn: 55, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'package config\n\ntype Config struct{ Endpoint string }\n\nvar Default = Config{Endpoint: "https://api.example.com"}\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'gorilla websocket dialer with ws://',
      path: 'internal/live/live.go',
      code: 'package live\n\nimport "github.com/gorilla/websocket"\n\nfunc connect() {\n\tconn, _, _ := websocket.DefaultDialer.Dial("ws://live.example.com/feed", nil)\n\t_ = conn\n}\n',
      findings: [
        { line: 6, column: 46, endColumn: 72, message: url('live.example.com', 'ws'), severity: 'medium', confidence: 'high', fix: { title: 'Use wss://', output: 'package live\n\nimport "github.com/gorilla/websocket"\n\nfunc connect() {\n\tconn, _, _ := websocket.DefaultDialer.Dial("wss://live.example.com/feed", nil)\n\t_ = conn\n}\n' } }, // "ws://live.example.com/feed"
      ],
    },
    {
      name: 'go-ldap Dial over tcp is plain LDAP',
      path: 'internal/directory/bind.go',
      code: 'package directory\n\nimport "github.com/go-ldap/ldap/v3"\n\nfunc bind() {\n\tconn, _ := ldap.Dial("tcp", "ldap.example.com:389")\n\t_ = conn\n}\n',
      findings: [
        { line: 6, column: 13, endColumn: 22, message: ldapClient('ldap.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "ldap.Dial"
      ],
    },
    // PHP
    {
      name: 'file_get_contents of an http URL',
      path: 'src/feed.php',
      code: "<?php\n$feed = file_get_contents('http://news.example.com/feed.xml');\n",
      findings: [
        { line: 2, column: 28, endColumn: 60, message: url('news.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "<?php\n$feed = file_get_contents('https://news.example.com/feed.xml');\n" } }, // "http://news.example.com/feed.xml"
      ],
    },
    {
      name: 'Guzzle client with an http base_uri',
      path: 'src/Api.php',
      code: "<?php\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => 'http://api.example.com/v1/', 'timeout' => 5]);\n",
      findings: [
        { line: 4, column: 38, endColumn: 64, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "<?php\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => 'https://api.example.com/v1/', 'timeout' => 5]);\n" } }, // "http://api.example.com/v1/"
      ],
    },
    {
      name: 'Guzzle get with an interpolated path',
      path: 'src/Cases.php',
      code: "<?php\nfunction caseById($client, $id) {\n    return $client->get(\"http://api.example.com/cases/{$id}\");\n}\n",
      findings: [
        { line: 3, column: 26, endColumn: 60, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '<?php\nfunction caseById($client, $id) {\n    return $client->get("https://api.example.com/cases/{$id}");\n}\n' } }, // "http://api.example.com/cases/{$id}"
      ],
    },
    {
      name: 'curl_setopt with CURLOPT_URL',
      path: 'src/hook.php',
      code: "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, 'http://hooks.example.com/notify');\n",
      findings: [
        { line: 3, column: 32, endColumn: 63, message: url('hooks.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, 'https://hooks.example.com/notify');\n" } }, // "http://hooks.example.com/notify"
      ],
    },
    {
      name: 'ftp_connect is a cleartext client',
      path: 'src/upload.php',
      code: "<?php\n$conn = ftp_connect('ftp.example.com');\nftp_login($conn, $user, $password);\n",
      findings: [
        { line: 2, column: 9, endColumn: 20, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "ftp_connect"
      ],
    },
    {
      name: 'ldap_connect with ldap://',
      path: 'src/directory.php',
      code: "<?php\n$ds = ldap_connect('ldap://ldap.example.com');\n",
      findings: [
        { line: 2, column: 21, endColumn: 44, message: url('ldap.example.com', 'ldap'), severity: 'medium', confidence: 'high', fix: { title: 'Use ldaps://', output: "<?php\n$ds = ldap_connect('ldaps://ldap.example.com');\n" } }, // "ldap://ldap.example.com"
      ],
    },
    {
      name: 'ldap_connect with a bare host is plain LDAP',
      path: 'src/bind.php',
      code: "<?php\n$ds = ldap_connect('ldap.example.com', 389);\nldap_bind($ds, $dn, $password);\n",
      findings: [
        { line: 2, column: 7, endColumn: 19, message: ldapClient('ldap.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "ldap_connect"
      ],
    },
    {
      name: 'Laravel Http facade with a constant',
      path: 'app/Services/Cases.php',
      code: "<?php\nconst CASES_URL = 'http://cases.example.justice.gov.uk';\n\nfunction cases() {\n    return Http::get(CASES_URL . '/api/cases');\n}\n",
      findings: [
        { line: 2, column: 20, endColumn: 55, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "<?php\nconst CASES_URL = 'https://cases.example.justice.gov.uk';\n\nfunction cases() {\n    return Http::get(CASES_URL . '/api/cases');\n}\n" } }, // "http://cases.example.justice.gov.uk"
      ],
    },
    // Ruby
    {
      name: 'Net::HTTP.get with URI()',
      path: 'lib/client.rb',
      code: "require 'net/http'\n\nbody = Net::HTTP.get(URI('http://api.example.com/cases'))\n",
      findings: [
        { line: 3, column: 27, endColumn: 55, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "require 'net/http'\n\nbody = Net::HTTP.get(URI('https://api.example.com/cases'))\n" } }, // "http://api.example.com/cases"
      ],
    },
    {
      name: 'HTTParty with an interpolated path',
      path: 'lib/cases.rb',
      code: "def fetch_case(id)\n  HTTParty.get(\"http://api.example.com/cases/#{id}\")\nend\n",
      findings: [
        { line: 2, column: 17, endColumn: 51, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'def fetch_case(id)\n  HTTParty.get("https://api.example.com/cases/#{id}")\nend\n' } }, // "http://api.example.com/cases/#{id}"
      ],
    },
    {
      name: 'Faraday connection with an http url keyword',
      path: 'lib/api.rb',
      code: "CONN = Faraday.new(url: 'http://api.example.com') do |f|\n  f.request :json\nend\n",
      findings: [
        { line: 1, column: 26, endColumn: 48, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: "CONN = Faraday.new(url: 'https://api.example.com') do |f|\n  f.request :json\nend\n" } }, // "http://api.example.com"
      ],
    },
    {
      name: 'Net::FTP is a cleartext client',
      path: 'lib/upload.rb',
      code: "require 'net/ftp'\n\nNet::FTP.open('ftp.example.com') do |ftp|\n  ftp.login(user, password)\nend\n",
      findings: [
        { line: 3, column: 1, endColumn: 14, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "Net::FTP.open"
      ],
    },
    {
      name: 'Net::Telnet is a cleartext client',
      path: 'lib/switch.rb',
      code: "require 'net/telnet'\n\nsession = Net::Telnet.new('Host' => 'switch.example.com', 'Port' => 23)\n",
      findings: [
        { line: 3, column: 11, endColumn: 26, message: telnetClient('switch.example.com'), severity: 'high', confidence: 'high', fix: null }, // "Net::Telnet.new"
      ],
    },
    {
      name: 'Net::HTTP.new without use_ssl',
      path: 'lib/legacy.rb',
      code: "http = Net::HTTP.new('api.example.com', 80)\nresponse = http.get('/status')\n",
      findings: [
        { line: 1, column: 8, endColumn: 21, message: httpConnection('api.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "Net::HTTP.new"
      ],
    },
    {
      name: 'Net::HTTP.get with a host and a path',
      path: 'lib/status.rb',
      code: "status = Net::HTTP.get('status.example.com', '/health')\n",
      findings: [
        { line: 1, column: 10, endColumn: 23, message: httpConnection('status.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "Net::HTTP.get"
      ],
    },
    {
      name: 'Net::LDAP without encryption',
      path: 'lib/directory.rb',
      code: "ldap = Net::LDAP.new(host: 'ldap.example.com', port: 389)\n",
      findings: [
        { line: 1, column: 8, endColumn: 21, message: ldapClient('ldap.example.com'), severity: 'medium', confidence: 'high', fix: null }, // "Net::LDAP.new"
      ],
    },
    {
      name: 'Gemfile source over http',
      path: 'Gemfile',
      code: "source 'http://rubygems.org'\n\ngem 'rails', '~> 7.1'\n",
      findings: [
        { line: 1, column: 9, endColumn: 28, message: packageSource('rubygems.org'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1'\n" } }, // "http://rubygems.org"
      ],
    },
    {
      name: 'Gemfile gem from an http git URL',
      path: 'Gemfile',
      code: "source 'https://rubygems.org'\n\ngem 'internal_tools', git: 'http://git.example.com/tools.git'\n",
      findings: [
        { line: 3, column: 29, endColumn: 61, message: packageSource('git.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: "source 'https://rubygems.org'\n\ngem 'internal_tools', git: 'https://git.example.com/tools.git'\n" } }, // "http://git.example.com/tools.git"
      ],
    },
    // Shell
    {
      name: 'curl piped to sh',
      path: 'scripts/install.sh',
      code: '#!/bin/sh\ncurl -fsSL http://get.example.com/install.sh | sh\n',
      findings: [
        { line: 2, column: 12, endColumn: 45, message: url('get.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '#!/bin/sh\ncurl -fsSL https://get.example.com/install.sh | sh\n' } }, // "http://get.example.com/install.sh"
      ],
    },
    {
      name: 'wget of a URL with a variable path',
      path: 'scripts/fetch.sh',
      code: '#!/bin/bash\nwget -q "http://downloads.example.com/tool/${VERSION}/tool.tar.gz"\n',
      findings: [
        { line: 2, column: 10, endColumn: 66, message: url('downloads.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '#!/bin/bash\nwget -q "https://downloads.example.com/tool/${VERSION}/tool.tar.gz"\n' } }, // "http://downloads.example.com/tool/${VERSION}/tool.tar.gz"
      ],
    },
    {
      name: 'endpoint-like variable used by curl is reported once, at the assignment',
      path: 'scripts/notify.sh',
      code: '#!/bin/bash\nAPI_URL=http://api.example.com\ncurl -X POST "$API_URL/notify"\n',
      findings: [
        { line: 2, column: 9, endColumn: 31, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '#!/bin/bash\nAPI_URL=https://api.example.com\ncurl -X POST "$API_URL/notify"\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'git clone over http is a package source',
      path: 'scripts/bootstrap.sh',
      code: 'git clone http://git.example.com/platform/tools.git\n',
      findings: [
        { line: 1, column: 11, endColumn: 52, message: packageSource('git.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'git clone https://git.example.com/platform/tools.git\n' } }, // "http://git.example.com/platform/tools.git"
      ],
    },
    {
      name: 'pip install with an http index',
      path: 'scripts/setup.sh',
      code: 'pip install --index-url http://pypi.example.com/simple requests\n',
      findings: [
        { line: 1, column: 25, endColumn: 55, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'pip install --index-url https://pypi.example.com/simple requests\n' } }, // "http://pypi.example.com/simple"
      ],
    },
    {
      name: 'npm config set registry',
      path: 'scripts/setup.sh',
      code: 'npm config set registry http://npm.example.com/\n',
      findings: [
        { line: 1, column: 25, endColumn: 48, message: packageSource('npm.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'npm config set registry https://npm.example.com/\n' } }, // "http://npm.example.com/"
      ],
    },
    {
      name: 'ftp and telnet commands',
      path: 'scripts/legacy.sh',
      code: 'ftp ftp.example.com\ntelnet switch.example.com 23\n',
      findings: [
        { line: 1, column: 1, endColumn: 4, message: ftpClient('ftp.example.com'), severity: 'high', confidence: 'high', fix: null }, // "ftp"
        { line: 2, column: 1, endColumn: 7, message: telnetClient('switch.example.com'), severity: 'high', confidence: 'high', fix: null }, // "telnet"
      ],
    },
    {
      name: 'ftp to a host the script cannot see is still a cleartext client',
      path: 'scripts/upload.sh',
      code: '#!/bin/sh\nftp -n "$FTP_HOST" <<EOF\nput report.csv\nEOF\n',
      findings: [
        { line: 2, column: 1, endColumn: 4, message: ftpClient(), severity: 'high', confidence: 'high', fix: null }, // "ftp"
      ],
    },
    {
      name: 'ldapsearch against ldap:// without StartTLS',
      path: 'scripts/users.sh',
      code: 'ldapsearch -x -H ldap://ldap.example.com -b "dc=example,dc=com" "(uid=*)"\n',
      findings: [
        { line: 1, column: 18, endColumn: 41, message: url('ldap.example.com', 'ldap'), severity: 'medium', confidence: 'high', fix: { title: 'Use ldaps://', output: 'ldapsearch -x -H ldaps://ldap.example.com -b "dc=example,dc=com" "(uid=*)"\n' } }, // "ldap://ldap.example.com"
      ],
    },
    // YAML
    {
      name: 'Compose environment list entry',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    image: web:1.0\n    environment:\n      - API_URL=http://api.example.com\n      - LOG_LEVEL=info\n',
      findings: [
        { line: 5, column: 17, endColumn: 39, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'services:\n  web:\n    image: web:1.0\n    environment:\n      - API_URL=https://api.example.com\n      - LOG_LEVEL=info\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'Kubernetes env name and value',
      path: 'k8s/deployment.yaml',
      code: 'spec:\n  containers:\n    - name: web\n      env:\n        - name: BACKEND_URL\n          value: "http://backend.example.com"\n',
      findings: [
        { line: 6, column: 19, endColumn: 45, message: url('backend.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'spec:\n  containers:\n    - name: web\n      env:\n        - name: BACKEND_URL\n          value: "https://backend.example.com"\n' } }, // "http://backend.example.com"
      ],
    },
    {
      name: 'OpenAPI server URL with credentials',
      path: 'openapi.yaml',
      code: 'servers:\n  - url: http://reader:pa55word@api.example.com/v1\n',
      findings: [
        { line: 2, column: 10, endColumn: 51, message: urlWithCredentials('api.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'servers:\n  - url: https://reader:pa55word@api.example.com/v1\n' } }, // "http://reader:pa55word@api.example.com/v1"
      ],
    },
    {
      name: 'GitHub Actions run step with curl',
      path: '.github/workflows/ci.yml',
      code: 'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsSL http://tools.example.com/setup.sh | bash\n',
      findings: [
        { line: 5, column: 25, endColumn: 58, message: url('tools.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsSL https://tools.example.com/setup.sh | bash\n' } }, // "http://tools.example.com/setup.sh"
      ],
    },
    {
      name: 'CloudFormation viewer protocol policy allow-all',
      path: 'cfn/cdn.yaml',
      code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        DefaultCacheBehavior:\n          ViewerProtocolPolicy: allow-all\n',
      findings: [
        { line: 7, column: 33, endColumn: 42, message: VIEWER, severity: 'medium', confidence: 'high', fix: { title: 'Redirect viewers to HTTPS', output: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        DefaultCacheBehavior:\n          ViewerProtocolPolicy: redirect-to-https\n' } }, // "allow-all"
      ],
    },
    {
      name: 'Helm chart dependency repository',
      path: 'charts/app/Chart.yaml',
      code: 'apiVersion: v2\nname: app\ndependencies:\n  - name: redis\n    version: 17.0.0\n    repository: http://charts.example.com/stable\n',
      findings: [
        { line: 6, column: 17, endColumn: 49, message: packageSource('charts.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'apiVersion: v2\nname: app\ndependencies:\n  - name: redis\n    version: 17.0.0\n    repository: https://charts.example.com/stable\n' } }, // "http://charts.example.com/stable"
      ],
    },
    {
      name: 'cluster-internal service name is low confidence',
      path: 'config/app.yaml',
      code: 'payments:\n  base_url: http://payments.default.svc.cluster.local:8080\n',
      findings: [
        { line: 2, column: 13, endColumn: 59, message: url('payments.default.svc.cluster.local'), severity: 'medium', confidence: 'low', fix: { title: HTTPS, output: 'payments:\n  base_url: https://payments.default.svc.cluster.local:8080\n' } }, // "http://payments.default.svc.cluster.local:8080"
      ],
    },
    // JSON
    {
      name: 'appsettings endpoint',
      path: 'appsettings.json',
      code: '{\n  "Services": {\n    "CasesApiUrl": "http://cases.example.justice.gov.uk/api"\n  }\n}\n',
      findings: [
        { line: 3, column: 21, endColumn: 60, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '{\n  "Services": {\n    "CasesApiUrl": "https://cases.example.justice.gov.uk/api"\n  }\n}\n' } }, // "http://cases.example.justice.gov.uk/api"
      ],
    },
    {
      name: 'package.json publishConfig registry',
      path: 'package.json',
      code: '{\n  "name": "@moj/tool",\n  "publishConfig": {\n    "registry": "http://npm.example.com/"\n  }\n}\n',
      findings: [
        { line: 4, column: 18, endColumn: 41, message: packageSource('npm.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '{\n  "name": "@moj/tool",\n  "publishConfig": {\n    "registry": "https://npm.example.com/"\n  }\n}\n' } }, // "http://npm.example.com/"
      ],
    },
    {
      name: 'package.json script that downloads over http',
      path: 'package.json',
      code: '{\n  "name": "tool",\n  "scripts": {\n    "postinstall": "curl -sS http://tools.example.com/bin -o bin/tool"\n  }\n}\n',
      findings: [
        { line: 4, column: 30, endColumn: 58, message: url('tools.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '{\n  "name": "tool",\n  "scripts": {\n    "postinstall": "curl -sS https://tools.example.com/bin -o bin/tool"\n  }\n}\n' } }, // "http://tools.example.com/bin"
      ],
    },
    {
      name: 'composer repository over http',
      path: 'composer.json',
      code: '{\n  "repositories": [\n    { "type": "composer", "url": "http://packages.example.com" }\n  ]\n}\n',
      findings: [
        { line: 3, column: 35, endColumn: 62, message: packageSource('packages.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '{\n  "repositories": [\n    { "type": "composer", "url": "https://packages.example.com" }\n  ]\n}\n' } }, // "http://packages.example.com"
      ],
    },
    // XML
    {
      name: 'Maven repository over http',
      path: 'pom.xml',
      code: '<project>\n  <repositories>\n    <repository>\n      <id>corp</id>\n      <url>http://repo.example.com/maven2</url>\n    </repository>\n  </repositories>\n</project>\n',
      findings: [
        { line: 5, column: 12, endColumn: 42, message: packageSource('repo.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '<project>\n  <repositories>\n    <repository>\n      <id>corp</id>\n      <url>https://repo.example.com/maven2</url>\n    </repository>\n  </repositories>\n</project>\n' } }, // "http://repo.example.com/maven2"
      ],
    },
    {
      name: 'Maven settings mirror over http',
      path: '.m2/settings.xml',
      code: '<settings>\n  <mirrors>\n    <mirror>\n      <id>internal</id>\n      <url>http://nexus.example.com/repository/maven-public/</url>\n      <mirrorOf>*</mirrorOf>\n    </mirror>\n  </mirrors>\n</settings>\n',
      findings: [
        { line: 5, column: 12, endColumn: 61, message: packageSource('nexus.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '<settings>\n  <mirrors>\n    <mirror>\n      <id>internal</id>\n      <url>https://nexus.example.com/repository/maven-public/</url>\n      <mirrorOf>*</mirrorOf>\n    </mirror>\n  </mirrors>\n</settings>\n' } }, // "http://nexus.example.com/repository/maven-public/"
      ],
    },
    {
      name: 'web.config appSettings value named by its key',
      path: 'web.config',
      code: '<configuration>\n  <appSettings>\n    <add key="CasesServiceUrl" value="http://cases.example.justice.gov.uk/api" />\n  </appSettings>\n</configuration>\n',
      findings: [
        { line: 3, column: 39, endColumn: 78, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '<configuration>\n  <appSettings>\n    <add key="CasesServiceUrl" value="https://cases.example.justice.gov.uk/api" />\n  </appSettings>\n</configuration>\n' } }, // "http://cases.example.justice.gov.uk/api"
      ],
    },
    {
      name: 'Spring bean property named url',
      path: 'src/main/resources/context.xml',
      code: '<beans>\n  <bean id="client" class="com.example.Client">\n    <property name="url" value="http://api.example.com" />\n  </bean>\n</beans>\n',
      findings: [
        { line: 3, column: 33, endColumn: 55, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '<beans>\n  <bean id="client" class="com.example.Client">\n    <property name="url" value="https://api.example.com" />\n  </bean>\n</beans>\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'Android manifest permits cleartext traffic',
      path: 'app/src/main/AndroidManifest.xml',
      code: '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:usesCleartextTraffic="true" />\n</manifest>\n',
      findings: [
        { line: 2, column: 46, endColumn: 50, message: ANDROID, severity: 'medium', confidence: 'high', fix: { title: 'Stop permitting cleartext traffic', output: '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:usesCleartextTraffic="false" />\n</manifest>\n' } }, // "true"
      ],
    },
    {
      name: 'NuGet package source over http',
      path: 'NuGet.Config',
      code: '<configuration>\n  <packageSources>\n    <add key="internal" value="http://nuget.example.com/v3/index.json" />\n  </packageSources>\n</configuration>\n',
      findings: [
        { line: 3, column: 32, endColumn: 70, message: packageSource('nuget.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '<configuration>\n  <packageSources>\n    <add key="internal" value="https://nuget.example.com/v3/index.json" />\n  </packageSources>\n</configuration>\n' } }, // "http://nuget.example.com/v3/index.json"
      ],
    },
    // Dockerfile
    {
      name: 'ADD of an http URL',
      path: 'Dockerfile',
      code: 'FROM alpine:3.19\nADD http://downloads.example.com/tool.tar.gz /opt/\n',
      findings: [
        { line: 2, column: 5, endColumn: 45, message: download('downloads.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'FROM alpine:3.19\nADD https://downloads.example.com/tool.tar.gz /opt/\n' } }, // "http://downloads.example.com/tool.tar.gz"
      ],
    },
    {
      name: 'ADD with a pinned checksum is low confidence',
      path: 'Dockerfile',
      code: 'FROM alpine:3.19\nADD --checksum=sha256:24454f830cdd571e2c4fb5e5b8e15a4ae2c2cd1ffa8b2ef6bb0d2a3fed84a7ac http://downloads.example.com/tool.tar.gz /opt/\n',
      findings: [
        { line: 2, column: 88, endColumn: 128, message: download('downloads.example.com'), severity: 'high', confidence: 'low', fix: { title: HTTPS, output: 'FROM alpine:3.19\nADD --checksum=sha256:24454f830cdd571e2c4fb5e5b8e15a4ae2c2cd1ffa8b2ef6bb0d2a3fed84a7ac https://downloads.example.com/tool.tar.gz /opt/\n' } }, // "http://downloads.example.com/tool.tar.gz"
      ],
    },
    {
      name: 'RUN curl over a continued line',
      path: 'Dockerfile',
      code: 'FROM alpine:3.19\nRUN apk add --no-cache curl && \\\n    curl -fsSL http://get.example.com/install.sh | sh\n',
      findings: [
        { line: 3, column: 16, endColumn: 49, message: download('get.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'FROM alpine:3.19\nRUN apk add --no-cache curl && \\\n    curl -fsSL https://get.example.com/install.sh | sh\n' } }, // "http://get.example.com/install.sh"
      ],
    },
    {
      name: 'RUN in exec form',
      path: 'build/Dockerfile',
      code: 'FROM alpine:3.19\nRUN ["wget", "-q", "http://downloads.example.com/tool"]\n',
      findings: [
        { line: 2, column: 21, endColumn: 54, message: download('downloads.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'FROM alpine:3.19\nRUN ["wget", "-q", "https://downloads.example.com/tool"]\n' } }, // "http://downloads.example.com/tool"
      ],
    },
    {
      name: 'ENV with an endpoint-like name',
      path: 'Dockerfile',
      code: 'FROM node:20\nENV API_URL=http://api.example.com NODE_ENV=production\n',
      findings: [
        { line: 2, column: 13, endColumn: 35, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'FROM node:20\nENV API_URL=https://api.example.com NODE_ENV=production\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'RUN pip install from an http index',
      path: 'Dockerfile',
      code: 'FROM python:3.12\nRUN pip install -i http://pypi.example.com/simple -r requirements.txt\n',
      findings: [
        { line: 2, column: 20, endColumn: 50, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'FROM python:3.12\nRUN pip install -i https://pypi.example.com/simple -r requirements.txt\n' } }, // "http://pypi.example.com/simple"
      ],
    },
    // Terraform
    {
      name: 'HTTP listener that forwards',
      path: 'infra/lb.tf',
      code: 'resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
      findings: [
        { line: 4, column: 24, endColumn: 28, message: LISTENER, severity: 'medium', confidence: 'high', fix: null }, // "HTTP"
      ],
    },
    {
      name: 'CloudFront allow-all viewer policy',
      path: 'infra/cdn.tf',
      code: 'resource "aws_cloudfront_distribution" "cdn" {\n  default_cache_behavior {\n    viewer_protocol_policy = "allow-all"\n  }\n}\n',
      findings: [
        { line: 3, column: 31, endColumn: 40, message: VIEWER, severity: 'medium', confidence: 'high', fix: { title: 'Redirect viewers to HTTPS', output: 'resource "aws_cloudfront_distribution" "cdn" {\n  default_cache_behavior {\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n' } }, // "allow-all"
      ],
    },
    {
      name: 'ElastiCache transit encryption turned off',
      path: 'infra/cache.tf',
      code: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cases"\n  transit_encryption_enabled = false\n}\n',
      findings: [
        { line: 3, column: 32, endColumn: 37, message: TRANSIT, severity: 'medium', confidence: 'high', fix: { title: 'Turn transit encryption on', output: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cases"\n  transit_encryption_enabled = true\n}\n' } }, // "false"
      ],
    },
    {
      name: 'ECS EFS volume with transit encryption disabled',
      path: 'infra/task.tf',
      code: 'resource "aws_ecs_task_definition" "app" {\n  volume {\n    name = "data"\n    efs_volume_configuration {\n      file_system_id     = aws_efs_file_system.data.id\n      transit_encryption = "DISABLED"\n    }\n  }\n}\n',
      findings: [
        { line: 6, column: 29, endColumn: 37, message: TRANSIT, severity: 'medium', confidence: 'high', fix: { title: 'Turn transit encryption on', output: 'resource "aws_ecs_task_definition" "app" {\n  volume {\n    name = "data"\n    efs_volume_configuration {\n      file_system_id     = aws_efs_file_system.data.id\n      transit_encryption = "ENABLED"\n    }\n  }\n}\n' } }, // "DISABLED"
      ],
    },
    {
      name: 'provider address over http',
      path: 'infra/providers.tf',
      code: 'provider "vault" {\n  address = "http://vault.example.com:8200"\n}\n',
      findings: [
        { line: 2, column: 14, endColumn: 43, message: url('vault.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'provider "vault" {\n  address = "https://vault.example.com:8200"\n}\n' } }, // "http://vault.example.com:8200"
      ],
    },
    {
      name: 'module source over http',
      path: 'infra/main.tf',
      code: 'module "network" {\n  source = "http://modules.example.com/network.zip"\n}\n',
      findings: [
        { line: 2, column: 13, endColumn: 51, message: packageSource('modules.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'module "network" {\n  source = "https://modules.example.com/network.zip"\n}\n' } }, // "http://modules.example.com/network.zip"
      ],
    },
    {
      name: 'variable default named like an endpoint',
      path: 'infra/variables.tf',
      code: 'variable "api_url" {\n  type    = string\n  default = "http://api.example.com"\n}\n',
      findings: [
        { line: 3, column: 14, endColumn: 36, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'variable "api_url" {\n  type    = string\n  default = "https://api.example.com"\n}\n' } }, // "http://api.example.com"
      ],
    },
    // .properties
    {
      name: 'escaped colon keeps its escape after the fix',
      path: 'src/main/resources/application.properties',
      code: 'cases.api.base-url=http\\://cases.example.justice.gov.uk/api\n',
      findings: [
        { line: 1, column: 20, endColumn: 60, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'cases.api.base-url=https\\://cases.example.justice.gov.uk/api\n' } }, // "http\\://cases.example.justice.gov.uk/api"
      ],
    },
    {
      name: 'endpoint property',
      path: 'config/service.properties',
      code: 'payments.endpoint = http://payments.example.com/v1\n',
      findings: [
        { line: 1, column: 21, endColumn: 51, message: url('payments.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'payments.endpoint = https://payments.example.com/v1\n' } }, // "http://payments.example.com/v1"
      ],
    },
    {
      name: 'Gradle wrapper distribution over http',
      path: 'gradle/wrapper/gradle-wrapper.properties',
      code: 'distributionBase=GRADLE_USER_HOME\ndistributionUrl=http\\://services.gradle.org/distributions/gradle-8.7-bin.zip\n',
      findings: [
        { line: 2, column: 17, endColumn: 77, message: packageSource('services.gradle.org'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'distributionBase=GRADLE_USER_HOME\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip\n' } }, // "http\\://services.gradle.org/distributions/gradle-8.7-bin.zip"
      ],
    },
    // .env
    {
      name: 'endpoint variable',
      path: '.env',
      code: 'API_URL=http://api.example.com\nLOG_LEVEL=debug\n',
      findings: [
        { line: 1, column: 9, endColumn: 31, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'API_URL=https://api.example.com\nLOG_LEVEL=debug\n' } }, // "http://api.example.com"
      ],
    },
    {
      name: 'quoted webhook URL with credentials',
      path: '.env.production',
      code: 'WEBHOOK_URL="http://hook:t0ps3cret@hooks.example.com/deploy"\n',
      findings: [
        { line: 1, column: 14, endColumn: 60, message: urlWithCredentials('hooks.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'WEBHOOK_URL="https://hook:t0ps3cret@hooks.example.com/deploy"\n' } }, // "http://hook:t0ps3cret@hooks.example.com/deploy"
      ],
    },
    {
      name: 'private address is low confidence',
      path: 'config/.env',
      code: 'export REPORTS_ENDPOINT=http://10.20.0.15:9000/reports\n',
      findings: [
        { line: 1, column: 25, endColumn: 55, message: url('10.20.0.15'), severity: 'medium', confidence: 'low', fix: { title: HTTPS, output: 'export REPORTS_ENDPOINT=https://10.20.0.15:9000/reports\n' } }, // "http://10.20.0.15:9000/reports"
      ],
    },
    // INI and pip.conf
    {
      name: 'pip.conf index-url and a multi-line extra-index-url',
      path: 'pip.conf',
      code: '[global]\nindex-url = http://pypi.example.com/simple\nextra-index-url =\n    https://pypi.org/simple\n    http://mirror.example.com/simple\n',
      findings: [
        { line: 2, column: 13, endColumn: 43, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '[global]\nindex-url = https://pypi.example.com/simple\nextra-index-url =\n    https://pypi.org/simple\n    http://mirror.example.com/simple\n' } }, // "http://pypi.example.com/simple"
        { line: 5, column: 5, endColumn: 37, message: packageSource('mirror.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '[global]\nindex-url = http://pypi.example.com/simple\nextra-index-url =\n    https://pypi.org/simple\n    https://mirror.example.com/simple\n' } }, // "http://mirror.example.com/simple"
      ],
    },
    {
      name: 'ini section with an endpoint key',
      path: 'config/app.ini',
      code: '[cases]\nurl = http://cases.example.justice.gov.uk/api\ntimeout = 10\n',
      findings: [
        { line: 2, column: 7, endColumn: 46, message: url('cases.example.justice.gov.uk'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '[cases]\nurl = https://cases.example.justice.gov.uk/api\ntimeout = 10\n' } }, // "http://cases.example.justice.gov.uk/api"
      ],
    },
    {
      name: 'setup.cfg easy_install index_url',
      path: 'setup.cfg',
      code: '[easy_install]\nindex_url = http://pypi.example.com/simple\n',
      findings: [
        { line: 2, column: 13, endColumn: 43, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '[easy_install]\nindex_url = https://pypi.example.com/simple\n' } }, // "http://pypi.example.com/simple"
      ],
    },
    // .npmrc
    {
      name: 'registry over http',
      path: '.npmrc',
      code: 'registry=http://registry.example.com/\n',
      findings: [
        { line: 1, column: 10, endColumn: 38, message: packageSource('registry.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'registry=https://registry.example.com/\n' } }, // "http://registry.example.com/"
      ],
    },
    {
      name: 'scoped registry over http',
      path: 'web/.npmrc',
      code: 'engine-strict=true\n@moj:registry=http://npm.example.justice.gov.uk/\n',
      findings: [
        { line: 2, column: 15, endColumn: 49, message: packageSource('npm.example.justice.gov.uk'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'engine-strict=true\n@moj:registry=https://npm.example.justice.gov.uk/\n' } }, // "http://npm.example.justice.gov.uk/"
      ],
    },
    {
      name: 'registry with credentials in the URL',
      path: '.npmrc',
      code: 'registry=http://ci:npmpass@registry.example.com/\n',
      findings: [
        { line: 1, column: 10, endColumn: 49, message: packageSourceWithCredentials('registry.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'registry=https://ci:npmpass@registry.example.com/\n' } }, // "http://ci:npmpass@registry.example.com/"
      ],
    },
    // pip requirements
    {
      name: 'index-url option',
      path: 'requirements.txt',
      code: '--index-url http://pypi.example.com/simple\nrequests==2.32.3\n',
      findings: [
        { line: 1, column: 13, endColumn: 43, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '--index-url https://pypi.example.com/simple\nrequests==2.32.3\n' } }, // "http://pypi.example.com/simple"
      ],
    },
    {
      name: 'short -i and extra-index-url with =',
      path: 'requirements-dev.txt',
      code: '-i http://pypi.example.com/simple\n--extra-index-url=http://mirror.example.com/simple\npytest==8.2.0\n',
      findings: [
        { line: 1, column: 4, endColumn: 34, message: packageSource('pypi.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '-i https://pypi.example.com/simple\n--extra-index-url=http://mirror.example.com/simple\npytest==8.2.0\n' } }, // "http://pypi.example.com/simple"
        { line: 2, column: 19, endColumn: 51, message: packageSource('mirror.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: '-i http://pypi.example.com/simple\n--extra-index-url=https://mirror.example.com/simple\npytest==8.2.0\n' } }, // "http://mirror.example.com/simple"
      ],
    },
    {
      name: 'direct reference over http',
      path: 'requirements.txt',
      code: 'internal-tools @ http://files.example.com/internal_tools-1.0.tar.gz\n',
      findings: [
        { line: 1, column: 18, endColumn: 68, message: packageSource('files.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'internal-tools @ https://files.example.com/internal_tools-1.0.tar.gz\n' } }, // "http://files.example.com/internal_tools-1.0.tar.gz"
      ],
    },
    // Gradle
    {
      name: 'maven repository url in the Groovy DSL',
      path: 'build.gradle',
      code: "repositories {\n    mavenCentral()\n    maven { url 'http://repo.example.com/maven2' }\n}\n",
      findings: [
        { line: 3, column: 18, endColumn: 48, message: packageSource('repo.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: "repositories {\n    mavenCentral()\n    maven { url 'https://repo.example.com/maven2' }\n}\n" } }, // "http://repo.example.com/maven2"
      ],
    },
    {
      name: 'url = uri(...) with allowInsecureProtocol',
      path: 'settings.gradle',
      code: 'pluginManagement {\n    repositories {\n        maven {\n            url = uri("http://plugins.example.com/releases")\n            allowInsecureProtocol = true\n        }\n    }\n}\n',
      findings: [
        { line: 4, column: 24, endColumn: 59, message: packageSource('plugins.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: 'pluginManagement {\n    repositories {\n        maven {\n            url = uri("https://plugins.example.com/releases")\n            allowInsecureProtocol = true\n        }\n    }\n}\n' } }, // "http://plugins.example.com/releases"
      ],
    },
    {
      name: 'ivy repository url',
      path: 'build.gradle',
      code: "repositories {\n    ivy {\n        url 'http://ivy.example.com/repo'\n    }\n}\n",
      findings: [
        { line: 3, column: 14, endColumn: 41, message: packageSource('ivy.example.com'), severity: 'high', confidence: 'high', fix: { title: HTTPS, output: "repositories {\n    ivy {\n        url 'https://ivy.example.com/repo'\n    }\n}\n" } }, // "http://ivy.example.com/repo"
      ],
    },
    // nginx and Apache
    {
      name: 'nginx proxy_pass to an external host',
      path: 'nginx/nginx.conf',
      code: 'http {\n  server {\n    listen 443 ssl;\n    location /api/ {\n      proxy_pass http://api.example.com/;\n    }\n  }\n}\n',
      findings: [
        { line: 5, column: 18, endColumn: 41, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: 'http {\n  server {\n    listen 443 ssl;\n    location /api/ {\n      proxy_pass https://api.example.com/;\n    }\n  }\n}\n' } }, // "http://api.example.com/"
      ],
    },
    {
      name: 'nginx proxy_pass to an upstream name is low confidence',
      path: 'nginx/conf.d/app.conf',
      code: 'upstream backend {\n  server app1.example.com:8080;\n}\nserver {\n  location / {\n    proxy_pass http://backend;\n  }\n}\n',
      findings: [
        { line: 6, column: 16, endColumn: 30, message: url('backend'), severity: 'medium', confidence: 'low', fix: { title: HTTPS, output: 'upstream backend {\n  server app1.example.com:8080;\n}\nserver {\n  location / {\n    proxy_pass https://backend;\n  }\n}\n' } }, // "http://backend"
      ],
    },
    {
      name: 'Apache ProxyPass to an external host',
      path: 'apache/httpd.conf',
      code: '<VirtualHost *:443>\n  ProxyPass /app http://app.example.com/\n  ProxyPassReverse /app http://app.example.com/\n</VirtualHost>\n',
      findings: [
        { line: 2, column: 18, endColumn: 41, message: url('app.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '<VirtualHost *:443>\n  ProxyPass /app https://app.example.com/\n  ProxyPassReverse /app http://app.example.com/\n</VirtualHost>\n' } }, // "http://app.example.com/"
      ],
    },
    {
      name: 'Apache ProxyPassMatch with quoted arguments',
      path: 'apache/sites/app.conf',
      code: '<VirtualHost *:443>\n  ProxyPassMatch "^/api/(.*)$" "http://api.example.com/$1"\n</VirtualHost>\n',
      findings: [
        { line: 2, column: 33, endColumn: 58, message: url('api.example.com'), severity: 'medium', confidence: 'high', fix: { title: HTTPS, output: '<VirtualHost *:443>\n  ProxyPassMatch "^/api/(.*)$" "https://api.example.com/$1"\n</VirtualHost>\n' } }, // "http://api.example.com/$1"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'https URL', path: 'src/cases.js', code: "fetch('https://cases.example.justice.gov.uk/api/cases');\n" },
    { name: 'localhost, loopback and IPv6 loopback', path: 'src/dev.ts', code: "fetch('http://localhost:3000/api');\nfetch('http://127.0.0.1:8080/health');\nfetch('http://[::1]:9000/x');\nfetch('http://app.localhost/x');\n" },
    { name: 'cloud metadata service is link-local', path: 'src/metadata.js', code: "const token = await fetch('http://169.254.169.254/latest/api/token', { method: 'PUT' });\n" },
    { name: 'SVG namespace is an identifier, not traffic', path: 'src/icon.js', code: "const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');\n" },
    { name: 'URL in a log message reaches no network API', path: 'src/help.js', code: "console.log('Documentation: http://docs.example.com/guide');\n" },
    { name: 'documentation link name is not an endpoint', path: 'src/links.ts', code: "export const docsUrl = 'http://docs.example.com/guide';\nexport const licenseUrl = 'http://www.apache.org/licenses/LICENSE-2.0';\n" },
    { name: 'proxy URL uses the http scheme for the proxy protocol', path: 'src/agent.js', code: "const proxyUrl = 'http://proxy.example.com:3128';\nconst agent = new HttpsProxyAgent(proxyUrl);\n" },
    { name: 'host the code cannot see', path: 'src/dynamic.js', code: 'fetch(`http://${host}/api/cases`);\n' },
    { name: 'basic-ftp client with secure: true', path: 'src/upload.ts', code: "import { Client } from 'basic-ftp';\n\nconst client = new Client();\nawait client.access({ host: 'ftp.example.com', secure: true });\n" },
    { name: 'error citing the specification section it enforces', path: 'app/oidc/claims.py', code: 'def parse_claims(raw):\n    try:\n        return json.loads(raw)\n    except ValueError:\n        raise InvalidRequestError(description="Malformed claims", uri="http://openid.net/specs/openid-connect-core-1_0.html#ClaimsParameter")\n' },
    { name: 'FTP wrapper that spreads its caller options (the caller chooses secure)', path: 'src/fetch-ftp.js', code: "const { Client } = require('basic-ftp');\n\nasync function download(url, opts = {}) {\n  const client = new Client();\n  await client.access({ host: url.hostname, port: 21, ...opts });\n  return client;\n}\n" },
    { name: 'comment is not code', path: 'src/old.js', code: "// fetch('http://api.example.com/cases');\nfetch('/api/cases');\n" },
    { name: 'HTTP mock registers a fake response and sends nothing', path: 'test/cases.test.js', code: "import fetchMock from 'fetch-mock';\n\nfetchMock.get('http://api.example.com/cases', 200);\n" },
    { name: 'anchor in a template string reaches no network API', path: 'src/footer.tsx', code: "export const Footer = () => <a href=\"http://www.example.com\">Example</a>;\n" },
    // Python
    { name: 'loopback health check', path: 'app/health.py', code: "import requests\n\nrequests.get('http://127.0.0.1:8000/health', timeout=2)\n" },
    { name: 'FTP_TLS is encrypted', path: 'app/transfer.py', code: "from ftplib import FTP_TLS\n\nftps = FTP_TLS('ftp.example.com')\n" },
    { name: 'StartTLS upgrades ldap://', path: 'app/directory.py', code: "import ldap\n\nconn = ldap.initialize('ldap://ldap.example.com')\nconn.start_tls_s()\n" },
    { name: 'docstring is not code', path: 'app/client.py', code: 'def fetch():\n    """Fetch from http://api.example.com/cases."""\n    return None\n' },
    { name: 'requests_mock intercepts the session', path: 'tests/test_client.py', code: "import requests_mock\n\nwith requests_mock.Mocker() as m:\n    m.get('http://api.example.com/cases', json=[])\n" },
    { name: 'ldap3 Server with use_ssl', path: 'app/directory.py', code: "from ldap3 import Server\n\nserver = Server('ldap.example.com', port=636, use_ssl=True)\n" },
    { name: 'ldap3 StartTLS before bind', path: 'app/directory.py', code: "import ldap3\n\nserver = ldap3.Server('ldap.example.com')\nconn = ldap3.Connection(server, auto_bind=ldap3.AUTO_BIND_TLS_BEFORE_BIND)\n" },
    { name: 'FTP client for a local test server', path: 'tests/test_transfer.py', code: "from ftplib import FTP\n\nftp = FTP()\nftp.connect('127.0.0.1', 2121)\n" },
    { name: 'setup() url is the project home page', path: 'setup.py', code: "from setuptools import setup\n\nsetup(name='tool', version='1.0', url='http://github.com/example/tool')\n" },
    { name: 'cache lookup keyed by a URL sends nothing', path: 'app/cache.py', code: "cached = cache.get('http://api.example.com/cases')\n" },
    // Java
    { name: 'localhost in a test client', path: 'src/test/java/ClientTest.java', code: 'class ClientTest {\n  void call() throws Exception {\n    new URL("http://localhost:8080/health").openConnection();\n  }\n}\n' },
    { name: 'FTPSClient is encrypted', path: 'src/main/java/Upload.java', code: 'class Upload {\n  void run() throws Exception {\n    FTPSClient ftp = new FTPSClient();\n    ftp.connect("ftp.example.com");\n  }\n}\n' },
    { name: 'StartTLS extended operation upgrades ldap://', path: 'src/main/java/Directory.java', code: 'class Directory {\n  void open(Hashtable<String, String> env) throws Exception {\n    env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389");\n    LdapContext ctx = new InitialLdapContext(env, null);\n    StartTlsResponse tls = (StartTlsResponse) ctx.extendedOperation(new StartTlsRequest());\n  }\n}\n' },
    { name: 'URL in a log message', path: 'src/main/java/Help.java', code: 'class Help {\n  void show() {\n    LOG.info("See http://docs.example.com/guide for help");\n  }\n}\n' },
    { name: 'XML namespace URI', path: 'src/main/java/Svg.java', code: 'class Svg {\n  Element icon(Document doc) {\n    return doc.createElementNS("http://www.w3.org/2000/svg", "svg");\n  }\n}\n' },
    // C#
    { name: 'https base address', path: 'src/Startup.cs', code: 'class Startup {\n  HttpClient client = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };\n}\n' },
    { name: 'loopback in development', path: 'src/Dev.cs', code: 'class Dev {\n  Task<string> Ping(HttpClient http) => http.GetStringAsync("http://127.0.0.1:5000/ping");\n}\n' },
    { name: 'EnableSsl makes an ftp:// FtpWebRequest use FTPS', path: 'src/Upload.cs', code: 'class Upload {\n  void Run() {\n    var request = (FtpWebRequest)WebRequest.Create("ftp://ftp.example.com/report.csv");\n    request.EnableSsl = true;\n  }\n}\n' },
    { name: 'Atom namespace is an identifier', path: 'src/Feed.cs', code: 'class Feed {\n  static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";\n}\n' },
    { name: 'ADSI LDAP:// moniker names the provider, not the transport', path: 'src/Directory.cs', code: 'class Directory {\n  DirectoryEntry Root() => new DirectoryEntry("LDAP://dc01.corp.example.com/DC=corp,DC=example,DC=com");\n}\n' },
    // Go
    { name: 'loopback server address', path: 'cmd/probe/main.go', code: 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.Get("http://127.0.0.1:8080/healthz")\n}\n' },
    { name: 'explicit TLS option makes jlaffaye/ftp use FTPS', path: 'internal/upload/ftp.go', code: 'package upload\n\nimport (\n\t"crypto/tls"\n\n\t"github.com/jlaffaye/ftp"\n)\n\nfunc connect(cfg *tls.Config) {\n\tconn, _ := ftp.Dial("ftp.example.com:21", ftp.DialWithExplicitTLS(cfg))\n\t_ = conn\n}\n' },
    { name: 'ldaps:// is encrypted', path: 'internal/directory/ldap.go', code: 'package directory\n\nimport "github.com/go-ldap/ldap/v3"\n\nfunc connect() {\n\tconn, _ := ldap.DialURL("ldaps://ldap.example.com:636")\n\t_ = conn\n}\n' },
    { name: 'URL printed for a person', path: 'cmd/help/main.go', code: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Docs: http://docs.example.com/guide")\n}\n' },
    // PHP
    { name: 'ftp_ssl_connect is encrypted', path: 'src/upload.php', code: "<?php\n$conn = ftp_ssl_connect('ftp.example.com');\n" },
    { name: 'loopback request', path: 'src/health.php', code: "<?php\n$status = file_get_contents('http://127.0.0.1/status');\n" },
    { name: 'link in markup reaches no network API', path: 'src/footer.php', code: "<?php\necho '<a href=\"http://www.example.com\">Example</a>';\n" },
    { name: 'ldap_start_tls upgrades the connection', path: 'src/directory.php', code: "<?php\n$ds = ldap_connect('ldap://ldap.example.com');\nldap_start_tls($ds);\n" },
    // Ruby
    { name: 'use_ssl turns on TLS for Net::HTTP', path: 'lib/client.rb', code: "http = Net::HTTP.new('api.example.com', 443)\nhttp.use_ssl = true\n" },
    { name: 'use_ssl decided by the URI scheme', path: 'lib/client.rb', code: "uri = URI(ENV.fetch('API_URL'))\nNet::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https') do |http|\n  http.get(uri.path)\nend\n" },
    { name: 'gemspec metadata links', path: 'tool.gemspec', code: "Gem::Specification.new do |spec|\n  spec.homepage = 'http://tool.example.com'\n  spec.metadata['source_code_uri'] = 'http://github.com/example/tool'\n  spec.metadata['changelog_uri'] = 'http://github.com/example/tool/CHANGELOG.md'\nend\n" },
    { name: 'Net::FTP with ssl: true uses FTPS', path: 'lib/upload.rb', code: "ftp = Net::FTP.new('ftp.example.com', ssl: true)\n" },
    { name: 'loopback request', path: 'lib/health.rb', code: "Net::HTTP.get(URI('http://localhost:3000/health'))\n" },
    { name: 'URL printed for a person', path: 'lib/help.rb', code: "puts 'Docs: http://docs.example.com/guide'\n" },
    { name: 'Net::LDAP with StartTLS encryption', path: 'lib/directory.rb', code: "ldap = Net::LDAP.new(host: 'ldap.example.com', port: 389, encryption: { method: :start_tls })\n" },
    { name: 'Gemfile with an https source', path: 'Gemfile', code: "source 'https://rubygems.org'\n\ngem 'rails'\n" },
    // Shell
    { name: 'proxy option value is not the target', path: 'scripts/fetch.sh', code: 'curl -x http://proxy.example.com:3128 https://api.example.com/cases\n' },
    { name: 'loopback health check', path: 'scripts/health.sh', code: 'curl -fsS http://localhost:8080/health\n' },
    { name: 'echoed URL is not a request', path: 'scripts/help.sh', code: 'echo "Docs: http://docs.example.com/guide"\n' },
    { name: 'ldapsearch with StartTLS', path: 'scripts/users.sh', code: 'ldapsearch -ZZ -x -H ldap://ldap.example.com -b "dc=example,dc=com"\n' },
    { name: 'comment is not code', path: 'scripts/old.sh', code: '# curl http://api.example.com/cases\ncurl https://api.example.com/cases\n' },
    // YAML
    { name: 'OpenAPI licence URL is documentation', path: 'openapi.yaml', code: 'info:\n  license:\n    name: Apache 2.0\n    url: http://www.apache.org/licenses/LICENSE-2.0.html\n' },
    { name: 'proxy variables use the http scheme for the proxy protocol', path: 'docker-compose.yml', code: 'services:\n  web:\n    environment:\n      HTTP_PROXY: http://proxy.example.com:3128\n      HTTPS_PROXY: http://proxy.example.com:3128\n' },
    { name: 'loopback service URL', path: 'config/dev.yaml', code: 'api:\n  url: http://localhost:8080\n' },
    { name: 'Helm template host is not known', path: 'charts/app/values.yaml', code: 'api:\n  url: http://{{ .Values.api.host }}/v1\n' },
    { name: 'redirect-to-https viewer policy', path: 'cfn/cdn.yaml', code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        DefaultCacheBehavior:\n          ViewerProtocolPolicy: redirect-to-https\n' },
    { name: 'CORS origins are not endpoints', path: 'config/cors.yaml', code: 'cors:\n  allowed_origins:\n    - http://cases.example.justice.gov.uk\n' },
    // JSON
    { name: 'package.json metadata links', path: 'package.json', code: '{\n  "name": "tool",\n  "homepage": "http://tool.example.com",\n  "repository": { "type": "git", "url": "http://github.com/example/tool" },\n  "bugs": { "url": "http://github.com/example/tool/issues" }\n}\n' },
    { name: '$schema is an identifier', path: 'config/schema-user.json', code: '{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "title": "User"\n}\n' },
    { name: 'loopback endpoint', path: 'appsettings.Development.json', code: '{\n  "CasesApiUrl": "http://localhost:5001/api"\n}\n' },
    { name: 'JSON-LD context is an identifier', path: 'public/ld.json', code: '{\n  "@context": "http://schema.org",\n  "@type": "Organization"\n}\n' },
    // XML
    { name: 'pom project URL and namespaces are not traffic', path: 'pom.xml', code: '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">\n  <url>http://www.example.com</url>\n  <licenses>\n    <license>\n      <url>http://www.apache.org/licenses/LICENSE-2.0.txt</url>\n    </license>\n  </licenses>\n</project>\n' },
    { name: 'MSBuild package metadata links', path: 'src/Tool/Tool.csproj', code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <PackageProjectUrl>http://tool.example.com</PackageProjectUrl>\n    <RepositoryUrl>http://github.com/example/tool</RepositoryUrl>\n  </PropertyGroup>\n</Project>\n' },
    { name: 'https repository', path: 'pom.xml', code: '<project>\n  <repositories>\n    <repository>\n      <url>https://repo.example.com/maven2</url>\n    </repository>\n  </repositories>\n</project>\n' },
    { name: 'Android cleartext allowed only for the emulator host loopback', path: 'app/src/main/res/xml/network_security_config.xml', code: '<network-security-config>\n  <domain-config cleartextTrafficPermitted="true">\n    <domain includeSubdomains="true">localhost</domain>\n    <domain includeSubdomains="true">10.0.2.2</domain>\n  </domain-config>\n</network-security-config>\n' },
    // Dockerfile
    { name: 'ADD over https', path: 'Dockerfile', code: 'FROM alpine:3.19\nADD https://downloads.example.com/tool.tar.gz /opt/\n' },
    { name: 'RUN curl against a loopback service', path: 'Dockerfile', code: 'FROM alpine:3.19\nRUN curl -fsS http://127.0.0.1:8080/ready || true\n' },
    { name: 'proxy build argument', path: 'Dockerfile', code: 'FROM alpine:3.19\nARG HTTP_PROXY=http://proxy.example.com:3128\nRUN apk add --no-cache curl\n' },
    // Terraform
    { name: 'HTTP listener that redirects to HTTPS', path: 'infra/lb.tf', code: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}\n' },
    { name: 'redirect-to-https and transit encryption on', path: 'infra/cdn.tf', code: 'resource "aws_cloudfront_distribution" "cdn" {\n  default_cache_behavior {\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  transit_encryption_enabled = true\n}\n' },
    { name: 'LocalStack endpoints on localhost', path: 'infra/localstack.tf', code: 'provider "aws" {\n  endpoints {\n    s3  = "http://localhost:4566"\n    sqs = "http://localhost:4566"\n  }\n}\n' },
    // .properties, .env, INI, .npmrc
    { name: 'loopback property', path: 'src/main/resources/application-dev.properties', code: 'cases.api.base-url=http://localhost:8081/api\n' },
    { name: 'documentation property name', path: 'config/app.properties', code: 'app.docs-url=http://docs.example.com/guide\n' },
    { name: 'proxy variables', path: '.env', code: 'HTTP_PROXY=http://proxy.example.com:3128\nNO_PROXY=localhost\n' },
    { name: 'host the file cannot see', path: '.env.example', code: 'API_URL=http://${API_HOST}/v1\n' },
    { name: 'https index', path: 'pip.conf', code: '[global]\nindex-url = https://pypi.org/simple\n' },
    { name: 'commented-out setting', path: 'config/app.ini', code: '[api]\n; url = http://api.example.com\nurl = https://api.example.com\n' },
    { name: 'https registry and an http proxy', path: '.npmrc', code: 'registry=https://registry.npmjs.org/\nproxy=http://proxy.example.com:3128\n' },
    { name: 'commented-out registry', path: '.npmrc', code: '# registry=http://registry.example.com/\nregistry=https://registry.npmjs.org/\n' },
    // pip requirements and Gradle
    { name: 'https index and pinned requirements', path: 'requirements.txt', code: '--index-url https://pypi.org/simple\nrequests==2.32.3\n' },
    { name: 'commented-out index', path: 'requirements.txt', code: '# --index-url http://pypi.example.com/simple\nrequests==2.32.3\n' },
    { name: 'mavenCentral and an https repository', path: 'build.gradle', code: "repositories {\n    mavenCentral()\n    maven { url 'https://repo.example.com/maven2' }\n}\n" },
    { name: 'commented-out repository and a loopback one', path: 'build.gradle', code: "repositories {\n    // maven { url 'http://repo.example.com/maven2' }\n    maven { url 'http://localhost:8081/repository/maven-public/' }\n}\n" },
    // nginx and Apache
    { name: 'nginx proxy_pass to loopback', path: 'nginx/nginx.conf', code: 'server {\n  location / {\n    proxy_pass http://127.0.0.1:8080;\n  }\n}\n' },
    { name: 'nginx proxy_pass to a variable host', path: 'nginx/nginx.conf', code: 'server {\n  location / {\n    proxy_pass http://$upstream_host;\n  }\n}\n' },
    { name: 'Apache ProxyPass to loopback', path: 'apache/httpd.conf', code: '<VirtualHost *:443>\n  ProxyPass / http://localhost:8080/\n</VirtualHost>\n' },
  ],
};

describeRule(table);

/** The secret part of each credentials case's URL. */
const SECRETS: Readonly<Record<string, string>> = {
  'credentials in the URL raise the severity': 'hunter22',
  'OpenAPI server URL with credentials': 'pa55word',
  'quoted webhook URL with credentials': 't0ps3cret',
  'registry with credentials in the URL': 'npmpass',
};


describe('rule transport/cleartext-http: credentials in URLs', () => {
  const cases = table.invalid.filter((testCase) => testCase.name.includes('credentials'));

  it('has cases with credentials', () => {
    assert.ok(cases.length >= 4);
  });

  for (const testCase of cases) {
    it(`${testCase.path}: ${testCase.name} marks the secret for redaction`, async () => {
      const findings = findingsOf(cleartextHttp, await scanCase(cleartextHttp, testCase));
      const secrets = findings.flatMap((finding) => finding.secrets.map((range) => testCase.code.slice(range.start, range.end)));
      assert.deepEqual(secrets, [SECRETS[testCase.name]]);
      for (const finding of findings) assert.ok(!finding.message.includes(SECRETS[testCase.name] ?? '\u0000'));
    });
  }
});
