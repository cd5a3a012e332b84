/**
 * The parts of a dotted or scoped name as any of the languages writes it: `crypto.createHash`,
 * `OpenSSL::Cipher`, `$this->cipher`, `System\Security\Cryptography`, and, where a name can hold
 * an import path, `crypto/md5.New`.
 *
 * Rules read the parts of every call's callee, and a file's callees are the same few hundred names
 * over and over (`console.log`, `require`), so each name is split once and its parts shared (ten
 * rules each kept a copy of this split, and their splits were a tenth of the bytes a
 * `node_modules` scan allocated). The arrays are shared, so they are read-only.
 */
import { safeRegex } from '../regex';

const SEPARATORS = safeRegex('::|->|\\\\|\\.');
const SEPARATORS_AND_SLASH = safeRegex('::|->|\\\\|/|\\.');
/** Names kept per kind before the cache starts again: bounds memory in a long-lived server. */
const MAX_CACHED_NAMES = 20_000;

class PartsCache {
  private readonly parts = new Map<string, readonly string[]>();

  constructor(private readonly separators: RegExp) {}

  of(name: string): readonly string[] {
    let parts = this.parts.get(name);
    if (parts === undefined) {
      if (this.parts.size >= MAX_CACHED_NAMES) this.parts.clear();
      parts = Object.freeze(name.split(this.separators).filter((part) => part !== ''));
      this.parts.set(name, parts);
    }
    return parts;
  }
}

const byName = new PartsCache(SEPARATORS);
const byNameOrPath = new PartsCache(SEPARATORS_AND_SLASH);

/** `a.b::c->d\e` → `['a', 'b', 'c', 'd', 'e']`; a slash is part of a name. */
export function nameParts(name: string): readonly string[] {
  return byName.of(name);
}

/** As `nameParts`, and a slash separates too: `crypto/md5.New` → `['crypto', 'md5', 'New']`. */
export function pathNameParts(name: string): readonly string[] {
  return byNameOrPath.of(name);
}
