/**
 * secrets/private-key: PEM, OpenSSH, PGP and PuTTY private keys in code strings, comments and
 * configuration values, and the same base64-encoded. Safe cases show the look-alikes that must stay
 * silent: public keys, certificates, markers without a body, templates that fill the body in at run
 * time, documentation stubs and filler.
 *
 * Every key here is made up for these tests: random bytes behind a realistic header, in the shape of
 * the real format. None is a working key.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../engine/contract';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { containsPrivateKey, privateKey } from './private-key';

const BODY = {
  pkcs8: [
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCa6IOkwublsqUv',
    '4TWosOCnj8ke+I2BNMhTbt2cT7WRxaPWf7R72Y1bGSNPKSA4Ugovc+1iJZslUFQC',
    'IrhUva7tMIrBFmO7sdvJw6jRULqaGI/7EdGygjGShL+zIUv6MPVfBDwvTgsECJdb',
    'vODcPrSVB3nOiVarCbaTOWxNi0/F+KHaOmR7BV/KECWkqz4DDCmMaIks668=',
  ],
  rsa: [
    'MIIEpAIBAAKCAQEAvzvH4bjH8DqxwoU9+nDmm8lg0B3FXYXhNVJY+GotU2noAOed',
    'K6NGgTXCgeJp288X+YFs3etTFKGR/TXTWDQnUcQy0irttvVxTM6EGU7BjEmGpMf3',
    'Usa44WF14kISIsfUzt1ZV4D37+bOagQeIfEDGZ8mMHR3pbBcL2f25sVZOAmfnH/l',
    'ntSkfiDRXgvhNGaPMjqJWvUgqj30EFt+GwRRwQmBHv2i',
  ],
  ec: [
    'MHcCAQEEIFY8qr29PyZy3nfgJTwizNYz29MjKHsxVP02QNf9iNW2JnHUkaNvhHjw',
    'rrpNVmC6dXtWz2vKMiijJ0Rj9J8fuFag/9XTy/wxxaHGx4pj2gGyuNnL44Yrl2+x',
    'ZgL4K6xZJTKoVUE=',
  ],
  encryptedPkcs8: [
    'MIIFJDBWu4vhp82eqmgeZuOu4NTm2txH2sJNIOUuzd3IjRfvU7pcL0AydZ5iG2Db',
    'tcvG7MOG9PjrI9zsSXwwqDGxNo0/b2yTGn3PsHhvb7XRSl2TndiU4yR9yx+quuJA',
    'NIlYvI32gOiY+RQy21aBqwTvG81eToJGDlmHPGC2mODhE6fYkuFGhc4gy+OkAFoU',
    'vGLmNqg3xsqZuMWNi4Lm+urKudjY54Q1zUnBL145uRc=',
  ],
  /** `openssh-key-v1`, cipher `none`. */
  openssh: [
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABMjjVZtBgZocGnfSdS1',
    '3YUItn+uo2rBMyCQUqmvbrVC2soMQYCE4yFC3Je9cbBRGWUxj9bCn/do5fUUV6QpbgsN27',
    'vj2CLHkrx5gT089wYoeZvTm2My9lkWk0eXtLZHT/05lROIMnv8MuMxC0+/4LRQP1cq6QgG',
    '76aRgQ+hnIOIQCcg5Asah1BUaFB/5/l4sKEoO+68H/6jZqTogiITAI4A==',
  ],
  /** `openssh-key-v1`, cipher `aes256-ctr`, KDF `bcrypt`: protected by a passphrase. */
  opensshEncrypted: [
    'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAAAAAAAFrhNgBnF',
    'KVCOS4dRqFp72+3FDAJAVzMD2i68mYG7R2qi7Zo8c+up7PnyGKNdmtwMnGmDs2ZDf0G/5V',
    'qQLzZdZtbpaa1EzpjYFmVD058DBz5siyrlcSgIKykgi2BlXQ3SMFBJKVeIGn49EMftRGGr',
    'TpLntOiMK5ZKyL0ha+8jNmuxa29s1FZOYEN6ylaw01sqvTH80cw7tq+7btv5hZla6o',
  ],
  pgp: [
    'lQPGBGbHIcid1+Q5oicadtCjJjuAQb+klT/TTDCpAvYj5VW8GOrcvET0YrndIYp8',
    'M8jwBGqI6ITKo/crCUMNZNhnlgbRYRzd+QovWq0yiHhEkWB1s5R662uaTv9K4yB3',
    'SdfNPLau87Zaki/Eqh9+DqqUCJwqOvkHTuhbbD89pqVuAkNXmUjiF0JMvHi0vWqu',
    'QJIfNkSQHgwgto9Gyy+j/UPpHY77AfEIU5xoNfN9TA==',
    '=axCZ',
  ],
  puttyPublic: ['qxpx9ztOYUqeZbxPNVlNvgWETWxDEfHxRUOaX0xSgEBhqgnD4iLk0gpctodaInjg', 'wgvhtOobL5xTG3uXpNXIAvP8ZMDoUWI4W5KqhYnNb5PAQqjkx9drYx7MfMheO511', '3x5TPQ=='],
  puttyPrivate: [
    'OSqQkkb+NZsWLqbe9Ydcdq68Q/vkF2ZmAijHp8Q47MbWG9E+vOwUwASMaGNw41C0',
    '1mProQyqPlL5AFoWNsPV89LgMyX56i3KwXNm0o6TdtayoN52yYX5LcVWgIOXxhOW',
    'Z7Mb4Ihg7acyhyF/I/Gk9YeFpmecUVrRzuiZ7LULJUcbt+sO8p+O+l5bUUM=',
  ],
  puttyMac: 'ffd9c5fe1bfda0d1ab5bb54eac84c284fed8a58f',
} as const;

