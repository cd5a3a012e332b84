/**
 * Finds `moj-secure-code-ignore` directives in a document's comments and works out which lines
 * each one covers. Only text inside the comment ranges the parser reported counts, so the keyword
 * inside a string literal is never read as a directive.
 */
import type { LanguageId, Range } from '../contract';
import { safeRegex } from '../regex';
import { LineIndex } from '../text/line-index';
import { extendComment, isSpace } from './comment-extent';
import { BACKSLASH_CONTINUATION, commentSyntaxFor, type CommentSyntax } from './comment-syntax';
import { parseDirective, SUPPRESSION_KEYWORD, type ParsedDirective } from './parse-directive';

export interface InlineSuppression {
  readonly rules: readonly string[];
  readonly justification?: string;
  readonly until?: string;
  /** The whole comment, markers (and the braces of a JSX comment) included. */
  readonly commentRange: Range;
  /** 0-based lines it covers */
  readonly lines: readonly number[];
  readonly placeholder: boolean;
  /** Why the directive suppresses nothing, phrased to follow "Malformed suppression: ". */
  readonly malformed?: string;
}

/** What may come just before the keyword inside a comment: nothing, or a comment marker. */
const MARKER_ENDINGS = ['//', '#', '*', ';', '--', '=begin'] as const;

export function findInlineSuppressions(text: string, comments: readonly Range[], language: LanguageId): InlineSuppression[] {
  if (!text.includes(SUPPRESSION_KEYWORD)) return [];
  const page = new CommentedPage(text, comments);
  const syntax = commentSyntaxFor(language);
  const found: InlineSuppression[] = [];
  for (const [i, comment] of page.comments.entries()) {
    const keywordAt = findKeyword(text, comment);
    if (keywordAt === undefined) continue;
    const extent = page.extents[i] ?? comment;
    const directive = parseDirective(directiveText(text, keywordAt + SUPPRESSION_KEYWORD.length, extent));
    found.push(place(page, extent, directive, language, syntax));
  }
  if (syntax?.lineAboveOnly === true) found.push(...trailingOutsideComments(page, syntax));
  return found.sort((a, b) => a.commentRange.start - b.commentRange.start);
}

/** A document with its comments widened to their markers, answering "is there code here?". */
class CommentedPage {
  readonly lines: LineIndex;
  readonly comments: readonly Range[];
  /** `comments` widened by `extendComment`, index for index. */
  readonly extents: readonly Range[];
  private readonly sortedExtents: readonly Range[];

  constructor(readonly text: string, comments: readonly Range[]) {
    this.lines = new LineIndex(text);
    this.comments = [...comments].sort((a, b) => a.start - b.start);
    this.extents = this.comments.map((comment) => extendComment(text, comment));
    this.sortedExtents = [...this.extents].sort((a, b) => a.start - b.start);
  }

  lineOf(offset: number): number {
    return this.lines.positionAt(offset).line;
  }

  /** Whether any character in [from, to) is neither blank nor inside a comment. */
  hasCodeBetween(from: number, to: number): boolean {
    let at = from;
    while (at < to) {
      const comment = this.commentAt(at);
      if (comment !== undefined) {
        at = Math.max(comment.end, at + 1);
      } else if (isSpace(this.text.charCodeAt(at))) {
        at++;
      } else {
        return true;
      }
    }
    return false;
  }

  lineHasCode(line: number): boolean {
    return this.hasCodeBetween(this.lines.lineStart(line), this.lines.lineEnd(line));
  }

  inComment(offset: number): boolean {
    return this.commentAt(offset) !== undefined;
  }

