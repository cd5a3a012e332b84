/** Small constructors and combinators for static values, shared by the language adapters. */
import type { Node } from 'web-tree-sitter';
import type { StaticValue } from '../contract';
import { safeRegex } from '../regex';

export const UNKNOWN_VALUE: StaticValue = { kind: 'unknown' };

export function stringValue(value: string): StaticValue {
  return { kind: 'string', value };
}

const HEX_LITERAL = safeRegex('^0[xX]([0-9a-fA-F]+)[lLuU]{0,3}$');
/** Literal suffixes (`L`, `UL`, `f`, `m`, …) are at most three letters; the bound keeps the match linear. */
const NUMERIC_SUFFIX = safeRegex('[lLuUfFdDmM]{1,3}$');

export function numberValue(text: string): StaticValue {
  const digits = text.replace(/_/g, '');
  // Hexadecimal digits include d and f, so suffixes are stripped only from other literals.
  const hex = HEX_LITERAL.exec(digits);
  const value = hex?.[1] !== undefined ? Number.parseInt(hex[1], 16) : Number(digits.replace(NUMERIC_SUFFIX, ''));
  return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
}

/** String concatenation: known only when every part is a known string or number. */
export function concatenate(parts: readonly StaticValue[]): StaticValue {
  let result = '';
  for (const part of parts) {
    if (part.kind === 'string') result += part.value;
    else if (part.kind === 'number' || part.kind === 'boolean') result += String(part.value);
    else return UNKNOWN_VALUE;
  }
  return stringValue(result);
}

/** Numeric `+`, `-`, `*`, `<<` on known numbers, for key sizes and iteration counts written as `1024 * 2`. */
export function arithmetic(operator: string, left: StaticValue, right: StaticValue): StaticValue {
  if (left.kind !== 'number' || right.kind !== 'number') return UNKNOWN_VALUE;
  switch (operator) {
    case '+': return { kind: 'number', value: left.value + right.value };
    case '-': return { kind: 'number', value: left.value - right.value };
    case '*': return { kind: 'number', value: left.value * right.value };
    case '<<': return { kind: 'number', value: left.value * 2 ** right.value };
    case '**': return { kind: 'number', value: left.value ** right.value };
    default: return UNKNOWN_VALUE;
  }
}

/** `+` is concatenation when either side is a string, arithmetic otherwise. */
export function plus(left: StaticValue, right: StaticValue): StaticValue {
  if (left.kind === 'string' || right.kind === 'string') return concatenate([left, right]);
  return arithmetic('+', left, right);
}

/** Decodes the common backslash escapes of C-family string literals. */
export function unescapeCString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_match, escape: string) => {
    switch (escape[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'u': return String.fromCodePoint(Number.parseInt(escape.replace(/[u{}]/g, ''), 16));
      case 'x': return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
      default:
        if (/^[0-7]+$/.test(escape)) return String.fromCharCode(Number.parseInt(escape, 8));
        return escape;
    }
  });
}

/**
 * A binary expression whose grammar names its fields `left`, `operator` and `right` (most of
 * the shipped grammars): `+` concatenates or adds, other operators do arithmetic.
 */
export function binaryExpressionValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text;
  if (!left || !right || operator === undefined) return UNKNOWN_VALUE;
  if (operator === '+') return plus(evaluate(left), evaluate(right));
  return arithmetic(operator, evaluate(left), evaluate(right));
}

/** Unary `-`, `+` and `!` (or `not`) applied to a known value. */
export function unaryValue(operator: string | undefined, value: StaticValue): StaticValue {
  if (operator === '-' && value.kind === 'number') return { kind: 'number', value: -value.value };
  if (operator === '+' && value.kind === 'number') return value;
  if ((operator === '!' || operator === 'not') && value.kind === 'boolean') return { kind: 'boolean', value: !value.value };
  return UNKNOWN_VALUE;
}

const WHITESPACE = safeRegex('\\s+', 'g');

/** Removes whitespace, so that `crypto . createHash` and `crypto.createHash` compare equal. */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}
