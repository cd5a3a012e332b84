import assert from 'node:assert/strict';
import type { Finding, LanguageId, Range } from '../contract';
import type { ProjectSuppression } from '../config/types';
import { computeFingerprints } from '../output/fingerprint';
import { applySuppressions, findInlineSuppressions, type SuppressedFinding } from './suppressions';

/** A finding on the first copy (or the `nth`) of `snippet` in `text`. */
function finding(ruleId: string, text: string, snippet: string, nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(snippet, start + 1);
  assert.ok(start >= 0, `snippet not in text: ${snippet}`);
  return { ruleId, severity: 'high', confidence: 'high', message: `${ruleId} here`, range: { start, end: start + snippet.length }, related: [], secrets: [] };
}

/** Comment ranges for `//` and `#` line comments, enough for these documents (no strings hold the markers). */
function lineComments(text: string): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = line.search(/\/\/|#/);
    if (at >= 0) ranges.push({ start: offset + at, end: offset + line.length });
    offset += line.length + 1;
  }
  return ranges;
}

function run(
  text: string,
  findings: readonly Finding[],
  options: { language?: LanguageId; today?: string; path?: string; project?: readonly ProjectSuppression[] } = {},
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const language = options.language ?? 'javascript';
  return applySuppressions(findings, {
    text,
    path: options.path ?? 'src/app.js',
    inline: findInlineSuppressions(text, lineComments(text), language),
    project: options.project ?? [],
    today: options.today ?? '2026-01-15',
  });
}

/** Kept findings as [ruleId, covered text, message] for compact literal expectations. */
function keptSummary(text: string, kept: readonly Finding[]): [string, string, string][] {
  return kept.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end), f.message]);
}

