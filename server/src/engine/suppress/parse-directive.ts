/**
 * Reads the text of one suppression directive:
 * `moj-secure-code-ignore <rule-id>[, <rule-id>] -- <justification> [until YYYY-MM-DD]`.
 * Works on words, not a regular expression, so a comment of any length is read in linear time.
 */
import { isIsoDate } from '../config/iso-date';
import { isRuleIdShape, RULE_ID_EXAMPLE } from '../config/rule-id';
import { safeRegex } from '../regex';

export const SUPPRESSION_KEYWORD = 'moj-secure-code-ignore';

/**
 * What the editor's "Suppress on this line" action writes as the justification. It counts as no
 * justification until someone replaces it, so the suppression is reported as unjustified.
 */
export const PLACEHOLDER_JUSTIFICATION = 'TODO: say why this is safe';

export interface ParsedDirective {
  readonly rules: readonly string[];
  readonly justification?: string;
  readonly until?: string;
  readonly placeholder: boolean;
  /** Why the directive cannot be used, phrased to follow "Malformed suppression: ". */
  readonly malformed?: string;
}

/**
 * Separators between the rule ids and the justification. A single hyphen is accepted because XML
 * forbids `--` inside `<!-- -->` comments, so XML suppressions are written with ` - `.
 */
const SEPARATORS: ReadonlySet<string> = new Set(['--', '-']);

/** Parses the text after the keyword, with any closing comment marker already removed. */
export function parseDirective(afterKeyword: string): ParsedDirective {
  const words = afterKeyword.split(safeRegex('\\s+', 'u')).filter((word) => word.length > 0);
  let until: string | undefined;
  const untilAt = words.length - 2;
  if (untilAt >= 0 && words[untilAt]?.toLowerCase() === 'until') {
    until = words[untilAt + 1] ?? '';
    words.length = untilAt;
    if (!isIsoDate(until)) {
      return malformed(`"${until}" after "until" is not a date; write the last day it applies as "until YYYY-MM-DD"`);
    }
  }

  const separatorAt = words.findIndex((word) => SEPARATORS.has(word));
  const idWords = separatorAt < 0 ? words : words.slice(0, separatorAt);
  const justificationWords = separatorAt < 0 ? [] : words.slice(separatorAt + 1);

  const rules = idWords
    .join(' ')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (rules.length === 0) {
    return malformed(`it names no rule id; write "${SUPPRESSION_KEYWORD} <rule-id> -- <justification>"`);
  }
  for (const id of rules) {
    if (id === '*') return malformed('"*" would silence every rule; name each rule id instead');
    if (id.includes(' ')) return malformed('put " -- " between the rule ids and the justification');
    if (!isRuleIdShape(id)) return malformed(`"${id}" is not a rule id; rule ids look like ${RULE_ID_EXAMPLE}`);
  }

  const justification = justificationWords.length > 0 ? justificationWords.join(' ') : undefined;
  return {
    rules,
    justification,
    until,
    placeholder: justification !== undefined && isPlaceholder(justification),
  };
}

export function isPlaceholder(justification: string): boolean {
  return justification.trim().toLowerCase() === PLACEHOLDER_JUSTIFICATION.toLowerCase();
}

function malformed(reason: string): ParsedDirective {
  return { rules: [], placeholder: false, malformed: reason };
}
