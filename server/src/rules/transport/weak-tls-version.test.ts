/**
 * Cases for transport/weak-tls-version: protocol versions below TLS 1.2 allowed, pinned or
 * enabled, in every language where a TLS API takes a version and in the configuration files and
 * managed policies that set one.
 */
import assert from 'node:assert/strict';
import type { FixSafety } from '../../engine/contract';
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule, findingsOf, scanCase } from '../../../../test/support/rule-tester';
import { weakTlsVersion } from './weak-tls-version';

const CONTROL =
  'TLS 1.2 is the floor: MoJ expects systems to move from SSL and TLS 1.0 to TLS 1.2 or later (Maintained by Default: Commodity technical maintenance), and NCSC, whose TLS guidance MoJ follows, treats all SSL versions as insecure.';
const min = (versions: string): string => `This minimum protocol version lets connections fall back to ${versions}. ${CONTROL} Set the minimum to TLS 1.2.`;
const max = (versions: string): string => `This maximum protocol version holds connections to ${versions}. ${CONTROL} Raise the maximum to TLS 1.3, or remove it.`;
const pinned = (versions: string): string => `This pins the connection to ${versions}. ${CONTROL} Let it negotiate TLS 1.2 or later instead.`;
const enabled = (versions: string): string => `This setting enables ${versions}. ${CONTROL} Enable only TLS 1.2 and TLS 1.3.`;
const policy = (versions: string): string => `This TLS security policy accepts ${versions}. ${CONTROL} Choose a policy whose minimum is TLS 1.2.`;
const LEGACY_SSL = `This asks for an "SSL" context, which older Java runtimes take to include SSL 3.0. ${CONTROL} Ask for "TLS" instead.`;

export const table: RuleTable = {
  rule: weakTlsVersion,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'tls.connect minVersion TLSv1',
      path: 'src/client.js',
      code: `const socket = tls.connect({ host, port: 443, minVersion: 'TLSv1' });
`,
      findings: [
        { line: 1, column: 59, endColumn: 66, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `const socket = tls.connect({ host, port: 443, minVersion: 'TLSv1.2' });
` } },
      ],
    },
    {
      name: 'https.Agent maxVersion',
      path: 'src/agent.ts',
      code: `export const agent = new https.Agent({ keepAlive: true, maxVersion: "TLSv1.1" });
`,
      findings: [
        { line: 1, column: 69, endColumn: 78, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `export const agent = new https.Agent({ keepAlive: true, maxVersion: "TLSv1.3" });
` } },
      ],
    },
    {
      name: 'secureProtocol pins TLS 1.0',
      path: 'src/server.js',
      code: `const server = tls.createServer({ key, cert, secureProtocol: 'TLSv1_method' });
`,
      findings: [
        { line: 1, column: 62, endColumn: 76, message: pinned('TLS 1.0'), fix: { title: 'Replace secureProtocol with minVersion: \'TLSv1.2\'', output: `const server = tls.createServer({ key, cert, minVersion: 'TLSv1.2' });
` } },
      ],
    },
    {
      name: 'secureProtocol beside a minVersion gets no fix',
      path: 'src/legacy.js',
      code: `tls.createSecureContext({ minVersion: 'TLSv1.2', secureProtocol: 'SSLv3_method' });
`,
      findings: [
        { line: 1, column: 66, endColumn: 80, message: pinned('SSL 3.0'), fix: null },
      ],
    },
    {
      name: 'process-wide default minimum',
      path: 'src/bootstrap.mjs',
      code: `import tls from 'node:tls';
tls.DEFAULT_MIN_VERSION = 'TLSv1.1';
`,
      findings: [
        { line: 2, column: 27, endColumn: 36, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `import tls from 'node:tls';
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
` } },
      ],
    },
    {
      name: 'got https options',
      path: 'src/fetch.ts',
      code: `const body = await got(url, { https: { minVersion: 'TLSv1' } }).json();
`,
      findings: [
        { line: 1, column: 52, endColumn: 59, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `const body = await got(url, { https: { minVersion: 'TLSv1.2' } }).json();
` } },
      ],
    },
    {
      name: 'constant in a variable',
      path: 'src/pool.js',
      code: `const MIN_TLS = 'TLSv1';
const context = tls.createSecureContext({ minVersion: MIN_TLS });
`,
      findings: [
        { line: 2, column: 55, endColumn: 62, message: min('TLS 1.0'), fix: null },
      ],
    },
    {
      name: 'TSX component options',
      path: 'src/Client.tsx',
      code: `const agent = new Agent({ minVersion: 'TLSv1.1' });
export const Status = () => <span>{agent.protocol}</span>;
`,
      findings: [
        { line: 1, column: 39, endColumn: 48, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `const agent = new Agent({ minVersion: 'TLSv1.2' });
export const Status = () => <span>{agent.protocol}</span>;
` } },
      ],
    },
    // Python
    {
      name: 'SSLContext pinned to TLS 1.0',
      path: 'app/client.py',
      code: `import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
`,
      findings: [
        { line: 3, column: 26, endColumn: 44, message: pinned('TLS 1.0'), fix: null },
      ],
    },
    {
      name: 'names imported from ssl',
      path: 'app/server.py',
      code: `from ssl import PROTOCOL_TLSv1_1, SSLContext

context = SSLContext(PROTOCOL_TLSv1_1)
`,
      findings: [
        { line: 3, column: 22, endColumn: 38, message: pinned('TLS 1.1'), fix: null },
      ],
    },
    {
      name: 'minimum_version set to TLSv1',
      path: 'app/tls.py',
      code: `context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1
`,
      findings: [
        { line: 2, column: 27, endColumn: 47, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
` } },
      ],
    },
    {
      name: 'maximum_version set to TLSv1_1',
      path: 'app/tls_max.py',
      code: `context = ssl.create_default_context()
context.maximum_version = ssl.TLSVersion.TLSv1_1
`,
      findings: [
        { line: 2, column: 27, endColumn: 49, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `context = ssl.create_default_context()
context.maximum_version = ssl.TLSVersion.TLSv1_3
` } },
      ],
    },
    {
      name: 'wrap_socket ssl_version keyword',
      path: 'app/legacy.py',
      code: `secure = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)
`,
      findings: [
        { line: 1, column: 44, endColumn: 62, message: pinned('SSL 3.0'), fix: null },
      ],
    },
    {
      name: 'requests adapter pool manager',
      path: 'app/adapter.py',
      code: `class Tls1Adapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False):
        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block, ssl_version=ssl.PROTOCOL_TLSv1)
`,
      findings: [
        { line: 3, column: 105, endColumn: 123, message: pinned('TLS 1.0'), fix: null },
      ],
    },
    {
      name: 'urllib3 minimum keyword',
      path: 'app/pool.py',
      code: `context = create_urllib3_context(ssl_minimum_version=ssl.TLSVersion.TLSv1_1)
`,
      findings: [
        { line: 1, column: 54, endColumn: 76, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `context = create_urllib3_context(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)
` } },
      ],
    },
    {
      name: 'pyOpenSSL method',
      path: 'app/openssl_client.py',
      code: `from OpenSSL import SSL

