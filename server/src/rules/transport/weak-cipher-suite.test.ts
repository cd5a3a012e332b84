/**
 * Cases for transport/weak-cipher-suite: NULL, anonymous, export-grade, RC4, DES and 3DES suites
 * (and the broad aliases that can bring them in) enabled in code and configuration, with the
 * exclusions and strong lists that are safe.
 */
import assert from 'node:assert/strict';
import type { FixSafety } from '../../engine/contract';
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule, findingsOf, scanCase } from '../../../../test/support/rule-tester';
import { weakCipherSuite } from './weak-cipher-suite';

const CONTROL =
  "MoJ expects adequate and proportionate cryptography in transit and follows NCSC's TLS guidance for how to configure it (Cryptography: Transport Layer Security (TLS)).";
const weak = (suites: string, why: string) => (token: string): string =>
  `This cipher setting enables ${suites} (${token}), which NCSC and industry guidance consider weak: ${why}. ${CONTROL} Remove them and offer ECDHE suites with AES-GCM or ChaCha20-Poly1305.`;
const nullSuites = weak('NULL cipher suites', 'they do not encrypt the traffic at all');
const anonymous = weak('anonymous cipher suites', 'they do not authenticate the server, so anyone on the network path can impersonate it');
const exportGrade = weak('export-grade cipher suites', 'their deliberately shortened keys can be broken quickly');
const rc4 = weak('RC4 cipher suites', 'biases in RC4 let an attacker recover plaintext from repeated traffic');
const des = weak('single-DES cipher suites', 'a 56-bit DES key can be found by brute force');
const tripleDes = weak('triple-DES (3DES) cipher suites', 'their 64-bit block lets an attacker recover data from long-lived connections (Sweet32)');
const broad = (alias: string, families: string, exclusions: string): string =>
  `"${alias}" leaves the choice of cipher suites to the TLS library, and older versions include ${families} suites in it, which NCSC and industry guidance consider weak. ${CONTROL} Exclude them (${exclusions}) or list strong suites explicitly.`;

