/**
 * The literal prefilter: a rule runs only on text that contains one of its literals, compared
 * case-insensitively. Lower-casing is done once per text and shared by every rule.
 */
let lastText = '';
let lastLower = '';

export function passesPrefilter(text: string, literals: readonly string[]): boolean {
  if (literals.length === 0) return true;
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return literals.some((literal) => lastLower.includes(literal.toLowerCase()));
}
