/**
 * Issue 7's evidence report and GitLab SAST output, generated from samples/ with the built-in
 * rules in-process: the report must be readable by someone who never saw the code (grouped by MoJ
 * control, every suppression justified or flagged, scope and run facts, a coverage table) and the
 * HTML must be one self-contained, accessible file. Redaction of secrets in these formats is
 * checked by the redaction harness (test/harness/redaction.test.ts) with the other formats.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { REPOSITORY_ROOT, runInProcess, type CliRun } from './run-cli';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const SAMPLES_OPTIONS = { rulesModule: undefined, today: '2026-11-27', now: (): Date => NOW, poolSize: 1 };

function scanSamples(...argv: string[]): Promise<CliRun> {
  return runInProcess(['scan', 'samples', ...argv], REPOSITORY_ROOT, SAMPLES_OPTIONS);
}

/** The rows of the Markdown table whose caption (an emphasised line) is `caption`. */
function markdownTable(markdown: string, caption: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`*${caption}*`);
  assert.ok(start >= 0, `no table captioned ${caption}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    if (!line.startsWith('| ---')) rows.push(line.slice(2, -2).split(' | '));
  }
  return rows;
}

describe('evidence report (--format md)', function () {
  this.timeout(180_000);
  let markdown: string;

  before(async () => {
    const run = await scanSamples('--format', 'md', '--fail-on', 'none');
    assert.equal(run.code, 0, run.stderr);
    markdown = run.stdout;
  });

  it('has the sections an auditor reads, in order', () => {
    const headings = markdown.split('\n').filter((line) => /^##? /.test(line));
    assert.deepEqual(headings, [
      '# MoJ Secure Code evidence report',
      '## Summary',
      '## Run',
      '## Findings by MoJ control',
      '## Suppressions',
      '## Baseline',
      '## Scope',
      '## Coverage',
    ]);
  });

  it('groups findings under the MoJ section their rule applies, with the rules that check it', () => {
    const section = markdown.slice(markdown.indexOf('### Cryptography – Hashing'));
    assert.match(section, /^MoJ guidance: \[https:\/\/security-guidance\.service\.justice\.gov\.uk\/cryptography\/#hashing\]/m);
    const rules = markdownTable(section, 'Rules checking Cryptography – Hashing');
    assert.deepEqual(rules[0]?.slice(0, 3), ['Rule', 'Title', 'Default severity']);
    assert.ok(rules.some((row) => row[0] === '`crypto/weak-hash`' && row[4] === 'Run'));
    const findings = markdownTable(section, 'Findings for Cryptography – Hashing');
    assert.ok(findings.some((row) => row[1] === '`crypto/weak-hash`' && row[2]?.startsWith('`samples/python-service/')));
  });

  it('lists each suppression with its justification and expiry, and flags the placeholder and the expired one', () => {
    const suppressed = markdownTable(markdown, 'Suppressed findings');
    assert.ok(
      suppressed.some((row) => row.join(' | ') === 'Active (justified) | `crypto/weak-hash` | `samples/suppressions/export_job.py:12` | partner format requires MD5; files are GPG-signed | 2099-12-31'),
      suppressed.map((row) => row.join(' | ')).join('\n'),
    );
    assert.ok(suppressed.some((row) => row.join(' | ') === 'No justification | `crypto/weak-hash` | `samples/suppressions/export_job.py:17` | none | 2027-02-25'));
    const notices = markdownTable(markdown, 'Suppressions that need attention');
    assert.ok(notices.some((row) => row[0] === 'Expired: finding reported again' && row[1] === '`samples/suppressions/export_job.py:21`'));
    assert.ok(notices.some((row) => row[0] === 'No justification' && row[1] === '`samples/suppressions/export_job.py:16`'));
  });

  it('records the run: tool, times, commit or its absence, configuration hash', () => {
    const facts = new Map(markdownTable(markdown, 'Facts about this run').map((row) => [row[0], row[1]]));
    assert.equal(facts.get('Scan started'), NOW.toISOString());
    assert.match(facts.get('Tool') ?? '', /^MoJ Secure Code \d+\.\d+\.\d+$/);
    assert.match(facts.get('Configuration hash (SHA-256, 16 digits)') ?? '', /^`[0-9a-f]{16}`$/);
    assert.match(facts.get('Git commit') ?? '', /^(`[0-9a-f]{40}`|not a git work tree, or not recorded)$/);
  });

  it('states the scope and the controls that cannot be checked in code', () => {
    const scope = new Map(markdownTable(markdown, 'What was scanned').map((row) => [row[0], row[1]]));
    assert.equal(scope.get('Paths'), '`samples`');
    assert.match(scope.get('Files scanned') ?? '', /^[1-9]\d*$/);
    const unchecked = markdownTable(markdown, 'MoJ controls that cannot be checked in code');
    assert.equal(unchecked.length - 1, 4);
    assert.ok(unchecked.some((row) => row[0]?.startsWith('[Leaked secret detected in history]')));
  });

  it('says when a baseline accepted findings', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'moj-evidence-'));
    try {
      const baseline = path.join(folder, 'baseline.json');
      await runInProcess(['scan', 'samples/suppressions', '--write-baseline', baseline, '--fail-on', 'none'], REPOSITORY_ROOT, SAMPLES_OPTIONS);
      const run = await runInProcess(['scan', 'samples/suppressions', '--format', 'md', '--baseline', baseline], REPOSITORY_ROOT, SAMPLES_OPTIONS);
      assert.ok(run.stdout.includes(`Baseline file: \`${baseline}\`. 0 new findings; 1 accepted in the baseline.`), run.stdout);
      assert.ok(markdownTable(run.stdout, 'Findings for Cryptography – In-transit').some((row) => row[4] === 'Accepted'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('evidence report (report, HTML)', function () {
  this.timeout(180_000);
  let html: string;

  before(async () => {
    const run = await runInProcess(['report', 'samples'], REPOSITORY_ROOT, SAMPLES_OPTIONS);
    assert.equal(run.code, 0, run.stderr);
    html = run.stdout;
  });

  it('is one self-contained document: no script, no external style, image or font', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.doesNotMatch(html, /<(script|link|img|iframe|object|embed|audio|video)\b/i);
    assert.doesNotMatch(html, /<[a-z][^>]*\ssrc=/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.doesNotMatch(style, /url\(|@import/i);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  });

  it('has one h1, headed sections, and tables with captions and column headers', () => {
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    for (const id of ['summary', 'run', 'controls', 'suppressions', 'baseline', 'scope', 'coverage']) assert.match(html, new RegExp(`<h2 id="${id}">`));
    const tables = html.match(/<table>\n<caption>[^<]+<\/caption>\n<thead><tr>(<th scope="col">[^<]*<\/th>)+<\/tr><\/thead>/g) ?? [];
    assert.equal(tables.length, html.match(/<table>/g)?.length);
    assert.ok(tables.length > 10);
  });

  it('keeps a print style and escapes what the code contained', () => {
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<[a-z]+[^>]*\son[a-z]+=/i);
  });
});

describe('GitLab SAST report (--format gitlab-sast)', function () {
  this.timeout(180_000);

  it('validates against the GitLab SAST report schema and carries rule, CWE and location', async () => {
    const run = await scanSamples('--format', 'gitlab-sast', '--fail-on', 'none');
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      version: string;
      scan: { start_time: string; messages?: { level: string; value: string }[] };
      vulnerabilities: { id: string; severity: string; identifiers: { type: string; value: string }[]; location: { file: string; start_line: number } }[];
    };
    const schema = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'test/fixtures/cli/gitlab-sast-report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    assert.equal(report.version, '15.0.7');
    assert.equal(report.scan.start_time, '2026-11-27T10:00:00');
    const weakHash = report.vulnerabilities.find((entry) => entry.identifiers[0]?.value === 'crypto/weak-hash');
    assert.ok(weakHash);
    assert.deepEqual(weakHash.identifiers.slice(0, 2).map((identifier) => [identifier.type, identifier.value]), [['moj_secure_code_rule', 'crypto/weak-hash'], ['cwe', '328']]);
    assert.equal(new Set(report.vulnerabilities.map((entry) => entry.id)).size, report.vulnerabilities.length, 'ids are unique');
    assert.ok(report.scan.messages?.some((message) => message.value.includes('expired on 2025-01-31')));
    assert.ok(!report.vulnerabilities.some((entry) => entry.identifiers[0]?.value.startsWith('suppression/')));
  });

  it('negative control: the schema refuses a report GitLab would reject', () => {
    const schema = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'test/fixtures/cli/gitlab-sast-report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const scan = { analyzer: { id: 'a', name: 'A', version: '1', vendor: { name: 'V' } }, scanner: { id: 'a', name: 'A', version: '1', vendor: { name: 'V' } }, type: 'sast', status: 'success' };
    assert.equal(validate({ version: '15.0.7', scan: { ...scan, start_time: '2026-11-27T10:00:00.000Z', end_time: '2026-11-27T10:00:00' }, vulnerabilities: [] }), false);
    assert.equal(validate({ version: '15.0.7', scan: { ...scan, start_time: '2026-11-27T10:00:00', end_time: '2026-11-27T10:00:00' }, vulnerabilities: [{ id: 'x', identifiers: [], location: {} }] }), false);
    assert.equal(validate({ version: '15.0.7', scan: { ...scan, start_time: '2026-11-27T10:00:00', end_time: '2026-11-27T10:00:00' }, vulnerabilities: [{ id: 'x', severity: 'Severe', identifiers: [{ type: 't', name: 'n', value: 'v' }], location: {} }] }), false);
  });
});