export const table: RuleTable = {
  rule: weakCipherSuite,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'RC4 added before strong suites',
      path: 'src/server.js',
      code: `const server = tls.createServer({ key, cert, ciphers: 'RC4-SHA:HIGH:!aNULL' });
`,
      findings: [
        { line: 1, column: 56, endColumn: 63, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `const server = tls.createServer({ key, cert, ciphers: 'HIGH:!aNULL' });
` } },
      ],
    },
    {
      name: 'only triple DES',
      path: 'src/client.ts',
      code: `export const agent = new https.Agent({ ciphers: 'DES-CBC3-SHA' });
`,
      findings: [
        { line: 1, column: 50, endColumn: 62, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `export const agent = new https.Agent({ ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });
` } },
      ],
    },
    {
      name: 'ALL with no exclusions',
      path: 'src/all.js',
      code: `tls.connect({ host, port: 443, ciphers: 'ALL' });
`,
      findings: [
        { line: 1, column: 42, endColumn: 45, message: broad('ALL', 'anonymous, export-grade, RC4, single-DES and triple-DES', '!aNULL:!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `tls.connect({ host, port: 443, ciphers: 'ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES' });
` } },
      ],
    },
    {
      name: 'export suite by name',
      path: 'src/export.js',
      code: `tls.createSecureContext({ ciphers: 'ECDHE+AESGCM:EXP-RC4-MD5' });
`,
      findings: [
        { line: 1, column: 50, endColumn: 61, message: exportGrade('EXP-RC4-MD5'), fix: { title: 'Remove EXP-RC4-MD5', output: `tls.createSecureContext({ ciphers: 'ECDHE+AESGCM' });
` } },
      ],
    },
    {
      name: 'anonymous alias without a prefix',
      path: 'src/anon.mjs',
      code: `tls.DEFAULT_CIPHERS = 'HIGH:aNULL';
`,
      findings: [
        { line: 1, column: 29, endColumn: 34, message: anonymous('aNULL'), fix: { title: 'Remove aNULL', output: `tls.DEFAULT_CIPHERS = 'HIGH';
` } },
      ],
    },
    {
      name: 'intersection with RC4',
      path: 'src/intersection.js',
      code: `const options = { ciphers: 'ECDHE+AESGCM:EECDH+RC4' };
`,
      findings: [
        { line: 1, column: 42, endColumn: 51, message: rc4('EECDH+RC4'), fix: { title: 'Remove EECDH+RC4', output: `const options = { ciphers: 'ECDHE+AESGCM' };
` } },
      ],
    },
    {
      name: 'cipher string in a constant',
      path: 'src/constant.js',
      code: `const CIPHERS = 'NULL-SHA:HIGH';
tls.createServer({ key, cert, ciphers: CIPHERS });
`,
      findings: [
        { line: 2, column: 40, endColumn: 47, message: nullSuites('NULL-SHA'), fix: null },
      ],
    },
    {
      name: 'two suites of one family each get a finding',
      path: 'src/pair.js',
      code: `tls.createServer({ key, cert, ciphers: 'RC4-SHA:RC4-MD5:ECDHE+AESGCM' });
`,
      findings: [
        { line: 1, column: 41, endColumn: 48, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `tls.createServer({ key, cert, ciphers: 'RC4-MD5:ECDHE+AESGCM' });
` } },
        { line: 1, column: 49, endColumn: 56, message: rc4('RC4-MD5'), fix: { title: 'Remove RC4-MD5', output: `tls.createServer({ key, cert, ciphers: 'RC4-SHA:ECDHE+AESGCM' });
` } },
      ],
    },
    // Python
    {
      name: 'set_ciphers with 3DES first',
      path: 'app/tls.py',
      code: `context = ssl.create_default_context()
context.set_ciphers('DES-CBC3-SHA:ECDHE+AESGCM')
`,
      findings: [
        { line: 2, column: 22, endColumn: 34, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Remove DES-CBC3-SHA', output: `context = ssl.create_default_context()
context.set_ciphers('ECDHE+AESGCM')
` } },
      ],
    },
    {
      name: 'wrap_socket ciphers keyword ALL with one exclusion',
      path: 'app/legacy.py',
      code: `secure = ssl.wrap_socket(sock, ciphers='ALL:!aNULL')
`,
      findings: [
        { line: 1, column: 41, endColumn: 44, message: broad('ALL', 'export-grade, RC4, single-DES and triple-DES', '!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `secure = ssl.wrap_socket(sock, ciphers='ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES')
` } },
      ],
    },
    {
      name: 'urllib3 context with RC4 only',
      path: 'app/pool.py',
      code: `context = create_urllib3_context(ciphers='RC4')
`,
      findings: [
        { line: 1, column: 43, endColumn: 46, message: rc4('RC4'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `context = create_urllib3_context(ciphers='ECDHE+AESGCM:ECDHE+CHACHA20')
` } },
      ],
    },
    {
      name: 'urllib3 module default',
      path: 'app/patch.py',
      code: `import urllib3

urllib3.util.ssl_.DEFAULT_CIPHERS = 'HIGH:DES'
`,
      findings: [
        { line: 3, column: 43, endColumn: 46, message: des('DES'), fix: { title: 'Remove DES', output: `import urllib3

urllib3.util.ssl_.DEFAULT_CIPHERS = 'HIGH'
` } },
      ],
    },
    {
      name: 'anonymous suite by name',
      path: 'app/anon.py',
      code: `context.set_ciphers('ADH-AES256-SHA:ECDHE+AESGCM')
`,
      findings: [
        { line: 1, column: 22, endColumn: 36, message: anonymous('ADH-AES256-SHA'), fix: { title: 'Remove ADH-AES256-SHA', output: `context.set_ciphers('ECDHE+AESGCM')
` } },
      ],
    },
    {
      name: 'pyOpenSSL cipher list in bytes',
      path: 'app/openssl_server.py',
      code: `context = SSL.Context(SSL.TLS_METHOD)
context.set_cipher_list(b'RC4-SHA:HIGH')
`,
      findings: [
        { line: 2, column: 27, endColumn: 34, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `context = SSL.Context(SSL.TLS_METHOD)
context.set_cipher_list(b'HIGH')
` } },
      ],
    },
    // Java
    {
      name: 'enabled cipher suites array',
      path: 'src/main/java/Sockets.java',
      code: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledCipherSuites(new String[] {
        "TLS_RSA_WITH_RC4_128_SHA",
        "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA",
        "TLS_DH_anon_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
`,
      findings: [
        { line: 4, column: 9, endColumn: 35, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledCipherSuites(new String[] {
        "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA",
        "TLS_DH_anon_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
` } },
        { line: 5, column: 9, endColumn: 44, message: exportGrade('SSL_RSA_EXPORT_WITH_DES40_CBC_SHA'), fix: { title: 'Remove SSL_RSA_EXPORT_WITH_DES40_CBC_SHA', output: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledCipherSuites(new String[] {
        "TLS_RSA_WITH_RC4_128_SHA",
        "TLS_DH_anon_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
` } },
        { line: 6, column: 9, endColumn: 43, message: anonymous('TLS_DH_anon_WITH_AES_128_CBC_SHA'), fix: { title: 'Remove TLS_DH_anon_WITH_AES_128_CBC_SHA', output: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledCipherSuites(new String[] {
        "TLS_RSA_WITH_RC4_128_SHA",
        "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
` } },
      ],
    },
    {
      name: 'OkHttp cipher suites',
      path: 'src/main/java/Http.java',
      code: `class Http {
  ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
      .cipherSuites(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();
}
`,
      findings: [
        { line: 3, column: 21, endColumn: 62, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Remove TLS_RSA_WITH_3DES_EDE_CBC_SHA', output: `class Http {
  ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
      .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();
}
` } },
      ],
    },
    {
      name: 'https.cipherSuites system property',
      path: 'src/main/java/Boot.java',
      code: `class Boot {
  static {
    System.setProperty("https.cipherSuites", "TLS_RSA_WITH_NULL_SHA256");
  }
}
`,
      findings: [
        { line: 3, column: 47, endColumn: 71, message: nullSuites('TLS_RSA_WITH_NULL_SHA256'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `class Boot {
  static {
    System.setProperty("https.cipherSuites", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
  }
}
` } },
      ],
    },
    {
      name: 'SSLParameters constructor',
      path: 'src/main/java/Params.java',
      code: `class Params {
  SSLParameters build() {
    return new SSLParameters(new String[] {"SSL_RSA_WITH_RC4_128_MD5"}, new String[] {"TLSv1.2"});
  }
}
`,
      findings: [
        { line: 3, column: 44, endColumn: 70, message: rc4('SSL_RSA_WITH_RC4_128_MD5'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `class Params {
  SSLParameters build() {
    return new SSLParameters(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}, new String[] {"TLSv1.2"});
  }
}
` } },
      ],
    },
    {
      name: 'suites in a constant',
      path: 'src/main/java/Server.java',
      code: `class Server {
  private static final String[] SUITES = {"TLS_RSA_WITH_DES_CBC_SHA", "TLS_AES_128_GCM_SHA256"};
  void configure(SSLServerSocket socket) {
    socket.setEnabledCipherSuites(SUITES);
  }
}
`,
      findings: [
        { line: 4, column: 35, endColumn: 41, message: des('TLS_RSA_WITH_DES_CBC_SHA'), fix: null },
      ],
    },
    {
      name: 'SSLParameters setter with a list',
      path: 'src/main/java/Setter.java',
      code: `class Setter {
  void configure(SSLParameters parameters) {
    parameters.setCipherSuites(new String[] {"TLS_ECDH_anon_WITH_AES_128_CBC_SHA"});
  }
}
`,
      findings: [
        { line: 3, column: 46, endColumn: 82, message: anonymous('TLS_ECDH_anon_WITH_AES_128_CBC_SHA'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `class Setter {
  void configure(SSLParameters parameters) {
    parameters.setCipherSuites(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
` } },
      ],
    },
    {
      name: 'Netty ciphers from Arrays.asList',
      path: 'src/main/java/Netty.java',
      code: `class Netty {
  SslContext context() throws SSLException {
    return SslContextBuilder.forClient().ciphers(Arrays.asList("TLS_AES_128_GCM_SHA256", "TLS_RSA_WITH_RC4_128_SHA")).build();
  }
}
`,
      findings: [
        { line: 3, column: 90, endColumn: 116, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `class Netty {
  SslContext context() throws SSLException {
    return SslContextBuilder.forClient().ciphers(Arrays.asList("TLS_AES_128_GCM_SHA256")).build();
  }
}
` } },
      ],
    },
    // C#
    {
      name: 'cipher suites policy with a strong suite',
      path: 'src/Startup.cs',
      code: `class Startup {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] {
      TlsCipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
      TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  });
}
`,
      findings: [
        { line: 3, column: 7, endColumn: 51, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Remove TLS_RSA_WITH_3DES_EDE_CBC_SHA', output: `class Startup {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] {
      TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  });
}
` } },
      ],
    },
    {
      name: 'cipher suites policy with only RC4',
      path: 'src/Legacy.cs',
      code: `class Legacy {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new TlsCipherSuite[] { TlsCipherSuite.TLS_RSA_WITH_RC4_128_SHA });
}
`,
      findings: [
        { line: 2, column: 80, endColumn: 119, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `class Legacy {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new TlsCipherSuite[] { TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 });
}
` } },
      ],
    },
    {
      name: 'suites in a list variable',
      path: 'src/List.cs',
      code: `class Suites {
  void Configure(SslServerAuthenticationOptions options) {
    var suites = new List<TlsCipherSuite> { TlsCipherSuite.TLS_RSA_WITH_NULL_SHA256, TlsCipherSuite.TLS_AES_128_GCM_SHA256 };
    options.CipherSuitesPolicy = new CipherSuitesPolicy(suites);
  }
}
`,
      findings: [
        { line: 4, column: 57, endColumn: 63, message: nullSuites('TLS_RSA_WITH_NULL_SHA256'), fix: null },
      ],
    },
    {
      name: 'policy in an options initializer',
      path: 'src/Options.cs',
      code: `class Options {
  SslClientAuthenticationOptions Build() => new SslClientAuthenticationOptions {
    CipherSuitesPolicy = new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_DHE_RSA_WITH_DES_CBC_SHA, TlsCipherSuite.TLS_AES_256_GCM_SHA384 }),
  };
}
`,
      findings: [
        { line: 3, column: 57, endColumn: 100, message: des('TLS_DHE_RSA_WITH_DES_CBC_SHA'), fix: { title: 'Remove TLS_DHE_RSA_WITH_DES_CBC_SHA', output: `class Options {
  SslClientAuthenticationOptions Build() => new SslClientAuthenticationOptions {
    CipherSuitesPolicy = new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_AES_256_GCM_SHA384 }),
  };
}
` } },
      ],
    },
    {
      name: 'fully qualified export suite',
      path: 'src/Qualified.cs',
      code: `class Qualified {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] { System.Net.Security.TlsCipherSuite.TLS_RSA_EXPORT_WITH_RC4_40_MD5, System.Net.Security.TlsCipherSuite.TLS_AES_128_GCM_SHA256 });
}
`,
      findings: [
        { line: 2, column: 65, endColumn: 130, message: exportGrade('TLS_RSA_EXPORT_WITH_RC4_40_MD5'), fix: { title: 'Remove TLS_RSA_EXPORT_WITH_RC4_40_MD5', output: `class Qualified {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] { System.Net.Security.TlsCipherSuite.TLS_AES_128_GCM_SHA256 });
}
` } },
      ],
    },
    {
      name: 'anonymous ECDH suite',
      path: 'src/Anonymous.cs',
      code: `class Anonymous {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_AES_128_GCM_SHA256, TlsCipherSuite.TLS_ECDH_anon_WITH_AES_256_CBC_SHA });
}
`,
      findings: [
        { line: 2, column: 104, endColumn: 153, message: anonymous('TLS_ECDH_anon_WITH_AES_256_CBC_SHA'), fix: { title: 'Remove TLS_ECDH_anon_WITH_AES_256_CBC_SHA', output: `class Anonymous {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_AES_128_GCM_SHA256 });
}
` } },
      ],
    },
    // Go
    {
      name: 'CipherSuites with a strong suite',
      path: 'cmd/server/main.go',
      code: `package main

