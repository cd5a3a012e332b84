/**
 * CONTRACTS §7 "Security value": a value whose name says it protects something. Rules for
 * insecure randomness and static IVs use it to tell a session token from a UI shuffle.
 */

/** Name words that mark a security value (CONTRACTS §7), with their common spellings. */
const SECURITY_WORDS: ReadonlySet<string> = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'otp', 'totp', 'hotp', 'nonce', 'salt', 'key', 'apikey',
  'iv', 'session', 'sessionid', 'sid', 'csrf', 'xsrf', 'reset', 'auth', 'authentication', 'authorization', 'credential', 'credentials',
]);

/**
 * Words that look like security words but name something else: `keyboard`, `keys` of a map,
 * `monkey`, `tokenizer`, `sessionStorage` keys, `primaryKey`, `sortKey`.
 */
const NOT_SECURITY_COMPOUNDS: ReadonlySet<string> = new Set(['primary', 'sort', 'partition', 'foreign', 'cache', 'map', 'dict', 'react', 'list', 'hot', 'shortcut', 'keyboard', 'hash']);

/** Splits `sessionToken`, `SESSION_TOKEN`, `session-token` and `sessionTOKEN2` into lower-case words. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < name.length; index++) {
    const character = name[index] ?? '';
    const isLetterOrDigit = /[A-Za-z0-9]/.test(character);
    if (!isLetterOrDigit) {
      if (current) words.push(current.toLowerCase());
      current = '';
      continue;
    }
    const previous = name[index - 1] ?? '';
    const next = name[index + 1] ?? '';
    const upper = character >= 'A' && character <= 'Z';
    const startsWord = upper && current !== '' && (/[a-z0-9]/.test(previous) || (/[A-Z]/.test(previous) && /[a-z]/.test(next)));
    if (startsWord) {
      words.push(current.toLowerCase());
      current = '';
    }
    current += character;
  }
  if (current) words.push(current.toLowerCase());
  return words;
}

/** Whether a variable, property, parameter or key name marks a security value. */
export function isSecurityValueName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word, index) => {
    if (!SECURITY_WORDS.has(word)) return false;
    // `primaryKey`, `sortKey`, `cacheKey`: a key that is an identifier, not a secret.
    if (word === 'key' && index > 0 && NOT_SECURITY_COMPOUNDS.has(words[index - 1] ?? '')) return false;
    return true;
  });
}
