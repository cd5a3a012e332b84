/**
 * Cases for transport/tls-verify-disabled: certificate or hostname verification turned off, in
 * every language where the API exists and in the configuration files that set it.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { tlsVerifyDisabled } from './tls-verify-disabled';

const CONTROL =
  'MoJ guidance requires in-transit encryption that also establishes the identity of the other end (Cryptography: In transit).';
const CERT = `TLS certificate verification is turned off, so any server can impersonate the real one. ${CONTROL} Trust a CA bundle instead of disabling verification.`;
const HOSTNAME = `TLS hostname verification is turned off, so a valid certificate for any other site is accepted. ${CONTROL} Keep the hostname check and trust a CA bundle instead.`;
const TRUST_ALL = `This certificate check accepts every certificate, so any server can impersonate the real one. ${CONTROL} Use the platform's default validation, with a CA bundle for private CAs.`;
const PROCESS_WIDE = `This setting turns off TLS certificate verification for every connection the process makes, so any server can impersonate the real one. ${CONTROL} Remove it and trust a CA bundle instead.`;
const SELF_SIGNED = `Self-signed certificates are accepted from any server, so an attacker can present one and impersonate the real server. ${CONTROL} Trust the specific certificate or its CA instead.`;
const TRUSTED_HOST = `pip's trusted-host turns off certificate verification for that host, so anyone on the network path can serve packages in its name. ${CONTROL} Give pip the CA bundle with --cert instead.`;
const CLIENT_CERT = `Client certificates are requested but not verified, so any client can claim an identity. ${CONTROL} Keep rejectUnauthorized on, or check socket.authorized before trusting the client.`;

export const table: RuleTable = {
  rule: tlsVerifyDisabled,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'https.request options',
      path: 'src/client.js',
      code: "https.request({ hostname: 'api.example.gov.uk', rejectUnauthorized: false }, onResponse);\n",
      findings: [
        { line: 1, column: 49, endColumn: 74, message: CERT, fix: { title: 'Turn certificate verification back on', output: "https.request({ hostname: 'api.example.gov.uk', rejectUnauthorized: true }, onResponse);\n" } },
      ],
    },
    {
      name: 'https.Agent handed to axios',
      path: 'src/api.ts',
      code: `import axios from 'axios';
import https from 'node:https';

export const api = axios.create({
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});
`,
      findings: [
        { line: 5, column: 33, endColumn: 58, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import axios from 'axios';
import https from 'node:https';

export const api = axios.create({
  httpsAgent: new https.Agent({ rejectUnauthorized: true }),
});
` } },
      ],
    },
    {
      name: 'got https options',
      path: 'src/fetch.mjs',
      code: 'const body = await got(url, { https: { rejectUnauthorized: false } }).json();\n',
      findings: [
        { line: 1, column: 40, endColumn: 65, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'const body = await got(url, { https: { rejectUnauthorized: true } }).json();\n' } },
      ],
    },
    {
      name: 'minified !1',
      path: 'dist/bundle.js',
      code: 'tls.connect(443,host,{rejectUnauthorized:!1},onConnect);\n',
      findings: [
        { line: 1, column: 23, endColumn: 44, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'tls.connect(443,host,{rejectUnauthorized:true},onConnect);\n' } },
      ],
    },
    {
      name: 'zero is falsy to tls.connect',
      path: 'src/socket.js',
      code: 'const socket = tls.connect({ host, port: 443, rejectUnauthorized: 0 });\n',
      findings: [
        { line: 1, column: 47, endColumn: 68, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'const socket = tls.connect({ host, port: 443, rejectUnauthorized: true });\n' } },
      ],
    },
    {
      name: 'constant in a variable',
      path: 'src/agent.js',
      code: `const verifyTls = false;
const agent = new https.Agent({ rejectUnauthorized: verifyTls });
`,
      findings: [
        { line: 2, column: 33, endColumn: 62, message: CERT, fix: null },
      ],
    },
    {
      name: 'shorthand property holding false',
      path: 'src/agent.ts',
      code: `const rejectUnauthorized = false;
export const agent = new Agent({ rejectUnauthorized });
`,
      findings: [
        { line: 2, column: 34, endColumn: 52, message: CERT, fix: null },
      ],
    },
    {
      name: 'type assertion around the literal',
      path: 'src/pool.ts',
      code: 'const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: false as boolean } });\n',
      findings: [
        { line: 1, column: 50, endColumn: 86, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: true as boolean } });\n' } },
      ],
    },
    {
      name: 'pg ssl options',
      path: 'src/db.js',
      code: `const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});
`,
      findings: [
        { line: 3, column: 10, endColumn: 35, message: CERT, fix: { title: 'Turn certificate verification back on', output: `const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: true },
});
` } },
      ],
    },
    {
      name: 'global agent option assigned',
      path: 'src/bootstrap.js',
      code: 'https.globalAgent.options.rejectUnauthorized = false;\n',
      findings: [
        { line: 1, column: 1, endColumn: 53, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'https.globalAgent.options.rejectUnauthorized = true;\n' } },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED set in code',
      path: 'src/index.js',
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n",
      findings: [
        { line: 1, column: 1, endColumn: 47, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';\n" } },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED through brackets, as a number',
      path: 'src/index.ts',
      code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;\n",
      findings: [
        { line: 1, column: 1, endColumn: 48, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 1;\n" } },
      ],
    },
    {
      name: 'child process environment',
      path: 'scripts/run.js',
      code: `spawn('node', ['worker.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" } });
`,
      findings: [
        { line: 1, column: 55, endColumn: 88, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `spawn('node', ['worker.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "1" } });
` } },
      ],
    },
    {
      name: 'checkServerIdentity that returns undefined',
      path: 'src/tls.js',
      code: 'const socket = tls.connect({ host, port, ca, checkServerIdentity: () => undefined });\n',
      findings: [
        { line: 1, column: 46, endColumn: 82, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'checkServerIdentity written as an empty method',
      path: 'src/tls.ts',
      code: `const options = {
  ca,
  checkServerIdentity(host: string, cert: PeerCertificate) {
    return undefined;
  },
};
`,
      findings: [
        { line: 3, column: 3, endLine: 5, endColumn: 4, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'checkServerIdentity function expression that only logs',
      path: 'src/tls.cjs',
      code: 'tls.connect({ host, ca, checkServerIdentity: function (host, cert) { log.debug(host); } });\n',
      findings: [
        { line: 1, column: 25, endColumn: 88, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'request strictSSL',
      path: 'legacy/client.js',
      code: 'request({ url, strictSSL: false }, callback);\n',
      findings: [
        { line: 1, column: 16, endColumn: 32, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'request({ url, strictSSL: true }, callback);\n' } },
      ],
    },
    {
      name: 'MongoDB driver options',
      path: 'src/mongo.ts',
      code: 'const client = new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: true, tlsAllowInvalidHostnames: true });\n',
      findings: [
        { line: 1, column: 50, endColumn: 83, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'const client = new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: false, tlsAllowInvalidHostnames: true });\n' } },
        { line: 1, column: 85, endColumn: 115, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: 'const client = new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: true, tlsAllowInvalidHostnames: false });\n' } },
      ],
    },
    {
      name: 'server that requests client certificates but does not verify them',
      path: 'src/server.js',
      code: 'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, onConnection);\n',
      findings: [
        { line: 1, column: 54, endColumn: 79, message: CLIENT_CERT, confidence: 'medium', fix: { title: 'Turn client certificate verification back on', output: 'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, onConnection);\n' } },
      ],
    },
    {
      name: 'JSX file',
      path: 'src/App.tsx',
      code: `const agent = new Agent({ rejectUnauthorized: false });
export const App = () => <Status agent={agent} />;
`,
      findings: [
        { line: 1, column: 27, endColumn: 52, message: CERT, fix: { title: 'Turn certificate verification back on', output: `const agent = new Agent({ rejectUnauthorized: true });
export const App = () => <Status agent={agent} />;
` } },
      ],
    },
    // Python
    {
      name: 'requests keyword argument',
      path: 'app/client.py',
      code: `import requests

response = requests.get(url, timeout=10, verify=False)
`,
      findings: [
        { line: 3, column: 42, endColumn: 54, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import requests

response = requests.get(url, timeout=10, verify=True)
` } },
      ],
    },
    {
      name: 'aliased import',
      path: 'app/client.py',
      code: `import requests as r

r.post(url, json=payload, verify=False)
`,
      findings: [
        { line: 3, column: 27, endColumn: 39, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import requests as r

r.post(url, json=payload, verify=True)
` } },
      ],
    },
    {
      name: 'session attribute',
      path: 'app/session.py',
      code: `import requests

http_session = requests.Session()
http_session.verify = False
`,
      findings: [
        { line: 4, column: 1, endColumn: 28, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import requests

http_session = requests.Session()
http_session.verify = True
` } },
      ],
    },
    {
      name: 'session made by requests.Session under a short name',
      path: 'app/session.py',
      code: `from requests import Session

s = Session()
s.verify = False
`,
      findings: [
        { line: 4, column: 1, endColumn: 17, message: CERT, fix: { title: 'Turn certificate verification back on', output: `from requests import Session

s = Session()
s.verify = True
` } },
      ],
    },
    {
      name: 'httpx client',
      path: 'app/client.py',
      code: `import httpx

client = httpx.AsyncClient(base_url=BASE, verify=False)
`,
      findings: [
        { line: 3, column: 43, endColumn: 55, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import httpx

client = httpx.AsyncClient(base_url=BASE, verify=True)
` } },
      ],
    },
    {
      name: 'constant in a variable',
      path: 'app/client.py',
      code: `import requests

VERIFY_TLS = False

def fetch(url):
    return requests.get(url, verify=VERIFY_TLS)
`,
      findings: [
        { line: 6, column: 30, endColumn: 47, message: CERT, fix: null },
      ],
    },
    {
      name: 'aiohttp request ssl=False',
      path: 'app/fetch.py',
      code: `import aiohttp

async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, ssl=False) as response:
        return await response.text()
`,
      findings: [
        { line: 4, column: 33, endColumn: 42, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import aiohttp

async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, ssl=True) as response:
        return await response.text()
` } },
      ],
    },
    {
      name: 'aiohttp connector verify_ssl=False',
      path: 'app/fetch.py',
      code: `import aiohttp

connector = aiohttp.TCPConnector(verify_ssl=False)
`,
      findings: [
        { line: 3, column: 34, endColumn: 50, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import aiohttp

connector = aiohttp.TCPConnector(verify_ssl=True)
` } },
      ],
    },
    {
      name: 'boto3 client',
      path: 'app/storage.py',
      code: `import boto3

s3 = boto3.client('s3', endpoint_url=ENDPOINT, verify=False)
`,
      findings: [
        { line: 3, column: 48, endColumn: 60, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import boto3

s3 = boto3.client('s3', endpoint_url=ENDPOINT, verify=True)
` } },
      ],
    },
    {
      name: 'urllib3 cert_reqs as a string',
      path: 'app/pool.py',
      code: `import urllib3

http = urllib3.PoolManager(cert_reqs='CERT_NONE')
`,
      findings: [
        { line: 3, column: 28, endColumn: 49, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import urllib3

http = urllib3.PoolManager(cert_reqs='CERT_REQUIRED')
` } },
      ],
    },
    {
      name: 'urllib3 cert_reqs with the imported constant',
      path: 'app/pool.py',
      code: `import urllib3
from ssl import CERT_NONE

http = urllib3.PoolManager(cert_reqs=CERT_NONE, assert_hostname=False)
`,
      findings: [
        { line: 4, column: 28, endColumn: 47, message: CERT, fix: null },
        { line: 4, column: 49, endColumn: 70, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'unverified context',
      path: 'app/download.py',
      code: `import ssl
import urllib.request

context = ssl._create_unverified_context()
urllib.request.urlopen(url, context=context)
`,
      findings: [
        { line: 4, column: 11, endColumn: 43, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import ssl
import urllib.request

context = ssl.create_default_context()
urllib.request.urlopen(url, context=context)
` } },
      ],
    },
    {
      name: 'unverified context with a CA file keyword',
      path: 'app/download.py',
      code: `import ssl

context = ssl._create_unverified_context(cafile=CA_FILE)
`,
      findings: [
        { line: 3, column: 11, endColumn: 57, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import ssl

context = ssl.create_default_context(cafile=CA_FILE)
` } },
      ],
    },
    {
      name: 'default HTTPS context replaced for the whole process',
      path: 'app/__init__.py',
      code: `import ssl

ssl._create_default_https_context = ssl._create_unverified_context
`,
      findings: [
        { line: 3, column: 1, endColumn: 67, message: PROCESS_WIDE, fix: null },
      ],
    },
    {
      name: 'context with hostname check and verification off',
      path: 'app/tls.py',
      code: `import ssl

context = ssl.create_default_context()
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE
`,
      findings: [
        { line: 4, column: 1, endColumn: 31, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `import ssl

context = ssl.create_default_context()
context.check_hostname = True
context.verify_mode = ssl.CERT_NONE
` } },
        { line: 5, column: 1, endColumn: 36, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import ssl

context = ssl.create_default_context()
context.check_hostname = False
context.verify_mode = ssl.CERT_REQUIRED
` } },
      ],
    },
    {
      name: 'subclass of ssl.SSLContext that turns both checks off is still reported',
      path: 'app/tls.py',
      code: `import ssl

class TrustingContext(ssl.SSLContext):
    def __init__(self, protocol):
        self.check_hostname = False
        self.verify_mode = ssl.CERT_NONE
`,
      findings: [
        { line: 5, column: 9, endColumn: 36, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `import ssl

class TrustingContext(ssl.SSLContext):
    def __init__(self, protocol):
        self.check_hostname = True
        self.verify_mode = ssl.CERT_NONE
` } },
        { line: 6, column: 9, endColumn: 41, message: CERT, fix: { title: 'Turn certificate verification back on', output: `import ssl

class TrustingContext(ssl.SSLContext):
    def __init__(self, protocol):
        self.check_hostname = False
        self.verify_mode = ssl.CERT_REQUIRED
` } },
      ],
    },
    {
      name: 'PYTHONHTTPSVERIFY set in the environment',
      path: 'app/settings.py',
      code: `import os

os.environ['PYTHONHTTPSVERIFY'] = '0'
`,
      findings: [
        { line: 3, column: 1, endColumn: 38, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `import os

os.environ['PYTHONHTTPSVERIFY'] = '1'
` } },
      ],
    },
    // Java
    {
      name: 'anonymous trust-all X509TrustManager',
      path: 'src/main/java/gov/moj/Http.java',
      code: `TrustManager[] trustAll = new TrustManager[] {
    new X509TrustManager() {
        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        public void checkServerTrusted(X509Certificate[] chain, String authType) { }
    }
};
`,
      findings: [
        { line: 5, column: 21, endColumn: 39, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'trust manager class whose check only returns',
      path: 'src/main/java/gov/moj/LenientTrustManager.java',
      code: `public class LenientTrustManager extends X509ExtendedTrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // accept everything in the test environment
        return;
    }
}
`,
      findings: [
        { line: 3, column: 17, endColumn: 35, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'hostname verifier lambda',
      path: 'src/main/java/gov/moj/Http.java',
      code: `class Http {
    void configure() {
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }
}
`,
      findings: [
        { line: 3, column: 55, endColumn: 82, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'anonymous HostnameVerifier',
      path: 'src/main/java/gov/moj/Http.java',
      code: `class Http {
    static final HostnameVerifier ANY_HOST = new HostnameVerifier() {
        @Override
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    };
}
`,
      findings: [
        { line: 4, column: 24, endColumn: 30, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'HostnameVerifier variable holding a block lambda',
      path: 'src/main/java/gov/moj/Http.java',
      code: `class Http {
    void configure(HttpsURLConnection connection) {
        HostnameVerifier anyHost = (host, session) -> { return true; };
        connection.setHostnameVerifier(anyHost);
    }
}
`,
      findings: [
        { line: 3, column: 36, endColumn: 71, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'Apache HttpClient NoopHostnameVerifier.INSTANCE',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    CloseableHttpClient build(SSLContext context) {
        return HttpClients.custom()
            .setSSLContext(context)
            .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)
            .build();
    }
}
`,
      findings: [
        { line: 5, column: 37, endColumn: 66, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'fully qualified NoopHostnameVerifier constructor',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    SSLConnectionSocketFactory factory(SSLContext context) {
        return new SSLConnectionSocketFactory(context, new org.apache.http.conn.ssl.NoopHostnameVerifier());
    }
}
`,
      findings: [
        { line: 3, column: 56, endColumn: 107, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'deprecated ALLOW_ALL_HOSTNAME_VERIFIER',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    SSLConnectionSocketFactory factory(SSLContext context) {
        return new SSLConnectionSocketFactory(context, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
    }
}
`,
      findings: [
        { line: 3, column: 56, endColumn: 110, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `class Client {
    SSLConnectionSocketFactory factory(SSLContext context) {
        return new SSLConnectionSocketFactory(context, SSLConnectionSocketFactory.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER);
    }
}
` } },
      ],
    },
    {
      name: 'AllowAllHostnameVerifier',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    void configure(SSLSocketFactory factory) {
        factory.setHostnameVerifier(new AllowAllHostnameVerifier());
    }
}
`,
      findings: [
        { line: 3, column: 37, endColumn: 67, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'TrustAllStrategy',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    SSLContext context() throws Exception {
        return SSLContexts.custom().loadTrustMaterial(null, TrustAllStrategy.INSTANCE).build();
    }
}
`,
      findings: [
        { line: 3, column: 61, endColumn: 86, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'trust strategy lambda',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    SSLContext context() throws Exception {
        return new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> true).build();
    }
}
`,
      findings: [
        { line: 3, column: 64, endColumn: 89, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'TrustSelfSignedStrategy is medium confidence',
      path: 'src/main/java/gov/moj/Client.java',
      code: `class Client {
    SSLContext context(KeyStore store) throws Exception {
        return SSLContexts.custom().loadTrustMaterial(store, new TrustSelfSignedStrategy()).build();
    }
}
`,
      findings: [
        { line: 3, column: 62, endColumn: 91, message: SELF_SIGNED, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'OkHttp hostnameVerifier',
      path: 'src/main/java/gov/moj/Api.java',
      code: `class Api {
    OkHttpClient client = new OkHttpClient.Builder()
        .hostnameVerifier((hostname, session) -> true)
        .build();
}
`,
      findings: [
        { line: 3, column: 27, endColumn: 54, message: HOSTNAME, fix: null },
      ],
    },
    {
      name: 'JDK HttpClient hostname switch',
      path: 'src/main/java/gov/moj/Main.java',
      code: `class Main {
    public static void main(String[] args) {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    }
}
`,
      findings: [
        { line: 3, column: 9, endColumn: 90, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `class Main {
    public static void main(String[] args) {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "false");
    }
}
` } },
      ],
    },
    // C#
    {
      name: 'HttpClientHandler initialiser lambda',
      path: 'src/Api/Client.cs',
      code: `var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
};
`,
      findings: [
        { line: 3, column: 49, endColumn: 87, message: TRUST_ALL, fix: { title: 'Turn certificate verification back on', output: `var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None,
};
` } },
      ],
    },
    {
      name: 'DangerousAcceptAnyServerCertificateValidator',
      path: 'src/Api/Client.cs',
      code: `var handler = new HttpClientHandler();
handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
`,
      findings: [
        { line: 2, column: 53, endColumn: 115, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'ServicePointManager anonymous delegate',
      path: 'src/Legacy/Startup.cs',
      code: 'ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };\n',
      findings: [
        { line: 1, column: 60, endColumn: 85, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'callback that logs and accepts',
      path: 'src/Legacy/Startup.cs',
      code: `ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) =>
{
    logger.LogWarning("Ignoring certificate errors: {Errors}", errors);
    return true;
};
`,
      findings: [
        { line: 1, column: 59, endLine: 5, endColumn: 2, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'named callback method',
      path: 'src/Legacy/Startup.cs',
      code: `class Startup
{
    void Configure() => ServicePointManager.ServerCertificateValidationCallback = AcceptAll;

    static bool AcceptAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
    {
        return true;
    }
}
`,
      findings: [
        { line: 5, column: 17, endColumn: 26, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'SslStream positional callback',
      path: 'src/Net/Tunnel.cs',
      code: 'var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => true);\n',
      findings: [
        { line: 1, column: 49, endColumn: 86, message: TRUST_ALL, fix: { title: 'Turn certificate verification back on', output: 'var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None);\n' } },
      ],
    },
    {
      name: 'RemoteCertificateValidationCallback object',
      path: 'src/Net/Tunnel.cs',
      code: 'var ssl = new SslStream(stream, false, new RemoteCertificateValidationCallback((s, c, ch, e) => { return true; }));\n',
      findings: [
        { line: 1, column: 80, endColumn: 113, message: TRUST_ALL, fix: null },
      ],
    },
    {
      name: 'SslClientAuthenticationOptions callback',
      path: 'src/Net/Tunnel.cs',
      code: `await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
{
    TargetHost = host,
    RemoteCertificateValidationCallback = (s, c, ch, e) => true,
});
`,
      findings: [
        { line: 4, column: 43, endColumn: 64, message: TRUST_ALL, fix: { title: 'Turn certificate verification back on', output: `await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
{
    TargetHost = host,
    RemoteCertificateValidationCallback = (s, c, ch, e) => e == System.Net.Security.SslPolicyErrors.None,
});
` } },
      ],
    },
    {
      name: 'expression-bodied callback with typed parameters',
      path: 'src/Net/Validation.cs',
      code: `class Validation
{
    public static bool Any(object s, X509Certificate c, X509Chain ch, System.Net.Security.SslPolicyErrors e) => true;
}
`,
      findings: [
        { line: 3, column: 24, endColumn: 27, message: TRUST_ALL, fix: null },
      ],
    },
    // Go
    {
      name: 'tls.Config literal',
      path: 'internal/client/client.go',
      code: `package client

import "crypto/tls"

var config = &tls.Config{InsecureSkipVerify: true}
`,
      findings: [
        { line: 5, column: 26, endColumn: 50, message: CERT, fix: { title: 'Turn certificate verification back on', output: `package client

import "crypto/tls"

var config = &tls.Config{InsecureSkipVerify: false}
` } },
      ],
    },
    {
      name: 'nested in an http.Transport',
      path: 'internal/client/client.go',
      code: `package client

import (
	"crypto/tls"
	"net/http"
)

func New() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: true},
	}}
}
`,
      findings: [
        { line: 10, column: 62, endColumn: 86, message: CERT, fix: { title: 'Turn certificate verification back on', output: `package client

import (
	"crypto/tls"
	"net/http"
)

func New() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false},
	}}
}
` } },
      ],
    },
    {
      name: 'field assigned',
      path: 'internal/client/client.go',
      code: `package client

func configure(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true
}
`,
      findings: [
        { line: 4, column: 2, endColumn: 31, message: CERT, fix: { title: 'Turn certificate verification back on', output: `package client

func configure(cfg *tls.Config) {
	cfg.InsecureSkipVerify = false
}
` } },
      ],
    },
    {
      name: 'constant holding true',
      path: 'internal/client/client.go',
      code: `package client

const skipVerify = true

var config = tls.Config{InsecureSkipVerify: skipVerify}
`,
      findings: [
        { line: 5, column: 25, endColumn: 55, message: CERT, fix: null },
      ],
    },
    {
      name: 'aliased import',
      path: 'internal/client/client.go',
      code: `package client

import ctls "crypto/tls"

var config = ctls.Config{
	InsecureSkipVerify: true,
}
`,
      findings: [
        { line: 6, column: 2, endColumn: 26, message: CERT, fix: { title: 'Turn certificate verification back on', output: `package client

import ctls "crypto/tls"

var config = ctls.Config{
	InsecureSkipVerify: false,
}
` } },
      ],
    },
    {
      name: 'transport field chain',
      path: 'internal/client/client.go',
      code: `package client

func insecure(transport *http.Transport) {
	transport.TLSClientConfig.InsecureSkipVerify = true
}
`,
      findings: [
        { line: 4, column: 2, endColumn: 53, message: CERT, fix: { title: 'Turn certificate verification back on', output: `package client

func insecure(transport *http.Transport) {
	transport.TLSClientConfig.InsecureSkipVerify = false
}
` } },
      ],
    },
    // PHP
    {
      name: 'curl_setopt VERIFYPEER false',
      path: 'src/Client.php',
      code: `<?php
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
`,
      findings: [
        { line: 3, column: 18, endColumn: 47, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
` } },
      ],
    },
    {
      name: 'curl_setopt VERIFYHOST 0',
      path: 'src/Client.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
`,
      findings: [
        { line: 2, column: 18, endColumn: 43, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
` } },
      ],
    },
    {
      name: 'VERIFYHOST 1 is medium confidence',
      path: 'src/Client.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 1);
`,
      findings: [
        { line: 2, column: 18, endColumn: 43, message: HOSTNAME, confidence: 'medium', fix: { title: 'Turn hostname verification back on', output: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
` } },
      ],
    },
    {
      name: 'curl_setopt_array',
      path: 'src/Client.php',
      code: `<?php
curl_setopt_array($ch, [
    CURLOPT_URL => $url,
    CURLOPT_SSL_VERIFYPEER => false,
    CURLOPT_SSL_VERIFYHOST => 0,
]);
`,
      findings: [
        { line: 4, column: 5, endColumn: 36, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
curl_setopt_array($ch, [
    CURLOPT_URL => $url,
    CURLOPT_SSL_VERIFYPEER => true,
    CURLOPT_SSL_VERIFYHOST => 0,
]);
` } },
        { line: 5, column: 5, endColumn: 32, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `<?php
curl_setopt_array($ch, [
    CURLOPT_URL => $url,
    CURLOPT_SSL_VERIFYPEER => false,
    CURLOPT_SSL_VERIFYHOST => 2,
]);
` } },
      ],
    },
    {
      name: 'constant in a variable',
      path: 'src/Client.php',
      code: `<?php
$verify = false;
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, $verify);
`,
      findings: [
        { line: 3, column: 18, endColumn: 49, message: CERT, fix: null },
      ],
    },
    {
      name: 'Guzzle verify option',
      path: 'src/Api.php',
      code: `<?php
$client = new \\GuzzleHttp\\Client(['base_uri' => $base, 'verify' => false]);
`,
      findings: [
        { line: 2, column: 56, endColumn: 73, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
$client = new \\GuzzleHttp\\Client(['base_uri' => $base, 'verify' => true]);
` } },
      ],
    },
    {
      name: 'Guzzle RequestOptions::VERIFY',
      path: 'src/Api.php',
      code: `<?php
$response = $client->request('GET', $url, [RequestOptions::VERIFY => false]);
`,
      findings: [
        { line: 2, column: 44, endColumn: 75, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
$response = $client->request('GET', $url, [RequestOptions::VERIFY => true]);
` } },
      ],
    },
    {
      name: 'stream context ssl options',
      path: 'src/Feed.php',
      code: `<?php
$context = stream_context_create(['ssl' => [
    'verify_peer' => false,
    'verify_peer_name' => false,
    'allow_self_signed' => true,
]]);
`,
      findings: [
        { line: 3, column: 5, endColumn: 27, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
$context = stream_context_create(['ssl' => [
    'verify_peer' => true,
    'verify_peer_name' => false,
    'allow_self_signed' => true,
]]);
` } },
        { line: 4, column: 5, endColumn: 32, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `<?php
$context = stream_context_create(['ssl' => [
    'verify_peer' => false,
    'verify_peer_name' => true,
    'allow_self_signed' => true,
]]);
` } },
        { line: 5, column: 5, endColumn: 32, message: SELF_SIGNED, confidence: 'medium', fix: { title: 'Stop accepting self-signed certificates', output: `<?php
$context = stream_context_create(['ssl' => [
    'verify_peer' => false,
    'verify_peer_name' => false,
    'allow_self_signed' => false,
]]);
` } },
      ],
    },
    {
      name: 'stream_context_set_option',
      path: 'src/Feed.php',
      code: `<?php
stream_context_set_option($context, 'ssl', 'verify_peer', false);
`,
      findings: [
        { line: 2, column: 44, endColumn: 64, message: CERT, fix: { title: 'Turn certificate verification back on', output: `<?php
stream_context_set_option($context, 'ssl', 'verify_peer', true);
` } },
      ],
    },
    {
      name: 'Laravel withoutVerifying',
      path: 'app/Services/Api.php',
      code: `<?php
$response = Http::withoutVerifying()->get($url);
`,
      findings: [
        { line: 2, column: 19, endColumn: 37, message: CERT, fix: null },
      ],
    },
    // Ruby
    {
      name: 'Net::HTTP verify_mode',
      path: 'lib/client.rb',
      code: `http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
`,
      findings: [
        { line: 3, column: 20, endColumn: 45, message: CERT, fix: { title: 'Turn certificate verification back on', output: `http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
http.verify_mode = OpenSSL::SSL::VERIFY_PEER
` } },
      ],
    },
    {
      name: 'Net::HTTP.start keyword',
      path: 'lib/client.rb',
      code: `Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |http|
  http.get(uri.path)
end
`,
      findings: [
        { line: 1, column: 65, endColumn: 90, message: CERT, fix: { title: 'Turn certificate verification back on', output: `Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_PEER) do |http|
  http.get(uri.path)
end
` } },
      ],
    },
    {
      name: 'hash rocket',
      path: 'lib/client.rb',
      code: 'options = { :use_ssl => true, :verify_mode => ::OpenSSL::SSL::VERIFY_NONE }\n',
      findings: [
        { line: 1, column: 47, endColumn: 74, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'options = { :use_ssl => true, :verify_mode => ::OpenSSL::SSL::VERIFY_PEER }\n' } },
      ],
    },
    {
      name: 'Faraday ssl verify false',
      path: 'lib/api.rb',
      code: 'conn = Faraday.new(url: BASE_URL, ssl: { verify: false })\n',
      findings: [
        { line: 1, column: 42, endColumn: 55, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'conn = Faraday.new(url: BASE_URL, ssl: { verify: true })\n' } },
      ],
    },
    {
      name: 'HTTParty verify false',
      path: 'lib/api.rb',
      code: 'response = HTTParty.get(url, verify: false)\n',
      findings: [
        { line: 1, column: 30, endColumn: 43, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'response = HTTParty.get(url, verify: true)\n' } },
      ],
    },
    {
      name: 'RestClient verify_ssl with VERIFY_NONE',
      path: 'lib/api.rb',
      code: 'resource = RestClient::Resource.new(url, verify_ssl: OpenSSL::SSL::VERIFY_NONE)\n',
      findings: [
        { line: 1, column: 54, endColumn: 79, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'resource = RestClient::Resource.new(url, verify_ssl: OpenSSL::SSL::VERIFY_PEER)\n' } },
      ],
    },
    {
      name: 'SSL context verify_hostname false',
      path: 'lib/tls.rb',
      code: `context = OpenSSL::SSL::SSLContext.new
context.verify_hostname = false
`,
      findings: [
        { line: 2, column: 1, endColumn: 32, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `context = OpenSSL::SSL::SSLContext.new
context.verify_hostname = true
` } },
      ],
    },
    {
      name: 'global monkey patch',
      path: 'config/initializers/ssl.rb',
      code: 'OpenSSL::SSL.const_set(:VERIFY_PEER, OpenSSL::SSL::VERIFY_NONE)\n',
      findings: [
        { line: 1, column: 38, endColumn: 63, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'OpenSSL::SSL.const_set(:VERIFY_PEER, OpenSSL::SSL::VERIFY_PEER)\n' } },
      ],
    },
    // Shell
    {
      name: 'curl -k',
      path: 'scripts/deploy.sh',
      code: `#!/bin/sh
curl -k -o release.tar.gz https://artifacts.example.gov.uk/release.tar.gz
`,
      findings: [
        { line: 2, column: 6, endColumn: 8, message: CERT, fix: { title: 'Turn certificate verification back on', output: `#!/bin/sh
curl -o release.tar.gz https://artifacts.example.gov.uk/release.tar.gz
` } },
      ],
    },
    {
      name: 'k in a short option cluster',
      path: 'scripts/install.sh',
      code: 'curl -fsSLk https://get.example.gov.uk/install.sh | sh\n',
      findings: [
        { line: 1, column: 6, endColumn: 12, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'curl -fsSL https://get.example.gov.uk/install.sh | sh\n' } },
      ],
    },
    {
      name: 'curl --insecure after sudo',
      path: 'scripts/install.sh',
      code: 'sudo curl --insecure -o /usr/local/bin/tool https://tools.example.gov.uk/tool\n',
      findings: [
        { line: 1, column: 11, endColumn: 21, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'sudo curl -o /usr/local/bin/tool https://tools.example.gov.uk/tool\n' } },
      ],
    },
    {
      name: 'wget --no-check-certificate',
      path: 'scripts/fetch.bash',
      code: 'wget --no-check-certificate "$ARTIFACT_URL"\n',
      findings: [
        { line: 1, column: 6, endColumn: 28, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'wget "$ARTIFACT_URL"\n' } },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED exported',
      path: 'scripts/start.sh',
      code: `export NODE_TLS_REJECT_UNAUTHORIZED=0
node server.js
`,
      findings: [
        { line: 1, column: 8, endColumn: 38, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `export NODE_TLS_REJECT_UNAUTHORIZED=1
node server.js
` } },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED for one command',
      path: 'scripts/start.sh',
      code: "NODE_TLS_REJECT_UNAUTHORIZED='0' npm run seed\n",
      findings: [
        { line: 1, column: 1, endColumn: 33, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: "NODE_TLS_REJECT_UNAUTHORIZED='1' npm run seed\n" } },
      ],
    },
    {
      name: 'git config http.sslVerify false',
      path: 'scripts/setup.sh',
      code: 'git config --global http.sslVerify "false"\n',
      findings: [
        { line: 1, column: 21, endColumn: 43, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'git config --global http.sslVerify true\n' } },
      ],
    },
    {
      name: 'git -c http.sslVerify=false',
      path: 'scripts/setup.sh',
      code: 'git -c http.sslVerify=false clone https://git.example.gov.uk/team/repo.git\n',
      findings: [
        { line: 1, column: 8, endColumn: 28, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'git -c http.sslVerify=true clone https://git.example.gov.uk/team/repo.git\n' } },
      ],
    },
    {
      name: 'GIT_SSL_NO_VERIFY exported',
      path: 'scripts/setup.sh',
      code: 'export GIT_SSL_NO_VERIFY=true\n',
      findings: [
        { line: 1, column: 8, endColumn: 30, message: PROCESS_WIDE, fix: null },
      ],
    },
    {
      name: 'npm strict-ssl off',
      path: 'scripts/setup.sh',
      code: 'npm config set strict-ssl false\n',
      findings: [
        { line: 1, column: 16, endColumn: 32, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'npm config set strict-ssl true\n' } },
      ],
    },
    {
      name: 'pip trusted-host is medium confidence',
      path: 'scripts/setup.sh',
      code: 'pip install --trusted-host pypi.internal.example -r requirements.txt\n',
      findings: [
        { line: 1, column: 13, endColumn: 49, message: TRUSTED_HOST, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'python -m pip with --trusted-host=',
      path: 'scripts/setup.sh',
      code: 'python3 -m pip install --trusted-host=pypi.internal.example requests\n',
      findings: [
        { line: 1, column: 24, endColumn: 60, message: TRUSTED_HOST, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'kubectl --insecure-skip-tls-verify',
      path: 'scripts/deploy.sh',
      code: 'kubectl --insecure-skip-tls-verify apply -f deploy.yaml\n',
      findings: [
        { line: 1, column: 9, endColumn: 35, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'kubectl apply -f deploy.yaml\n' } },
      ],
    },
    {
      name: 'aws --no-verify-ssl',
      path: 'scripts/sync.sh',
      code: 'aws s3 sync ./site s3://bucket --no-verify-ssl\n',
      findings: [
        { line: 1, column: 32, endColumn: 47, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'aws s3 sync ./site s3://bucket\n' } },
      ],
    },
    {
      name: 'PYTHONHTTPSVERIFY exported',
      path: 'scripts/run.sh',
      code: `export PYTHONHTTPSVERIFY=0
python3 job.py
`,
      findings: [
        { line: 1, column: 8, endColumn: 27, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `export PYTHONHTTPSVERIFY=1
python3 job.py
` } },
      ],
    },
    // YAML (Kubernetes, CI, application configuration)
    {
      name: 'kubeconfig insecure-skip-tls-verify',
      path: 'deploy/kubeconfig.yaml',
      code: `apiVersion: v1
clusters:
  - cluster:
      server: https://k8s.internal.example:6443
      insecure-skip-tls-verify: true
    name: dev
`,
      findings: [
        { line: 5, column: 7, endColumn: 37, message: CERT, fix: { title: 'Turn certificate verification back on', output: `apiVersion: v1
clusters:
  - cluster:
      server: https://k8s.internal.example:6443
      insecure-skip-tls-verify: false
    name: dev
` } },
      ],
    },
    {
      name: 'Traefik serversTransport insecureSkipVerify',
      path: 'traefik/dynamic.yml',
      code: `http:
  serversTransports:
    internal:
      insecureSkipVerify: true
`,
      findings: [
        { line: 4, column: 7, endColumn: 31, message: CERT, fix: { title: 'Turn certificate verification back on', output: `http:
  serversTransports:
    internal:
      insecureSkipVerify: false
` } },
      ],
    },
    {
      name: 'Grafana datasource tlsSkipVerify',
      path: 'grafana/provisioning/datasources/prometheus.yaml',
      code: `datasources:
  - name: Prometheus
    url: https://prometheus.internal.example
    jsonData:
      tlsSkipVerify: true
`,
      findings: [
        { line: 5, column: 7, endColumn: 26, message: CERT, fix: { title: 'Turn certificate verification back on', output: `datasources:
  - name: Prometheus
    url: https://prometheus.internal.example
    jsonData:
      tlsSkipVerify: false
` } },
      ],
    },
    {
      name: 'Ansible validate_certs: no',
      path: 'ansible/site.yml',
      code: `- name: Download the agent
  ansible.builtin.get_url:
    url: https://artifacts.example.gov.uk/agent.tar.gz
    dest: /tmp/agent.tar.gz
    validate_certs: no
`,
      findings: [
        { line: 5, column: 5, endColumn: 23, message: CERT, fix: { title: 'Turn certificate verification back on', output: `- name: Download the agent
  ansible.builtin.get_url:
    url: https://artifacts.example.gov.uk/agent.tar.gz
    dest: /tmp/agent.tar.gz
    validate_certs: true
` } },
      ],
    },
    {
      name: 'app config ssl_verify false',
      path: 'config/settings.yml',
      code: `api:
  base_url: https://api.example.gov.uk
  ssl_verify: false
`,
      findings: [
        { line: 3, column: 3, endColumn: 20, message: CERT, fix: { title: 'Turn certificate verification back on', output: `api:
  base_url: https://api.example.gov.uk
  ssl_verify: true
` } },
      ],
    },
    {
      name: 'GitHub Actions run step with curl -k',
      path: '.github/workflows/deploy.yml',
      code: `jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: curl -k https://artifacts.example.gov.uk/install.sh | bash
`,
      findings: [
        { line: 5, column: 19, endColumn: 21, message: CERT, fix: { title: 'Turn certificate verification back on', output: `jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: curl https://artifacts.example.gov.uk/install.sh | bash
` } },
      ],
    },
    {
      name: 'block scalar run step',
      path: '.github/workflows/build.yml',
      code: `jobs:
  build:
    steps:
      - run: |
          npm config set strict-ssl false
          npm ci
`,
      findings: [
        { line: 5, column: 26, endColumn: 42, message: CERT, fix: { title: 'Turn certificate verification back on', output: `jobs:
  build:
    steps:
      - run: |
          npm config set strict-ssl true
          npm ci
` } },
      ],
    },
    {
      name: 'GitLab CI variable and script',
      path: '.gitlab-ci.yml',
      code: `variables:
  GIT_SSL_NO_VERIFY: "true"
build:
  script:
    - wget --no-check-certificate https://artifacts.example.gov.uk/tool
`,
      findings: [
        { line: 2, column: 3, endColumn: 28, message: PROCESS_WIDE, fix: null },
        { line: 5, column: 12, endColumn: 34, message: CERT, fix: { title: 'Turn certificate verification back on', output: `variables:
  GIT_SSL_NO_VERIFY: "true"
build:
  script:
    - wget https://artifacts.example.gov.uk/tool
` } },
      ],
    },
    {
      name: 'Kubernetes container env entry',
      path: 'k8s/deployment.yaml',
      code: `spec:
  containers:
    - name: app
      env:
        - name: NODE_TLS_REJECT_UNAUTHORIZED
          value: "0"
`,
      findings: [
        { line: 6, column: 11, endColumn: 21, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `spec:
  containers:
    - name: app
      env:
        - name: NODE_TLS_REJECT_UNAUTHORIZED
          value: "1"
` } },
      ],
    },
    {
      name: 'Compose environment list',
      path: 'docker-compose.yml',
      code: `services:
  app:
    environment:
      - NODE_TLS_REJECT_UNAUTHORIZED=0
      - PORT=3000
`,
      findings: [
        { line: 4, column: 9, endColumn: 39, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `services:
  app:
    environment:
      - NODE_TLS_REJECT_UNAUTHORIZED=1
      - PORT=3000
` } },
      ],
    },
    {
      name: 'Yarn Berry enableStrictSsl',
      path: '.yarnrc.yml',
      code: `npmRegistryServer: https://registry.internal.example
enableStrictSsl: false
`,
      findings: [
        { line: 2, column: 1, endColumn: 23, message: CERT, fix: { title: 'Turn certificate verification back on', output: `npmRegistryServer: https://registry.internal.example
enableStrictSsl: true
` } },
      ],
    },
    // JSON
    {
      name: 'package.json script with NODE_TLS_REJECT_UNAUTHORIZED',
      path: 'package.json',
      code: `{
  "scripts": {
    "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js"
  }
}
`,
      findings: [
        { line: 3, column: 15, endColumn: 45, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `{
  "scripts": {
    "start": "NODE_TLS_REJECT_UNAUTHORIZED=1 node server.js"
  }
}
` } },
      ],
    },
    {
      name: 'package.json script with curl -k',
      path: 'package.json',
      code: `{
  "scripts": {
    "fixtures": "curl -k -o fixtures.json https://test.example.gov.uk/fixtures"
  }
}
`,
      findings: [
        { line: 3, column: 23, endColumn: 25, message: CERT, fix: { title: 'Turn certificate verification back on', output: `{
  "scripts": {
    "fixtures": "curl -o fixtures.json https://test.example.gov.uk/fixtures"
  }
}
` } },
      ],
    },
    {
      name: 'JSON config rejectUnauthorized',
      path: 'config/default.json',
      code: `{
  "database": {
    "ssl": { "rejectUnauthorized": false }
  }
}
`,
      findings: [
        { line: 3, column: 14, endColumn: 41, message: CERT, fix: { title: 'Turn certificate verification back on', output: `{
  "database": {
    "ssl": { "rejectUnauthorized": true }
  }
}
` } },
      ],
    },
    {
      name: 'Grafana datasource JSON',
      path: 'grafana/datasource.json',
      code: `{
  "name": "Loki",
  "jsonData": { "tlsSkipVerify": true }
}
`,
      findings: [
        { line: 3, column: 17, endColumn: 38, message: CERT, fix: { title: 'Turn certificate verification back on', output: `{
  "name": "Loki",
  "jsonData": { "tlsSkipVerify": false }
}
` } },
      ],
    },
    // .npmrc
    {
      name: '.npmrc strict-ssl=false',
      path: '.npmrc',
      code: `registry=https://registry.npmjs.org/
strict-ssl=false
`,
      findings: [
        { line: 2, column: 1, endColumn: 17, message: CERT, fix: { title: 'Turn certificate verification back on', output: `registry=https://registry.npmjs.org/
strict-ssl=true
` } },
      ],
    },
    {
      name: '.npmrc strict-ssl with spaces',
      path: 'frontend/.npmrc',
      code: 'strict-ssl = false\n',
      findings: [
        { line: 1, column: 1, endColumn: 19, message: CERT, fix: { title: 'Turn certificate verification back on', output: 'strict-ssl = true\n' } },
      ],
    },
    // dotenv
    {
      name: '.env NODE_TLS_REJECT_UNAUTHORIZED',
      path: '.env',
      code: `PORT=3000
NODE_TLS_REJECT_UNAUTHORIZED=0
`,
      findings: [
        { line: 2, column: 1, endColumn: 31, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `PORT=3000
NODE_TLS_REJECT_UNAUTHORIZED=1
` } },
      ],
    },
    {
      name: '.env PYTHONHTTPSVERIFY quoted',
      path: '.env.local',
      code: 'export PYTHONHTTPSVERIFY="0"\n',
      findings: [
        { line: 1, column: 8, endColumn: 29, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: 'export PYTHONHTTPSVERIFY="1"\n' } },
      ],
    },
    {
      name: '.env single-quoted value',
      path: '.env.production',
      code: "NODE_TLS_REJECT_UNAUTHORIZED='0'\n",
      findings: [
        { line: 1, column: 1, endColumn: 33, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: "NODE_TLS_REJECT_UNAUTHORIZED='1'\n" } },
      ],
    },
    {
      name: '.env GIT_SSL_NO_VERIFY',
      path: '.env',
      code: 'GIT_SSL_NO_VERIFY=1\n',
      findings: [
        { line: 1, column: 1, endColumn: 20, message: PROCESS_WIDE, fix: null },
      ],
    },
    // INI (pip.conf, git configuration) and requirements files
    {
      name: 'pip.conf trusted-host',
      path: 'pip.conf',
      code: `[global]
index-url = https://pypi.internal.example/simple
trusted-host = pypi.internal.example
`,
      findings: [
        { line: 3, column: 1, endColumn: 37, message: TRUSTED_HOST, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'git configuration sslVerify',
      path: 'config/git.ini',
      code: `[http]
	sslVerify = false
`,
      findings: [
        { line: 2, column: 2, endColumn: 19, message: CERT, fix: { title: 'Turn certificate verification back on', output: `[http]
	sslVerify = true
` } },
      ],
    },
    {
      name: 'requirements file --trusted-host',
      path: 'requirements.txt',
      code: `--index-url https://pypi.internal.example/simple
--trusted-host pypi.internal.example
requests==2.32.3
`,
      findings: [
        { line: 2, column: 1, endColumn: 37, message: TRUSTED_HOST, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'git URL subsection sslVerify = no',
      path: 'config/git.ini',
      code: `[http "https://git.internal.example/"]
	sslVerify = no
`,
      findings: [
        { line: 2, column: 2, endColumn: 16, message: CERT, fix: { title: 'Turn certificate verification back on', output: `[http "https://git.internal.example/"]
	sslVerify = true
` } },
      ],
    },
    // Terraform
    {
      name: 'kubernetes provider insecure',
      path: 'infra/providers.tf',
      code: `provider "kubernetes" {
  host     = var.cluster_endpoint
  insecure = true
}
`,
      findings: [
        { line: 3, column: 3, endColumn: 18, message: CERT, fix: { title: 'Turn certificate verification back on', output: `provider "kubernetes" {
  host     = var.cluster_endpoint
  insecure = false
}
` } },
      ],
    },
    {
      name: 'helm provider nested kubernetes block',
      path: 'infra/providers.tf',
      code: `provider "helm" {
  kubernetes {
    host     = var.cluster_endpoint
    insecure = true
  }
}
`,
      findings: [
        { line: 4, column: 5, endColumn: 20, message: CERT, fix: { title: 'Turn certificate verification back on', output: `provider "helm" {
  kubernetes {
    host     = var.cluster_endpoint
    insecure = false
  }
}
` } },
      ],
    },
    {
      name: 'vault provider skip_tls_verify',
      path: 'infra/vault.tf',
      code: `provider "vault" {
  address         = "https://vault.internal.example:8200"
  skip_tls_verify = true
}
`,
      findings: [
        { line: 3, column: 3, endColumn: 25, message: CERT, fix: { title: 'Turn certificate verification back on', output: `provider "vault" {
  address         = "https://vault.internal.example:8200"
  skip_tls_verify = false
}
` } },
      ],
    },
    {
      name: 'vsphere allow_unverified_ssl',
      path: 'infra/vsphere.tf',
      code: `provider "vsphere" {
  vsphere_server       = var.server
  allow_unverified_ssl = true
}
`,
      findings: [
        { line: 3, column: 3, endColumn: 30, message: CERT, fix: { title: 'Turn certificate verification back on', output: `provider "vsphere" {
  vsphere_server       = var.server
  allow_unverified_ssl = false
}
` } },
      ],
    },
    {
      name: 'http data source insecure',
      path: 'infra/data.tf',
      code: `data "http" "ip_ranges" {
  url      = "https://ip-ranges.example.gov.uk/ranges.json"
  insecure = true
}
`,
      findings: [
        { line: 3, column: 3, endColumn: 18, message: CERT, fix: { title: 'Turn certificate verification back on', output: `data "http" "ip_ranges" {
  url      = "https://ip-ranges.example.gov.uk/ranges.json"
  insecure = false
}
` } },
      ],
    },
    {
      name: 'keycloak provider tls_insecure_skip_verify',
      path: 'infra/keycloak.tf',
      code: `provider "keycloak" {
  url                      = "https://sso.internal.example"
  tls_insecure_skip_verify = true
}
`,
      findings: [
        { line: 3, column: 3, endColumn: 34, message: CERT, fix: { title: 'Turn certificate verification back on', output: `provider "keycloak" {
  url                      = "https://sso.internal.example"
  tls_insecure_skip_verify = false
}
` } },
      ],
    },
    // Java properties
    {
      name: 'Maven wagon insecure',
      path: 'gradle.properties',
      code: `org.gradle.jvmargs=-Xmx2g
maven.wagon.http.ssl.insecure=true
maven.wagon.http.ssl.allowall=true
`,
      findings: [
        { line: 2, column: 1, endColumn: 35, message: CERT, fix: { title: 'Turn certificate verification back on', output: `org.gradle.jvmargs=-Xmx2g
maven.wagon.http.ssl.insecure=false
maven.wagon.http.ssl.allowall=true
` } },
        { line: 3, column: 1, endColumn: 35, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `org.gradle.jvmargs=-Xmx2g
maven.wagon.http.ssl.insecure=true
maven.wagon.http.ssl.allowall=false
` } },
      ],
    },
    {
      name: 'JDK HttpClient hostname switch',
      path: 'src/main/resources/application.properties',
      code: 'jdk.internal.httpclient.disableHostnameVerification=true\n',
      findings: [
        { line: 1, column: 1, endColumn: 57, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: 'jdk.internal.httpclient.disableHostnameVerification=false\n' } },
      ],
    },
    // Dockerfile
    {
      name: 'RUN curl -k',
      path: 'Dockerfile',
      code: `FROM node:20-alpine
RUN curl -fsSLk https://artifacts.example.gov.uk/agent.sh | sh
`,
      findings: [
        { line: 2, column: 10, endColumn: 16, message: CERT, fix: { title: 'Turn certificate verification back on', output: `FROM node:20-alpine
RUN curl -fsSL https://artifacts.example.gov.uk/agent.sh | sh
` } },
      ],
    },
    {
      name: 'RUN continued over lines',
      path: 'Dockerfile',
      code: `FROM python:3.12-slim
RUN apt-get update && \\
    wget --no-check-certificate https://artifacts.example.gov.uk/agent.deb && \\
    pip install --trusted-host pypi.internal.example -r requirements.txt
`,
      findings: [
        { line: 3, column: 10, endColumn: 32, message: CERT, fix: { title: 'Turn certificate verification back on', output: `FROM python:3.12-slim
RUN apt-get update && \\
    wget https://artifacts.example.gov.uk/agent.deb && \\
    pip install --trusted-host pypi.internal.example -r requirements.txt
` } },
        { line: 4, column: 17, endColumn: 53, message: TRUSTED_HOST, confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'ENV both forms',
      path: 'Dockerfile',
      code: `FROM node:20
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 PORT=3000
ENV PYTHONHTTPSVERIFY 0
`,
      findings: [
        { line: 2, column: 5, endColumn: 35, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `FROM node:20
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PORT=3000
ENV PYTHONHTTPSVERIFY 0
` } },
        { line: 3, column: 5, endColumn: 24, message: PROCESS_WIDE, fix: { title: 'Turn certificate verification back on', output: `FROM node:20
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 PORT=3000
ENV PYTHONHTTPSVERIFY 1
` } },
      ],
    },
    {
      name: 'exec-form RUN has no fix',
      path: 'build/Dockerfile.ci',
      code: `FROM alpine:3.20
RUN ["curl", "--insecure", "-o", "/tmp/agent", "https://artifacts.example.gov.uk/agent"]
`,
      findings: [
        { line: 2, column: 14, endColumn: 26, message: CERT, fix: null },
      ],
    },
    {
      name: 'RUN git config and ARG GIT_SSL_NO_VERIFY',
      path: 'Dockerfile',
      code: `FROM alpine/git:2.45.2
ARG GIT_SSL_NO_VERIFY=1
RUN git config --global http.sslVerify false
`,
      findings: [
        { line: 2, column: 5, endColumn: 24, message: PROCESS_WIDE, fix: null },
        { line: 3, column: 25, endColumn: 45, message: CERT, fix: { title: 'Turn certificate verification back on', output: `FROM alpine/git:2.45.2
ARG GIT_SSL_NO_VERIFY=1
RUN git config --global http.sslVerify true
` } },
      ],
    },
    // XML
    {
      name: 'web.config checkCertificateName',
      path: 'web.config',
      code: `<configuration>
  <system.net>
    <settings>
      <servicePointManager checkCertificateName="false" />
    </settings>
  </system.net>
</configuration>
`,
      findings: [
        { line: 4, column: 28, endColumn: 56, message: HOSTNAME, fix: { title: 'Turn hostname verification back on', output: `<configuration>
  <system.net>
    <settings>
      <servicePointManager checkCertificateName="true" />
    </settings>
  </system.net>
</configuration>
` } },
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'rejectUnauthorized: true', path: 'src/client.js', code: "https.request({ hostname: 'api.example.gov.uk', rejectUnauthorized: true }, onResponse);\n" },
    { name: 'value decided at run time', path: 'src/client.js', code: "const agent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });\n" },
    { name: 'comment and log text are not code', path: 'src/client.js', code: `// rejectUnauthorized: false is never acceptable
console.warn('do not set rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0');
` },
    { name: 'server without requestCert ignores the option', path: 'src/server.js', code: 'https.createServer({ key, cert, rejectUnauthorized: false }, app).listen(443);\n' },
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED read, not set', path: 'src/check.js', code: "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') throw new Error('TLS verification must stay on');\n" },
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED set to 1', path: 'src/index.js', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';\n" },
    { name: 'checkServerIdentity that pins on top of the default check', path: 'src/pin.js', code: `tls.connect({
  host,
  checkServerIdentity: (host, cert) => {
    const error = tls.checkServerIdentity(host, cert);
    if (error) return error;
    if (cert.fingerprint256 !== PINNED) return new Error('certificate not pinned');
  },
});
` },
    { name: 'default checkServerIdentity passed through', path: 'src/agent.js', code: "const socket = tls.connect({ host, ca: fs.readFileSync('internal-ca.pem'), checkServerIdentity: tls.checkServerIdentity });\n" },
    // Python
    { name: 'CA bundle path', path: 'app/client.py', code: "requests.get(url, verify='/etc/ssl/certs/internal-ca.pem')\n" },
    { name: 'verify=True', path: 'app/client.py', code: 'requests.get(url, verify=True)\n' },
    { name: 'CA bundle from settings', path: 'app/client.py', code: 'requests.get(url, verify=settings.CA_BUNDLE)\n' },
    { name: 'disable_warnings alone changes no verification', path: 'app/client.py', code: `import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
` },
    { name: 'PyJWT verify=False belongs to the JWT rule', path: 'app/auth.py', code: `import jwt

claims = jwt.decode(token, verify=False)
` },
    { name: 'redis ssl=False is plain TCP, even beside aiohttp', path: 'app/cache.py', code: `import aiohttp
import redis

cache = redis.Redis(host='localhost', ssl=False)
` },
    { name: 'verify attribute of an unrelated object', path: 'app/cli.py', code: 'options.verify = False\n' },
    { name: 'docstring and comment are not code', path: 'app/client.py', code: `def fetch(url):
    """Never call requests with verify=False."""
    # ssl._create_unverified_context() is banned here
    return requests.get(url)
` },
    { name: 'verification required explicitly', path: 'app/tls.py', code: `import ssl

context = ssl.create_default_context()
context.check_hostname = True
context.verify_mode = ssl.CERT_REQUIRED
` },
    { name: 'stand-in context class starting from the real SSLContext defaults', path: 'vendor/tls/compat.py', code: `class SSLContext(object):
    def __init__(self, protocol):
        self.protocol = protocol
        self.check_hostname = False
        self.verify_mode = ssl.CERT_NONE
` },
    { name: 'no host name given, so there is none to check the certificate against', path: 'app/transport.py', code: `import ssl

def client_context(server_hostname=None):
    context = ssl.create_default_context()
    if not server_hostname:
        context.check_hostname = False
    return context
` },
    // Java
    { name: 'trust manager that delegates to the platform manager', path: 'src/main/java/gov/moj/PinnedTrustManager.java', code: `class PinnedTrustManager implements X509TrustManager {
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkServerTrusted(chain, authType);
    }
}
` },
    { name: 'trust manager that throws on an unknown chain', path: 'src/main/java/gov/moj/PinnedTrustManager.java', code: `class PinnedTrustManager implements X509TrustManager {
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (!PIN.equals(fingerprint(chain[0]))) throw new CertificateException("not pinned");
    }
}
` },
    { name: 'hostname verifier that checks the name', path: 'src/main/java/gov/moj/Http.java', code: `class Http {
    void configure() {
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> "api.example.gov.uk".equals(hostname));
    }
}
` },
    { name: 'DefaultHostnameVerifier', path: 'src/main/java/gov/moj/Client.java', code: `class Client {
    SSLConnectionSocketFactory factory(SSLContext context) {
        return new SSLConnectionSocketFactory(context, new DefaultHostnameVerifier());
    }
}
` },
    { name: 'comment and string are not code', path: 'src/main/java/gov/moj/Client.java', code: `class Client {
    // never use new NoopHostnameVerifier() or TrustAllStrategy.INSTANCE
    static final String ADVICE = "NoopHostnameVerifier.INSTANCE is not allowed";
}
` },
    { name: 'verify method of an unrelated interface', path: 'src/main/java/gov/moj/Signatures.java', code: `class Signatures implements Verifier {
    public boolean verify(String payload, String signature) {
        return true;
    }
}
` },
    { name: 'always-true lambda that is not a verifier', path: 'src/main/java/gov/moj/Filters.java', code: `class Filters {
    HostnameVerifier verifier = HttpsURLConnection.getDefaultHostnameVerifier();
    Predicate<String> all = (value) -> true;
    void run(List<String> items) { items.removeIf((item) -> true); }
}
` },
    // C#
    { name: 'callback that checks the policy errors', path: 'src/Api/Client.cs', code: `var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None,
};
` },
    { name: 'callback that accepts only a pinned thumbprint', path: 'src/Api/Client.cs', code: `handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
{
    if (errors == SslPolicyErrors.None) return true;
    return cert?.GetCertHashString() == PinnedThumbprint;
};
` },
    { name: 'always-true lambdas that are not certificate callbacks', path: 'src/Api/Filters.cs', code: `ServicePointManager.ServerCertificateValidationCallback = null;
Func<string, bool> all = value => true;
var everything = items.Where(item => true).ToList();
` },
    { name: 'comment is not code', path: 'src/Api/Client.cs', code: `// never use HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
var handler = new HttpClientHandler();
` },
    { name: 'validation callback that throws', path: 'src/Net/Validation.cs', code: `class Validation
{
    static bool Check(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e)
    {
        if (e != SslPolicyErrors.None) throw new AuthenticationException("bad certificate");
        return true;
    }
}
` },
    // Go
    { name: 'InsecureSkipVerify false', path: 'internal/client/client.go', code: `package client

var config = &tls.Config{InsecureSkipVerify: false}
` },
    { name: 'field read, not set', path: 'internal/client/client.go', code: `package client

func warn(cfg *tls.Config) {
	if cfg.InsecureSkipVerify {
		log.Println("TLS verification is off")
	}
}
` },
    { name: 'custom VerifyPeerCertificate does the check (pinning)', path: 'internal/client/pinned.go', code: `package client

var config = &tls.Config{
	InsecureSkipVerify:    true,
	VerifyPeerCertificate: verifyPinned,
}
` },
    { name: 'value from a command-line flag', path: 'cmd/tool/main.go', code: `package main

func newConfig(insecure *bool) *tls.Config {
	return &tls.Config{InsecureSkipVerify: *insecure}
}
` },
    { name: 'comment is not code', path: 'internal/client/client.go', code: `package client

// InsecureSkipVerify: true must never be used.
var config = &tls.Config{}
` },
    // PHP
    { name: 'VERIFYPEER true', path: 'src/Client.php', code: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
` },
    { name: 'VERIFYHOST 2', path: 'src/Client.php', code: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
` },
    { name: 'Guzzle verify with a CA bundle', path: 'src/Api.php', code: `<?php
$client = new Client(['verify' => '/etc/ssl/certs/internal-ca.pem']);
` },
    { name: 'CA file option', path: 'src/Client.php', code: `<?php
curl_setopt($ch, CURLOPT_CAINFO, __DIR__ . '/ca.pem');
` },
    { name: 'comment is not code', path: 'src/Client.php', code: `<?php
// curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
$ch = curl_init($url);
` },
    { name: 'verify key of a form rule is not a TLS option when true', path: 'src/Rules.php', code: `<?php
$rules = ['verify' => true, 'allow_self_signed' => false];
` },
    // Ruby
    { name: 'VERIFY_PEER', path: 'lib/client.rb', code: 'http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n' },
    { name: 'comparison reads the mode', path: 'lib/client.rb', code: "raise 'TLS verification is off' if http.verify_mode == OpenSSL::SSL::VERIFY_NONE\n" },
    { name: 'case/when reads the mode', path: 'lib/client.rb', code: `case http.verify_mode
when OpenSSL::SSL::VERIFY_NONE then warn('insecure')
end
` },
    { name: 'Faraday with a CA file', path: 'lib/api.rb', code: "conn = Faraday.new(url: BASE_URL, ssl: { ca_file: '/etc/ssl/certs/internal-ca.pem', verify: true })\n" },
    { name: 'comment is not code', path: 'lib/client.rb', code: `# never set OpenSSL::SSL::VERIFY_NONE
http.use_ssl = true
` },
    { name: 'verify true', path: 'lib/api.rb', code: 'HTTParty.get(url, verify: true)\n' },
    // Shell
    { name: 'curl with a CA bundle', path: 'scripts/deploy.sh', code: 'curl --cacert /etc/ssl/certs/internal-ca.pem -fsSL https://artifacts.example.gov.uk/\n' },
    { name: 'k as the value of -o', path: 'scripts/deploy.sh', code: 'curl -okeys.txt https://keys.example.gov.uk/\n' },
    { name: 'curl -K reads a config file', path: 'scripts/deploy.sh', code: 'curl -K curl.config https://api.example.gov.uk/\n' },
    { name: 'flag mentioned in an echo and a comment', path: 'scripts/help.sh', code: `# do not use curl -k here
echo "never run curl -k or wget --no-check-certificate"
` },
    { name: 'git sslVerify true', path: 'scripts/setup.sh', code: 'git config --global http.sslVerify true\n' },
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED=1', path: 'scripts/start.sh', code: 'export NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
    { name: 'grep for the flag', path: 'scripts/audit.sh', code: "grep -r -- '--insecure' scripts/\n" },
    // YAML
    { name: 'kubeconfig with a CA', path: 'deploy/kubeconfig.yaml', code: `clusters:
  - cluster:
      server: https://k8s.internal.example:6443
      certificate-authority: ca.crt
      insecure-skip-tls-verify: false
` },
    { name: 'YAML comment is not a setting', path: 'config/settings.yml', code: `# ssl_verify: false is not allowed
api:
  ssl_verify: true
` },
    { name: 'step that only mentions the flag', path: '.github/workflows/lint.yml', code: `jobs:
  lint:
    steps:
      - run: grep -rn -- '--insecure' scripts/
` },
    { name: 'Kubernetes env: only the named variable counts', path: 'k8s/deployment.yaml', code: `spec:
  containers:
    - name: app
      env:
        - name: NODE_TLS_REJECT_UNAUTHORIZED
          value: "1"
        - name: PORT
          value: "0"
` },
    { name: 'YAML verification on', path: 'config/settings.yml', code: `api:
  tls_verify: true
  verify_ssl: yes
  insecure_skip_verify: false
` },
    // JSON
    { name: 'package.json script with a CA bundle', path: 'package.json', code: `{
  "scripts": {
    "start": "NODE_EXTRA_CA_CERTS=internal-ca.pem node server.js",
    "health": "curl --cacert internal-ca.pem -fsS https://api.example.gov.uk/health"
  }
}
` },
    { name: 'JSON string that is not a script', path: 'config/messages.json', code: `{
  "help": "Never run curl -k or set NODE_TLS_REJECT_UNAUTHORIZED=0",
  "rejectUnauthorized": true
}
` },
    // .npmrc
    { name: '.npmrc strict-ssl=true', path: '.npmrc', code: `strict-ssl=true
cafile=/etc/ssl/certs/internal-ca.pem
` },
    { name: '.npmrc comment', path: '.npmrc', code: `; strict-ssl=false
registry=https://registry.npmjs.org/
` },
    // dotenv
    { name: '.env comment', path: '.env', code: `# NODE_TLS_REJECT_UNAUTHORIZED=0 only on a developer laptop, never here
PYTHONHTTPSVERIFY=1
` },
    { name: '.env NODE_TLS_REJECT_UNAUTHORIZED=1', path: '.env', code: 'NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
    // INI and requirements files
    { name: 'git sslVerify true and pip cert', path: 'config/tools.ini', code: `[http]
	sslVerify = true
[global]
cert = /etc/ssl/certs/internal-ca.pem
` },
    { name: 'pip.conf comment', path: 'pip.conf', code: `[global]
# trusted-host = pypi.internal.example
index-url = https://pypi.internal.example/simple
` },
    { name: 'commented-out trusted-host in a requirements file', path: 'requirements.txt', code: `--index-url https://pypi.internal.example/simple
# --trusted-host pypi.internal.example
requests==2.32.3
` },
    // Terraform
    { name: 'Terraform insecure outside a provider', path: 'infra/main.tf', code: `resource "example_listener" "web" {
  insecure = true
}
` },
    { name: 'Terraform provider with a CA file', path: 'infra/vault.tf', code: `provider "vault" {
  ca_cert_file    = "internal-ca.pem"
  skip_tls_verify = false
}
` },
    // Dockerfile
    { name: 'Dockerfile comment', path: 'Dockerfile', code: `FROM node:20
# RUN curl -k https://example.gov.uk/
RUN curl -fsSL https://artifacts.example.gov.uk/agent.sh -o agent.sh
` },
    { name: 'Dockerfile label and CA bundle', path: 'Dockerfile', code: `FROM node:20
LABEL note="never use curl -k"
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
RUN curl --cacert /etc/ssl/certs/internal-ca.pem -fsSLO https://artifacts.example.gov.uk/agent.sh
` },
    // Java properties
    { name: 'properties comment', path: 'gradle.properties', code: `# maven.wagon.http.ssl.insecure=true
org.gradle.jvmargs=-Xmx2g
` },
    { name: 'properties false', path: 'gradle.properties', code: 'maven.wagon.http.ssl.insecure=false\n' },
    // XML
    { name: 'XML comment', path: 'web.config', code: `<configuration>
  <!-- <servicePointManager checkCertificateName="false" /> -->
</configuration>
` },
    { name: 'web.config check on', path: 'web.config', code: `<configuration>
  <system.net>
    <settings>
      <servicePointManager checkCertificateName="true" />
    </settings>
  </system.net>
</configuration>
` },
  ],
};

describeRule(table);