import "crypto/tls"

var config = &tls.Config{
	CipherSuites: []uint16{
		tls.TLS_RSA_WITH_RC4_128_SHA,
		tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	},
}
`,
      findings: [
        { line: 7, column: 3, endColumn: 31, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `package main

import "crypto/tls"

var config = &tls.Config{
	CipherSuites: []uint16{
		tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	},
}
` } },
      ],
    },
    {
      name: 'CipherSuites with only 3DES',
      path: 'internal/client.go',
      code: `package client

import "crypto/tls"

var config = tls.Config{CipherSuites: []uint16{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}}
`,
      findings: [
        { line: 5, column: 48, endColumn: 81, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `package client

import "crypto/tls"

var config = tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}}
` } },
      ],
    },
    {
      name: 'assigned field',
      path: 'internal/setup.go',
      code: `package setup

import "crypto/tls"

func harden(cfg *tls.Config) {
	cfg.CipherSuites = []uint16{tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384}
}
`,
      findings: [
        { line: 6, column: 30, endColumn: 64, message: rc4('TLS_ECDHE_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_ECDHE_RSA_WITH_RC4_128_SHA', output: `package setup

import "crypto/tls"

func harden(cfg *tls.Config) {
	cfg.CipherSuites = []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384}
}
` } },
      ],
    },
    {
      name: 'aliased import',
      path: 'internal/alias.go',
      code: `package alias

import ctls "crypto/tls"

var config = ctls.Config{CipherSuites: []uint16{ctls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, ctls.TLS_AES_128_GCM_SHA256}}
`,
      findings: [
        { line: 5, column: 49, endColumn: 89, message: tripleDes('TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Remove TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA', output: `package alias

import ctls "crypto/tls"

var config = ctls.Config{CipherSuites: []uint16{ctls.TLS_AES_128_GCM_SHA256}}
` } },
      ],
    },
    {
      name: 'suites in a package variable',
      path: 'internal/variable.go',
      code: `package variable

import "crypto/tls"

var suites = []uint16{tls.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA}

var config = tls.Config{CipherSuites: suites}
`,
      findings: [
        { line: 7, column: 39, endColumn: 45, message: rc4('TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'), fix: null },
      ],
    },
    // PHP
    {
      name: 'stream context ciphers',
      path: 'src/Stream.php',
      code: `<?php
$context = stream_context_create(['ssl' => ['ciphers' => 'RC4-SHA:HIGH:!aNULL']]);
`,
      findings: [
        { line: 2, column: 59, endColumn: 66, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `<?php
$context = stream_context_create(['ssl' => ['ciphers' => 'HIGH:!aNULL']]);
` } },
      ],
    },
    {
      name: 'curl cipher list',
      path: 'src/Client.php',
      code: `<?php
curl_setopt($ch, CURLOPT_SSL_CIPHER_LIST, 'DES-CBC3-SHA');
`,
      findings: [
        { line: 2, column: 44, endColumn: 56, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `<?php
