import assert from 'node:assert/strict';
import { ProgressBar } from '../../server/src/cli/progress';
import type { ReportFinding, ScanReport } from '../../server/src/cli/report-model';
import { writeText } from '../../server/src/cli/writers/text';

const location = { path: 'src/a.js', uri: 'src/a.js', uriBaseId: 'SRCROOT' as const, localPath: 'src/a.js' };
const finding: ReportFinding = {
  ruleId: 'crypto/weak-hash',
  severity: 'high',
  confidence: 'high',
  message: 'MD5 is broken.',
  location,
  region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 8 },
  fingerprint: 'f',
  related: [],
};
const report: ScanReport = {
  tool: { name: 'MoJ Secure Code', version: '0.0.0', informationUri: 'https://example.gov.uk' },
  rules: [],
  policyBaseUrl: 'https://example.gov.uk',
  srcRoot: '/repo',
  baselineUsed: false,
  findings: [finding],
  suppressed: [],
  skipped: [{ location: { ...location, path: 'b.bin', localPath: 'b.bin' }, message: 'binary file (contains a NUL byte)' }],
  notes: [],
  filesScanned: 1,
};

describe('writeText', () => {
  it('writes plain text when colour is off', () => {
    assert.equal(
      writeText(report, { colour: false }),
      'src/a.js:2:5 high crypto/weak-hash MD5 is broken.\n\nSkipped files:\n  b.bin: binary file (contains a NUL byte)\n\n1 finding (1 high) in 1 file; 1 file scanned; 1 file skipped.\n',
    );
  });

  it('colours the severity and dims the rule id when colour is on', () => {
    const [line] = writeText(report, { colour: true }).split('\n');
    assert.equal(line, 'src/a.js:2:5 \u001b[31mhigh\u001b[0m \u001b[2mcrypto/weak-hash\u001b[0m MD5 is broken.');
  });
});

describe('ProgressBar', () => {
  const stream = (isTTY: boolean) => ({ isTTY, text: '', write(chunk: string) { this.text += chunk; } });

  it('draws on a terminal and clears its line at the end', () => {
    const tty = stream(true);
    const bar = new ProgressBar(tty, 4);
    bar.update(4);
    bar.clear();
    assert.equal(tty.text, `\r[${'#'.repeat(24)}] 4/4 files\r\u001b[K`);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const pipe = stream(false);
    const bar = new ProgressBar(pipe, 4);
    bar.update(1);
    bar.update(4);
    bar.clear();
    assert.equal(pipe.text, '');
  });
});
