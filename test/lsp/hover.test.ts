import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';

function daysFromToday(days: number): string {
  const date = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Hovers and the rule catalogue requests, rendered offline from rule metadata by dist/server.js. */
describe('language server hovers and rule documentation', function () {
  this.timeout(20_000);
  let project: TempProject;

  beforeEach(() => {
    project = new TempProject({ '.git/HEAD': '' });
  });
  afterEach(() => project.remove());

  it('renders the finding’s rule: title, why with the MoJ control and basis, how to fix with an example, links, suppression', async () => {
    const session = await LspSession.start({ folders: [project.root] });
    try {
      const uri = fileUri(project.path('a.js'));
      await session.open(uri, 'javascript', 'const d = md5(x);\n');
      await session.waitForDiagnostics(uri);
      const hover = await session.hover(uri, 0, 11);
      assert.deepEqual(hover?.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } });
      assert.equal(
        (hover?.contents as MarkupContent).value,
        [
          '**MD5 call** · high severity · high confidence',
          'MD5 is a broken hash; use SHA-256.',
          '**Why it matters.** MD5 is broken for security uses.\n\n' +
            'MoJ control: [Cryptography – Hashing](https://security-guidance.service.justice.gov.uk/cryptography/#hashing) (security-guidance.service.justice.gov.uk). ' +
            'Basis: general principle only: the MoJ text says nothing specific; this rests on a general MoJ principle plus NCSC or industry guidance.',
          '**How to fix.** Use SHA-256.\n\n```javascript\nconst digest = sha256(data);\n```',
          '[MoJ guidance](https://security-guidance.service.justice.gov.uk/cryptography/#hashing) (security-guidance.service.justice.gov.uk) · ' +
            '[CWE-328](https://cwe.mitre.org/data/definitions/328.html) · ' +
            '[OWASP A02:2021 Cryptographic Failures](https://owasp.org/Top10/A02_2021-Cryptographic_Failures/)',
          'Rule `test/md5-call`. To suppress, write this on the flagged line or the line above (or use the quick fix "Suppress test/md5-call on this line…"):\n\n' +
            `\`\`\`javascript\n// moj-secure-code-ignore test/md5-call -- <why this is safe> until ${daysFromToday(90)}\n\`\`\``,
        ].join('\n\n'),
      );
      assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
      assert.equal(await session.hover(uri, 0, 2), null);
    } finally {
      await session.stop();
    }
  });

  it('renders a built-in rule with its MoJ section, CWE, OWASP and the example for the file’s language', async () => {
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
    try {
      const text = 'import hashlib\n\ndigest = hashlib.md5(data).hexdigest()\n';
      const uri = fileUri(project.path('app.py'));
      await session.open(uri, 'python', text);
      const published = await session.waitForDiagnostics(uri);
      const weakHash = published.diagnostics.find((diagnostic) => diagnostic.code === 'crypto/weak-hash');
      assert.ok(weakHash, 'crypto/weak-hash reports hashlib.md5');
      assert.equal(weakHash.codeDescription?.href, 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing');
      const value = ((await session.hover(uri, weakHash.range.start.line, weakHash.range.start.character))?.contents as MarkupContent).value;
      for (const part of [
        '**Broken hash function (MD5, SHA-1, MD4, MD2)** · high severity',
        'MoJ control: [Cryptography – Hashing](https://security-guidance.service.justice.gov.uk/cryptography/#hashing) (security-guidance.service.justice.gov.uk)',
        '```python\ndigest = hashlib.sha256(data).hexdigest()\n```',
        '[CWE-328](https://cwe.mitre.org/data/definitions/328.html)',
        '[OWASP A02:2021 Cryptographic Failures](https://owasp.org/Top10/A02_2021-Cryptographic_Failures/)',
        '# moj-secure-code-ignore crypto/weak-hash -- <why this is safe> until',
      ]) {
        assert.ok(value.includes(part), `the hover lacks ${part}:\n${value}`);
      }
    } finally {
      await session.stop();
    }
  });

  it('lists the rules and renders their documentation; an unknown rule has none', async () => {
    const session = await LspSession.start({ folders: [project.root] });
    try {
      const rules = await session.connection.sendRequest<{ id: string; severity: string; policyUrl: string }[]>('mojSecureCode/listRules');
      assert.deepEqual(
        rules.map((rule) => rule.id),
        ['test/md5-call', 'test/live-key', 'test/maybe-weak', 'test/sink', 'test/insecure-flag', 'test/plain-http', 'suppression/expired', 'suppression/unjustified', 'suppression/unused', 'suppression/malformed'],
      );
      assert.deepEqual(rules[0], {
        id: 'test/md5-call',
        title: 'MD5 call',
        area: 'crypto',
        severity: 'high',
        confidence: 'high',
        policyUrl: 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing',
      });
      const documentation = await session.connection.sendRequest<{ markdown: string } | null>('mojSecureCode/ruleDocumentation', { ruleId: 'test/md5-call' });
      const markdown = documentation?.markdown ?? '';
      assert.ok(markdown.startsWith('# MD5 call\n\n`test/md5-call` · Cryptography · high severity · high confidence · fixes are safe to apply in bulk\n\n'), markdown);
      assert.ok(markdown.includes('## Secure examples\n\njavascript:\n\n```javascript\nconst digest = sha256(data);\n```'), markdown);
      assert.equal(await session.connection.sendRequest('mojSecureCode/ruleDocumentation', { ruleId: 'no/such-rule' }), null);
    } finally {
      await session.stop();
    }
  });
});
