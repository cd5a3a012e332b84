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

/**
 * Splits `sessionToken`, `SESSION_TOKEN`, `session-token` and `sessionTOKEN2` into lower-case words.
 * Every rule that judges names calls this for every candidate name, so it reads character codes
 * and slices words out rather than testing each character with a regular expression.
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  // Where the word being read starts, or -1 between words.
  let start = -1;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    const upper = isUpperCase(code);
    if (!upper && !isLowerCase(code) && !isDigit(code)) {
      if (start >= 0) words.push(name.slice(start, index).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = index;
      continue;
    }
    // Inside a word the previous character is a letter or digit: `aB`, `2B` and the `B` of `ABc` start a new word.
    const previous = name.charCodeAt(index - 1);
    if (upper && (isLowerCase(previous) || isDigit(previous) || (isUpperCase(previous) && isLowerCase(name.charCodeAt(index + 1))))) {
      words.push(name.slice(start, index).toLowerCase());
      start = index;
    }
  }
  if (start >= 0) words.push(name.slice(start).toLowerCase());
  return words;
}

function isUpperCase(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
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
