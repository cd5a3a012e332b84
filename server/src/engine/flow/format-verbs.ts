/**
 * printf-style format strings (`%s`, `%d`, `%5.2f`), shared by Python's `%`, Java's
 * `String.format`, Go's `fmt.Sprintf`, PHP's `sprintf` and Ruby's `format`: which arguments a
 * numeric verb turns into a number, so they cannot carry text into the result.
 */
import type { CodeModel, SyntaxNode } from '../contract';
import type { Building } from './syntax';

export type Conversion = 'number' | 'text';

/**
 * Verbs whose output is digits or a boolean whatever the argument: the integer and float verbs,
 * and Go's `%t`. `%x` is among them: Python, Java, PHP and Ruby convert or reject a non-number,
 * and Go prints a string's bytes in hexadecimal.
 */
const NUMERIC_VERBS: ReadonlySet<string> = new Set(['d', 'i', 'u', 'f', 'F', 'e', 'E', 'g', 'G', 'o', 'b', 't', 'x', 'X']);
/** Length modifiers C and PHP allow before the verb. */
const LENGTH_MODIFIERS: ReadonlySet<string> = new Set(['h', 'l', 'L', 'q', 'j', 'z', 't']);
const FLAGS: ReadonlySet<string> = new Set(['-', '+', ' ', '#', '0', "'"]);

/**
 * The conversions of a format string, one per argument in order, or undefined when the format
 * uses something this reader does not follow (`*` widths, `%1$s` or `%[1]d` positions, named
 * `%(key)s` or `%<key>s` references), in which case every argument counts as text.
 */
export function formatConversions(format: string): Conversion[] | undefined {
  const conversions: Conversion[] = [];
  for (let index = 0; index < format.length; index++) {
    if (format[index] !== '%') continue;
    index++;
    if (format[index] === '%') continue;
    while (index < format.length && FLAGS.has(format[index] ?? '')) index++;
    const rest = format[index];
    if (rest === '*' || rest === '(' || rest === '<' || rest === '{' || rest === '[') return undefined;
    while (isDigit(format[index])) index++;
    if (format[index] === '$') return undefined;
    if (format[index] === '.') {
      index++;
      if (format[index] === '*') return undefined;
      while (isDigit(format[index])) index++;
    }
    while (LENGTH_MODIFIERS.has(format[index] ?? '') && isLetter(format[index + 1])) index++;
    const verb = format[index];
    if (verb === undefined) return undefined;
    conversions.push(NUMERIC_VERBS.has(verb) ? 'number' : 'text');
  }
  return conversions;
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && character.toLowerCase() !== character.toUpperCase();
}

/**
 * A formatting call or operator as a building: the format and its arguments are the parts, and
 * arguments a numeric verb consumes are marked as numbers. When the format is not a constant the
 * verbs are not known, so every argument counts as text.
 */
export function formattedBuilding(code: CodeModel, format: SyntaxNode, args: readonly SyntaxNode[]): Building {
  const value = code.valueOf(format);
  const conversions = value.kind === 'string' ? formatConversions(value.value) : undefined;
  const numericParts = conversions !== undefined && conversions.length === args.length ? args.filter((_, index) => conversions[index] === 'number') : [];
  return { parts: [format, ...args], numericParts, builds: true };
}