context = SSL.Context(SSL.TLSv1_METHOD)
`,
      findings: [
        { line: 3, column: 23, endColumn: 39, message: pinned('TLS 1.0'), fix: null },
      ],
    },
    // Java
    {
      name: 'SSLContext pinned to TLSv1',
      path: 'src/main/java/Client.java',
      code: `class Client {
  SSLContext context() throws Exception {
    return SSLContext.getInstance("TLSv1");
  }
}
`,
      findings: [
        { line: 3, column: 35, endColumn: 42, message: pinned('TLS 1.0'), fix: { title: 'Ask for "TLS", which negotiates TLS 1.2 or later', output: `class Client {
  SSLContext context() throws Exception {
    return SSLContext.getInstance("TLS");
  }
}
` } },
      ],
    },
    {
      name: 'SSLContext SSL alias',
      path: 'src/main/java/Legacy.java',
      code: `class Legacy {
  SSLContext context() throws Exception {
    return SSLContext.getInstance("SSL");
  }
}
`,
      findings: [
        { line: 3, column: 35, endColumn: 40, message: LEGACY_SSL, confidence: 'medium', fix: { title: 'Ask for "TLS"', output: `class Legacy {
  SSLContext context() throws Exception {
    return SSLContext.getInstance("TLS");
  }
}
` } },
      ],
    },
    {
      name: 'enabled protocols array with a strong entry',
      path: 'src/main/java/Sockets.java',
      code: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});
  }
}
`,
      findings: [
        { line: 3, column: 46, endColumn: 53, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});
  }
}
` } },
        { line: 3, column: 55, endColumn: 64, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.2"});
  }
}
` } },
      ],
    },
    {
      name: 'https.protocols system property',
      path: 'src/main/java/Boot.java',
      code: `class Boot {
  static {
    System.setProperty("https.protocols", "TLSv1,TLSv1.1");
  }
}
`,
      findings: [
        { line: 3, column: 44, endColumn: 49, message: enabled('TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Boot {
  static {
    System.setProperty("https.protocols", "TLSv1.2,TLSv1.3");
  }
}
` } },
        { line: 3, column: 50, endColumn: 57, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Boot {
  static {
    System.setProperty("https.protocols", "TLSv1.2,TLSv1.3");
  }
}
` } },
      ],
    },
    {
      name: 'OkHttp connection spec',
      path: 'src/main/java/Http.java',
      code: `class Http {
  ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
      .tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
      .build();
}
`,
      findings: [
        { line: 3, column: 20, endColumn: 38, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `class Http {
  ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
      .tlsVersions(TlsVersion.TLS_1_2)
      .build();
}
` } },
      ],
    },
    {
      name: 'Apache HttpClient socket factory',
      path: 'src/main/java/Factory.java',
      code: `class Factory {
  SSLConnectionSocketFactory build(SSLContext context) {
    return new SSLConnectionSocketFactory(context, new String[] {"TLSv1"}, null, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
  }
}
`,
      findings: [
        { line: 3, column: 66, endColumn: 73, message: enabled('TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Factory {
  SSLConnectionSocketFactory build(SSLContext context) {
    return new SSLConnectionSocketFactory(context, new String[] {"TLSv1.2", "TLSv1.3"}, null, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
  }
}
` } },
      ],
    },
    {
      name: 'HttpClient 5 TLS enum',
      path: 'src/main/java/Client5.java',
      code: `class Client5 {
  TlsSocketStrategy strategy(SSLContext context) {
    return ClientTlsStrategyBuilder.create().setSslContext(context).setTlsVersions(TLS.V_1_1, TLS.V_1_3).buildClassic();
  }
}
`,
      findings: [
        { line: 3, column: 84, endColumn: 93, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `class Client5 {
  TlsSocketStrategy strategy(SSLContext context) {
    return ClientTlsStrategyBuilder.create().setSslContext(context).setTlsVersions(TLS.V_1_3).buildClassic();
  }
}
` } },
      ],
    },
    {
      name: 'protocols in a constant',
      path: 'src/main/java/Server.java',
      code: `class Server {
  private static final String[] PROTOCOLS = {"TLSv1.1", "TLSv1.2"};
  void configure(SSLServerSocket socket) {
    socket.setEnabledProtocols(PROTOCOLS);
  }
}
`,
      findings: [
        { line: 4, column: 32, endColumn: 41, message: enabled('TLS 1.1'), fix: null },
      ],
    },
    {
      name: 'Netty protocols varargs',
      path: 'src/main/java/Netty.java',
      code: `class Netty {
  SslContext context() throws SSLException {
    return SslContextBuilder.forClient().protocols("TLSv1.1", "TLSv1.2").build();
  }
}
`,
      findings: [
        { line: 3, column: 52, endColumn: 61, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `class Netty {
  SslContext context() throws SSLException {
    return SslContextBuilder.forClient().protocols("TLSv1.2").build();
  }
}
` } },
      ],
    },
    // C#
    {
      name: 'ServicePointManager adds TLS 1.0',
      path: 'src/Startup.cs',
      code: `class Startup {
  void Configure() {
    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
  }
}
`,
      findings: [
        { line: 3, column: 44, endColumn: 68, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `class Startup {
  void Configure() {
    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
  }
}
` } },
      ],
    },
    {
      name: 'compound assignment adds TLS 1.1',
      path: 'src/Legacy.cs',
      code: `class Legacy {
  void Configure() {
    ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11;
  }
}
`,
      findings: [
        { line: 3, column: 45, endColumn: 71, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Legacy {
  void Configure() {
    ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
  }
}
` } },
      ],
    },
    {
      name: 'HttpClientHandler initializer',
      path: 'src/Client.cs',
      code: `class Client {
  HttpClient Create() {
    var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls11 };
    return new HttpClient(handler);
  }
}
`,
      findings: [
        { line: 3, column: 58, endColumn: 76, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Client {
  HttpClient Create() {
    var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };
    return new HttpClient(handler);
  }
}
` } },
      ],
    },
    {
      name: 'SslStream client authentication',
      path: 'src/Stream.cs',
      code: `class Stream {
  void Connect(SslStream stream, string host) {
    stream.AuthenticateAsClient(host, null, SslProtocols.Tls, false);
  }
}
`,
      findings: [
        { line: 3, column: 45, endColumn: 61, message: enabled('TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Stream {
  void Connect(SslStream stream, string host) {
    stream.AuthenticateAsClient(host, null, SslProtocols.Tls12 | SslProtocols.Tls13, false);
  }
}
` } },
      ],
    },
    {
      name: 'Kestrel HTTPS defaults',
      path: 'src/Program.cs',
      code: `builder.WebHost.ConfigureKestrel(options =>
{
    options.ConfigureHttpsDefaults(https => https.SslProtocols = SslProtocols.Ssl3 | SslProtocols.Tls12 | SslProtocols.Tls13);
});
`,
      findings: [
        { line: 3, column: 66, endColumn: 83, message: enabled('SSL 3.0'), fix: { title: 'Remove SSL 3.0', output: `builder.WebHost.ConfigureKestrel(options =>
{
    options.ConfigureHttpsDefaults(https => https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13);
});
` } },
      ],
    },
    {
      name: 'SslProtocols.Default is SSL 3.0 and TLS 1.0',
      path: 'src/Server.cs',
      code: `class Server {
  void Listen(SslStream stream, X509Certificate certificate) {
    stream.AuthenticateAsServer(certificate, false, enabledSslProtocols: SslProtocols.Default, checkCertificateRevocation: true);
  }
}
`,
      findings: [
        { line: 3, column: 74, endColumn: 94, message: enabled('SSL 3.0 and TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `class Server {
  void Listen(SslStream stream, X509Certificate certificate) {
    stream.AuthenticateAsServer(certificate, false, enabledSslProtocols: SslProtocols.Tls12 | SslProtocols.Tls13, checkCertificateRevocation: true);
  }
}
` } },
      ],
    },
    // Go
    {
      name: 'tls.Config MinVersion TLS 1.0',
      path: 'cmd/server/main.go',
      code: `package main

import "crypto/tls"

var config = &tls.Config{MinVersion: tls.VersionTLS10}
`,
      findings: [
        { line: 5, column: 38, endColumn: 54, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `package main

import "crypto/tls"

var config = &tls.Config{MinVersion: tls.VersionTLS12}
` } },
      ],
    },
    {
      name: 'MaxVersion TLS 1.1',
      path: 'internal/client.go',
      code: `package client

import "crypto/tls"

func config() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS11}
}
`,
      findings: [
        { line: 6, column: 63, endColumn: 79, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `package client

import "crypto/tls"

func config() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS13}
}
` } },
      ],
    },
    {
      name: 'assigned field',
      path: 'internal/setup.go',
      code: `package setup

