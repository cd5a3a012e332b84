/**
 * Writes a suppression comment in the file's own comment syntax, for the editor's "Suppress on
 * this line" action and the CLI.
 */
import type { LanguageId } from '../contract';
import { safeRegex } from '../regex';
import { commentSyntaxFor } from './comment-syntax';
import { SUPPRESSION_KEYWORD } from './parse-directive';

export interface SuppressionCommentText {
  /** The comment alone: no indentation, leading space or line break. */
  readonly text: string;
  /**
   * `same-line`: append it after the flagged line's code, after a space or two.
   * `line-above`: insert it on a new line above the flagged line, with that line's indentation.
   */
  readonly placement: 'same-line' | 'line-above';
}

/** Whether the file kind has comments to hold a suppression; JSON ones use the project file instead. */
export function canSuppressInline(language: LanguageId): boolean {
  return commentSyntaxFor(language) !== undefined;
}

/**
 * @param until YYYY-MM-DD, or '' for a suppression without an end date.
 * @param options.jsx the flagged line sits among JSX children, where only `{/* *\/}` is a comment.
 * @throws for JSON, which has no comments (check `canSuppressInline` first), or for no rule ids.
 */
export function suppressionComment(
  language: LanguageId,
  ruleIds: readonly string[],
  justification: string,
  until: string,
  options: { jsx?: boolean } = {},
): SuppressionCommentText {
  const syntax = commentSyntaxFor(language);
  if (syntax === undefined) throw new Error(`${language} files have no comments: add the suppression to the project file`);
  if (ruleIds.length === 0) throw new Error('a suppression needs at least one rule id');

  const jsx = options.jsx === true && (language === 'javascript' || language === 'typescript' || language === 'tsx');
  const open = jsx ? '{/*' : syntax.open;
  const close = jsx ? '*/}' : syntax.close;
  // XML forbids `--` inside a comment, so XML suppressions separate the justification with one hyphen.
  const separator = syntax.open === '<!--' ? '-' : '--';
  const reason = safeForComment(justification, close);
  const directive = `${SUPPRESSION_KEYWORD} ${ruleIds.join(', ')} ${separator} ${reason}${until === '' ? '' : ` until ${until}`}`;
  return {
    text: close === '' ? `${open} ${directive}` : `${open} ${directive} ${close}`,
    placement: jsx || syntax.lineAboveOnly ? 'line-above' : 'same-line',
  };
}

const TEMPLATE_CLOSERS: ReadonlySet<string> = new Set(['#}', '%>', '*@', '--}}']);

/** One line, and nothing that would end the comment early (or, in XML, make it invalid). */
function safeForComment(justification: string, close: string): string {
  let text = justification.replace(safeRegex('\\s+', 'gu'), ' ').trim();
  if (close === '-->') text = text.replace(safeRegex('-{2,}', 'g'), '-');
  if (close.startsWith('*/')) text = text.split('*/').join('* /');
  // Template comments (`#}`, `%>`, `*@`, `--}}`) end at their closer too.
  if (TEMPLATE_CLOSERS.has(close)) text = text.split(close).join(`${close.slice(0, 1)} ${close.slice(1)}`);
  return text;
}