  private commentAt(offset: number): Range | undefined {
    let low = 0;
    let high = this.sortedExtents.length - 1;
    let candidate: Range | undefined;
    // The last extent starting at or before the offset is the only one that can hold it, as comments do not nest.
    while (low <= high) {
      const mid = (low + high) >> 1;
      const extent = this.sortedExtents[mid];
      if (extent === undefined) break;
      if (extent.start <= offset) {
        candidate = extent;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return candidate !== undefined && offset < candidate.end ? candidate : undefined;
  }
}

/**
 * The keyword counts only at the start of the comment's text or straight after a comment marker,
 * so prose that mentions it ("see moj-secure-code-ignore") is not taken for a directive, while
 * one after another tool's marker (`# noqa #`, then the keyword) still is.
 */
function findKeyword(text: string, comment: Range): number | undefined {
  let at = text.indexOf(SUPPRESSION_KEYWORD, comment.start);
  while (at >= 0 && at + SUPPRESSION_KEYWORD.length <= comment.end) {
    const before = text.slice(comment.start, at).trimEnd();
    const atStart = before === '' || MARKER_ENDINGS.some((ending) => before.endsWith(ending));
    if (atStart && isWordEnd(text, at + SUPPRESSION_KEYWORD.length)) return at;
    at = text.indexOf(SUPPRESSION_KEYWORD, at + 1);
  }
  return undefined;
}

/** True when the keyword is not the start of a longer word such as `moj-secure-code-ignored`. */
function isWordEnd(text: string, offset: number): boolean {
  const char = text[offset];
  return char === undefined || !isWordChar(char);
}

function isWordChar(char: string): boolean {
  const isLetter = char.toLowerCase() !== char.toUpperCase();
  return isLetter || (char >= '0' && char <= '9') || char === '-' || char === '_';
}

/** The directive's words: the rest of the comment without its closing marker or the `*` margin of a block comment. */
function directiveText(text: string, from: number, extent: Range): string {
  let tail = text.slice(from, extent.end);
  // A JSX comment's closing brace; template comments that start with a brace (`{# #}`, `{{-- --}}`) end with their own closer.
  if (text[extent.start] === '{' && !text.startsWith('{#', extent.start) && !text.startsWith('{{--', extent.start)) tail = tail.trimEnd().slice(0, -1);
  tail = tail.trimEnd();
  // Template comment closers too: `{# #}`, `<%# %>`, `@* *@`, `{{-- --}}` (whitespace-control forms first).
  for (const closer of ['*/', '-->', '=end', '--}}', '-#}', '#}', '-%>', '%>', '*@']) {
    if (tail.endsWith(closer)) {
      tail = tail.slice(0, -closer.length);
      break;
    }
  }
  return tail
    .split(safeRegex('\\r\\n|\\r|\\n'))
    .map((line, i) => (i === 0 ? line : stripMargin(line)))
    .join(' ');
}

function stripMargin(line: string): string {
  let rest = line.trimStart();
  while (rest.startsWith('*')) rest = rest.slice(1);
  return rest;
}

/**
 * Same-line form when code shares the comment's line, otherwise the next line holding code
 * (the "line above" form); a block comment spanning lines covers the line after its end.
 */
function place(
  page: CommentedPage,
  extent: Range,
  directive: ParsedDirective,
  language: LanguageId,
  syntax: CommentSyntax | undefined,
): InlineSuppression {
  const startLine = page.lineOf(extent.start);
  const endLine = page.lineOf(Math.max(extent.start, extent.end - 1));
  const codeBefore = page.hasCodeBetween(page.lines.lineStart(startLine), extent.start);
  const codeAfter = page.hasCodeBetween(extent.end, page.lines.lineEnd(endLine));

  if (directive.malformed !== undefined) return suppression(directive, extent, []);
  if (codeBefore && syntax?.lineAboveOnly === true) {
    return suppression({ ...directive, malformed: trailingReason(syntax) }, extent, []);
  }
  if (codeBefore) return suppression(directive, extent, [startLine]);
  if (codeAfter) return suppression(directive, extent, [endLine]);

  let line = endLine + 1;
  while (line < page.lines.lineCount && !page.lineHasCode(line)) line++;
  if (line >= page.lines.lineCount) return suppression(directive, extent, []);
  return suppression(directive, extent, withContinuations(page, line, language));
}

function withContinuations(page: CommentedPage, first: number, language: LanguageId): number[] {
  const lines = [first];
  if (!BACKSLASH_CONTINUATION.has(language)) return lines;
  let line = first;
  while (line + 1 < page.lines.lineCount && page.lines.lineText(line).trimEnd().endsWith('\\')) {
    line++;
    lines.push(line);
  }
  return lines;
}

function trailingReason(syntax: CommentSyntax): string {
  return `in ${syntax.kindName} a comment after a value becomes part of the value; put the suppression on its own line above the flagged line`;
}

/**
 * In formats where a trailing `#` belongs to the value, the parser reports no comment there, yet
 * someone who wrote `KEY=value #` and then the keyword expects it to work: tell them it does not.
 */
function trailingOutsideComments(page: CommentedPage, syntax: CommentSyntax): InlineSuppression[] {
  const { text } = page;
  const found: InlineSuppression[] = [];
  for (let at = text.indexOf(SUPPRESSION_KEYWORD); at >= 0; at = text.indexOf(SUPPRESSION_KEYWORD, at + 1)) {
    if (page.inComment(at) || !isWordEnd(text, at + SUPPRESSION_KEYWORD.length)) continue;
    const line = page.lineOf(at);
    const lineStart = page.lines.lineStart(line);
    const before = text.slice(lineStart, at).trimEnd();
    const marker = before[before.length - 1];
    if (marker !== '#' && marker !== ';') continue;
    const markerAt = lineStart + before.length - 1;
    const value = text.slice(lineStart, markerAt);
    // A full-line comment the parser did not report is a continued value, and a marker inside quotes is text.
    if (value.trim() === '' || hasOpenQuote(value)) continue;
    const extent = { start: markerAt, end: page.lines.lineEnd(line) };
    const directive = parseDirective(text.slice(at + SUPPRESSION_KEYWORD.length, extent.end));
    found.push(suppression({ ...directive, malformed: directive.malformed ?? trailingReason(syntax) }, extent, []));
  }
  return found;
}

function hasOpenQuote(value: string): boolean {
  let double = 0;
  let single = 0;
  for (const char of value) {
    if (char === '"') double++;
    else if (char === "'") single++;
  }
  return double % 2 === 1 || single % 2 === 1;
}

/** Builds the record without keys for absent optional values, so records compare cleanly. */
function suppression(directive: ParsedDirective, commentRange: Range, lines: readonly number[]): InlineSuppression {
  return {
    rules: directive.rules,
    ...(directive.justification !== undefined ? { justification: directive.justification } : {}),
    ...(directive.until !== undefined ? { until: directive.until } : {}),
    commentRange,
    lines,
    placeholder: directive.placeholder,
    ...(directive.malformed !== undefined ? { malformed: directive.malformed } : {}),
  };
}