import "crypto/tls"

func harden(cfg *tls.Config) {
	cfg.MinVersion = tls.VersionTLS11
}
`,
      findings: [
        { line: 6, column: 19, endColumn: 35, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `package setup

import "crypto/tls"

func harden(cfg *tls.Config) {
	cfg.MinVersion = tls.VersionTLS12
}
` } },
      ],
    },
    {
      name: 'aliased import',
      path: 'internal/alias.go',
      code: `package alias

import ctls "crypto/tls"

var config = ctls.Config{MinVersion: ctls.VersionSSL30}
`,
      findings: [
        { line: 5, column: 38, endColumn: 55, message: min('SSL 3.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `package alias

import ctls "crypto/tls"

var config = ctls.Config{MinVersion: ctls.VersionTLS12}
` } },
      ],
    },
    {
      name: 'protocol number literal',
      path: 'internal/raw.go',
      code: `package raw

import "crypto/tls"

var config = tls.Config{MinVersion: 0x0301}
`,
      findings: [
        { line: 5, column: 37, endColumn: 43, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `package raw

import "crypto/tls"

var config = tls.Config{MinVersion: 0x0303}
` } },
      ],
    },
    {
      name: 'version in a constant',
      path: 'internal/constant.go',
      code: `package constant

import "crypto/tls"

const minimum = tls.VersionTLS10

var config = tls.Config{MinVersion: minimum}
`,
      findings: [
        { line: 7, column: 37, endColumn: 44, message: min('TLS 1.0'), fix: null },
      ],
    },
    // PHP
    {
      name: 'curl_setopt TLS 1.x',
      path: 'src/Client.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);
`,
      findings: [
        { line: 2, column: 38, endColumn: 59, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
` } },
      ],
    },
    {
      name: 'curl_setopt as a number',
      path: 'src/Number.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, 4);
`,
      findings: [
        { line: 2, column: 38, endColumn: 39, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, 6);
` } },
      ],
    },
    {
      name: 'curl_setopt_array SSLv3',
      path: 'src/Array.php',
      code: `<?php
curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_SSLVERSION => CURL_SSLVERSION_SSLv3]);
`,
      findings: [
        { line: 2, column: 68, endColumn: 89, message: min('SSL 3.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `<?php
curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_2]);
` } },
      ],
    },
    {
      name: 'maximum flag combined with a minimum',
      path: 'src/Max.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_1);
`,
      findings: [
        { line: 2, column: 64, endColumn: 91, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_3);
` } },
      ],
    },
    {
      name: 'stream context crypto_method with a strong method',
      path: 'src/Stream.php',
      code: `<?php
$context = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]]);
`,
      findings: [
        { line: 2, column: 64, endColumn: 99, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `<?php
$context = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]]);
` } },
      ],
    },
    {
      name: 'stream_socket_enable_crypto with TLS 1.1 only',
      path: 'src/Socket.php',
      code: `<?php
stream_socket_enable_crypto($socket, true, STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT);
`,
      findings: [
        { line: 2, column: 44, endColumn: 79, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `<?php
stream_socket_enable_crypto($socket, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT);
` } },
      ],
    },
    {
      name: 'Guzzle curl options',
      path: 'src/Guzzle.php',
      code: `<?php
$client = new Client(['curl' => [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_1]]);
`,
      findings: [
        { line: 2, column: 56, endColumn: 79, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `<?php
$client = new Client(['curl' => [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_2]]);
` } },
      ],
    },
    {
      name: 'SOAP client SSL method',
      path: 'src/Soap.php',
      code: `<?php
$client = new SoapClient($wsdl, ['ssl_method' => SOAP_SSL_METHOD_SSLv3]);
`,
      findings: [
        { line: 2, column: 50, endColumn: 71, message: pinned('SSL 3.0'), fix: null },
      ],
    },
    // Ruby
    {
      name: 'SSLContext created for one method',
      path: 'lib/method.rb',
      code: `context = OpenSSL::SSL::SSLContext.new(:TLSv1_1)
`,
      findings: [
        { line: 1, column: 40, endColumn: 48, message: pinned('TLS 1.1'), fix: { title: 'Use TLS 1.2', output: `context = OpenSSL::SSL::SSLContext.new(:TLSv1_2)
` } },
      ],
    },
    {
      name: 'Net::HTTP ssl_version symbol',
      path: 'lib/client.rb',
      code: `http = Net::HTTP.new(host, 443)
http.use_ssl = true
http.ssl_version = :TLSv1
`,
      findings: [
        { line: 3, column: 20, endColumn: 26, message: pinned('TLS 1.0'), fix: { title: 'Use TLS 1.2', output: `http = Net::HTTP.new(host, 443)
http.use_ssl = true
http.ssl_version = :TLSv1_2
` } },
      ],
    },
    {
      name: 'SSLContext min_version constant',
      path: 'lib/context.rb',
      code: `context = OpenSSL::SSL::SSLContext.new
context.min_version = OpenSSL::SSL::TLS1_VERSION
`,
      findings: [
        { line: 2, column: 23, endColumn: 49, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `context = OpenSSL::SSL::SSLContext.new
context.min_version = OpenSSL::SSL::TLS1_2_VERSION
` } },
      ],
    },
    {
      name: 'SSLContext max_version constant',
      path: 'lib/max.rb',
      code: `context = OpenSSL::SSL::SSLContext.new
context.max_version = OpenSSL::SSL::TLS1_1_VERSION
`,
      findings: [
        { line: 2, column: 23, endColumn: 51, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `context = OpenSSL::SSL::SSLContext.new
context.max_version = OpenSSL::SSL::TLS1_3_VERSION
` } },
      ],
    },
    {
      name: 'Net::HTTP.start keyword',
      path: 'lib/start.rb',
      code: `Net::HTTP.start(host, 443, use_ssl: true, ssl_version: 'TLSv1_1') { |http| http.get('/') }
`,
      findings: [
        { line: 1, column: 56, endColumn: 65, message: pinned('TLS 1.1'), fix: { title: 'Use TLS 1.2', output: `Net::HTTP.start(host, 443, use_ssl: true, ssl_version: 'TLSv1_2') { |http| http.get('/') }
` } },
      ],
    },
    {
      name: 'HTTParty class macro',
      path: 'lib/api.rb',
      code: `class Api
  include HTTParty
  ssl_version :SSLv3
end
`,
      findings: [
        { line: 3, column: 15, endColumn: 21, message: pinned('SSL 3.0'), fix: { title: 'Use TLS 1.2', output: `class Api
  include HTTParty
  ssl_version :TLSv1_2
end
` } },
      ],
    },
    {
      name: 'set_params min_version symbol',
      path: 'lib/params.rb',
      code: `context.set_params(min_version: :TLS1, verify_mode: OpenSSL::SSL::VERIFY_PEER)