/** base64 of whole PEM files (with a final line break): an RSA key, an EC key, and a certificate. */
const ENCODED = {
  rsa: 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdnp2SDRiakg4RHF4d29VOStuRG1tOGxnMEIzRlhZWGhOVkpZK0dvdFUybm9BT2VkCks2TkdnVFhDZ2VKcDI4OFgrWUZzM2V0VEZLR1IvVFhUV0RRblVjUXkwaXJ0dHZWeFRNNkVHVTdCakVtR3BNZjMKVXNhNDRXRjE0a0lTSXNmVXp0MVpWNEQzNytiT2FnUWVJZkVER1o4bU1IUjNwYkJjTDJmMjVzVlpPQW1mbkgvbApudFNrZmlEUlhndmhOR2FQTWpxSld2VWdxajMwRUZ0K0d3UlJ3UW1CSHYyaQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=',
  ec: 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUZZOHFyMjlQeVp5M25mZ0pUd2l6Tll6MjlNaktIc3hWUDAyUU5mOWlOVzJKbkhVa2FOdmhIancKcnJwTlZtQzZkWHRXejJ2S01paWpKMFJqOUo4ZnVGYWcvOVhUeS93eHhhSEd4NHBqMmdHeXVObkw0NFlybDIreApaZ0w0SzZ4WkpUS29WVUU9Ci0tLS0tRU5EIEVDIFBSSVZBVEUgS0VZLS0tLS0K',
  certificate:
    'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVUTJrN1pmMHZYcTluSnA0WWI4bVdjTDN0UmdVd0NnWUlLb1pJemowRUF3SXcKRlRFVE1CRUdBMVVFQXd3S2NtVndiM0owY3kxallUQWVGdzB5TmpBeE1ERXdNREF3TURCYUZ3MHlOekF4TURFdwotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==',
} as const;

/** A PEM block with the given label, header lines and body, joined by `separator` (a line break, `\n` in a string, …). */
function pem(label: string, body: readonly string[], options: { readonly headers?: readonly string[]; readonly separator?: string; readonly indent?: string } = {}): string {
  const indent = options.indent ?? '';
  const lines = [`-----BEGIN ${label}-----`, ...(options.headers ?? []), ...body, `-----END ${label}-----`];
  return lines.map((line, index) => (index === 0 ? line : indent + line)).join(options.separator ?? '\n');
}

