import assert from 'node:assert/strict';
import type { LanguageId } from '../contract';
import { findPolicy } from '../../policy/catalogue';
import {
  canSuppressInline,
  findInlineSuppressions,
  PLACEHOLDER_JUSTIFICATION,
  suppressionComment,
  SUPPRESSION_NOTICE_RULES,
} from './suppressions';

const IDS = ['crypto/weak-hash'];

describe('suppressionComment', () => {
  const cases: readonly { language: LanguageId; jsx?: boolean; text: string; placement: 'same-line' | 'line-above' }[] = [
    { language: 'javascript', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'typescript', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'tsx', jsx: true, text: '{/* moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15 */}', placement: 'line-above' },
    { language: 'tsx', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'java', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'csharp', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'go', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'php', text: '// moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'python', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'ruby', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'shell', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'yaml', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'terraform', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'nginx', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'same-line' },
    { language: 'dockerfile', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'line-above' },
    { language: 'properties', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'line-above' },
    { language: 'dotenv', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'line-above' },
    { language: 'ini', text: '; moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'line-above' },
    { language: 'apache', text: '# moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2026-04-15', placement: 'line-above' },
    { language: 'xml', text: '<!-- moj-secure-code-ignore crypto/weak-hash - TODO: say why this is safe until 2026-04-15 -->', placement: 'same-line' },
  ];

  for (const { language, jsx, text, placement } of cases) {
    it(`writes ${language}${jsx === true ? ' (JSX children)' : ''}`, () => {
      assert.deepEqual(suppressionComment(language, IDS, PLACEHOLDER_JUSTIFICATION, '2026-04-15', { jsx }), { text, placement });
    });

    it(`reads back what it writes for ${language}${jsx === true ? ' (JSX children)' : ''}`, () => {
      const code = 'flagged = true';
      const document = placement === 'same-line' ? `${code}  ${text}` : `${text}\n${code}`;
      const start = document.indexOf(text);
      const [found, ...rest] = findInlineSuppressions(document, [{ start, end: start + text.length }], language);
      assert.deepEqual(rest, []);
      assert.deepEqual(
        { rules: found?.rules, justification: found?.justification, until: found?.until, placeholder: found?.placeholder, lines: found?.lines },
        { rules: IDS, justification: PLACEHOLDER_JUSTIFICATION, until: '2026-04-15', placeholder: true, lines: [placement === 'same-line' ? 0 : 1] },
      );
    });
  }

  it('lists several rule ids and leaves out an empty until', () => {
    assert.equal(
      suppressionComment('python', ['crypto/weak-hash', 'crypto/weak-password-hash'], 'checksum only', '').text,
      '# moj-secure-code-ignore crypto/weak-hash, crypto/weak-password-hash -- checksum only',
    );
  });

  it('keeps the justification from ending or breaking the comment', () => {
    assert.equal(
      suppressionComment('xml', IDS, 'dev -- only\nprofile', '').text,
      '<!-- moj-secure-code-ignore crypto/weak-hash - dev - only profile -->',
    );
    assert.equal(suppressionComment('tsx', IDS, 'a */ b', '', { jsx: true }).text, '{/* moj-secure-code-ignore crypto/weak-hash -- a * / b */}');
  });

  it('refuses JSON, which has no comments', () => {
    assert.equal(canSuppressInline('json'), false);
    assert.equal(canSuppressInline('yaml'), true);
    assert.throws(() => suppressionComment('json', IDS, 'x', ''), /json files have no comments: add the suppression to the project file/);
  });
});

describe('SUPPRESSION_NOTICE_RULES', () => {
  const policy = ['it-security-technical-users-policy#audit', 'it-security-technical-users-policy#risk-management'];

  it('describes the four notices at info severity', () => {
    assert.deepEqual(
      SUPPRESSION_NOTICE_RULES.map((meta) => [meta.id, meta.severity, meta.confidence, meta.area, meta.cwe, meta.policy]),
      [
        ['suppression/expired', 'info', 'high', 'logging', [710], policy],
        ['suppression/unjustified', 'info', 'high', 'logging', [710], policy],
        ['suppression/unused', 'info', 'high', 'logging', [710], policy],
        ['suppression/malformed', 'info', 'high', 'logging', [710], policy],
      ],
    );
  });

  it('cites policy sections that are in the catalogue', () => {
    for (const id of policy) assert.equal(findPolicy(id)?.id, id);
  });
});