`,
      findings: [
        { line: 1, column: 33, endColumn: 38, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `context.set_params(min_version: :TLS1_2, verify_mode: OpenSSL::SSL::VERIFY_PEER)
` } },
      ],
    },
    {
      name: 'Faraday ssl options',
      path: 'lib/faraday.rb',
      code: `conn = Faraday.new(url: base, ssl: { min_version: :TLS1_1 })
`,
      findings: [
        { line: 1, column: 51, endColumn: 58, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `conn = Faraday.new(url: base, ssl: { min_version: :TLS1_2 })
` } },
      ],
    },
    // Shell
    {
      name: 'curl --tlsv1.0',
      path: 'scripts/fetch.sh',
      code: `#!/bin/sh
curl --tlsv1.0 -fsS https://api.example.gov.uk/status
`,
      findings: [
        { line: 2, column: 6, endColumn: 15, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `#!/bin/sh
curl --tlsv1.2 -fsS https://api.example.gov.uk/status
` } },
      ],
    },
    {
      name: 'curl -1 short option',
      path: 'scripts/short.sh',
      code: `curl -1 -o out.json https://api.example.gov.uk/data
`,
      findings: [
        { line: 1, column: 6, endColumn: 8, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `curl --tlsv1.2 -o out.json https://api.example.gov.uk/data
` } },
      ],
    },
    {
      name: 'curl --sslv3',
      path: 'scripts/legacy.sh',
      code: `curl --sslv3 https://legacy.example.gov.uk/
`,
      findings: [
        { line: 1, column: 6, endColumn: 13, message: pinned('SSL 3.0'), fix: { title: 'Use TLS 1.2 or later', output: `curl --tlsv1.2 https://legacy.example.gov.uk/
` } },
      ],
    },
    {
      name: 'curl --tls-max 1.1',
      path: 'scripts/max.sh',
      code: `curl --tls-max 1.1 https://api.example.gov.uk/
`,
      findings: [
        { line: 1, column: 6, endColumn: 19, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `curl --tls-max 1.3 https://api.example.gov.uk/
` } },
      ],
    },
    {
      name: 'sudo curl --tlsv1.1',
      path: 'scripts/sudo.sh',
      code: `sudo curl --tlsv1.1 -O https://downloads.example.gov.uk/agent.tgz
`,
      findings: [
        { line: 1, column: 11, endColumn: 20, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `sudo curl --tlsv1.2 -O https://downloads.example.gov.uk/agent.tgz
` } },
      ],
    },
    {
      name: 'openssl s_client -tls1',
      path: 'scripts/probe.sh',
      code: `openssl s_client -connect api.example.gov.uk:443 -tls1 </dev/null
`,
      findings: [
        { line: 1, column: 50, endColumn: 55, message: pinned('TLS 1.0'), confidence: 'medium', fix: { title: 'Use TLS 1.2', output: `openssl s_client -connect api.example.gov.uk:443 -tls1_2 </dev/null
` } },
      ],
    },
    {
      name: 'wget --secure-protocol',
      path: 'scripts/wget.sh',
      code: `wget --secure-protocol=TLSv1 https://downloads.example.gov.uk/file
`,
      findings: [
        { line: 1, column: 6, endColumn: 29, message: pinned('TLS 1.0'), fix: { title: 'Use TLS 1.2', output: `wget --secure-protocol=TLSv1_2 https://downloads.example.gov.uk/file
` } },
      ],
    },
    {
      name: 'node --tls-min-v1.0',
      path: 'scripts/start.sh',
      code: `exec node --tls-min-v1.0 server.js
`,
      findings: [
        { line: 1, column: 11, endColumn: 25, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `exec node --tls-min-v1.2 server.js
` } },
      ],
    },
    // nginx
    {
      name: 'ssl_protocols with TLS 1.2 kept',
      path: 'nginx/nginx.conf',
      code: `server {
    listen 443 ssl;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
}
`,
      findings: [
        { line: 3, column: 19, endColumn: 24, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `server {
    listen 443 ssl;
    ssl_protocols TLSv1.1 TLSv1.2;
}
` } },
        { line: 3, column: 25, endColumn: 32, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `server {
    listen 443 ssl;
    ssl_protocols TLSv1 TLSv1.2;
}
` } },
      ],
    },
    {
      name: 'ssl_protocols with only old versions',
      path: 'nginx/conf.d/legacy.conf',
      code: `server {
    ssl_protocols SSLv3 TLSv1;
}
`,
      findings: [
        { line: 2, column: 19, endColumn: 24, message: enabled('SSL 3.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `server {
    ssl_protocols TLSv1.2 TLSv1.3;
}
` } },
        { line: 2, column: 25, endColumn: 30, message: enabled('TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `server {
    ssl_protocols TLSv1.2 TLSv1.3;
}
` } },
      ],
    },
    {
      name: 'proxy_ssl_protocols',
      path: 'nginx/conf.d/proxy.conf',
      code: `location / {
    proxy_pass https://backend;
    proxy_ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;
}
`,
      findings: [
        { line: 3, column: 25, endColumn: 32, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `location / {
    proxy_pass https://backend;
    proxy_ssl_protocols TLSv1.2 TLSv1.3;
}
` } },
      ],
    },
    // Apache httpd
    {
      name: 'all minus SSLv3 still has TLS 1.0 and 1.1',
      path: 'apache/httpd.conf',
      code: `<VirtualHost *:443>
  SSLProtocol all -SSLv3
</VirtualHost>
`,
      findings: [
        { line: 2, column: 15, endColumn: 18, message: enabled('TLS 1.0 and TLS 1.1'), fix: { title: 'Turn off TLS 1.0 and TLS 1.1', output: `<VirtualHost *:443>
  SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1
</VirtualHost>
` } },
      ],
    },
    {
      name: 'TLS 1.0 added to a strong list',
      path: 'apache/ssl.conf',
      code: `SSLProtocol -all +TLSv1.2 +TLSv1
`,
      findings: [
        { line: 1, column: 27, endColumn: 33, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `SSLProtocol -all +TLSv1.2
` } },
      ],
    },
    {
      name: 'only TLS 1.0',
      path: 'apache/sites/legacy.conf',
      code: `SSLProxyProtocol TLSv1
`,
      findings: [
        { line: 1, column: 18, endColumn: 23, message: enabled('TLS 1.0'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `SSLProxyProtocol -all +TLSv1.2 +TLSv1.3
` } },
      ],
    },
    // HAProxy
    {
      name: 'default bind options minimum',
      path: 'haproxy/haproxy.cfg',
      code: `global
  ssl-default-bind-options ssl-min-ver TLSv1.0 no-tls-tickets
`,
      findings: [
        { line: 2, column: 40, endColumn: 47, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `global
  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets
