import assert from 'node:assert/strict';
import { allRules } from '../rules/index';
import { LiteralMatcher, literalMatcherFor, passesPrefilter } from './prefilter';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('LiteralMatcher', () => {
  it('finds overlapping, nested and repeated literals, case-insensitively', () => {
    const literals = ['md5', 'hashlib.md5', 'MD', 'd5(', 'sha1', 'a', 'aa', 'aaa', 'abcab', 'bca'];
    const matcher = new LiteralMatcher(literals);
    const text = 'x = HashLib.Md5(b"")  # aAbcAb';
    const present = matcher.literalsIn(text);
    for (const literal of literals) assert.equal(present([literal]), passesPrefilter(text, [literal]), literal);
    assert.equal(present(['sha1']), false);
    assert.equal(present(['sha1', 'bca']), true);
    assert.equal(present([]), true);
  });

  it('answers literals it was not built with, and non-ASCII and empty literals, like passesPrefilter', () => {
    const matcher = new LiteralMatcher(['mot de passe', 'contraseña', 'ПАРОЛЬ', '']);
    const text = 'Contraseña = "x"; пароль; \u212A'; // U+212A KELVIN SIGN lower-cases to "k"
    const present = matcher.literalsIn(text);
    for (const literal of ['contraseña', 'пароль', 'mot de passe', '', 'k', 'kelvin', 'x"', 'Ñ']) {
      assert.equal(present([literal]), passesPrefilter(text, [literal]), literal);
    }
  });

  it('agrees with passesPrefilter on random texts', () => {
    const next = random(20261127);
    const alphabet = 'abcAB.(_ é';
    const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const literals = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(1 + Math.floor(next() * 4)));
      const text = word(Math.floor(next() * 60));
      const present = new LiteralMatcher(literals).literalsIn(text);
      for (const literal of literals) assert.equal(present([literal]), passesPrefilter(text, [literal]), `${JSON.stringify(literal)} in ${JSON.stringify(text)}`);
    }
  });

  it('folds case as toLowerCase does, also for the two non-ASCII capitals whose lower case is ASCII', () => {
    const next = random(20261128);
    // U+0130 lower-cases to "i" and a combining dot (U+0307), U+212A (Kelvin) to "k".
    const textAlphabet = 'ikIK\u0130\u212A\u0307 é';
    const literalAlphabet = 'ik ';
    const word = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const literals = Array.from({ length: 1 + Math.floor(next() * 8) }, () => word(literalAlphabet, 1 + Math.floor(next() * 3)));
      const text = word(textAlphabet, Math.floor(next() * 40));
      const present = new LiteralMatcher(literals).literalsIn(text);
      for (const literal of literals) assert.equal(present([literal]), passesPrefilter(text, [literal]), `${JSON.stringify(literal)} in ${JSON.stringify(text)}`);
    }
    assert.equal(new LiteralMatcher(['ik']).literalsIn('\u0130K')(['ik']), false, 'the combining dot comes between');
    assert.equal(new LiteralMatcher(['ik']).literalsIn('I\u212A')(['ik']), true);
  });

  it('agrees with passesPrefilter for every built-in rule on every rule example', () => {
    const texts = allRules.flatMap((rule) => Object.values(rule.meta.examples ?? {}).filter((value): value is string => typeof value === 'string'));
    for (const text of texts) {
      const matches = literalMatcherFor(allRules).literalsIn(text);
      for (const rule of allRules) {
        for (const list of [rule.meta.prefilter, ...Object.values(rule.meta.prefilterByLanguage ?? {})]) {
          assert.equal(matches(list ?? []), passesPrefilter(text, list ?? []), `${rule.meta.id}: ${JSON.stringify(text.slice(0, 60))}`);
        }
      }
    }
  });
});