curl_setopt($ch, CURLOPT_SSL_CIPHER_LIST, 'ECDHE+AESGCM:ECDHE+CHACHA20');
` } },
      ],
    },
    {
      name: 'stream_context_set_option ciphers',
      path: 'src/Option.php',
      code: `<?php
stream_context_set_option($context, 'ssl', 'ciphers', 'ALL');
`,
      findings: [
        { line: 2, column: 56, endColumn: 59, message: broad('ALL', 'anonymous, export-grade, RC4, single-DES and triple-DES', '!aNULL:!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `<?php
stream_context_set_option($context, 'ssl', 'ciphers', 'ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES');
` } },
      ],
    },
    {
      name: 'Guzzle curl cipher list',
      path: 'src/Guzzle.php',
      code: `<?php
$client = new Client(['curl' => [CURLOPT_SSL_CIPHER_LIST => 'ECDHE+AESGCM:EXPORT']]);
`,
      findings: [
        { line: 2, column: 75, endColumn: 81, message: exportGrade('EXPORT'), fix: { title: 'Remove EXPORT', output: `<?php
$client = new Client(['curl' => [CURLOPT_SSL_CIPHER_LIST => 'ECDHE+AESGCM']]);
` } },
      ],
    },
    {
      name: 'proxy cipher list',
      path: 'src/Proxy.php',
      code: `<?php
curl_setopt($ch, CURLOPT_PROXY_SSL_CIPHER_LIST, 'HIGH:ADH');
`,
      findings: [
        { line: 2, column: 55, endColumn: 58, message: anonymous('ADH'), fix: { title: 'Remove ADH', output: `<?php
curl_setopt($ch, CURLOPT_PROXY_SSL_CIPHER_LIST, 'HIGH');
` } },
      ],
    },
    // Ruby
    {
      name: 'SSLContext ciphers',
      path: 'lib/context.rb',
      code: `context = OpenSSL::SSL::SSLContext.new
context.ciphers = 'DES-CBC3-SHA'
`,
      findings: [
        { line: 2, column: 20, endColumn: 32, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `context = OpenSSL::SSL::SSLContext.new
context.ciphers = 'ECDHE+AESGCM:ECDHE+CHACHA20'
` } },
      ],
    },
    {
      name: 'Net::HTTP ciphers array',
      path: 'lib/client.rb',
      code: `Net::HTTP.start(host, 443, use_ssl: true, ciphers: ['RC4-SHA', 'ECDHE-RSA-AES128-GCM-SHA256']) { |http| http.get('/') }
`,
      findings: [
        { line: 1, column: 53, endColumn: 62, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `Net::HTTP.start(host, 443, use_ssl: true, ciphers: ['ECDHE-RSA-AES128-GCM-SHA256']) { |http| http.get('/') }
` } },
      ],
    },
    {
      name: 'set_params ALL',
      path: 'lib/params.rb',
      code: `context.set_params(ciphers: 'ALL:!aNULL:!eNULL')
`,
      findings: [
        { line: 1, column: 30, endColumn: 33, message: broad('ALL', 'export-grade, RC4, single-DES and triple-DES', '!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `context.set_params(ciphers: 'ALL:!aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES')
` } },
      ],
    },
    {
      name: 'HTTParty class macro',
      path: 'lib/api.rb',
      code: `class Api
  include HTTParty
  ciphers 'RC4-MD5:HIGH'
end
`,
      findings: [
        { line: 3, column: 12, endColumn: 19, message: rc4('RC4-MD5'), fix: { title: 'Remove RC4-MD5', output: `class Api
  include HTTParty
  ciphers 'HIGH'
end
` } },
      ],
    },
    {
      name: 'Faraday ssl options',
      path: 'lib/faraday.rb',
      code: `conn = Faraday.new(url: base, ssl: { ciphers: 'EXP-RC4-MD5:HIGH' })
`,
      findings: [
        { line: 1, column: 48, endColumn: 59, message: exportGrade('EXP-RC4-MD5'), fix: { title: 'Remove EXP-RC4-MD5', output: `conn = Faraday.new(url: base, ssl: { ciphers: 'HIGH' })
` } },
      ],
    },
    // Shell
    {
      name: 'curl --ciphers',
      path: 'scripts/fetch.sh',
      code: `curl --ciphers 'RC4-SHA:ECDHE+AESGCM' https://api.example.gov.uk/
`,
      findings: [
        { line: 1, column: 17, endColumn: 24, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `curl --ciphers 'ECDHE+AESGCM' https://api.example.gov.uk/
` } },
      ],
    },
    {
      name: 'openssl s_client -cipher',
      path: 'scripts/probe.sh',
      code: `openssl s_client -connect api.example.gov.uk:443 -cipher DES-CBC3-SHA </dev/null
`,
      findings: [
        { line: 1, column: 58, endColumn: 70, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `openssl s_client -connect api.example.gov.uk:443 -cipher ECDHE+AESGCM:ECDHE+CHACHA20 </dev/null
` } },
      ],
    },
    {
      name: 'wget --ciphers',
      path: 'scripts/wget.sh',
      code: `wget --ciphers=ALL https://downloads.example.gov.uk/file
`,
      findings: [
        { line: 1, column: 16, endColumn: 19, message: broad('ALL', 'anonymous, export-grade, RC4, single-DES and triple-DES', '!aNULL:!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `wget --ciphers=ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES https://downloads.example.gov.uk/file
` } },
      ],
    },
    {
      name: 'node --tls-cipher-list',
      path: 'scripts/start.sh',
      code: `node --tls-cipher-list=ECDHE+AESGCM:NULL server.js
`,
      findings: [
        { line: 1, column: 37, endColumn: 41, message: nullSuites('NULL'), fix: { title: 'Remove NULL', output: `node --tls-cipher-list=ECDHE+AESGCM server.js
` } },
      ],
    },
    {
      name: 'curl --proxy-ciphers',
      path: 'scripts/proxy.sh',
      code: `curl --proxy https://proxy.example.gov.uk --proxy-ciphers 'HIGH:DES-CBC3-SHA' https://api.example.gov.uk/
`,
      findings: [
        { line: 1, column: 65, endColumn: 77, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Remove DES-CBC3-SHA', output: `curl --proxy https://proxy.example.gov.uk --proxy-ciphers 'HIGH' https://api.example.gov.uk/
