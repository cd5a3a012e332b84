/**
 * Redaction harness: no secret used in the tests reaches any output. Two sets of secrets:
 * - the fake secrets of harness-secrets.ts, planted in a project and reported by a test rule
 *   that quotes them everywhere it can (message, fix title, related location, fix text);
 * - every secret range any rule-table case reports, planted with its case and scanned with the
 *   built-in rules, together with a basic-auth URL for transport/cleartext-http.
 * The CLI runs in-process in every format (text, json, sarif, --write-baseline, and the
 * --fix --dry-run diff with the report after the fixes) and nothing it prints or writes may
 * hold a secret or a stretch of one; only the redacted form (a short prefix and `…`) may show.
 * The negative controls feed the same check a leak, and run a rule that forgets to declare its
 * secrets, and assert that the harness reports them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Range } from '../../server/src/engine/contract';
import { runCli } from '../../server/src/cli/run';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { computeFingerprints } from '../../server/src/engine/output/fingerprint';
import { redactSecret } from '../../server/src/engine/output/redact';
import { buildProjectIndex } from '../../server/src/engine/project/project-index';
import { scan } from '../../server/src/engine/scan';
import { allRules } from '../../server/src/rules/index';
import { ruleTables } from '../support/rule-tables';
import { findingsOf, scanCase } from '../support/rule-tester';
import { plantedSecret } from '../support/harness-secret-rules';
import {
  BASIC_AUTH_PASSWORD,
  blankRanges,
  CLEARTEXT_URL_CASE,
  findLeaks,
  GITHUB_TOKEN,
  PEM_PRIVATE_KEY,
  PLANTED_PROJECT,
  PLANTED_SECRETS,
  type Secret,
} from '../support/harness-secrets';

const PLANTED_RULES = path.resolve(__dirname, '../support/harness-secret-rules.ts');
const LEAKY_RULES = path.resolve(__dirname, '../support/harness-leaky-secret-rules.ts');

/** The CLI runs of the harness: each output format, and what each run writes besides stdout. */
const RUNS: readonly { readonly name: string; readonly argv: readonly string[]; readonly files: readonly string[] }[] = [
  { name: 'text', argv: ['scan', '.', '--fail-on', 'none'], files: [] },
  { name: 'json and --write-baseline', argv: ['scan', '.', '--format', 'json', '--fail-on', 'none', '--write-baseline', '../out/baseline.json'], files: ['baseline.json'] },
  { name: 'sarif', argv: ['scan', '.', '--format', 'sarif', '--fail-on', 'none'], files: [] },
  { name: 'md evidence report', argv: ['scan', '.', '--format', 'md', '--fail-on', 'none'], files: [] },
  { name: 'html evidence report (report)', argv: ['report', '.', '--output', '../out/report.html'], files: ['report.html'] },
  { name: 'gitlab-sast', argv: ['scan', '.', '--format', 'gitlab-sast', '--fail-on', 'none'], files: [] },
  {
    name: '--fix --dry-run diff, with the SARIF report of the fixed text',
    argv: ['scan', '.', '--fix', '--dry-run', '--format', 'sarif', '--output', '../out/after-fix.sarif', '--fail-on', 'none'],
    files: ['after-fix.sarif'],
  },
];

interface Workspace {
  readonly root: string;
  /** The folder scanned (the project). */
  readonly project: string;
  /** Where runs write their files, outside the project so a later run does not scan them. */
  readonly out: string;
}

