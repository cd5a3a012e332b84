/**
 * A tokenizer of template tags (CONTRACTS §6: "a tested tokenizer of the template tags"), for
 * Jinja and Django, ERB, EJS, Vue single-file components, Razor and Blade. It does not parse the
 * HTML around the tags or the language inside them: it finds each tag, says what kind it is, and
 * keeps the ranges of the tag and of the expression it outputs.
 *
 * Kinds:
 * - `output-raw`: the expression is written into the page without HTML escaping: Jinja/Django
 *   `{{ x|safe }}`, ERB `<%== x %>`, `<%= raw x %>` and `<%= x.html_safe %>`, EJS `<%- x %>`,
 *   Vue `v-html="x"` (and `:innerHTML="x"`), Razor `Html.Raw(x)` and `new HtmlString(x)`,
 *   Blade `{!! $x !!}`. The expression is the value written raw (`x`, not `x|safe`).
 * - `output-escaped`: `{{ x }}`, `<%= x %>`, Blade `{{ $x }}`.
 * - `statement`: `{% … %}`, `<% … %>`; the expression is the statement's text.
 * - `comment`: `{# #}`, `{% comment %}…{% endcomment %}`, `<%# %>`, `@* *@`, `{{-- --}}`, `<!-- -->`.
 *
 * Literal regions are skipped: Jinja `{% raw %}`, Django `{% verbatim %}`, Blade `@verbatim` and
 * `@{{ }}`, ERB and EJS `<%%`, Razor `@@`. Quotes inside a tag are honoured on the tag's line, so
 * `{{ "}}" }}` is one tag. The scan is one pass: each search starts where the previous one ended,
 * and an unclosed tag ends the scan with an error rather than a second search to the end.
 */
import type { Range, TemplateTag, TemplateTagKind } from '../contract';
import { safeRegex } from '../regex';
import type { ConfigModelBuilder } from './model-builder';

export type TemplateDialect = 'jinja' | 'erb' | 'ejs' | 'vue' | 'razor' | 'blade';

export interface TemplateTokens {
  readonly tags: readonly TemplateTag[];
  readonly errors: readonly { readonly message: string; readonly offset: number }[];
}

/** Reads a template into the config model: its tags, its comments and any unclosed tag. */
export function templateParser(dialect: TemplateDialect): (text: string, out: ConfigModelBuilder) => void {
  return (text, out) => {
    const tokens = tokenizeTemplate(text, dialect);
    out.markTemplate();
    for (const tag of tokens.tags) {
      out.addTemplateTag(tag);
      if (tag.kind === 'comment') out.addComment(tag.range.start, tag.range.end);
    }
    for (const error of tokens.errors) out.addError(error.message, error.offset);
  };
}

export function tokenizeTemplate(text: string, dialect: TemplateDialect): TemplateTokens {
  const scanner = new Scanner(text);
  SCANNERS[dialect](scanner);
  return { tags: scanner.tags, errors: scanner.errors };
}

// ---------------------------------------------------------------------------------------------
// Shared scanning

class Scanner {
  readonly tags: TemplateTag[] = [];
  readonly errors: { message: string; offset: number }[] = [];
  /** Per quote character, the offset up to which it is known to have no partner on its line. */
  private readonly unmatched = new Map<string, number>();

  constructor(readonly text: string) {}

  /**
   * Offset of `close` at or after `from`, skipping quoted strings that close on their own line;
   * -1 when there is none (the caller reports the unclosed tag and stops).
   */
  findClose(from: number, close: string, quoted: boolean): number {
    const { text } = this;
    let at = from;
    for (;;) {
      const closeAt = text.indexOf(close, at);
      if (closeAt < 0 || !quoted) return closeAt;
      const quote = this.nextQuote(at, closeAt);
      if (quote < 0) return closeAt;
      const partner = this.partnerOf(quote);
      at = partner < 0 ? quote + 1 : partner + 1;
    }
  }

