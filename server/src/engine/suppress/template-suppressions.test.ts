/**
 * Suppressions in templates: each template kind writes the directive in its own comment tag, and
 * the template tokenizer's comment ranges read it back with the closer left out of the justification.
 */
import assert from 'node:assert/strict';
import type { TemplateFormat } from '../contract';
import { parseConfigDocument } from '../formats/parse-config';
import { suppressionComment } from './suppression-comment';
import { findInlineSuppressions } from './suppressions';

const IDS = ['injection/xss'];

describe('suppressions in templates', () => {
  const cases: readonly { language: TemplateFormat; text: string; flagged: string }[] = [
    { language: 'jinja', text: '{# moj-secure-code-ignore injection/xss -- bio is sanitised on save until 2027-01-31 #}', flagged: '{{ bio|safe }}' },
    { language: 'erb', text: '<%# moj-secure-code-ignore injection/xss -- bio is sanitised on save until 2027-01-31 %>', flagged: '<%== bio %>' },
    { language: 'ejs', text: '<%# moj-secure-code-ignore injection/xss -- bio is sanitised on save until 2027-01-31 %>', flagged: '<%- bio %>' },
    { language: 'razor', text: '@* moj-secure-code-ignore injection/xss -- bio is sanitised on save until 2027-01-31 *@', flagged: '@Html.Raw(Model.Bio)' },
    { language: 'blade', text: '{{-- moj-secure-code-ignore injection/xss -- bio is sanitised on save until 2027-01-31 --}}', flagged: '{!! $bio !!}' },
    { language: 'vue', text: '<!-- moj-secure-code-ignore injection/xss - bio is sanitised on save until 2027-01-31 -->', flagged: '<div v-html="bio"></div>' },
  ];

  for (const { language, text, flagged } of cases) {
    it(`writes a ${language} comment tag`, () => {
      assert.deepEqual(suppressionComment(language, IDS, 'bio is sanitised on save', '2027-01-31'), { text, placement: 'same-line' });
    });

    for (const placement of ['same-line', 'line-above'] as const) {
      it(`reads it back in ${language} on the ${placement === 'same-line' ? 'flagged line' : 'line above'}`, () => {
        const document = placement === 'same-line' ? `<p>\n${flagged} ${text}\n</p>` : `<p>\n${text}\n${flagged}\n</p>`;
        const comments = parseConfigDocument(document, language).comments();
        const found = findInlineSuppressions(document, comments, language);
        assert.deepEqual(
          found.map((suppression) => ({ rules: suppression.rules, justification: suppression.justification, until: suppression.until, lines: suppression.lines })),
          [{ rules: IDS, justification: 'bio is sanitised on save', until: '2027-01-31', lines: [placement === 'same-line' ? 1 : 2] }],
        );
      });
    }
  }

  it('keeps a justification from closing the comment tag early', () => {
    assert.equal(suppressionComment('erb', IDS, 'safe %> here', '').text, '<%# moj-secure-code-ignore injection/xss -- safe % > here %>');
    assert.equal(suppressionComment('jinja', IDS, 'a #} b', '').text, '{# moj-secure-code-ignore injection/xss -- a # } b #}');
  });
});