function makeWorkspace(tree: Readonly<Record<string, string>>): Workspace {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'moj-redaction-')));
  const project = path.join(root, 'project');
  const out = path.join(root, 'out');
  mkdirSync(out, { recursive: true });
  for (const [relative, content] of Object.entries(tree)) {
    const file = path.join(project, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { root, project, out };
}

/** Runs the CLI in-process and collects stdout, stderr and every file the run wrote. */
async function runOutputs(workspace: Workspace, run: (typeof RUNS)[number], rulesModule?: string): Promise<Record<string, string>> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    run.argv,
    { cwd: workspace.project, stdout: { write: (chunk: string) => ((stdout += chunk), true) }, stderr: { write: (chunk: string) => ((stderr += chunk), true) } },
    { ...(rulesModule === undefined ? {} : { rulesModule }), today: '2026-06-01', poolSize: 1 },
  );
  assert.equal(code, 0, `the ${run.name} run failed: ${stderr}`);
  const outputs: Record<string, string> = { [`${run.name}: stdout`]: stdout, [`${run.name}: stderr`]: stderr };
  for (const file of run.files) {
    const written = path.join(workspace.out, file);
    assert.ok(existsSync(written), `the ${run.name} run did not write ${file}`);
    outputs[`${run.name}: ${file}`] = readFileSync(written, 'utf8');
  }
  return outputs;
}

/** The scanned texts with every secret blanked out, and the rules' own texts: where a stretch may come from innocently. */
function referenceText(files: readonly { readonly text: string; readonly secrets: readonly Range[] }[]): string {
  return [...files.map((file) => blankRanges(file.text, file.secrets)), JSON.stringify([...allRules, plantedSecret].map((rule) => rule.meta))].join('\n\u0000\n');
}