  private nextQuote(from: number, to: number): number {
    for (let index = from; index < to; index++) {
      const char = this.text[index];
      if (char === '"' || char === "'") return index;
    }
    return -1;
  }

  /** The closing quote on the same line, or -1 (an apostrophe in prose, say). */
  private partnerOf(open: number): number {
    const { text } = this;
    const quote = text[open] ?? '';
    if ((this.unmatched.get(quote) ?? -1) > open) return -1;
    for (let index = open + 1; index < text.length; index++) {
      const char = text[index];
      if (char === '\\') {
        index++;
      } else if (char === quote) {
        return index;
      } else if (char === '\n' || char === '\r') {
        this.unmatched.set(quote, index);
        return -1;
      }
    }
    this.unmatched.set(quote, text.length);
    return -1;
  }

  unclosed(open: string, offset: number): void {
    this.errors.push({ message: `Unclosed ${open} tag`, offset });
  }

  add(kind: TemplateTagKind, open: string, range: Range, expressionRange: Range): void {
    const trimmed = trimRange(this.text, expressionRange);
    this.tags.push({ kind, open, range, expression: this.text.slice(trimmed.start, trimmed.end), expressionRange: trimmed });
  }

  /**
   * A delimited tag from `start`: `open` … `close`. Returns the offset after the tag, or -1 when
   * it is unclosed (recorded as an error). Whitespace-control marks (`-`, `+`, `_`, `=`) next to
   * the delimiters are no part of the expression.
   */
  delimited(start: number, open: string, close: string, kind: TemplateTagKind, options: { quoted: boolean; marks?: string }): number {
    const innerStart = start + open.length;
    const closeAt = this.findClose(innerStart, close, options.quoted);
    if (closeAt < 0) {
      this.unclosed(open, start);
      return -1;
    }
    const inner = stripMarks(this.text, { start: innerStart, end: closeAt }, options.marks ?? '');
    this.add(kind, open, { start, end: closeAt + close.length }, inner);
    return closeAt + close.length;
  }
}

type DialectScanner = (scanner: Scanner) => void;

