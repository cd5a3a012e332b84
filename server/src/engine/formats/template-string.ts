/**
 * Finds where a quoted string with `${…}` interpolations ends (Groovy and Kotlin strings, HCL
 * templates). Interpolations may hold braces and further strings, to any depth, so the scan keeps
 * an explicit stack of what it is inside rather than recursing.
 */

interface TemplateOptions {
  /** HCL's `%{ if … }` directives open an interpolation too. */
  readonly directives: boolean;
  /** HCL writes a literal `${` as `$${`. */
  readonly doubledDollarEscape: boolean;
  /** Quote characters that open a nested string inside an interpolation. */
  readonly nestedQuotes: readonly number[];
}

interface TemplateEnd {
  /** Offset of the closing quote, or of the line break or end of text where the string stopped. */
  readonly end: number;
  readonly terminated: boolean;
}

type Mode = { readonly kind: 'string'; readonly quote: number } | { kind: 'interpolation'; depth: number };

/** `openQuote` is the offset of the opening quote; the result is the offset of its closing one. */
export function findTemplateEnd(text: string, openQuote: number, options: TemplateOptions): TemplateEnd {
  const stack: Mode[] = [{ kind: 'string', quote: text.charCodeAt(openQuote) }];
  let index = openQuote + 1;
  while (index < text.length) {
    const mode = stack[stack.length - 1];
    if (mode === undefined) break;
    const code = text.charCodeAt(index);
    if (mode.kind === 'string') {
      if (code === mode.quote) {
        stack.pop();
        if (stack.length === 0) return { end: index, terminated: true };
        index++;
        continue;
      }
      // A line break ends an unclosed string, as the languages' own lexers do.
      if (code === 10 || code === 13) return { end: index, terminated: false };
      if (code === 92) {
        index += 2;
        continue;
      }
      if (options.doubledDollarEscape && code === 36 && text.charCodeAt(index + 1) === 36) {
        index += 2;
        continue;
      }
      if ((code === 36 || (options.directives && code === 37)) && text.charCodeAt(index + 1) === 123 && mode.quote === 34) {
        stack.push({ kind: 'interpolation', depth: 1 });
        index += 2;
        continue;
      }
      index++;
      continue;
    }
    if (code === 123) mode.depth++;
    else if (code === 125) {
      mode.depth--;
      if (mode.depth === 0) stack.pop();
    } else if (options.nestedQuotes.includes(code)) {
      stack.push({ kind: 'string', quote: code });
    }
    index++;
  }
  return { end: text.length, terminated: false };
}