` } },
      ],
    },
    {
      name: 'openssl s_server ALL',
      path: 'scripts/serve.sh',
      code: `openssl s_server -accept 8443 -cert cert.pem -key key.pem -cipher 'ALL'
`,
      findings: [
        { line: 1, column: 68, endColumn: 71, message: broad('ALL', 'anonymous, export-grade, RC4, single-DES and triple-DES', '!aNULL:!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `openssl s_server -accept 8443 -cert cert.pem -key key.pem -cipher 'ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES'
` } },
      ],
    },
    // nginx
    {
      name: 'ssl_ciphers with RC4 first',
      path: 'nginx/nginx.conf',
      code: `server {
    ssl_ciphers 'RC4:HIGH:!aNULL:!MD5';
}
`,
      findings: [
        { line: 2, column: 18, endColumn: 21, message: rc4('RC4'), fix: { title: 'Remove RC4', output: `server {
    ssl_ciphers 'HIGH:!aNULL:!MD5';
}
` } },
      ],
    },
    {
      name: 'ssl_ciphers ALL',
      path: 'nginx/conf.d/all.conf',
      code: `server {
    ssl_ciphers ALL;
}
`,
      findings: [
        { line: 2, column: 17, endColumn: 20, message: broad('ALL', 'anonymous, export-grade, RC4, single-DES and triple-DES', '!aNULL:!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `server {
    ssl_ciphers ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES;
}
` } },
      ],
    },
    {
      name: 'ssl_ciphers of weak suites only',
      path: 'nginx/conf.d/legacy.conf',
      code: `server {
    ssl_ciphers ECDHE-RSA-RC4-SHA:DES-CBC3-SHA;
}
`,
      findings: [
        { line: 2, column: 17, endColumn: 34, message: rc4('ECDHE-RSA-RC4-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `server {
    ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;
}
` } },
        { line: 2, column: 35, endColumn: 47, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `server {
    ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;
}
` } },
      ],
    },
    {
      name: 'proxy_ssl_ciphers',
      path: 'nginx/conf.d/proxy.conf',
      code: `location / {
    proxy_ssl_ciphers HIGH:3DES;
}
`,
      findings: [
        { line: 2, column: 28, endColumn: 32, message: tripleDes('3DES'), fix: { title: 'Remove 3DES', output: `location / {
    proxy_ssl_ciphers HIGH;
}
` } },
      ],
    },
    // Apache httpd
    {
      name: 'SSLCipherSuite with RC4',
      path: 'apache/httpd.conf',
      code: `SSLCipherSuite HIGH:RC4:!aNULL
`,
      findings: [
        { line: 1, column: 21, endColumn: 24, message: rc4('RC4'), fix: { title: 'Remove RC4', output: `SSLCipherSuite HIGH:!aNULL
` } },
      ],
    },
    {
      name: 'SSLCipherSuite with a protocol word',
      path: 'apache/ssl.conf',
      code: `<VirtualHost *:443>
  SSLCipherSuite SSL EXPORT:HIGH
</VirtualHost>
`,
      findings: [
        { line: 2, column: 22, endColumn: 28, message: exportGrade('EXPORT'), fix: { title: 'Remove EXPORT', output: `<VirtualHost *:443>
  SSLCipherSuite SSL HIGH
</VirtualHost>
` } },
      ],
    },
    {
      name: 'SSLProxyCipherSuite MEDIUM',
      path: 'apache/sites/proxy.conf',
      code: `SSLProxyCipherSuite HIGH:MEDIUM:!aNULL
`,
      findings: [
        { line: 1, column: 26, endColumn: 32, message: broad('MEDIUM', 'RC4 and triple-DES', '!RC4:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `SSLProxyCipherSuite HIGH:MEDIUM:!aNULL:!RC4:!3DES
` } },
      ],
    },
    // HAProxy
    {
      name: 'default bind ciphers',
      path: 'haproxy/haproxy.cfg',
      code: `global
  ssl-default-bind-ciphers ECDHE+AESGCM:RC4
`,
      findings: [
        { line: 2, column: 41, endColumn: 44, message: rc4('RC4'), fix: { title: 'Remove RC4', output: `global
  ssl-default-bind-ciphers ECDHE+AESGCM