function putty(encryption: string, indent = ''): string {
  return [
    'PuTTY-User-Key-File-3: ssh-rsa',
    `Encryption: ${encryption}`,
    'Comment: deploy@reports',
    `Public-Lines: ${BODY.puttyPublic.length}`,
    ...BODY.puttyPublic,
    `Private-Lines: ${BODY.puttyPrivate.length}`,
    ...BODY.puttyPrivate,
    `Private-MAC: ${BODY.puttyMac}`,
  ]
    .map((line, index) => (index === 0 ? line : indent + line))
    .join('\n');
}

const CONTROL =
  'MoJ guidance requires each private key to be generated for one purpose and kept private, SSH keys to have a passphrase where practical, ' +
  'and secrets never to be stored in plain text, even in private repositories (Secrets management: User authentication secrets; Application & infrastructure secrets).';
const ADVICE =
  'Replace the key pair first and revoke the old key wherever it is trusted (certificates, authorized_keys, deploy keys), then remove it and scrub it from the git history ' +
  '(MoJ Technical Guidance: Storing source code); keep private keys in a secret store such as AWS Secrets Manager, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read or mount them at run time.';
const USE = 'can use it to sign, decrypt or sign in as its owner';
const ATTACK = 'can attack its passphrase offline, and has the key as soon as the passphrase is guessed or found';

const PLACES = {
  code: 'in the source code',
  config: 'in this configuration file',
  comment: 'in a comment',
  encoded: 'base64-encoded in this file (base64 is an encoding, not encryption)',
} as const;

const message = (subject: string, place: keyof typeof PLACES): string => {
  const protectedKey = subject.includes('passphrase') || subject.startsWith('encrypted');
  return `This ${subject} is written ${PLACES[place]}: anyone who can read the repository, its history or a build ${protectedKey ? ATTACK : USE}. ${CONTROL} ${ADVICE}`;
};