describe('applySuppressions', () => {
  it('suppresses the named rule on the covered line only', () => {
    const text = ['md5(a); // moj-secure-code-ignore crypto/weak-hash -- cache key', 'md5(b);'].join('\n');
    const onLine0 = finding('crypto/weak-hash', text, 'md5(a)');
    const otherRule = finding('crypto/weak-password-hash', text, 'md5(a)');
    const onLine1 = finding('crypto/weak-hash', text, 'md5(b)');
    const { kept, suppressed } = run(text, [onLine0, otherRule, onLine1]);
    assert.deepEqual(keptSummary(text, kept), [
      ['crypto/weak-password-hash', 'md5(a)', 'crypto/weak-password-hash here'],
      ['crypto/weak-hash', 'md5(b)', 'crypto/weak-hash here'],
    ]);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0]?.finding, onLine0);
    assert.equal(suppressed[0]?.by.kind, 'inline');
  });

  it('suppresses several rule ids from one comment on the line above', () => {
    const text = ['// moj-secure-code-ignore crypto/weak-hash, crypto/weak-password-hash -- legacy import', 'md5(password);'].join('\n');
    const { kept, suppressed } = run(text, [finding('crypto/weak-hash', text, 'md5'), finding('crypto/weak-password-hash', text, 'md5')]);
    assert.deepEqual(kept, []);
    assert.deepEqual(
      suppressed.map((s) => s.finding.ruleId),
      ['crypto/weak-hash', 'crypto/weak-password-hash'],
    );
  });

  it('reports the rule ids of a suppression that silence nothing', () => {
    const text = ['// moj-secure-code-ignore crypto/weak-hash, crypto/static-iv -- legacy import', 'md5(password);'].join('\n');
    const { kept } = run(text, [finding('crypto/weak-hash', text, 'md5')]);
    assert.deepEqual(keptSummary(text, kept), [
      [
        'suppression/unused',
        '// moj-secure-code-ignore crypto/weak-hash, crypto/static-iv -- legacy import',
        'Suppression of crypto/static-iv suppresses nothing: there is no such finding on the line it covers. Remove it.',
      ],
    ]);
    assert.equal(kept[0]?.severity, 'info');
    assert.equal(kept[0]?.confidence, 'high');
  });

  it('stops suppressing after the until date and says so', () => {
    const text = 'md5(a); // moj-secure-code-ignore crypto/weak-hash -- cache key until 2026-01-14';
    const weak = finding('crypto/weak-hash', text, 'md5(a)');
    const { kept, suppressed } = run(text, [weak], { today: '2026-01-15' });
    assert.deepEqual(suppressed, []);
    assert.deepEqual(keptSummary(text, kept), [
      ['crypto/weak-hash', 'md5(a)', 'crypto/weak-hash here'],
      [
        'suppression/expired',
        '// moj-secure-code-ignore crypto/weak-hash -- cache key until 2026-01-14',
        'Suppression of crypto/weak-hash expired on 2026-01-14, so its findings are reported again. Fix the code, or review the justification and set a later "until" date.',
      ],
    ]);
  });

  it('still suppresses on the until date itself', () => {
    const text = 'md5(a); // moj-secure-code-ignore crypto/weak-hash -- cache key until 2026-01-15';
    const { kept, suppressed } = run(text, [finding('crypto/weak-hash', text, 'md5(a)')], { today: '2026-01-15' });
    assert.deepEqual(kept, []);
    assert.equal(suppressed.length, 1);
  });

  it('suppresses without a justification, and reports it', () => {
    const text = 'md5(a); // moj-secure-code-ignore crypto/weak-hash';
    const { kept, suppressed } = run(text, [finding('crypto/weak-hash', text, 'md5(a)')]);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(keptSummary(text, kept), [
      [
        'suppression/unjustified',
        '// moj-secure-code-ignore crypto/weak-hash',
        'Suppression of crypto/weak-hash has no justification. Say why the code is safe after " -- ".',
      ],
    ]);
  });

  it('counts the placeholder justification as none', () => {
    const text = 'md5(a); // moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe';
    const { kept, suppressed } = run(text, [finding('crypto/weak-hash', text, 'md5(a)')]);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(keptSummary(text, kept), [
      [
        'suppression/unjustified',
        '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe',
        'Suppression of crypto/weak-hash still has the placeholder justification "TODO: say why this is safe". Replace it with why the code is safe.',
      ],
    ]);
  });

  it('reports a malformed suppression, which suppresses nothing', () => {
    const text = 'md5(a); // moj-secure-code-ignore * -- everything';
    const { kept, suppressed } = run(text, [finding('crypto/weak-hash', text, 'md5(a)')]);
    assert.deepEqual(suppressed, []);
    assert.deepEqual(keptSummary(text, kept), [
      ['crypto/weak-hash', 'md5(a)', 'crypto/weak-hash here'],
      [
        'suppression/malformed',
        '// moj-secure-code-ignore * -- everything',
        'Malformed suppression, so it suppresses nothing: "*" would silence every rule; name each rule id instead.',
      ],
    ]);
  });

  it('reports a trailing suppression in a Dockerfile as malformed and keeps the finding', () => {
    const text = 'ADD http://example.com/x.tgz /x # moj-secure-code-ignore transport/cleartext-http -- mirror';
    const cleartext = finding('transport/cleartext-http', text, 'http://example.com/x.tgz');
    const { kept, suppressed } = applySuppressions([cleartext], {
      text,
      path: 'Dockerfile',
      inline: findInlineSuppressions(text, [], 'dockerfile'),
      project: [],
      today: '2026-01-15',
    });
    assert.deepEqual(suppressed, []);
    assert.deepEqual(
      kept.map((f) => f.ruleId),
      ['transport/cleartext-http', 'suppression/malformed'],
    );
  });

  it('returns kept findings and notices in document order', () => {
    const text = ['// moj-secure-code-ignore crypto/static-iv -- fixed test vector', 'md5(a);', 'md5(b);'].join('\n');
    const { kept } = run(text, [finding('crypto/weak-hash', text, 'md5(b)'), finding('crypto/weak-hash', text, 'md5(a)')]);
    assert.deepEqual(
      keptSummary(text, kept).map(([id, covered]) => [id, covered]),
      [
        ['suppression/unused', '// moj-secure-code-ignore crypto/static-iv -- fixed test vector'],
        ['crypto/weak-hash', 'md5(a)'],
        ['crypto/weak-hash', 'md5(b)'],
      ],
    );
  });

  describe('project-file suppressions', () => {
    const lockfile = ['{', '  "a": { "resolved": "http://registry.example.com/a.tgz" },', '  "b": { "resolved": "http://registry.example.com/b.tgz" }', '}'].join('\n');
    const first = finding('transport/cleartext-http', lockfile, '"http://registry.example.com/a.tgz"');
    const second = finding('transport/cleartext-http', lockfile, '"http://registry.example.com/b.tgz"');
    const runLockfile = (project: readonly ProjectSuppression[], path = 'web/package-lock.json', today = '2026-01-15') =>
      applySuppressions([first, second], { text: lockfile, path, inline: [], project, today });

    it('without a fingerprint, suppress every finding of the rule in files matching the glob', () => {
      const entry = { path: '**/package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry' };
      const { kept, suppressed } = runLockfile([entry]);
      assert.deepEqual(kept, []);
      assert.deepEqual(suppressed, [
        { finding: first, by: { kind: 'project', suppression: entry } },
        { finding: second, by: { kind: 'project', suppression: entry } },
      ]);
    });

    it('do not apply to files outside the glob or to other rules', () => {
      const outside = { path: 'api/package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry' };
      const otherRule = { path: '**/package-lock.json', rule: 'dependencies/vulnerable-version', justification: 'not reachable' };
      const { kept, suppressed } = runLockfile([outside, otherRule]);
      assert.deepEqual(kept, [first, second]);
      assert.deepEqual(suppressed, []);
    });

    it('with a fingerprint, suppress only that finding', () => {
      const fingerprints = computeFingerprints([first, second], lockfile, 'web/package-lock.json');
      const entry = { path: 'web/package-lock.json', rule: 'transport/cleartext-http', fingerprint: fingerprints[1] ?? '', justification: 'mirror of b' };
      const { kept, suppressed } = runLockfile([entry]);
      assert.deepEqual(kept, [first]);
      assert.deepEqual(suppressed, [{ finding: second, by: { kind: 'project', suppression: entry } }]);
    });

    it('with a fingerprint that matches no finding, suppress nothing', () => {
      const entry = { path: 'web/package-lock.json', rule: 'transport/cleartext-http', fingerprint: '0123abcd', justification: 'old' };
      assert.deepEqual(runLockfile([entry]).kept, [first, second]);
    });

    it('stop after their until date, once noted per file at the first finding that comes back', () => {
      const entry = { path: '**/package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry', until: '2025-12-31' };
      const { kept, suppressed } = runLockfile([entry]);
      assert.deepEqual(suppressed, []);
      assert.deepEqual(keptSummary(lockfile, kept), [
        ['transport/cleartext-http', '"http://registry.example.com/a.tgz"', 'transport/cleartext-http here'],
        [
          'suppression/expired',
          '"http://registry.example.com/a.tgz"',
          'The project file\'s suppression of transport/cleartext-http for "**/package-lock.json" expired on 2025-12-31, so this finding is reported again. Fix the code, or review the justification and set a later "until" date.',
        ],
        ['transport/cleartext-http', '"http://registry.example.com/b.tgz"', 'transport/cleartext-http here'],
      ]);
    });

    it('suppress with an empty justification, and report it once', () => {
      const entry = { path: '**/package-lock.json', rule: 'transport/cleartext-http', justification: ' ' };
      const { kept, suppressed } = runLockfile([entry]);
      assert.equal(suppressed.length, 2);
      assert.deepEqual(keptSummary(lockfile, kept), [
        [
          'suppression/unjustified',
          '"http://registry.example.com/a.tgz"',
          'The project file\'s suppression of transport/cleartext-http for "**/package-lock.json" has no justification. Say why the code is safe in its "justification".',
        ],
      ]);
    });

    it('give way to an inline suppression on the same finding', () => {
      const text = 'md5(a); // moj-secure-code-ignore crypto/weak-hash -- cache key';
      const weak = finding('crypto/weak-hash', text, 'md5(a)');
      const entry = { path: '**', rule: 'crypto/weak-hash', justification: 'everywhere' };
      const { suppressed } = run(text, [weak], { project: [entry] });
      assert.equal(suppressed[0]?.by.kind, 'inline');
    });
  });
});