/** Runs `pattern` over the text, handing each opener to `handle`, which returns where to go on (-1 stops). */
function eachOpener(scanner: Scanner, pattern: RegExp, handle: (match: RegExpExecArray) => number): void {
  pattern.lastIndex = 0;
  let match = pattern.exec(scanner.text);
  while (match !== null) {
    const next = handle(match);
    if (next < 0) return;
    pattern.lastIndex = Math.max(next, match.index + 1);
    match = pattern.exec(scanner.text);
  }
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** ASCII letters, digits and underscore. */
function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/** Drops one whitespace-control mark at each end: `{{- x -}}`, `<%_ x _%>`, `<% x -%>`. */
function stripMarks(text: string, range: Range, marks: string): Range {
  let { start, end } = range;
  if (start < end && marks.includes(text[start] ?? ' ')) start++;
  if (end > start && marks.includes(text[end - 1] ?? ' ')) end--;
  return { start, end };
}

/** The end of a block such as `{% endraw %}` from `from`, or -1. */
function blockEnd(scanner: Scanner, from: number, pattern: RegExp): { start: number; end: number } | undefined {
  pattern.lastIndex = from;
  const match = pattern.exec(scanner.text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

// ---------------------------------------------------------------------------------------------
// Jinja and Django

const JINJA_OPENERS = safeRegex('\\{[{%#]', 'g');
const JINJA_STATEMENT_WORD = safeRegex('^[-+]?\\s*([A-Za-z_]+)');
const JINJA_END_RAW = safeRegex('\\{%[-+]?\\s*endraw\\s*[-+]?%\\}', 'g');
const DJANGO_END_VERBATIM = safeRegex('\\{%\\s*endverbatim\\b[^%]{0,200}%\\}', 'g');
const DJANGO_END_COMMENT = safeRegex('\\{%\\s*endcomment\\s*%\\}', 'g');

/** Filters after which Jinja and Django write a value unescaped. */
const RAW_FILTERS: ReadonlySet<string> = new Set(['safe', 'safeseq']);

const scanJinja: DialectScanner = (scanner) => {
  eachOpener(scanner, JINJA_OPENERS, (match) => {
    const start = match.index;
    const kind = match[0][1];
    if (kind === '#') return scanner.delimited(start, '{#', '#}', 'comment', { quoted: false });
    if (kind === '{') return jinjaOutput(scanner, start);
    const after = scanner.delimited(start, '{%', '%}', 'statement', { quoted: true, marks: '-+' });
    if (after < 0) return after;
    const tag = scanner.tags[scanner.tags.length - 1];
    const word = JINJA_STATEMENT_WORD.exec(tag?.expression ?? '')?.[1];
    const end = word === 'raw' ? JINJA_END_RAW : word === 'verbatim' ? DJANGO_END_VERBATIM : word === 'comment' ? DJANGO_END_COMMENT : undefined;
    if (end === undefined || tag === undefined) return after;
    const closing = blockEnd(scanner, after, end);
    if (closing === undefined) {
      scanner.unclosed(`{% ${word} %}`, start);
      return -1;
    }
    if (word === 'comment') {
      // The whole block is one comment: tags inside it are not code.
      scanner.tags.pop();
      scanner.add('comment', '{% comment %}', { start, end: closing.end }, { start: after, end: closing.start });
    }
    return word === 'comment' ? closing.end : closing.start;
  });
};

/** `{{ x }}`, or raw when a `safe` filter applies: `{{ x|safe }}` has the expression `x`. */
function jinjaOutput(scanner: Scanner, start: number): number {
  const { text } = scanner;
  const innerStart = start + 2;
  const closeAt = scanner.findClose(innerStart, '}}', true);
  if (closeAt < 0) {
    scanner.unclosed('{{', start);
    return -1;
  }
  const inner = stripMarks(text, { start: innerStart, end: closeAt }, '-+');
  const range = { start, end: closeAt + 2 };
  const bars = topLevel(text, inner, '|');
  for (const [position, bar] of bars.entries()) {
    const filterEnd = bars[position + 1] ?? inner.end;
    const name = filterName(text.slice(bar + 1, filterEnd));
    if (RAW_FILTERS.has(name)) {
      scanner.add('output-raw', '{{', range, { start: inner.start, end: bar });
      return range.end;
    }
  }
  scanner.add('output-escaped', '{{', range, inner);
  return range.end;
}

function filterName(filter: string): string {
  const trimmed = filter.trim();
  let end = 0;
  while (end < trimmed.length && isNameChar(trimmed.charCodeAt(end))) end++;
  return trimmed.slice(0, end);
}

/** Offsets of `separator` in the range outside quotes and brackets. */
function topLevel(text: string, range: Range, separator: string): number[] {
  const found: number[] = [];
  let depth = 0;
  let quote: string | undefined;
  for (let index = range.start; index < range.end; index++) {
    const char = text[index];
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (char === separator && depth === 0) {
      found.push(index);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// ERB and EJS

const ERB_OPENERS = safeRegex('<%', 'g');
const HTML_SAFE = safeRegex('\\.html_safe\\b(?!\\?)', 'g');

const scanErb: DialectScanner = (scanner) => {
  const { text } = scanner;
  eachOpener(scanner, ERB_OPENERS, (match) => {
    const start = match.index;
    const next = text[start + 2];
    if (next === '%') return start + 3;
    if (next === '#') return scanner.delimited(start, '<%#', '%>', 'comment', { quoted: false });
    if (text.startsWith('<%==', start)) return scanner.delimited(start, '<%==', '%>', 'output-raw', { quoted: true, marks: '-' });
    if (next === '=') return erbOutput(scanner, start);
    return scanner.delimited(start, '<%', '%>', 'statement', { quoted: true, marks: '-' });
  });
};

/** `<%= x %>`, with each `raw x` / `raw(x)` and `x.html_safe` inside it as raw output. */
function erbOutput(scanner: Scanner, start: number): number {
  const { text } = scanner;
  const closeAt = scanner.findClose(start + 3, '%>', true);
  if (closeAt < 0) {
    scanner.unclosed('<%=', start);
    return -1;
  }
  const range = { start, end: closeAt + 2 };
  const inner = stripMarks(text, { start: start + 3, end: closeAt }, '-');
  const body = text.slice(inner.start, inner.end);
  let raw = 0;
  for (const call of rawCalls(text, inner)) {
    const argumentEnd = call.parenthesised ? matchingParen(text, call.argumentStart - 1, inner.end) : commandArgumentEnd(text, call.argumentStart, inner.end);
    scanner.add('output-raw', '<%= raw', range, { start: call.argumentStart, end: argumentEnd });
    raw++;
  }
  HTML_SAFE.lastIndex = 0;
  for (let match = HTML_SAFE.exec(body); match !== null; match = HTML_SAFE.exec(body)) {
    const dot = inner.start + match.index;
    scanner.add('output-raw', '<%= html_safe', range, { start: receiverStart(text, dot, inner.start), end: dot });
    raw++;
  }
  if (raw === 0) scanner.add('output-escaped', '<%=', range, inner);
  return range.end;
}

/**
 * Each call of Rails' `raw` helper in the range: `raw(x)` or `raw x`, as a word of its own (not
 * `x.raw` or `raw_data`). `argumentStart` is just after the `(`, or at the argument's first character.
 */
function rawCalls(text: string, range: Range): { argumentStart: number; parenthesised: boolean }[] {
  const calls: { argumentStart: number; parenthesised: boolean }[] = [];
  for (let at = text.indexOf('raw', range.start); at >= 0 && at + 3 <= range.end; at = text.indexOf('raw', at + 3)) {
    const before = at === range.start ? ' ' : text[at - 1] ?? ' ';
    if (!' \t\r\n(,='.includes(before)) continue;
    let next = at + 3;
    while (next < range.end && (text[next] === ' ' || text[next] === '\t')) next++;
    if (text[next] === '(') calls.push({ argumentStart: next + 1, parenthesised: true });
    else if (next > at + 3 && next < range.end) calls.push({ argumentStart: next, parenthesised: false });
  }
  return calls;
}

/** The offset just after the `)` matching the `(` at `open`, or `limit`; the range excludes the parentheses. */
function matchingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < limit; index++) {
    const char = text[index];
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return limit;
}

/** The end of a Ruby command argument (`raw x, y` gives `x`): the first top-level comma, or the tag's end. */
function commandArgumentEnd(text: string, from: number, limit: number): number {
  const commas = topLevel(text, { start: from, end: limit }, ',');
  return commas[0] ?? limit;
}

/** The start of the receiver before `.html_safe`: names, calls, indexes and literals chained with dots. */
function receiverStart(text: string, dot: number, limit: number): number {
  let index = dot - 1;
  while (index >= limit) {
    const char = text[index] ?? '';
    if (char === ')' || char === ']') {
      index = openerBefore(text, index, limit) - 1;
    } else if (char === '"' || char === "'") {
      const open = text.lastIndexOf(char, index - 1);
      if (open < limit) return index + 1;
      index = open - 1;
    } else if (isNameChar(char.charCodeAt(0)) || '@.:?!$'.includes(char)) {
      index--;
    } else {
      break;
    }
  }
  return Math.max(index + 1, limit);
}

function openerBefore(text: string, close: number, limit: number): number {
  const closer = text[close];
  const opener = closer === ')' ? '(' : '[';
  let depth = 0;
  for (let index = close; index >= limit; index--) {
    const char = text[index];
    if (char === closer) depth++;
    else if (char === opener) {
      depth--;
      if (depth === 0) return index;
    }
  }
  return limit;
}

const scanEjs: DialectScanner = (scanner) => {
  const { text } = scanner;
  eachOpener(scanner, ERB_OPENERS, (match) => {
    const start = match.index;
    const next = text[start + 2];
    if (next === '%') return start + 3;
    if (next === '#') return scanner.delimited(start, '<%#', '%>', 'comment', { quoted: false });
    if (next === '-') return scanner.delimited(start, '<%-', '%>', 'output-raw', { quoted: true, marks: '-_' });
    if (next === '=') return scanner.delimited(start, '<%=', '%>', 'output-escaped', { quoted: true, marks: '-_' });
    return scanner.delimited(start, '<%', '%>', 'statement', { quoted: true, marks: '-_' });
  });
};

// ---------------------------------------------------------------------------------------------
// Vue

/**
 * An attribute opener counts only after a space or a quote (`ATTRIBUTE_BEFORE`), checked in code
 * rather than with a lookbehind: recheck's automaton checker cannot read lookbehinds, and its
 * fuzz checker alone now and then called this expression polynomial on a busy machine.
 */
const VUE_OPENERS = safeRegex('<!--|\\{\\{|(?:v-html|v-bind:innerHTML|:innerHTML)[ \\t]*=[ \\t]*["\']', 'g');
const ATTRIBUTE_BEFORE = safeRegex('[\\s"\']');

const scanVue: DialectScanner = (scanner) => {
  const { text } = scanner;
  eachOpener(scanner, VUE_OPENERS, (match) => {
    const start = match.index;
    const opener = match[0];
    if (opener === '<!--') return scanner.delimited(start, '<!--', '-->', 'comment', { quoted: false });
    if (opener === '{{') return scanner.delimited(start, '{{', '}}', 'output-escaped', { quoted: true });
    if (!ATTRIBUTE_BEFORE.test(text.charAt(start - 1))) return start + 1;
    const quote = opener[opener.length - 1] ?? '"';
    const valueStart = start + opener.length;
    const valueEnd = text.indexOf(quote, valueStart);
    if (valueEnd < 0) {
      scanner.unclosed(opener, start);
      return -1;
    }
    scanner.add('output-raw', opener.slice(0, opener.search(safeRegex('[ \\t=]'))), { start, end: valueEnd + 1 }, { start: valueStart, end: valueEnd });
    return valueEnd + 1;
  });
};

// ---------------------------------------------------------------------------------------------
// Razor

/** What the Razor scan looks for; each is searched with indexOf, its next position cached, so the scan stays linear. */
const RAZOR_TOKENS = ['@@', '@*', 'Html.Raw', 'HtmlString'] as const;

const scanRazor: DialectScanner = (scanner) => {
  const { text } = scanner;
  const next = new Map<string, number>();
  let position = 0;
  for (;;) {
    let start = -1;
    let token = '';
    for (const candidate of RAZOR_TOKENS) {
      let at = next.get(candidate) ?? -2;
      if (at !== -1 && at < position) {
        at = text.indexOf(candidate, position);
        next.set(candidate, at);
      }
      if (at >= 0 && (start < 0 || at < start)) {
        start = at;
        token = candidate;
      }
    }
    if (start < 0) return;
    const after = razorToken(scanner, start, token);
    if (after < 0) return;
    position = Math.max(after, start + 1);
  }
};

/** Handles one Razor token at `start`; returns where to go on, or -1 to stop. */
function razorToken(scanner: Scanner, start: number, token: string): number {
  const { text } = scanner;
  if (token === '@@') return start + 2;
  if (token === '@*') return scanner.delimited(start, '@*', '*@', 'comment', { quoted: false });
  const construct = razorConstruct(text, start, token);
  if (construct === undefined) return start + token.length;
  // After `@@` (a literal `@`), or anywhere in markup text, the words are text, not code.
  if (text.startsWith('@@', construct.start - 2) || !isRazorCode(text, construct.start)) return construct.open + 1;
  const close = matchingParen(text, construct.open, text.length);
  if (close >= text.length) {
    scanner.unclosed(construct.name, construct.start);
    return -1;
  }
  const tagStart = text[construct.start - 1] === '@' ? construct.start - 1 : construct.start;
  scanner.add('output-raw', construct.name, { start: tagStart, end: close + 1 }, { start: construct.open + 1, end: close });
  return close + 1;
}

/**
 * `Html.Raw(`, `new HtmlString(`, `new MvcHtmlString(` or `MvcHtmlString.Create(` around the token:
 * where the construct starts, where its `(` is, and its name; undefined for any other use of the words.
 */
function razorConstruct(text: string, at: number, token: string): { start: number; open: number; name: string } | undefined {
  if (isNameChar(text.charCodeAt(at - 1)) && !(token === 'HtmlString' && text.startsWith('Mvc', at - 3))) return undefined;
  if (token === 'Html.Raw') {
    const open = skipBlanksOnLine(text, at + token.length);
    return text[open] === '(' ? { start: at, open, name: 'Html.Raw(' } : undefined;
  }
  const mvc = text.startsWith('Mvc', at - 3);
  const typeStart = mvc ? at - 3 : at;
  if (mvc && isNameChar(text.charCodeAt(typeStart - 1))) return undefined;
  if (mvc && text.startsWith('.Create', at + token.length)) {
    const open = skipBlanksOnLine(text, at + token.length + '.Create'.length);
    return text[open] === '(' ? { start: typeStart, open, name: 'MvcHtmlString.Create(' } : undefined;
  }
  const open = skipBlanksOnLine(text, at + token.length);
  if (text[open] !== '(') return undefined;
  let keywordEnd = typeStart;
  while (keywordEnd > 0 && (text[keywordEnd - 1] === ' ' || text[keywordEnd - 1] === '\t')) keywordEnd--;
  if (keywordEnd === typeStart || !text.startsWith('new', keywordEnd - 3) || isNameChar(text.charCodeAt(keywordEnd - 4))) return undefined;
  return { start: keywordEnd - 3, open, name: mvc ? 'new MvcHtmlString(' : 'new HtmlString(' };
}

function skipBlanksOnLine(text: string, from: number): number {
  let index = from;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return index;
}

/**
 * Whether the construct at `start` is code: right after `@` or `@(`, or after a character that
 * only C# puts there (`= ( , ? : { ;` or `return`), as inside an `@{ }` block. In markup text
 * (`<p>Html.Raw(x)</p>`) it is only words.
 */
function isRazorCode(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  const before = text[index] ?? '';
  if (before !== '' && '@=(,?:{;'.includes(before)) return true;
  return text.slice(Math.max(0, index - 5), index + 1) === 'return';
}

// ---------------------------------------------------------------------------------------------
// Blade

const BLADE_OPENERS = safeRegex('@\\{\\{|@verbatim\\b|\\{\\{--|\\{!!|\\{\\{', 'g');
const BLADE_END_VERBATIM = safeRegex('@endverbatim\\b', 'g');

const scanBlade: DialectScanner = (scanner) => {
  eachOpener(scanner, BLADE_OPENERS, (match) => {
    const start = match.index;
    const opener = match[0];
    if (opener === '@{{') return start + 3;
    if (opener === '@verbatim') {
      const end = blockEnd(scanner, start + opener.length, BLADE_END_VERBATIM);
      return end === undefined ? -1 : end.end;
    }
    if (opener === '{{--') return scanner.delimited(start, '{{--', '--}}', 'comment', { quoted: false });
    if (opener === '{!!') return scanner.delimited(start, '{!!', '!!}', 'output-raw', { quoted: true });
    return scanner.delimited(start, '{{', '}}', 'output-escaped', { quoted: true });
  });
};

const SCANNERS: Readonly<Record<TemplateDialect, DialectScanner>> = {
  jinja: scanJinja,
  erb: scanErb,
  ejs: scanEjs,
  vue: scanVue,
  razor: scanRazor,
  blade: scanBlade,
};
