import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runInProcess } from './run-cli';
import { sarifValidator } from './sarif-schema';
import { TempProject } from './temp-project';

const SECRET = 'sk_live_abcdefghijklmnop1234';

// Shapes of the parts of the log the assertions read.
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, unknown> } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; status: string; justification?: string }[];
  fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: unknown; insertedContent: { text: string } }[] }[] }[];
  properties: Record<string, unknown>;
}

describe('SARIF output', function () {
  this.timeout(60_000);
  const validate = sarifValidator();
  let project: TempProject;

  before(() => {
    project = new TempProject({
      '.git/HEAD': '',
      'src/app.js': ['function digest(x) {', '  return md5(x);', '}', `const key = "${SECRET}";`, ''].join('\n'),
      'src/cache.js': '// moj-secure-code-ignore test/md5-call -- cache keys only, not security\nconst k = md5(url);\n',
      'src/blob.js': new Uint8Array([0x61, 0x00, 0x62]),
      'src/ünïcode dir/x.js': 'const s = "😀😀"; md5(s);\n',
    });
  });
  after(() => project.remove());

  it('is valid SARIF 2.1.0 (the rtm.5 schema), with and without a baseline', async () => {
    const plain = await runInProcess(['scan', '--format', 'sarif'], project.root);
    assert.ok(validate(JSON.parse(plain.stdout)), JSON.stringify(validate.errors, null, 2));
    await runInProcess(['scan', '--write-baseline', 'baseline.json'], project.root);
    const withBaseline = await runInProcess(['scan', '--format', 'sarif', '--baseline', 'baseline.json'], project.root);
    assert.ok(validate(JSON.parse(withBaseline.stdout)), JSON.stringify(validate.errors, null, 2));
  });

  it('has a negative control: the validator rejects a broken log', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, columnKind: 'bytes' }] }), false);
  });

  describe('contents', () => {
    let log: {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: Record<string, unknown>[] }[];
        originalUriBaseIds: Record<string, { uri: string }>;
        columnKind: string;
        results: SarifResult[];
      }[];
    };
    let output: string;

    before(async () => {
      writeFileSync(project.path('baseline.json'), JSON.stringify({ version: 1, tool: { name: 'MoJ Secure Code', version: '0' }, findings: [] }));
      await runInProcess(['scan', 'src/app.js', '--write-baseline', 'baseline.json'], project.root);
      output = (await runInProcess(['scan', '--format', 'sarif', '--baseline', 'baseline.json'], project.root)).stdout;
      log = JSON.parse(output) as typeof log;
    });

    it('describes the tool and its rules with MoJ help links, tags and security-severity', () => {
      const run = log.runs[0]!;
      assert.equal(log.version, '2.1.0');
      assert.equal(run.tool.driver.name, 'MoJ Secure Code');
      assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+$/);
      assert.deepEqual(run.tool.driver.rules[0], {
        id: 'test/md5-call',
        name: 'TestMd5Call',
        shortDescription: { text: 'MD5 call' },
        fullDescription: { text: 'MD5 is broken for security uses.' },
        help: {
          text: 'MD5 is broken for security uses.\n\nHow to fix: Use SHA-256.\n\nMoJ guidance: Cryptography – Hashing (https://security-guidance.service.justice.gov.uk/cryptography/#hashing)',
          markdown:
            'MD5 is broken for security uses.\n\n**How to fix:** Use SHA-256.\n\n**MoJ guidance:** [Cryptography – Hashing](https://security-guidance.service.justice.gov.uk/cryptography/#hashing)',
        },
        helpUri: 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing',
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['security', 'crypto', 'external/cwe/cwe-328'], precision: 'high', 'security-severity': '7.5' },
      });
      const key = run.tool.driver.rules[1]!;
      assert.deepEqual([key['id'], (key['properties'] as Record<string, unknown>)['security-severity']], ['test/live-key', '9.0']);
      // The suppression notices are described too, without a security-severity (they are info).
      const notice = run.tool.driver.rules.find((rule) => rule['id'] === 'suppression/unused')!;
      assert.deepEqual([(notice['defaultConfiguration'] as { level: string }).level, 'security-severity' in (notice['properties'] as object)], ['note', false]);
    });

    it('gives results 1-based UTF-16 regions, fingerprints, baseline state and fixes', () => {
      const run = log.runs[0]!;
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(run.originalUriBaseIds, { SRCROOT: { uri: pathToFileURL(project.root).href + '/' } });
      const results = run.results.filter((result) => result.suppressions === undefined);
      const summary = results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri, result.baselineState, result.level]);
      assert.deepEqual(summary, [
        ['test/md5-call', 'src/app.js', 'unchanged', 'error'],
        ['test/live-key', 'src/app.js', 'unchanged', 'error'],
        ['test/md5-call', 'src/%C3%BCn%C3%AFcode%20dir/x.js', 'new', 'error'],
      ]);
      const md5 = results[0]!;
      assert.deepEqual(md5.locations[0]!.physicalLocation, {
        artifactLocation: { uri: 'src/app.js', uriBaseId: 'SRCROOT' },
        region: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 13, snippet: { text: 'md5' } },
      });
      assert.match(md5.partialFingerprints['mojSecureCode/v1']!, /^[0-9a-f]{64}$/);
      assert.equal(md5.ruleIndex, 0);
      assert.deepEqual(md5.properties, { severity: 'high', confidence: 'high', fixSafety: 'safe' });
      assert.deepEqual(md5.fixes, [
        {
          description: { text: 'Use SHA-256' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'src/app.js', uriBaseId: 'SRCROOT' },
              replacements: [{ deletedRegion: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 13 }, insertedContent: { text: 'sha256' } }],
            },
          ],
        },
      ]);
      // Two astral characters before the call are four UTF-16 code units.
      assert.equal(results[2]!.locations[0]!.physicalLocation.region['startColumn'], 19);
    });

    it('marks suppressed findings with their justification', () => {
      const suppressed = log.runs[0]!.results.filter((result) => result.suppressions !== undefined);
      assert.deepEqual(
        suppressed.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri, result.suppressions]),
        [['test/md5-call', 'src/cache.js', [{ kind: 'inSource', status: 'accepted', justification: 'cache keys only, not security' }]]],
      );
    });

    it('lists skipped files as tool execution notifications with the reason', () => {
      const invocation = log.runs[0]!.invocations[0]!;
      assert.equal(invocation.executionSuccessful, true);
      assert.deepEqual(invocation.toolExecutionNotifications, [
        {
          level: 'warning',
          message: { text: 'src/blob.js: binary file (contains a NUL byte)' },
          descriptor: { id: 'skipped-file' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'src/blob.js', uriBaseId: 'SRCROOT' } } }],
        },
      ]);
    });

    it('never contains the secret: message, snippet, fix and fingerprint are all redacted', () => {
      assert.ok(!output.includes(SECRET.slice(0, 5)));
      const key = log.runs[0]!.results.find((result) => result.ruleId === 'test/live-key')!;
      assert.equal(key.message.text, 'Live key sk_l… is hard-coded.');
      assert.deepEqual(key.locations[0]!.physicalLocation.region['snippet'], { text: 'sk_l…' });
      assert.equal(key.fixes![0]!.description.text, 'Replace sk_l… with process.env.LIVE_KEY');
    });
  });
});