` } },
      ],
    },
    {
      name: 'bind line maximum',
      path: 'haproxy/max/haproxy.cfg',
      code: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem ssl-max-ver TLSv1.1
`,
      findings: [
        { line: 2, column: 51, endColumn: 58, message: max('TLS 1.1'), fix: { title: 'Raise the maximum to TLS 1.3', output: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem ssl-max-ver TLSv1.3
` } },
      ],
    },
    {
      name: 'server forced to TLS 1.0',
      path: 'haproxy/force/haproxy.cfg',
      code: `backend legacy
  server old 10.0.0.5:443 ssl verify required ca-file /etc/ssl/ca.pem force-tlsv10
`,
      findings: [
        { line: 2, column: 71, endColumn: 83, message: pinned('TLS 1.0'), fix: { title: 'Use TLS 1.2', output: `backend legacy
  server old 10.0.0.5:443 ssl verify required ca-file /etc/ssl/ca.pem force-tlsv12
` } },
      ],
    },
    // .properties
    {
      name: 'Spring enabled protocols',
      path: 'src/main/resources/application.properties',
      code: `server.ssl.enabled-protocols=TLSv1,TLSv1.1,TLSv1.2
`,
      findings: [
        { line: 1, column: 30, endColumn: 35, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `server.ssl.enabled-protocols=TLSv1.1,TLSv1.2
` } },
        { line: 1, column: 36, endColumn: 43, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `server.ssl.enabled-protocols=TLSv1,TLSv1.2
` } },
      ],
    },
    {
      name: 'Spring SSL protocol',
      path: 'config/application.properties',
      code: `server.ssl.protocol=TLSv1
`,
      findings: [
        { line: 1, column: 21, endColumn: 26, message: pinned('TLS 1.0'), fix: { title: 'Use TLS 1.2', output: `server.ssl.protocol=TLSv1.2
` } },
      ],
    },
    {
      name: 'JDK client protocols',
      path: 'conf/jvm.properties',
      code: `jdk.tls.client.protocols=TLSv1.1
`,
      findings: [
        { line: 1, column: 26, endColumn: 33, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2 and TLS 1.3', output: `jdk.tls.client.protocols=TLSv1.2,TLSv1.3
` } },
      ],
    },
    {
      name: 'Kafka enabled protocols with spaces',
      path: 'config/kafka.properties',
      code: `ssl.enabled.protocols=TLSv1.2, TLSv1.1
`,
      findings: [
        { line: 1, column: 32, endColumn: 39, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `ssl.enabled.protocols=TLSv1.2
` } },
      ],
    },
    // YAML
    {
      name: 'Spring YAML protocol list',
      path: 'src/main/resources/application.yml',
      code: `server:
  ssl:
    enabled-protocols:
      - TLSv1
      - TLSv1.2
`,
      findings: [
        { line: 4, column: 9, endColumn: 14, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `server:
  ssl:
    enabled-protocols:
      - TLSv1.2
` } },
      ],
    },
    {
      name: 'ingress-nginx annotation',
      path: 'k8s/ingress.yaml',
      code: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-protocols: "TLSv1.1 TLSv1.2"
`,
      findings: [
        { line: 3, column: 49, endColumn: 56, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-protocols: "TLSv1.2"
` } },
      ],
    },
    {
      name: 'Traefik TLS option',
      path: 'traefik/dynamic.yml',
      code: `tls:
  options:
    default:
      minVersion: VersionTLS10
`,
      findings: [
        { line: 4, column: 19, endColumn: 31, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `tls:
  options:
    default:
      minVersion: VersionTLS12
` } },
      ],
    },
    {
      name: 'Kubernetes component flag',
      path: 'k8s/apiserver.yaml',
      code: `spec:
  containers:
    - command:
        - kube-apiserver
        - --tls-min-version=VersionTLS11
`,
      findings: [
        { line: 5, column: 11, endColumn: 41, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `spec:
  containers:
    - command:
        - kube-apiserver
        - --tls-min-version=VersionTLS12
` } },
      ],
    },
    {
      name: 'CloudFormation listener policy',
      path: 'cfn/alb.yaml',
      code: `Resources:
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      Protocol: HTTPS
      SslPolicy: ELBSecurityPolicy-2016-08
`,
      findings: [
        { line: 6, column: 18, endColumn: 43, message: policy('TLS 1.0 and TLS 1.1'), fix: { title: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06', output: `Resources:
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      Protocol: HTTPS
      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
` } },
      ],
    },
    {
      name: 'Envoy minimum protocol',
      path: 'envoy/envoy.yaml',
      code: `common_tls_context:
  tls_params:
    tls_minimum_protocol_version: TLSv1_0
`,
      findings: [
        { line: 3, column: 35, endColumn: 42, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `common_tls_context:
  tls_params:
    tls_minimum_protocol_version: TLSv1_2
` } },
      ],
    },
    {
      name: 'only one old version in a block sequence',
      path: 'config/application.yaml',
      code: `server:
  ssl:
    enabled-protocols:
      - TLSv1.1
`,
      findings: [
        { line: 4, column: 9, endColumn: 16, message: enabled('TLS 1.1'), fix: { title: 'Enable only TLS 1.2', output: `server:
  ssl:
    enabled-protocols:
      - TLSv1.2
` } },
      ],
    },
    // JSON
    {
      name: 'CloudFormation JSON listener policy',
      path: 'cfn/alb.json',
      code: `{
  "Properties": {
    "SslPolicy": "ELBSecurityPolicy-TLS-1-1-2017-01"
  }
}
`,
      findings: [
        { line: 3, column: 19, endColumn: 52, message: policy('TLS 1.1'), fix: { title: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06', output: `{
  "Properties": {
    "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
  }
}
` } },
      ],
    },
    {
      name: 'CloudFormation JSON CloudFront minimum',
      path: 'cfn/cdn.json',
      code: `{
  "ViewerCertificate": {
    "AcmCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/site",
    "MinimumProtocolVersion": "TLSv1.1_2016"
  }
}
`,
      findings: [
        { line: 4, column: 32, endColumn: 44, message: policy('TLS 1.1'), fix: { title: 'Use TLSv1.2_2021', output: `{
  "ViewerCertificate": {
    "AcmCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/site",
    "MinimumProtocolVersion": "TLSv1.2_2021"
  }
}
` } },
      ],
    },
    // XML
    {
      name: 'Tomcat connector protocols',
      path: 'conf/server.xml',
      code: `<Server>
  <Connector port="8443" SSLEnabled="true" sslEnabledProtocols="TLSv1,TLSv1.2" />
</Server>
`,
      findings: [
        { line: 2, column: 65, endColumn: 70, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `<Server>
  <Connector port="8443" SSLEnabled="true" sslEnabledProtocols="TLSv1.2" />
</Server>
` } },
      ],
    },
    {
      name: 'Tomcat sslProtocol',
      path: 'tomcat/server.xml',
      code: `<Connector port="8443" SSLEnabled="true" sslProtocol="TLSv1" />
`,
      findings: [
        { line: 1, column: 55, endColumn: 60, message: pinned('TLS 1.0'), fix: { title: 'Use TLS 1.2', output: `<Connector port="8443" SSLEnabled="true" sslProtocol="TLSv1.2" />
` } },
      ],
    },
    // Terraform
    {
      name: 'ALB listener 2016-08 policy',
      path: 'infra/alb.tf',
      code: `resource "aws_lb_listener" "https" {
  port       = 443
  protocol   = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-2016-08"
}
`,
      findings: [
        { line: 4, column: 17, endColumn: 42, message: policy('TLS 1.0 and TLS 1.1'), fix: { title: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06', output: `resource "aws_lb_listener" "https" {
  port       = 443
  protocol   = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}
` } },
      ],
    },
    {
      name: 'ALB listener TLS 1.1 policy by prefix',
      path: 'infra/nlb.tf',
      code: `resource "aws_lb_listener" "tls" {
  protocol   = "TLS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-1-2021-06"
}
`,
      findings: [
        { line: 3, column: 17, endColumn: 52, message: policy('TLS 1.1'), fix: { title: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06', output: `resource "aws_lb_listener" "tls" {
  protocol   = "TLS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}
` } },
      ],
    },
    {
      name: 'CloudFront viewer minimum',
      path: 'infra/cdn.tf',
      code: `resource "aws_cloudfront_distribution" "site" {
  viewer_certificate {
    acm_certificate_arn      = var.certificate
    minimum_protocol_version = "TLSv1_2016"
  }
}
`,
      findings: [
        { line: 4, column: 33, endColumn: 43, message: policy('TLS 1.0 and TLS 1.1'), fix: { title: 'Use TLSv1.2_2021', output: `resource "aws_cloudfront_distribution" "site" {
  viewer_certificate {
    acm_certificate_arn      = var.certificate
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
` } },
      ],
    },
    {
      name: 'CloudFront origin protocols',
      path: 'infra/origin.tf',
      code: `resource "aws_cloudfront_distribution" "site" {
  origin {
    custom_origin_config {
      origin_ssl_protocols = ["TLSv1", "TLSv1.1", "TLSv1.2"]
    }
  }
}
`,
      findings: [
        { line: 4, column: 31, endColumn: 38, message: enabled('TLS 1.0'), fix: { title: 'Remove TLS 1.0', output: `resource "aws_cloudfront_distribution" "site" {
  origin {
    custom_origin_config {
      origin_ssl_protocols = ["TLSv1.1", "TLSv1.2"]
    }
  }
}
` } },
        { line: 4, column: 40, endColumn: 49, message: enabled('TLS 1.1'), fix: { title: 'Remove TLS 1.1', output: `resource "aws_cloudfront_distribution" "site" {
  origin {
    custom_origin_config {
      origin_ssl_protocols = ["TLSv1", "TLSv1.2"]
    }
  }
}
` } },
      ],
    },
    {
      name: 'Azure storage account',
      path: 'infra/storage.tf',
      code: `resource "azurerm_storage_account" "logs" {
  min_tls_version = "TLS1_0"
}
`,
      findings: [
        { line: 2, column: 22, endColumn: 28, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `resource "azurerm_storage_account" "logs" {
  min_tls_version = "TLS1_2"
}
` } },
      ],
    },
    {
      name: 'Azure SQL server number',
      path: 'infra/sql.tf',
      code: `resource "azurerm_mssql_server" "db" {
  minimum_tls_version = "1.1"
}
`,
      findings: [
        { line: 2, column: 26, endColumn: 29, message: min('TLS 1.1'), fix: { title: 'Raise the minimum to TLS 1.2', output: `resource "azurerm_mssql_server" "db" {
  minimum_tls_version = "1.2"
}
` } },
      ],
    },
    {
      name: 'Google SSL policy',
      path: 'infra/gcp.tf',
      code: `resource "google_compute_ssl_policy" "web" {
  profile         = "MODERN"
  min_tls_version = "TLS_1_0"
}
`,
      findings: [
        { line: 3, column: 22, endColumn: 29, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `resource "google_compute_ssl_policy" "web" {
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}
` } },
      ],
    },
    {
      name: 'API Management protocol switch',
      path: 'infra/apim.tf',
      code: `resource "azurerm_api_management" "api" {
  security {
    enable_frontend_tls10 = true
  }
}
`,
      findings: [
        { line: 3, column: 29, endColumn: 33, message: enabled('TLS 1.0'), fix: { title: 'Turn off TLS 1.0', output: `resource "azurerm_api_management" "api" {
  security {
    enable_frontend_tls10 = false
  }
}
` } },
      ],
    },
    {
      name: 'Application Gateway predefined policy',
      path: 'infra/appgw.tf',
      code: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20170401"
  }
}
`,
      findings: [
        { line: 4, column: 20, endColumn: 42, message: policy('TLS 1.1'), fix: { title: 'Use AppGwSslPolicy20220101', output: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101"
  }
}
` } },
      ],
    },
    {
      name: 'OpenSearch domain endpoint',
      path: 'infra/search.tf',
      code: `resource "aws_opensearch_domain" "logs" {
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
      findings: [
        { line: 4, column: 28, endColumn: 54, message: policy('TLS 1.0 and TLS 1.1'), fix: { title: 'Use Policy-Min-TLS-1-2-2019-07', output: `resource "aws_opensearch_domain" "logs" {
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
` } },
      ],
    },
    {
      name: 'API Gateway domain security policy',
      path: 'infra/apigw.tf',
      code: `resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.gov.uk"
  security_policy = "TLS_1_0"
}
`,
      findings: [
        { line: 3, column: 22, endColumn: 29, message: min('TLS 1.0'), fix: { title: 'Raise the minimum to TLS 1.2', output: `resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.gov.uk"
  security_policy = "TLS_1_2"
}
` } },
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'minVersion TLSv1.2', path: 'src/client.js', code: `tls.connect({ host, port: 443, minVersion: 'TLSv1.2' });
` },
    { name: 'maxVersion TLSv1.3', path: 'src/agent.ts', code: `const agent = new https.Agent({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' });
` },
    { name: 'secureProtocol that negotiates', path: 'src/server.js', code: `tls.createServer({ key, cert, secureProtocol: 'TLS_method' });
` },
    { name: 'SSLv23_method negotiates', path: 'src/compat.js', code: `tls.createSecureContext({ secureProtocol: 'SSLv23_method', minVersion: 'TLSv1.2' });
` },
    { name: 'reading the negotiated protocol is not a setting', path: 'src/log.js', code: `if (socket.getProtocol() === 'TLSv1') logger.warn('old client');
` },
    { name: 'comment is not code', path: 'src/notes.js', code: `// was: tls.connect({ minVersion: 'TLSv1' })
tls.connect({ host });
` },
    { name: 'a label that is not a setting', path: 'src/labels.ts', code: `const LABELS = { legacy: 'TLSv1', current: 'TLSv1.3' };
` },
    { name: 'semantic version minimum is not TLS', path: 'src/plugin.js', code: `registerPlugin({ name: 'x', minVersion: '1.0.0' });
` },
    // Python
    { name: 'client context', path: 'app/client.py', code: `context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.minimum_version = ssl.TLSVersion.TLSv1_2
` },
    { name: 'turning old versions off', path: 'app/options.py', code: `context.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
` },
    { name: 'comparing the negotiated protocol', path: 'app/check.py', code: `if context.protocol == ssl.PROTOCOL_TLSv1:
    raise ValueError("old protocol")
` },
    { name: 'PROTOCOL_SSLv23 negotiates', path: 'app/compat.py', code: `context = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
` },
    { name: 'maximum TLS 1.3', path: 'app/max.py', code: `context.maximum_version = ssl.TLSVersion.TLSv1_3
` },
    // Java
    { name: 'SSLContext TLS', path: 'src/main/java/Client.java', code: `class Client {
  SSLContext context() throws Exception {
    return SSLContext.getInstance("TLS");
  }
}
` },
    { name: 'strong enabled protocols', path: 'src/main/java/Sockets.java', code: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
  }
}
` },
    { name: 'checking the session protocol', path: 'src/main/java/Audit.java', code: `class Audit {
  boolean old(SSLSession session) {
    return "TLSv1".equals(session.getProtocol());
  }
}
` },
    { name: 'getInstance of something else', path: 'src/main/java/Digest.java', code: `class Digest {
  MessageDigest md() throws Exception {
    return MessageDigest.getInstance("TLSv1");
  }
}
` },
    // C#
    { name: 'strong SslProtocols', path: 'src/Client.cs', code: `class Client {
  void Configure(HttpClientHandler handler) {
    handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
  }
}
` },
    { name: 'removing TLS 1.0 from the process default', path: 'src/Startup.cs', code: `class Startup {
  void Configure() {
    ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Tls;
  }
}
` },
    { name: 'comparing the negotiated protocol in C#', path: 'src/Audit.cs', code: `class Audit {
  bool Old(SslStream stream) => stream.SslProtocol == SslProtocols.Tls;
}
` },
    { name: 'letting the operating system choose', path: 'src/Default.cs', code: `class Default {
  void Configure() {
    ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
  }
}
` },
    // Go
    { name: 'MinVersion TLS 1.2', path: 'cmd/server/main.go', code: `package main

import "crypto/tls"

var config = &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS13}
` },
    { name: 'comparing the negotiated version in Go', path: 'internal/audit.go', code: `package audit

import "crypto/tls"

func old(state tls.ConnectionState) bool {
	return state.Version == tls.VersionTLS10
}
` },
    { name: 'naming a version is not a setting', path: 'internal/log.go', code: `package log

import "crypto/tls"

var name = tls.VersionName(tls.VersionTLS10)
` },
    { name: 'version names table', path: 'internal/names.go', code: `package names

import "crypto/tls"

var names = map[uint16]string{tls.VersionTLS10: "TLS 1.0", tls.VersionTLS12: "TLS 1.2"}
` },
    // Ruby
    { name: 'Ruby method TLS 1.2', path: 'lib/method.rb', code: `http.ssl_version = :TLSv1_2
` },
    { name: 'Faraday TLS 1.2 minimum', path: 'lib/faraday.rb', code: `conn = Faraday.new(url: base, ssl: { min_version: :TLS1_2 })
` },
    { name: 'Ruby comment', path: 'lib/notes.rb', code: `# http.ssl_version = :TLSv1
http.use_ssl = true
` },
    // PHP
    { name: 'curl TLS 1.2', path: 'src/Client.php', code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
` },
    { name: 'another option set to 1', path: 'src/Verify.php', code: `<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, 1);
` },
    { name: 'strong stream method', path: 'src/Stream.php', code: `<?php
stream_socket_enable_crypto($socket, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);
` },
    { name: 'the library default', path: 'src/Default.php', code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);
` },
    { name: 'maximum TLS 1.3 flag', path: 'src/Max.php', code: `<?php
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_3);
` },
    // Ruby
    { name: 'Ruby minimum TLS 1.2', path: 'lib/context.rb', code: `context.min_version = OpenSSL::SSL::TLS1_2_VERSION
` },
    { name: 'reading the negotiated version in Ruby', path: 'lib/audit.rb', code: `warn 'old' if socket.ssl_version == 'TLSv1'
` },
    // Shell
    { name: 'curl TLS 1.2', path: 'scripts/fetch.sh', code: `curl --tlsv1.2 --tls-max 1.3 https://api.example.gov.uk/
` },
    { name: 'echoing an option is not curl', path: 'scripts/help.sh', code: `echo "do not use --tlsv1.0"
` },
    { name: 'shell comment', path: 'scripts/notes.sh', code: `# curl --sslv3 https://legacy.example.gov.uk/
curl https://api.example.gov.uk/
` },
    { name: 'openssl probing TLS 1.2', path: 'scripts/probe.sh', code: `openssl s_client -connect api.example.gov.uk:443 -tls1_2 </dev/null
` },
    // nginx
    { name: 'nginx modern protocols', path: 'nginx/nginx.conf', code: `server {
    ssl_protocols TLSv1.2 TLSv1.3;
}
` },
    { name: 'nginx comment', path: 'nginx/conf.d/site.conf', code: `server {
    # ssl_protocols TLSv1 TLSv1.1;
    ssl_protocols TLSv1.2;
}
` },
    // Apache httpd
    { name: 'Apache allow-list', path: 'apache/ssl.conf', code: `SSLProtocol -all +TLSv1.2 +TLSv1.3
` },
    { name: 'Apache all with the old versions removed', path: 'apache/httpd.conf', code: `SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1
` },
    // HAProxy
    { name: 'HAProxy TLS 1.2 minimum', path: 'haproxy/haproxy.cfg', code: `global
  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets
` },
    { name: 'HAProxy disabling old versions', path: 'haproxy/no/haproxy.cfg', code: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem no-sslv3 no-tlsv10 no-tlsv11
` },
    // .properties
    { name: 'Spring strong protocols', path: 'src/main/resources/application.properties', code: `server.ssl.enabled-protocols=TLSv1.2,TLSv1.3
server.ssl.protocol=TLS
` },
    { name: 'an unrelated protocol key', path: 'config/app.properties', code: `app.transfer.protocol=TLSv1
` },
    // YAML
    { name: 'Traefik TLS 1.2 minimum', path: 'traefik/dynamic.yml', code: `tls:
  options:
    default:
      minVersion: VersionTLS12
` },
    { name: 'ingress-nginx modern annotation', path: 'k8s/ingress.yaml', code: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-protocols: "TLSv1.2 TLSv1.3"
` },
    { name: 'chart minVersion that is not TLS', path: 'charts/app/Chart.yaml', code: `apiVersion: v2
kubeVersion: ">=1.22"
dependencies:
  - name: redis
    minVersion: "1.0"
` },
    // Terraform
    { name: 'ALB modern policy', path: 'infra/alb.tf', code: `resource "aws_lb_listener" "https" {
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}
` },
    { name: 'ALB FS 1.2 policy', path: 'infra/fs.tf', code: `resource "aws_lb_listener" "https" {
  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
}
` },
    { name: 'CloudFront TLS 1.2 minimum', path: 'infra/cdn.tf', code: `resource "aws_cloudfront_distribution" "site" {
  viewer_certificate {
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
` },
    { name: 'Azure TLS 1.2 minimum', path: 'infra/storage.tf', code: `resource "azurerm_storage_account" "logs" {
  min_tls_version = "TLS1_2"
}
` },
    { name: 'API Management switch off', path: 'infra/apim.tf', code: `resource "azurerm_api_management" "api" {
  security {
    enable_frontend_tls10 = false
  }
}
` },
    { name: 'a Terraform version that is not TLS', path: 'infra/versions.tf', code: `terraform {
  required_version = "1.1"
}
` },
    // JSON
    { name: 'CloudFormation JSON modern policy', path: 'cfn/alb.json', code: `{
  "Properties": {
    "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
  }
}
` },
    // XML
    { name: 'Tomcat strong connector', path: 'conf/server.xml', code: `<Connector port="8443" SSLEnabled="true" sslEnabledProtocols="TLSv1.2,TLSv1.3" />
` },
  ],
};

describeRule(table);

/**
 * Whether each finding's fix is safe (it raises a minimum or maximum, or drops an old version from
 * a list that keeps TLS 1.2) or a suggestion (it replaces a pinned version, a whole list or a
 * managed policy), per vulnerable case in finding order; null where there is no fix.
 */
const FIX_SAFETY: ReadonlyMap<string, readonly (FixSafety | null)[]> = new Map<string, readonly (FixSafety | null)[]>([
  ['src/client.js: tls.connect minVersion TLSv1', ['safe']],
  ['src/agent.ts: https.Agent maxVersion', ['safe']],
  ['src/server.js: secureProtocol pins TLS 1.0', ['suggestion']],
  ['src/legacy.js: secureProtocol beside a minVersion gets no fix', [null]],
  ['src/bootstrap.mjs: process-wide default minimum', ['safe']],
  ['src/fetch.ts: got https options', ['safe']],
  ['src/pool.js: constant in a variable', [null]],
  ['src/Client.tsx: TSX component options', ['safe']],
  ['app/client.py: SSLContext pinned to TLS 1.0', [null]],
  ['app/server.py: names imported from ssl', [null]],
  ['app/tls.py: minimum_version set to TLSv1', ['safe']],
  ['app/tls_max.py: maximum_version set to TLSv1_1', ['safe']],
  ['app/legacy.py: wrap_socket ssl_version keyword', [null]],
  ['app/adapter.py: requests adapter pool manager', [null]],
  ['app/pool.py: urllib3 minimum keyword', ['safe']],
  ['app/openssl_client.py: pyOpenSSL method', [null]],
  ['src/main/java/Client.java: SSLContext pinned to TLSv1', ['suggestion']],
  ['src/main/java/Legacy.java: SSLContext SSL alias', ['safe']],
  ['src/main/java/Sockets.java: enabled protocols array with a strong entry', ['safe', 'safe']],
  ['src/main/java/Boot.java: https.protocols system property', ['suggestion', 'suggestion']],
  ['src/main/java/Http.java: OkHttp connection spec', ['safe']],
  ['src/main/java/Factory.java: Apache HttpClient socket factory', ['suggestion']],
  ['src/main/java/Client5.java: HttpClient 5 TLS enum', ['safe']],
  ['src/main/java/Server.java: protocols in a constant', [null]],
  ['src/main/java/Netty.java: Netty protocols varargs', ['safe']],
  ['src/Startup.cs: ServicePointManager adds TLS 1.0', ['safe']],
  ['src/Legacy.cs: compound assignment adds TLS 1.1', ['suggestion']],
  ['src/Client.cs: HttpClientHandler initializer', ['suggestion']],
  ['src/Stream.cs: SslStream client authentication', ['suggestion']],
  ['src/Program.cs: Kestrel HTTPS defaults', ['safe']],
  ['src/Server.cs: SslProtocols.Default is SSL 3.0 and TLS 1.0', ['suggestion']],
  ['cmd/server/main.go: tls.Config MinVersion TLS 1.0', ['safe']],
  ['internal/client.go: MaxVersion TLS 1.1', ['safe']],
  ['internal/setup.go: assigned field', ['safe']],
  ['internal/alias.go: aliased import', ['safe']],
  ['internal/raw.go: protocol number literal', ['safe']],
  ['internal/constant.go: version in a constant', [null]],
  ['src/Client.php: curl_setopt TLS 1.x', ['safe']],
  ['src/Number.php: curl_setopt as a number', ['safe']],
  ['src/Array.php: curl_setopt_array SSLv3', ['safe']],
  ['src/Max.php: maximum flag combined with a minimum', ['safe']],
  ['src/Stream.php: stream context crypto_method with a strong method', ['safe']],
  ['src/Socket.php: stream_socket_enable_crypto with TLS 1.1 only', ['suggestion']],
  ['src/Guzzle.php: Guzzle curl options', ['safe']],
  ['src/Soap.php: SOAP client SSL method', [null]],
  ['lib/method.rb: SSLContext created for one method', ['suggestion']],
  ['lib/client.rb: Net::HTTP ssl_version symbol', ['suggestion']],
  ['lib/context.rb: SSLContext min_version constant', ['safe']],
  ['lib/max.rb: SSLContext max_version constant', ['safe']],
  ['lib/start.rb: Net::HTTP.start keyword', ['suggestion']],
  ['lib/api.rb: HTTParty class macro', ['suggestion']],
  ['lib/params.rb: set_params min_version symbol', ['safe']],
  ['lib/faraday.rb: Faraday ssl options', ['safe']],
  ['scripts/fetch.sh: curl --tlsv1.0', ['safe']],
  ['scripts/short.sh: curl -1 short option', ['safe']],
  ['scripts/legacy.sh: curl --sslv3', ['suggestion']],
  ['scripts/max.sh: curl --tls-max 1.1', ['safe']],
  ['scripts/sudo.sh: sudo curl --tlsv1.1', ['safe']],
  ['scripts/probe.sh: openssl s_client -tls1', ['suggestion']],
  ['scripts/wget.sh: wget --secure-protocol', ['suggestion']],
  ['scripts/start.sh: node --tls-min-v1.0', ['safe']],
  ['nginx/nginx.conf: ssl_protocols with TLS 1.2 kept', ['safe', 'safe']],
  ['nginx/conf.d/legacy.conf: ssl_protocols with only old versions', ['suggestion', 'suggestion']],
  ['nginx/conf.d/proxy.conf: proxy_ssl_protocols', ['safe']],
  ['apache/httpd.conf: all minus SSLv3 still has TLS 1.0 and 1.1', ['safe']],
  ['apache/ssl.conf: TLS 1.0 added to a strong list', ['safe']],
  ['apache/sites/legacy.conf: only TLS 1.0', ['suggestion']],
  ['haproxy/haproxy.cfg: default bind options minimum', ['safe']],
  ['haproxy/max/haproxy.cfg: bind line maximum', ['safe']],
  ['haproxy/force/haproxy.cfg: server forced to TLS 1.0', ['suggestion']],
  ['src/main/resources/application.properties: Spring enabled protocols', ['safe', 'safe']],
  ['config/application.properties: Spring SSL protocol', ['suggestion']],
  ['conf/jvm.properties: JDK client protocols', ['suggestion']],
  ['config/kafka.properties: Kafka enabled protocols with spaces', ['safe']],
  ['src/main/resources/application.yml: Spring YAML protocol list', ['safe']],
  ['k8s/ingress.yaml: ingress-nginx annotation', ['safe']],
  ['traefik/dynamic.yml: Traefik TLS option', ['safe']],
  ['k8s/apiserver.yaml: Kubernetes component flag', ['safe']],
  ['cfn/alb.yaml: CloudFormation listener policy', ['suggestion']],
  ['envoy/envoy.yaml: Envoy minimum protocol', ['safe']],
  ['config/application.yaml: only one old version in a block sequence', ['suggestion']],
  ['cfn/alb.json: CloudFormation JSON listener policy', ['suggestion']],
  ['cfn/cdn.json: CloudFormation JSON CloudFront minimum', ['suggestion']],
  ['conf/server.xml: Tomcat connector protocols', ['safe']],
  ['tomcat/server.xml: Tomcat sslProtocol', ['suggestion']],
  ['infra/alb.tf: ALB listener 2016-08 policy', ['suggestion']],
  ['infra/nlb.tf: ALB listener TLS 1.1 policy by prefix', ['suggestion']],
  ['infra/cdn.tf: CloudFront viewer minimum', ['suggestion']],
  ['infra/origin.tf: CloudFront origin protocols', ['safe', 'safe']],
  ['infra/storage.tf: Azure storage account', ['safe']],
  ['infra/sql.tf: Azure SQL server number', ['safe']],
  ['infra/gcp.tf: Google SSL policy', ['safe']],
  ['infra/apim.tf: API Management protocol switch', ['safe']],
  ['infra/appgw.tf: Application Gateway predefined policy', ['suggestion']],
  ['infra/search.tf: OpenSearch domain endpoint', ['suggestion']],
  ['infra/apigw.tf: API Gateway domain security policy', ['safe']],
]);

describe('rule transport/weak-tls-version fix safety', () => {
  for (const testCase of table.invalid) {
    it(`${testCase.path}: ${testCase.name}`, async () => {
      const findings = findingsOf(weakTlsVersion, await scanCase(weakTlsVersion, testCase));
      assert.deepStrictEqual(findings.map((finding) => finding.fix?.safety ?? null), FIX_SAFETY.get(`${testCase.path}: ${testCase.name}`));
    });
  }
});