export const table: RuleTable = {
  rule: privateKey,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'PKCS #8 key in a template literal',
      path: 'src/sign.js',
      code: 'const privateKey = `' + pem('PRIVATE KEY', BODY.pkcs8) + '`;\n',
      findings: [
        { line: 1, column: 21, endLine: 6, endColumn: 26, message: message('private key (PKCS #8)', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN…"
      ],
    },
    {
      name: 'RSA key in a one-line string with \\n escapes',
      path: 'src/jwt.ts',
      code: `export const signingKey = "${pem('RSA PRIVATE KEY', BODY.rsa, { separator: '\\n' })}";\n`,
      findings: [
        { line: 1, column: 28, endColumn: 334, message: message('RSA private key (PKCS #1)', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAI…"
      ],
    },
    {
      name: 'a key in a comment is still committed',
      path: 'src/deploy.js',
      code: `// Deploy key, until the vault is ready:\n// ${pem('OPENSSH PRIVATE KEY', BODY.openssh, { separator: '\n// ' })}\nconst key = readFileSync(process.env.DEPLOY_KEY_PATH);\n`,
      findings: [
        { line: 2, column: 4, endLine: 7, endColumn: 37, message: message('OpenSSH private key', 'comment'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\n// b…"
      ],
    },
    // Python
    {
      name: 'EC key in a triple-quoted string',
      path: 'reports/signing.py',
      code: `SIGNING_KEY = """${pem('EC PRIVATE KEY', BODY.ec)}"""\n`,
      findings: [
        { line: 1, column: 18, endLine: 5, endColumn: 29, message: message('EC private key', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI…"
      ],
    },
    {
      name: 'OpenSSH key handed to paramiko',
      path: 'jobs/sftp.py',
      code: `key = paramiko.Ed25519Key.from_private_key(io.StringIO("""\n${pem('OPENSSH PRIVATE KEY', BODY.openssh)}\n"""))\n`,
      findings: [
        { line: 2, column: 1, endLine: 7, endColumn: 34, message: message('OpenSSH private key', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl…"
      ],
    },
    // Java
    {
      name: 'passphrase-protected RSA key built by concatenation is medium',
      path: 'src/main/java/uk/gov/justice/Signer.java',
      code:
        'class Signer {\n    static final String KEY = "-----BEGIN RSA PRIVATE KEY-----\\n" +\n' +
        '        "Proc-Type: 4,ENCRYPTED\\n" +\n        "DEK-Info: AES-128-CBC,227381790D68A9F61C8F8B2F3C0B50C0\\n\\n" +\n' +
        BODY.rsa.map((line) => `        "${line}\\n" +\n`).join('') +
        '        "-----END RSA PRIVATE KEY-----";\n}\n',
      findings: [
        { line: 2, column: 32, endLine: 9, endColumn: 39, message: message('RSA private key (PKCS #1), protected by a passphrase,', 'code'), severity: 'medium', confidence: 'high', fix: null }, // "-----BEGIN RSA PRIVATE KEY-----\\n\" +\n   …"
      ],
    },
    // C#
    {
      name: 'EC key in a verbatim string',
      path: 'Services/TokenSigner.cs',
      code: `public static class TokenSigner\n{\n    private const string Key = @"${pem('EC PRIVATE KEY', BODY.ec)}";\n}\n`,
      findings: [
        { line: 3, column: 34, endLine: 7, endColumn: 29, message: message('EC private key', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI…"
      ],
    },
    // Go
    {
      name: 'OpenSSH key in a raw string',
      path: 'internal/sftp/key.go',
      code: 'package sftp\n\nvar deployKey = []byte(`' + pem('OPENSSH PRIVATE KEY', BODY.openssh) + '`)\n',
      findings: [
        { line: 3, column: 25, endLine: 8, endColumn: 34, message: message('OpenSSH private key', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl…"
      ],
    },
    // PHP
    {
      name: 'encrypted PKCS #8 key in a heredoc is medium',
      path: 'src/Saml.php',
      code: `<?php\n$key = <<<KEY\n${pem('ENCRYPTED PRIVATE KEY', BODY.encryptedPkcs8)}\nKEY;\n`,
      findings: [
        { line: 3, column: 1, endLine: 8, endColumn: 36, message: message('encrypted private key (PKCS #8)', 'code'), severity: 'medium', confidence: 'high', fix: null }, // "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMI…"
      ],
    },
    // Ruby
    {
      name: 'OpenSSH key with a cipher in a squiggly heredoc is medium',
      path: 'lib/deploy.rb',
      code: `DEPLOY_KEY = <<~KEY\n  ${pem('OPENSSH PRIVATE KEY', BODY.opensshEncrypted, { indent: '  ' })}\nKEY\n`,
      findings: [
        { line: 2, column: 3, endLine: 7, endColumn: 36, message: message('OpenSSH private key, protected by a passphrase,', 'code'), severity: 'medium', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\n  b3…"
      ],
    },
    // Shell
    {
      name: 'key written to ~/.ssh by a heredoc',
      path: 'scripts/bootstrap.sh',
      code: `#!/usr/bin/env bash\ncat > ~/.ssh/id_ed25519 <<'EOF'\n${pem('OPENSSH PRIVATE KEY', BODY.openssh)}\nEOF\nchmod 600 ~/.ssh/id_ed25519\n`,
      findings: [
        { line: 3, column: 1, endLine: 8, endColumn: 34, message: message('OpenSSH private key', 'code'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl…"
      ],
    },
    {
      name: 'PGP private key block imported by gpg is high',
      path: 'scripts/sign-release.sh',
      code: `gpg --batch --import <<'EOF'\n${pem('PGP PRIVATE KEY BLOCK', BODY.pgp, { headers: [''] })}\nEOF\n`,
      findings: [
        { line: 2, column: 1, endLine: 9, endColumn: 36, message: message('PGP private key block', 'code'), severity: 'high', confidence: 'high', fix: null }, // "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nl…"
      ],
    },
    // YAML
    {
      name: 'deploy key in a block scalar of a CI workflow',
      path: '.github/workflows/deploy.yml',
      code: `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      SSH_KEY: |\n        ${pem('OPENSSH PRIVATE KEY', BODY.openssh, { indent: '        ' })}\n    steps:\n      - run: ./deploy.sh\n`,
      findings: [
        { line: 6, column: 9, endLine: 11, endColumn: 42, message: message('OpenSSH private key', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\n    …"
      ],
    },
    {
      name: 'Kubernetes TLS Secret holds the key base64-encoded',
      path: 'deploy/tls-secret.yaml',
      code: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: reports-tls\ndata:\n  tls.crt: ${ENCODED.certificate}\n  tls.key: ${ENCODED.rsa}\n`,
      findings: [
        { line: 8, column: 12, endColumn: 416, message: message('RSA private key (PKCS #1)', 'encoded'), severity: 'critical', confidence: 'high', fix: null }, // "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0t…"
      ],
    },
    {
      name: 'kubeconfig client-key-data',
      path: 'kubeconfig',
      code: `users:\n  - name: reports-admin\n    user:\n      client-certificate-data: ${ENCODED.certificate}\n      client-key-data: ${ENCODED.ec}\n`,
      findings: [
        { line: 5, column: 24, endColumn: 300, message: message('EC private key', 'encoded'), severity: 'critical', confidence: 'high', fix: null }, // "LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t…"
      ],
    },
    {
      name: 'PuTTY key without encryption in a block scalar',
      path: 'ansible/group_vars/windows.yml',
      code: `ansible_ssh_private_key: |\n  ${putty('none', '  ')}\n`,
      findings: [
        { line: 2, column: 3, endLine: 13, endColumn: 56, message: message('PuTTY private key', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "PuTTY-User-Key-File-3: ssh-rsa\n  Encrypt…"
      ],
    },
    {
      name: 'PuTTY key with encryption is medium',
      path: 'ansible/group_vars/bastion.yml',
      code: `bastion_key: |\n  ${putty('aes256-cbc', '  ')}\n`,
      findings: [
        { line: 2, column: 3, endLine: 13, endColumn: 56, message: message('PuTTY private key, protected by a passphrase,', 'config'), severity: 'medium', confidence: 'high', fix: null }, // "PuTTY-User-Key-File-3: ssh-rsa\n  Encrypt…"
      ],
    },
    // JSON
    {
      name: 'Google Cloud service account key file',
      path: 'config/service-account.json',
      code: `{\n  "type": "service_account",\n  "project_id": "moj-reports",\n  "private_key_id": "3f7c1a9e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e",\n  "private_key": "${pem('PRIVATE KEY', BODY.pkcs8, { separator: '\\n' })}\\n",\n  "client_email": "reports@moj-reports.iam.gserviceaccount.com"\n}\n`,
      findings: [
        { line: 5, column: 19, endColumn: 333, message: message('Google Cloud service account private key', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADA…"
      ],
    },
    // .env and .properties
    {
      name: 'key in a quoted .env value with \\n escapes',
      path: '.env',
      code: `JWT_PRIVATE_KEY="${pem('PRIVATE KEY', BODY.pkcs8, { separator: '\\n' })}"\n`,
      findings: [
        { line: 1, column: 18, endColumn: 332, message: message('private key (PKCS #8)', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADA…"
      ],
    },
    {
      name: 'key continued over lines in a .properties value',
      path: 'src/main/resources/saml.properties',
      code: `saml.signing-key=${pem('PRIVATE KEY', BODY.pkcs8, { separator: '\\\n  ' })}\n`,
      findings: [
        { line: 1, column: 18, endLine: 6, endColumn: 28, message: message('private key (PKCS #8)', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN PRIVATE KEY-----\\\n  MIIEvQIBA…"
      ],
    },
    // Terraform, Dockerfile, XML, Gradle
    {
      name: 'key in a Terraform heredoc',
      path: 'infra/certificates.tf',
      code: `resource "aws_iam_server_certificate" "reports" {\n  name             = "reports"\n  certificate_body = file("reports.crt")\n  private_key      = <<EOF\n${pem('RSA PRIVATE KEY', BODY.rsa)}\nEOF\n}\n`,
      findings: [
        { line: 5, column: 1, endLine: 10, endColumn: 30, message: message('RSA private key (PKCS #1)', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB…"
      ],
    },
    {
      name: 'key echoed into the image',
      path: 'Dockerfile',
      code: `FROM alpine:3.20\nRUN mkdir -p /root/.ssh && echo "${pem('OPENSSH PRIVATE KEY', BODY.openssh, { separator: '\\n' })}" > /root/.ssh/id_ed25519\n`,
      findings: [
        { line: 2, column: 34, endColumn: 380, message: message('OpenSSH private key', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3B…"
      ],
    },
    {
      name: 'key as element text in an XML configuration',
      path: 'config/saml.xml',
      code: `<saml>\n  <signingKey>\n${pem('PRIVATE KEY', BODY.pkcs8)}\n  </signingKey>\n</saml>\n`,
      findings: [
        { line: 3, column: 1, endLine: 8, endColumn: 26, message: message('private key (PKCS #8)', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN…"
      ],
    },
    {
      name: 'PGP key for in-memory signing in Gradle',
      path: 'build.gradle',
      code: `signing {\n    useInMemoryPgpKeys("""${pem('PGP PRIVATE KEY BLOCK', BODY.pgp, { headers: [''] })}""", findProperty("signingPassword"))\n}\n`,
      findings: [
        { line: 2, column: 27, endLine: 9, endColumn: 36, message: message('PGP private key block', 'config'), severity: 'high', confidence: 'high', fix: null }, // "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nl…"
      ],
    },
  ],
  valid: [
    { name: 'public key', path: 'src/verify.js', code: "const publicKey = `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3x5TPQ4iLk0gpctodaInjgwgvhtO\nobL5xTG3uXpNXIAvP8ZMDoUWI4W5KqhYnNb5PAQqjkx9drYx7MfMheO511==\n-----END PUBLIC KEY-----`;\n" },
    { name: 'certificate', path: 'config/ca.yaml', code: 'caBundle: |\n  -----BEGIN CERTIFICATE-----\n  MIIBszCCAVmgAwIBAgIUQ2k7Zf0vXq9nJp4Yb8mWcL3tRgUwCgYIKoZIzj0EAwIw\n  FTETMBEGA1UEAwwKcmVwb3J0cy1jYTAeFw0yNjAxMDEwMDAwMDBaFw0yNzAxMDEw\n  -----END CERTIFICATE-----\n' },
    { name: 'base64 certificate data in a kubeconfig', path: 'kubeconfig', code: `clusters:\n  - name: reports\n    cluster:\n      certificate-authority-data: ${ENCODED.certificate}\n` },
    { name: 'markers used to recognise a key', path: 'src/pem.ts', code: "export const isPrivateKey = (text: string) => text.startsWith('-----BEGIN PRIVATE KEY-----') && text.trimEnd().endsWith('-----END PRIVATE KEY-----');\n" },
    { name: 'template that fills the body in at run time', path: 'src/pem.js', code: "const pem = `-----BEGIN PRIVATE KEY-----\\n${body.match(/.{1,64}/g).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;\n" },
    { name: 'documentation stub with an ellipsis', path: 'docs/setup.py', code: '# Put the key in the vault, it looks like:\n# -----BEGIN RSA PRIVATE KEY-----\n# MIIEpAIBAAKCAQEA...\n# -----END RSA PRIVATE KEY-----\n' },
    { name: 'filler instead of key material', path: 'test/fixtures/config.yml', code: 'signing_key: |\n  -----BEGIN PRIVATE KEY-----\n  XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n  XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n  -----END PRIVATE KEY-----\n' },
    { name: 'a BEGIN marker that never ends', path: 'src/parse.go', code: 'package pem\n\nconst begin = "-----BEGIN RSA PRIVATE KEY-----"\n' },
    { name: 'PEM parser code between the two markers is not a key', path: 'src/PemReader.java', code: 'class PemReader {\n    boolean read(String line) {\n        if (line.equals("-----BEGIN PRIVATE KEY-----")) { inside = true; return true; }\n        if (inside) { body.append(line.strip()); }\n        return !line.equals("-----END PRIVATE KEY-----");\n    }\n}\n' },
    { name: 'OpenSSH public key line', path: 'config/authorized_keys.yml', code: 'users:\n  - name: deploy\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMjjVZtBgZocGnfSdS13YUItn+uo2rBMyCQUqmvbrVC2 deploy@reports\n' },
    { name: 'key read from a file at run time', path: 'jobs/sftp.py', code: "key = paramiko.Ed25519Key.from_private_key_file(os.environ['DEPLOY_KEY_PATH'])\n" },
  ],
};

describeRule(table);

describe('secrets/private-key: what each finding redacts', () => {
  const secretsOf = async (path: string, code: string): Promise<string[]> => {
    const [finding] = findingsOf(privateKey, await scanCase(privateKey, { name: path, path, code }));
    return (finding?.secrets ?? []).map((range) => code.slice(range.start, range.end));
  };

  it('flags the whole key, from its BEGIN line to its END line, in every vulnerable case', async () => {
    for (const testCase of table.invalid) {
      for (const finding of findingsOf(privateKey, await scanCase(privateKey, testCase))) {
        const text = testCase.code.slice(finding.range.start, finding.range.end);
        // A PEM block from BEGIN to END, a PuTTY key from its header to its MAC, or a whole base64 value.
        assert.ok(
          /^-----BEGIN [\s\S]*-----$/.test(text) || /^PuTTY-User-Key-File-[\s\S]*Private-MAC: [0-9a-f]+$/.test(text) || /^LS0tLS1CRUdJT[A-Za-z0-9+/]*=*$/.test(text),
          `${testCase.name}: flags ${JSON.stringify(text.slice(0, 20))}…${JSON.stringify(text.slice(-20))}`,
        );
        assert.ok(finding.secrets.length > 0, `${testCase.name}: no secret declared`);
        for (const secret of finding.secrets) assert.ok(finding.range.start <= secret.start && secret.end <= finding.range.end, `${testCase.name}: a secret outside the key`);
      }
    }
  });

  it('redacts a plain PEM body as one value', async () => {
    assert.deepEqual(await secretsOf('src/sign.js', 'const key = `' + pem('PRIVATE KEY', BODY.pkcs8) + '`;\n'), [BODY.pkcs8.join('\n')]);
  });

  it('redacts a body written with \\n escapes as one value', async () => {
    assert.deepEqual(await secretsOf('.env', `KEY="${pem('RSA PRIVATE KEY', BODY.rsa, { separator: '\\n' })}"\n`), [BODY.rsa.join('\\n')]);
  });

  it('redacts each line of an indented body, leaving the indentation, the markers and the headers out', async () => {
    assert.deepEqual(await secretsOf('ci.yml', `key: |\n  ${pem('OPENSSH PRIVATE KEY', BODY.openssh, { indent: '  ' })}\n`), [...BODY.openssh]);
    const java = 'String KEY = "-----BEGIN RSA PRIVATE KEY-----\\n" +\n    "Proc-Type: 4,ENCRYPTED\\n" +\n' + BODY.rsa.map((line) => `    "${line}\\n" +\n`).join('') + '    "-----END RSA PRIVATE KEY-----";\n';
    assert.deepEqual(await secretsOf('src/Keys.java', `class Keys {\n  ${java}}\n`), [...BODY.rsa]);
  });

  it('redacts the private lines of a PuTTY key, not its public lines or MAC', async () => {
    assert.deepEqual(await secretsOf('keys.yml', `key: |\n  ${putty('none', '  ')}\n`), [...BODY.puttyPrivate]);
  });

  it('redacts a base64-encoded key whole', async () => {
    assert.deepEqual(await secretsOf('kubeconfig', `users:\n  - user:\n      client-key-data: ${ENCODED.ec}\n`), [ENCODED.ec]);
  });

  it('never quotes key material in a message', async () => {
    const findings: Finding[] = [];
    for (const testCase of table.invalid) findings.push(...findingsOf(privateKey, await scanCase(privateKey, testCase)));
    for (const finding of findings) {
      for (const line of [...BODY.pkcs8, ...BODY.rsa, ...BODY.openssh]) assert.ok(!finding.message.includes(line.slice(0, 8)));
    }
  });
});

describe('containsPrivateKey (for the other secrets rules)', () => {
  it('recognises a PEM key, a PuTTY key and a base64-encoded PEM key', () => {
    assert.equal(containsPrivateKey(pem('PRIVATE KEY', BODY.pkcs8)), true);
    assert.equal(containsPrivateKey(putty('none')), true);
    assert.equal(containsPrivateKey(ENCODED.ec), true);
  });

  it('does not recognise a certificate, a marker alone or a stub', () => {
    assert.equal(containsPrivateKey(ENCODED.certificate), false);
    assert.equal(containsPrivateKey('-----BEGIN PRIVATE KEY-----'), false);
    assert.equal(containsPrivateKey('-----BEGIN PRIVATE KEY-----\nMIIEvQ...\n-----END PRIVATE KEY-----'), false);
  });
});
