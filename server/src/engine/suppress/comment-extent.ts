/**
 * Where a comment really begins and ends on the page. Tree-sitter's comment nodes include their
 * markers (`//`, `#`, `/* *\/`), but a format tokenizer may hand over only the text after the
 * marker, and a JSX comment `{/* *\/}` carries braces that are no part of the node. Suppression
 * placement asks "is there code beside this comment?", so the markers and braces must count as
 * comment, not code.
 */
import type { Range } from '../contract';

/** Longest first, so `<!--` wins over `--`. */
const BLOCK_OPENERS = ['<!--', '/*'] as const;
const LINE_OPENERS = ['//', '--', '#', ';'] as const;
const CLOSERS = ['-->', '*/'] as const;

export function extendComment(text: string, range: Range): Range {
  let start = range.start;
  let end = range.end;
  const body = text.slice(start, end);

  if (!startsWithOpener(body)) start = extendOverOpener(text, start);
  if (!CLOSERS.some((closer) => body.trimEnd().endsWith(closer))) end = extendOverCloser(text, end);

  // A JSX comment is an expression container holding a block comment: `{/* ... */}`.
  if (text.startsWith('/*', start)) {
    const brace = previousNonSpace(text, start, false);
    const closing = nextNonSpace(text, end, false);
    if (brace !== undefined && text[brace] === '{' && closing !== undefined && text[closing] === '}') {
      start = brace;
      end = closing + 1;
    }
  }
  return { start, end };
}

function startsWithOpener(body: string): boolean {
  return [...BLOCK_OPENERS, ...LINE_OPENERS, '=begin'].some((opener) => body.startsWith(opener));
}

/** Steps back over whitespace to a marker just before the range: a block opener may sit on an earlier line, a line opener may not. */
function extendOverOpener(text: string, start: number): number {
  const sameLine = previousNonSpace(text, start, false);
  const anyLine = previousNonSpace(text, start, true);
  if (anyLine !== undefined) {
    for (const opener of BLOCK_OPENERS) {
      const at = anyLine + 1 - opener.length;
      if (at >= 0 && text.startsWith(opener, at)) return at;
    }
  }
  if (sameLine !== undefined) {
    for (const opener of LINE_OPENERS) {
      const at = sameLine + 1 - opener.length;
      if (at >= 0 && text.startsWith(opener, at)) return at;
    }
  }
  return start;
}

function extendOverCloser(text: string, end: number): number {
  const next = nextNonSpace(text, end, true);
  if (next === undefined) return end;
  for (const closer of CLOSERS) if (text.startsWith(closer, next)) return next + closer.length;
  return end;
}

/** Offset of the nearest non-whitespace character before `offset`, optionally crossing line breaks. */
export function previousNonSpace(text: string, offset: number, crossLines: boolean): number | undefined {
  for (let at = offset - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) {
      if (!crossLines) return undefined;
    } else if (!isSpace(code)) {
      return at;
    }
  }
  return undefined;
}

function nextNonSpace(text: string, offset: number, crossLines: boolean): number | undefined {
  for (let at = offset; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) {
      if (!crossLines) return undefined;
    } else if (!isSpace(code)) {
      return at;
    }
  }
  return undefined;
}

/** Space, tab, vertical tab, form feed, no-break space and the byte order mark: blank, but not a line break. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff;
}