` } },
      ],
    },
    {
      name: 'bind line ciphers',
      path: 'haproxy/bind/haproxy.cfg',
      code: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem ciphers DES-CBC3-SHA:HIGH
`,
      findings: [
        { line: 2, column: 47, endColumn: 59, message: tripleDes('DES-CBC3-SHA'), fix: { title: 'Remove DES-CBC3-SHA', output: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem ciphers HIGH
` } },
      ],
    },
    {
      name: 'server ciphers DEFAULT',
      path: 'haproxy/server/haproxy.cfg',
      code: `backend api
  server api1 10.0.0.5:443 ssl verify required ca-file /etc/ssl/ca.pem ciphers DEFAULT
`,
      findings: [
        { line: 2, column: 80, endColumn: 87, message: broad('DEFAULT', 'RC4 and triple-DES', '!RC4:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `backend api
  server api1 10.0.0.5:443 ssl verify required ca-file /etc/ssl/ca.pem ciphers DEFAULT:!RC4:!3DES
` } },
      ],
    },
    // .properties
    {
      name: 'Spring ciphers',
      path: 'src/main/resources/application.properties',
      code: `server.ssl.ciphers=TLS_RSA_WITH_RC4_128_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
`,
      findings: [
        { line: 1, column: 20, endColumn: 44, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `server.ssl.ciphers=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
` } },
      ],
    },
    {
      name: 'Kafka cipher suites',
      path: 'config/kafka.properties',
      code: `ssl.cipher.suites=TLS_RSA_WITH_3DES_EDE_CBC_SHA
`,
      findings: [
        { line: 1, column: 19, endColumn: 48, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `ssl.cipher.suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
` } },
      ],
    },
    {
      name: 'JDK client cipher suites',
      path: 'conf/jvm.properties',
      code: `jdk.tls.client.cipherSuites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DH_anon_WITH_AES_128_CBC_SHA
`,
      findings: [
        { line: 1, column: 68, endColumn: 100, message: anonymous('TLS_DH_anon_WITH_AES_128_CBC_SHA'), fix: { title: 'Remove TLS_DH_anon_WITH_AES_128_CBC_SHA', output: `jdk.tls.client.cipherSuites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
` } },
      ],
    },
    // YAML
    {
      name: 'ingress-nginx annotation',
      path: 'k8s/ingress.yaml',
      code: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-ciphers: "ALL:!aNULL"
`,
      findings: [
        { line: 3, column: 47, endColumn: 50, message: broad('ALL', 'export-grade, RC4, single-DES and triple-DES', '!EXPORT:!RC4:!DES:!3DES'), severity: 'medium', confidence: 'medium', fix: { title: 'Exclude the weak cipher suites', output: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-ciphers: "ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES"
` } },
      ],
    },
    {
      name: 'Spring YAML ciphers',
      path: 'src/main/resources/application.yml',
      code: `server:
  ssl:
    ciphers: TLS_RSA_WITH_RC4_128_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
`,
      findings: [
        { line: 3, column: 14, endColumn: 38, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `server:
  ssl:
    ciphers: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
` } },
      ],
    },
    {
      name: 'Traefik cipher suites list',
      path: 'traefik/dynamic.yml',
      code: `tls:
  options:
    default:
      cipherSuites:
        - TLS_RSA_WITH_3DES_EDE_CBC_SHA
        - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
`,
      findings: [
        { line: 5, column: 11, endColumn: 40, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Remove TLS_RSA_WITH_3DES_EDE_CBC_SHA', output: `tls:
  options:
    default:
      cipherSuites:
        - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
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
        - --tls-cipher-suites=TLS_RSA_WITH_RC4_128_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
`,
      findings: [
        { line: 5, column: 31, endColumn: 55, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `spec:
  containers:
    - command:
        - kube-apiserver
        - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
` } },
      ],
    },
    {
      name: 'one weak suite in a block sequence',
      path: 'config/envoy.yaml',
      code: `tls_params:
  cipher_suites:
    - ECDHE-RSA-DES-CBC3-SHA
`,
      findings: [
        { line: 3, column: 7, endColumn: 29, message: tripleDes('ECDHE-RSA-DES-CBC3-SHA'), fix: { title: 'Use ECDHE suites with AES-GCM or ChaCha20', output: `tls_params:
  cipher_suites:
    - ECDHE+AESGCM
` } },
      ],
    },
    // JSON
    {
      name: 'JSON ciphers setting',
      path: 'config/tls.json',
      code: `{
  "ciphers": "RC4-SHA:ECDHE+AESGCM"
}
`,
      findings: [
        { line: 2, column: 15, endColumn: 22, message: rc4('RC4-SHA'), fix: { title: 'Remove RC4-SHA', output: `{
  "ciphers": "ECDHE+AESGCM"
}
` } },
      ],
    },
    {
      name: 'JSON cipher suites list',
      path: 'config/listener.json',
      code: `{
  "cipherSuites": ["TLS_RSA_WITH_RC4_128_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
}
`,
      findings: [
        { line: 2, column: 20, endColumn: 46, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `{
  "cipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
}
` } },
      ],
    },
    // XML
    {
      name: 'Tomcat connector ciphers',
      path: 'conf/server.xml',
      code: `<Connector port="8443" SSLEnabled="true" ciphers="TLS_RSA_WITH_RC4_128_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" />
`,
      findings: [
        { line: 1, column: 51, endColumn: 75, message: rc4('TLS_RSA_WITH_RC4_128_SHA'), fix: { title: 'Remove TLS_RSA_WITH_RC4_128_SHA', output: `<Connector port="8443" SSLEnabled="true" ciphers="TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" />
` } },
      ],
    },
    // Terraform
    {
      name: 'Application Gateway custom policy',
      path: 'infra/appgw.tf',
      code: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    policy_type   = "Custom"
    cipher_suites = ["TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
  }
}
`,
      findings: [
        { line: 4, column: 22, endColumn: 53, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Remove TLS_RSA_WITH_3DES_EDE_CBC_SHA', output: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    policy_type   = "Custom"
    cipher_suites = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
  }
}
` } },
      ],
    },
    {
      name: 'Application Gateway only weak suites',
      path: 'infra/legacy.tf',
      code: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    cipher_suites = ["TLS_RSA_WITH_3DES_EDE_CBC_SHA"]
  }
}
`,
      findings: [
        { line: 3, column: 22, endColumn: 53, message: tripleDes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'), fix: { title: 'Use ECDHE suites with AES-GCM', output: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    cipher_suites = ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
  }
}
` } },
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'strong cipher string', path: 'src/server.js', code: `tls.createServer({ key, cert, ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });
` },
    { name: 'weak families excluded', path: 'src/excluded.js', code: `tls.createServer({ key, cert, ciphers: 'HIGH:!aNULL:!MD5:!RC4:!3DES' });
` },
    { name: 'ALL with every weak family excluded', path: 'src/all.js', code: `tls.connect({ host, ciphers: 'ALL:!aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES' });
` },
    { name: 'DEFAULT with its weak families excluded', path: 'src/default.ts', code: `const agent = new https.Agent({ ciphers: 'DEFAULT:!RC4:!3DES' });
` },
    { name: 'reordering RC4 adds nothing', path: 'src/order.js', code: `tls.createServer({ key, cert, ciphers: 'HIGH:+RC4:!aNULL' });
` },
    { name: 'Node default list', path: 'src/defaults.js', code: `tls.createServer({ key, cert, ciphers: tls.DEFAULT_CIPHERS });
` },
    { name: 'a cipher name that is not a TLS setting', path: 'src/crypto.js', code: `const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
` },
    { name: 'comment is not code', path: 'src/notes.js', code: `// ciphers: 'RC4-SHA'
tls.createServer({ key, cert });
` },
    // Python
    { name: 'a removal prefix excludes too', path: 'app/minus.py', code: `context.set_ciphers('ECDHE+AESGCM:-RC4:-3DES')
` },
    { name: 'strong set_ciphers', path: 'app/tls.py', code: `context.set_ciphers('ECDHE+AESGCM:!aNULL')
` },
    { name: 'no ciphers argument', path: 'app/none.py', code: `context = create_urllib3_context(ciphers=None)
` },
    { name: 'Python comment', path: 'app/notes.py', code: `# context.set_ciphers('RC4-SHA')
context = ssl.create_default_context()
` },
    // Java
    { name: 'strong Java suites', path: 'src/main/java/Sockets.java', code: `class Sockets {
  void harden(SSLSocket socket) {
    socket.setEnabledCipherSuites(new String[] {"TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
  }
}
` },
    { name: 'checking the negotiated suite', path: 'src/main/java/Audit.java', code: `class Audit {
  boolean weak(SSLSession session) {
    return session.getCipherSuite().equals("TLS_RSA_WITH_RC4_128_SHA");
  }
}
` },
    { name: 'the supported suites as the enabled ones', path: 'src/main/java/Supported.java', code: `class Supported {
  void configure(SSLSocket socket) {
    socket.setEnabledCipherSuites(socket.getSupportedCipherSuites());
  }
}
` },
    { name: 'Java comment', path: 'src/main/java/Notes.java', code: `class Notes {
  // socket.setEnabledCipherSuites(new String[] {"TLS_RSA_WITH_RC4_128_SHA"});
}
` },
    // C#
    { name: 'strong C# policy', path: 'src/Startup.cs', code: `class Startup {
  CipherSuitesPolicy Policy() => new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_AES_256_GCM_SHA384 });
}
` },
    { name: 'comparing the negotiated suite in C#', path: 'src/Audit.cs', code: `class Audit {
  bool Weak(SslStream stream) => stream.NegotiatedCipherSuite == TlsCipherSuite.TLS_RSA_WITH_RC4_128_SHA;
}
` },
    { name: 'asking whether a policy allows a suite', path: 'src/Check.cs', code: `class Check {
  bool Allows(CipherSuitesPolicy policy) => policy.AllowedCipherSuites.Contains(TlsCipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
}
` },
    { name: 'C# comment', path: 'src/Notes.cs', code: `class Notes {
  // new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_RSA_WITH_RC4_128_SHA });
}
` },
    // Go
    { name: 'strong Go suites', path: 'cmd/server/main.go', code: `package main

import "crypto/tls"

var config = &tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}}
` },
    { name: 'comparing the negotiated suite in Go', path: 'internal/audit.go', code: `package audit

import "crypto/tls"

func weak(state tls.ConnectionState) bool {
	return state.CipherSuite == tls.TLS_RSA_WITH_RC4_128_SHA
}
` },
    { name: 'naming a suite is not a setting', path: 'internal/log.go', code: `package log

import "crypto/tls"

var name = tls.CipherSuiteName(tls.TLS_RSA_WITH_RC4_128_SHA)
` },
    { name: 'listing the insecure suites to refuse them', path: 'internal/refuse.go', code: `package refuse

import "crypto/tls"

func insecure(id uint16) bool {
	for _, suite := range tls.InsecureCipherSuites() {
		if suite.ID == id {
			return true
		}
	}
	return false
}
` },
    // PHP
    { name: 'strong PHP stream ciphers', path: 'src/Stream.php', code: `<?php
$context = stream_context_create(['ssl' => ['ciphers' => 'ECDHE+AESGCM']]);
` },
    { name: 'PHP exclusions', path: 'src/Excluded.php', code: `<?php
curl_setopt($ch, CURLOPT_SSL_CIPHER_LIST, 'HIGH:!aNULL:!RC4');
` },
    { name: 'a data cipher is not a TLS suite', path: 'src/Encrypt.php', code: `<?php
$ciphertext = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);
` },
    // Ruby
    { name: 'strong Ruby ciphers', path: 'lib/context.rb', code: `context.ciphers = 'ECDHE+AESGCM:!aNULL'
` },
    { name: 'a data cipher in Ruby', path: 'lib/encrypt.rb', code: `cipher = OpenSSL::Cipher.new('des-ede3-cbc')
` },
    { name: 'OpenSSL default parameters', path: 'lib/defaults.rb', code: `context.ciphers = OpenSSL::SSL::SSLContext::DEFAULT_PARAMS[:ciphers]
` },
    // Shell
    { name: 'curl TLS 1.3 suites', path: 'scripts/fetch.sh', code: `curl --tls13-ciphers TLS_AES_128_GCM_SHA256 https://api.example.gov.uk/
` },
    { name: 'shell comment', path: 'scripts/notes.sh', code: `# curl --ciphers 'RC4-SHA' https://legacy.example.gov.uk/
curl https://api.example.gov.uk/
` },
    { name: 'printing a cipher list', path: 'scripts/list.sh', code: `openssl ciphers -v 'RC4'
` },
    // nginx
    { name: 'nginx Mozilla-style list', path: 'nginx/nginx.conf', code: `server {
    ssl_ciphers HIGH:!aNULL:!MD5;
    ssl_prefer_server_ciphers on;
}
` },
    { name: 'nginx comment', path: 'nginx/conf.d/site.conf', code: `server {
    # ssl_ciphers 'RC4:HIGH';
    ssl_ciphers ECDHE+AESGCM;
}
` },
    // Apache httpd
    { name: 'Apache exclusions', path: 'apache/ssl.conf', code: `SSLCipherSuite HIGH:!aNULL:!RC4:!3DES
` },
    { name: 'Apache protocol word with strong suites', path: 'apache/tls13.conf', code: `SSLCipherSuite TLSv1.3 TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256
` },
    // HAProxy
    { name: 'HAProxy strong bind ciphers', path: 'haproxy/haproxy.cfg', code: `global
  ssl-default-bind-ciphers ECDHE+AESGCM:ECDHE+CHACHA20
  ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256
` },
    { name: 'HAProxy bind with strong ciphers', path: 'haproxy/bind/haproxy.cfg', code: `frontend web
  bind :443 ssl crt /etc/ssl/site.pem ciphers ECDHE+AESGCM no-tlsv11
` },
    // .properties
    { name: 'Spring strong ciphers', path: 'src/main/resources/application.properties', code: `server.ssl.ciphers=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
` },
    { name: 'Kafka strong suites', path: 'config/kafka.properties', code: `ssl.cipher.suites=TLS_AES_128_GCM_SHA256
` },
    // YAML
    { name: 'ingress-nginx strong annotation', path: 'k8s/ingress.yaml', code: `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-ciphers: "ECDHE+AESGCM:!aNULL"
` },
    // JSON
    { name: 'JSON strong ciphers', path: 'config/tls.json', code: `{
  "ciphers": "ECDHE+AESGCM"
}
` },
    // YAML
    { name: 'SSH ciphers are not TLS suites', path: 'ansible/vars.yml', code: `ssh_ciphers:
  - aes256-ctr
  - 3des-cbc
` },
    // Terraform
    { name: 'Application Gateway strong suites', path: 'infra/appgw.tf', code: `resource "azurerm_application_gateway" "gw" {
  ssl_policy {
    cipher_suites = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
  }
}
` },
    // XML
    { name: 'Tomcat strong ciphers', path: 'conf/server.xml', code: `<Connector port="8443" SSLEnabled="true" ciphers="ECDHE+AESGCM" />
` },
  ],
};

describeRule(table);

/**
 * Whether each finding's fix is safe (it drops a weak suite from a list that keeps a strong one,
 * or adds exclusions) or a suggestion (it replaces a list of weak suites only), per vulnerable
 * case in finding order; null where there is no fix.
 */
const FIX_SAFETY: ReadonlyMap<string, readonly (FixSafety | null)[]> = new Map<string, readonly (FixSafety | null)[]>([
  ['src/server.js: RC4 added before strong suites', ['safe']],
  ['src/client.ts: only triple DES', ['suggestion']],
  ['src/all.js: ALL with no exclusions', ['safe']],
  ['src/export.js: export suite by name', ['safe']],
  ['src/anon.mjs: anonymous alias without a prefix', ['safe']],
  ['src/intersection.js: intersection with RC4', ['safe']],
  ['src/constant.js: cipher string in a constant', [null]],
  ['src/pair.js: two suites of one family each get a finding', ['safe', 'safe']],
  ['app/tls.py: set_ciphers with 3DES first', ['safe']],
  ['app/legacy.py: wrap_socket ciphers keyword ALL with one exclusion', ['safe']],
  ['app/pool.py: urllib3 context with RC4 only', ['suggestion']],
  ['app/patch.py: urllib3 module default', ['safe']],
  ['app/anon.py: anonymous suite by name', ['safe']],
  ['app/openssl_server.py: pyOpenSSL cipher list in bytes', ['safe']],
  ['src/main/java/Sockets.java: enabled cipher suites array', ['safe', 'safe', 'safe']],
  ['src/main/java/Http.java: OkHttp cipher suites', ['safe']],
  ['src/main/java/Boot.java: https.cipherSuites system property', ['suggestion']],
  ['src/main/java/Params.java: SSLParameters constructor', ['suggestion']],
  ['src/main/java/Server.java: suites in a constant', [null]],
  ['src/main/java/Setter.java: SSLParameters setter with a list', ['suggestion']],
  ['src/main/java/Netty.java: Netty ciphers from Arrays.asList', ['safe']],
  ['src/Startup.cs: cipher suites policy with a strong suite', ['safe']],
  ['src/Legacy.cs: cipher suites policy with only RC4', ['suggestion']],
  ['src/List.cs: suites in a list variable', [null]],
  ['src/Options.cs: policy in an options initializer', ['safe']],
  ['src/Qualified.cs: fully qualified export suite', ['safe']],
  ['src/Anonymous.cs: anonymous ECDH suite', ['safe']],
  ['cmd/server/main.go: CipherSuites with a strong suite', ['safe']],
  ['internal/client.go: CipherSuites with only 3DES', ['suggestion']],
  ['internal/setup.go: assigned field', ['safe']],
  ['internal/alias.go: aliased import', ['safe']],
  ['internal/variable.go: suites in a package variable', [null]],
  ['src/Stream.php: stream context ciphers', ['safe']],
  ['src/Client.php: curl cipher list', ['suggestion']],
  ['src/Option.php: stream_context_set_option ciphers', ['safe']],
  ['src/Guzzle.php: Guzzle curl cipher list', ['safe']],
  ['src/Proxy.php: proxy cipher list', ['safe']],
  ['lib/context.rb: SSLContext ciphers', ['suggestion']],
  ['lib/client.rb: Net::HTTP ciphers array', ['safe']],
  ['lib/params.rb: set_params ALL', ['safe']],
  ['lib/api.rb: HTTParty class macro', ['safe']],
  ['lib/faraday.rb: Faraday ssl options', ['safe']],
  ['scripts/fetch.sh: curl --ciphers', ['safe']],
  ['scripts/probe.sh: openssl s_client -cipher', ['suggestion']],
  ['scripts/wget.sh: wget --ciphers', ['safe']],
  ['scripts/start.sh: node --tls-cipher-list', ['safe']],
  ['scripts/proxy.sh: curl --proxy-ciphers', ['safe']],
  ['scripts/serve.sh: openssl s_server ALL', ['safe']],
  ['nginx/nginx.conf: ssl_ciphers with RC4 first', ['safe']],
  ['nginx/conf.d/all.conf: ssl_ciphers ALL', ['safe']],
  ['nginx/conf.d/legacy.conf: ssl_ciphers of weak suites only', ['suggestion', 'suggestion']],
  ['nginx/conf.d/proxy.conf: proxy_ssl_ciphers', ['safe']],
  ['apache/httpd.conf: SSLCipherSuite with RC4', ['safe']],
  ['apache/ssl.conf: SSLCipherSuite with a protocol word', ['safe']],
  ['apache/sites/proxy.conf: SSLProxyCipherSuite MEDIUM', ['safe']],
  ['haproxy/haproxy.cfg: default bind ciphers', ['safe']],
  ['haproxy/bind/haproxy.cfg: bind line ciphers', ['safe']],
  ['haproxy/server/haproxy.cfg: server ciphers DEFAULT', ['safe']],
  ['src/main/resources/application.properties: Spring ciphers', ['safe']],
  ['config/kafka.properties: Kafka cipher suites', ['suggestion']],
  ['conf/jvm.properties: JDK client cipher suites', ['safe']],
  ['k8s/ingress.yaml: ingress-nginx annotation', ['safe']],
  ['src/main/resources/application.yml: Spring YAML ciphers', ['safe']],
  ['traefik/dynamic.yml: Traefik cipher suites list', ['safe']],
  ['k8s/apiserver.yaml: Kubernetes component flag', ['safe']],
  ['config/envoy.yaml: one weak suite in a block sequence', ['suggestion']],
  ['config/tls.json: JSON ciphers setting', ['safe']],
  ['config/listener.json: JSON cipher suites list', ['safe']],
  ['conf/server.xml: Tomcat connector ciphers', ['safe']],
  ['infra/appgw.tf: Application Gateway custom policy', ['safe']],
  ['infra/legacy.tf: Application Gateway only weak suites', ['suggestion']],
]);

describe('rule transport/weak-cipher-suite fix safety', () => {
  for (const testCase of table.invalid) {
    it(`${testCase.path}: ${testCase.name}`, async () => {
      const findings = findingsOf(weakCipherSuite, await scanCase(weakCipherSuite, testCase));
      assert.deepStrictEqual(findings.map((finding) => finding.fix?.safety ?? null), FIX_SAFETY.get(`${testCase.path}: ${testCase.name}`));
    });
  }
});
