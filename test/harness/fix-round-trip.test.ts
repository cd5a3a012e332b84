/**
 * Fix round-trip harness: every fix in every rule table, alone and all at once, on the case as
 * written, with CRLF line endings and with tab indentation (see harness-fix-round-trip.ts for the
 * checks and for when a variant does not apply). The negative controls at the end feed the same
 * checker fixes that corrupt the file in each way it looks for, and assert that it says so.
 */
import assert from 'node:assert/strict';
import type { Fix, Rule, RuleContext } from '../../server/src/engine/contract';
import { ruleTables } from '../support/rule-tables';
import type { ValidCase } from '../support/rule-tester';
import { reparseErrors } from '../support/reparse';
import { checkFixRoundTrip, makeVariant, VARIANT_NAMES } from '../support/harness-fix-round-trip';

describe('fix round-trip harness', function () {
  this.timeout(60_000);

  for (const table of ruleTables) {
    const rule = table.rule;
    describe(`rule ${rule.meta.id}`, () => {
      const cases = table.invalid.filter((testCase) => testCase.findings.some((finding) => finding.fix !== null));
      for (const testCase of cases) {
        const originalCount = countFixable(rule, testCase);
        for (const variantName of VARIANT_NAMES) {
          const variant = makeVariant(testCase, variantName);
          // A variant that does not apply (no line break, YAML and tabs, ...) gets no test.
          if (variant.kind === 'not-applicable') continue;
          it(`${testCase.path}: ${testCase.name} [${variantName}]`, async function () {
            if (variantName === 'tabs' && (await reparseErrors(testCase.path, variant.text)).length > (await reparseErrors(testCase.path, testCase.code)).length) {
              // Tabs broke this file before any fix ran (a heredoc or string that cares): not a fix's fault.
              this.skip();
            }
            const report = await checkFixRoundTrip(rule, testCase, variant.text);
            assert.deepEqual(report.problems, []);
            assert.ok(report.fixable > 0, 'the rule offered no fix, so nothing was checked');
            if (variantName !== 'original') {
              assert.equal(report.fixable, await originalCount(), `the ${variantName} variant has a different number of fixes than the case as written`);
            }
          });
        }
      }
    });
  }

  describe('negative controls: each corrupting fix is caught', () => {
    const CODE = "const crypto = require('crypto');\nfunction digest(data) {\n  return md5(data);\n}\n";
    const CRLF_CODE = CODE.replace(/\n/g, '\r\n');
    const TAB_CODE = CODE.replace(/\n {2}/g, '\n\t');
    const testCase = (code: string): ValidCase => ({ name: 'negative control', path: 'src/control.js', code });

    it('passes a well-behaved fix (md5 → sha256), so the controls below fail for their reason alone', async () => {
      const report = await checkFixRoundTrip(fakeRule((at) => ({ title: 'Use SHA-256', edits: [{ start: at, end: at + 3, newText: 'sha256' }] })), testCase(CODE), CODE);
      assert.deepEqual(report, { fixable: 1, problems: [] });
    });

    it('catches a fix that deletes a closing bracket', async () => {
      const rule = fakeRule((at, text) => {
        const close = text.indexOf(')', at);
        return { title: 'Use SHA-256', edits: [{ start: at, end: at + 3, newText: 'sha256' }, { start: close, end: close + 1, newText: '' }] };
      });
      const report = await checkFixRoundTrip(rule, testCase(CODE), CODE);
      assert.equal(report.problems.length, 1, report.problems.join('\n'));
      assert.match(report.problems[0]!, /^fix 1 of 1 \("Use SHA-256" at 3:10\): the output no longer parses cleanly \(0 syntax errors before, [1-9]\d* after\)/);
    });

    it('catches a fix that turns a CRLF line ending into LF', async () => {
      const rule = fakeRule((at, text) => {
        const lineEnd = text.indexOf('\r\n', at);
        return { title: 'Use SHA-256', edits: [{ start: at, end: at + 3, newText: 'sha256' }, { start: lineEnd, end: lineEnd + 2, newText: '\n' }] };
      });
      const report = await checkFixRoundTrip(rule, testCase(CRLF_CODE), CRLF_CODE);
      assert.deepEqual(report.problems, ['fix 1 of 1 ("Use SHA-256" at 3:10): the file uses CRLF but the output has a bare \\n line ending at 3:23']);
    });

    it('catches a fix that writes a \\r into an LF file', async () => {
      const rule = fakeRule((at) => ({ title: 'Use SHA-256', edits: [{ start: at, end: at + 3, newText: 'sha256' }, { start: 0, end: 0, newText: '// fixed\r\n' }] }));
      const report = await checkFixRoundTrip(rule, testCase(CODE), CODE);
      assert.deepEqual(report.problems, ['fix 1 of 1 ("Use SHA-256" at 3:10): the file uses LF but the output has a \\r at 1:9']);
    });

    it('catches a fix that leaves its finding in place', async () => {
      const rule = fakeRule((at) => ({ title: 'Mark as reviewed', edits: [{ start: at, end: at, newText: '/* reviewed */ ' }] }));
      const report = await checkFixRoundTrip(rule, testCase(CODE), CODE);
      assert.deepEqual(report.problems, [
        'fix 1 of 1 ("Mark as reviewed" at 3:10): the finding is still reported after its fix, at 3:25: "md5"',
        'fix 1 of 1 ("Mark as reviewed" at 3:10): 1 of 1 findings with this message were fixed, yet 1 remain: "MD5 call"',
        'fix 1 of 1 ("Mark as reviewed" at 3:10): not idempotent: applying "Mark as reviewed" again at 3:25 changes the text once more: "turn /* reviewed */ md5(data);\\n}\\n" became "turn /* reviewed */ /* reviewed */ md5(data);\\n}\\n"',
      ]);
    });

    it('catches a fix that flips back and forth (md5 → sha1 → md5) although each finding goes away', async () => {
      // The rule reports md5 and sha1 under different messages, with one fix title that swaps them.
      const swapping: Rule = {
        meta: fakeMeta('harness/swap'),
        check(context: RuleContext) {
          for (const [from, to] of [['md5', 'sha1'], ['sha1', 'md5']] as const) {
            for (let at = context.document.text.indexOf(`${from}(`); at >= 0; at = context.document.text.indexOf(`${from}(`, at + 1)) {
              context.report({ range: { start: at, end: at + from.length }, message: `${from} call`, fix: { title: 'Swap the hash', edits: [{ start: at, end: at + from.length, newText: to }] } });
            }
          }
        },
      };
      const report = await checkFixRoundTrip(swapping, testCase(CODE), CODE);
      assert.equal(report.problems.length, 1, report.problems.join('\n'));
      assert.match(report.problems[0]!, /^fix 1 of 1 \("Swap the hash" at 3:10\): not idempotent: applying "Swap the hash" again at 3:10 changes the text once more/);
    });

    it('catches a fix that re-indents a line it only re-emits', async () => {
      const rule = fakeRule((at, text) => {
        const nextLineEnd = text.indexOf('\n', text.indexOf('\n', at) + 1);
        return { title: 'Use SHA-256', edits: [{ start: at, end: nextLineEnd, newText: 'sha256(data);\n    }' }] };
      });
      const report = await checkFixRoundTrip(rule, testCase(CODE), CODE);
      assert.deepEqual(report.problems, ['fix 1 of 1 ("Use SHA-256" at 3:10): line 4 "}" changed its indentation from "" to "    "']);
    });

    it('catches a fix that indents a new line with spaces in a file indented with tabs', async () => {
      const rule = fakeRule((at, text) => {
        const lineStart = text.lastIndexOf('\n', at) + 1;
        return {
          title: 'Use SHA-256',
          edits: [{ start: lineStart, end: lineStart, newText: "  const algorithm = 'sha256';\n" }, { start: at, end: at + 3, newText: 'sha256' }],
        };
      });
      const report = await checkFixRoundTrip(rule, testCase(TAB_CODE), TAB_CODE);
      assert.deepEqual(report.problems, ['fix 1 of 1 ("Use SHA-256" at 3:9): line 3 "const algorithm = \'sha256\';" is indented with spaces in a file indented with tabs']);
    });

    it('catches the same corruption when all fixes are applied at once', async () => {
      const twice = "md5(a);\nmd5(b);\n";
      const rule = fakeRule((at, text) => {
        const close = text.indexOf(')', at);
        return { title: 'Use SHA-256', edits: [{ start: at, end: at + 3, newText: 'sha256' }, { start: close, end: close + 1, newText: '' }] };
      });
      const report = await checkFixRoundTrip(rule, testCase(twice), twice);
      assert.deepEqual(
        report.problems.map((problem) => problem.slice(0, problem.indexOf(':'))),
        ['fix 1 of 2 ("Use SHA-256" at 1', 'fix 2 of 2 ("Use SHA-256" at 2', 'all 2 fixes at once (2 applied, 0 left out as overlapping)'],
      );
    });
  });
});

/** Counts the fixes on the case as written once, for the variants of that case to compare with. */
function countFixable(rule: Rule, testCase: ValidCase): () => Promise<number> {
  let count: Promise<number> | undefined;
  return () => (count ??= checkFixRoundTrip(rule, testCase, testCase.code).then((report) => report.fixable));
}

function fakeMeta(id: string): Rule['meta'] {
  return {
    id,
    title: 'Negative control',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [328],
    policy: ['cryptography#hashing'],
    basis: 'explicit',
    why: 'A rule made for the harness negative controls.',
    howToFix: 'None: it exists to be wrong.',
    fixSafety: 'safe',
    languages: ['javascript'],
    prefilter: ['md5', 'sha1'],
  };
}

/** A rule that reports every `md5(` call, message "MD5 call", with the fix `makeFix` builds. */
function fakeRule(makeFix: (at: number, text: string) => Fix): Rule {
  return {
    meta: fakeMeta('harness/md5-call'),
    check(context: RuleContext) {
      const text = context.document.text;
      for (let at = text.indexOf('md5('); at >= 0; at = text.indexOf('md5(', at + 1)) {
        context.report({ range: { start: at, end: at + 3 }, message: 'MD5 call', fix: makeFix(at, text) });
      }
    },
  };
}
