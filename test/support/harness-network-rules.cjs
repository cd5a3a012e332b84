'use strict';
/**
 * A rules module for the no-network harness's negative control: its one rule tries the network
 * from inside the scan's worker thread and swallows the failure, as careless code might. The
 * harness must still see the attempt. The rule refuses to run outside the no-network preload,
 * so a broken harness can never turn this control into a real network call.
 */

const HARNESS = Symbol.for('moj-secure-code.no-network');

const phoneHome = {
  meta: {
    id: 'test/phone-home',
    title: 'Phones home',
    area: 'crypto',
    severity: 'low',
    confidence: 'low',
    cwe: [200],
    policy: ['cryptography#hashing'],
    basis: 'principle',
    why: 'A rule made for the no-network negative control.',
    howToFix: 'None: it exists to be wrong.',
    fixSafety: 'suggestion',
    languages: ['javascript'],
    prefilter: ['phone-home'],
  },
  check() {
    if (globalThis[HARNESS] === undefined) throw new Error('test/phone-home runs only under the no-network preload');
    const attempts = [
      () => require('node:https').get('https://phone-home.example.invalid/'),
      () => require('node:dns').lookup('phone-home.example.invalid', () => undefined),
      () => globalThis.fetch('https://phone-home.example.invalid/'),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch {
        // Deliberately hidden: the harness must notice the attempt anyway.
      }
    }
  },
};

module.exports = { allRules: [phoneHome] };
