/**
 * The shape of a rule id, `<area>/<slug>`: two parts of lower-case letters and digits, words
 * joined by single hyphens. The same shape as the JSON Schema's rule id pattern.
 */
export function isRuleIdShape(id: string): boolean {
  const parts = id.split('/');
  return parts.length === 2 && parts.every(isKebabWord);
}

function isKebabWord(part: string): boolean {
  return part.split('-').every((word) => word.length > 0 && [...word].every((char) => (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')));
}

export const RULE_ID_EXAMPLE = 'crypto/weak-hash';