describe('redaction harness', function () {
  this.timeout(120_000);

  describe('planted fake secrets, reported by a rule that quotes them everywhere', () => {
    let workspace: Workspace;
    let reference: string;
    before(() => {
      workspace = makeWorkspace(PLANTED_PROJECT);
      reference = referenceText(
        Object.values(PLANTED_PROJECT).map((text) => ({
          text,
          secrets: PLANTED_SECRETS.flatMap((secret) => occurrences(text, secret.value).map((start) => ({ start, end: start + secret.value.length }))),
        })),
      );
    });
    after(() => rmSync(workspace.root, { recursive: true, force: true }));

    for (const run of RUNS) {
      it(`leaks no secret in ${run.name}`, async () => {
        const outputs = await runOutputs(workspace, run, PLANTED_RULES);
        assert.deepEqual(findLeaks(outputs, PLANTED_SECRETS, reference), []);
        // The findings were there to leak: every secret shows in its redacted form somewhere.
        const all = Object.values(outputs).join('\n');
        for (const secret of PLANTED_SECRETS) {
          assert.ok(all.includes(redactSecret(secret.value)), `the ${secret.name} was never reported in ${run.name}, so nothing was checked`);
        }
      });
    }

    it('gives the findings fingerprints that hold no secret, in engine output', async () => {
      const fingerprints: string[] = [];
      for (const [file, text] of Object.entries(PLANTED_PROJECT)) {
        if (!file.endsWith('.js')) continue;
        const result = await scan({ path: file, text }, { rules: [plantedSecret], config: DEFAULT_CONFIG, project: buildProjectIndex([]), today: '2026-06-01' });
        assert.ok(result.findings.length > 0, `no finding in ${file}`);
        fingerprints.push(...computeFingerprints(result.findings, text, file), ...result.fingerprints);
      }
      assert.deepEqual(findLeaks({ fingerprints: fingerprints.join('\n') }, PLANTED_SECRETS, reference), []);
    });
  });

  describe('secrets reported by the rule tables and the built-in rules', () => {
    let workspace: Workspace;
    let secrets: Secret[];
    let reference: string;
    before(async () => {
      const planted: { path: string; text: string; secrets: Range[] }[] = [];
      const tree: Record<string, string> = { '.git/HEAD': '', [CLEARTEXT_URL_CASE.path]: CLEARTEXT_URL_CASE.code };
      secrets = [BASIC_AUTH_PASSWORD];
      let index = 0;
      for (const table of ruleTables) {
        for (const testCase of [...table.invalid, ...table.valid]) {
          const ranges = findingsOf(table.rule, await scanCase(table.rule, testCase)).flatMap((finding) => finding.secrets);
          if (ranges.length === 0) continue;
          // Each case in its own project, so its paths and project files mean what the case meant.
          const folder = `case-${++index}`;
          tree[`${folder}/.git/HEAD`] = '';
          tree[`${folder}/${testCase.path}`] = testCase.code;
          for (const file of testCase.project ?? []) tree[`${folder}/${file.path}`] = file.text;
          planted.push({ path: testCase.path, text: testCase.code, secrets: ranges });
          for (const range of ranges) {
            secrets.push({ name: `secret at ${range.start}-${range.end} of ${table.rule.meta.id} case "${testCase.name}"`, value: testCase.code.slice(range.start, range.end) });
          }
        }
      }
      workspace = makeWorkspace(tree);
      reference = referenceText([
        ...planted,
        { text: CLEARTEXT_URL_CASE.code, secrets: occurrences(CLEARTEXT_URL_CASE.code, BASIC_AUTH_PASSWORD.value).map((start) => ({ start, end: start + BASIC_AUTH_PASSWORD.value.length })) },
      ]);
    });
    after(() => rmSync(workspace.root, { recursive: true, force: true }));

    for (const run of RUNS) {
      it(`leaks no secret in ${run.name}`, async () => {
        const outputs = await runOutputs(workspace, run);
        assert.deepEqual(findLeaks(outputs, secrets, reference), []);
        if (run.name === 'sarif') {
          const sarif = JSON.parse(Object.values(outputs)[0]!) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
          const uris = sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
          assert.ok(uris.includes(CLEARTEXT_URL_CASE.path), `the built-in rules did not report ${CLEARTEXT_URL_CASE.path}, so its password was never at risk`);
        }
      });
    }
  });

  describe('negative controls', () => {
    it('reports a secret in each form it can leak in, and passes the redacted form', () => {
      const token = GITHUB_TOKEN.value;
      const key = PEM_PRIVATE_KEY.value;
      const outputs = {
        plain: `found ${token} here`,
        json: JSON.stringify({ snippet: key }),
        stretch: `prefix ${token.slice(10, 18)} suffix`,
        hash: `fingerprint ${createHash('sha256').update(token).digest('hex')}`,
        redacted: `found ${redactSecret(token)} and ${redactSecret(key)}`,
      };
      assert.deepEqual(findLeaks(outputs, [GITHUB_TOKEN, PEM_PRIVATE_KEY]), [
        'plain: contains the GitHub token (the whole value) at offset 6',
        'stretch: contains the GitHub token (its characters 11 to 18) at offset 7',
        'hash: contains the GitHub token (sha256 hex digest) at offset 12',
        'json: contains the PEM private key (JSON-escaped) at offset 12',
      ]);
    });

    it('does not count a stretch that the scanned file holds outside the secret', () => {
      const secret: Secret = { name: 'password', value: 'admin-password-1' };
      assert.deepEqual(findLeaks({ out: 'user admin-pas…' }, [secret], 'user admin-pas'), []);
      assert.deepEqual(findLeaks({ out: 'user admin-password' }, [secret], 'user admin-pas'), ['out: contains the password (its characters 3 to 10) at offset 7']);
    });

    it('catches a rule that forgets to declare its secrets, in every format', async () => {
      const workspace = makeWorkspace(PLANTED_PROJECT);
      try {
        const problems: string[] = [];
        for (const run of RUNS) problems.push(...findLeaks(await runOutputs(workspace, run, LEAKY_RULES), PLANTED_SECRETS));
        for (const run of RUNS) {
          assert.ok(problems.some((problem) => problem.startsWith(`${run.name}: `)), `the leak in ${run.name} went unnoticed:\n${problems.join('\n')}`);
        }
        for (const secret of PLANTED_SECRETS) {
          assert.ok(problems.some((problem) => problem.startsWith(`sarif: stdout: contains the ${secret.name} `)), `the ${secret.name} leak in SARIF went unnoticed`);
        }
      } finally {
        rmSync(workspace.root, { recursive: true, force: true });
      }
    });
  });
});

function occurrences(text: string, value: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) found.push(at);
  return found;
}
