import assert from 'node:assert/strict';
import { DEFAULT_POLICY_BASE_URL } from '../../server/src/engine/config/types';
import {
  POLICY_CATALOGUE,
  TECHNICAL_GUIDANCE_BASE_URL,
  findPolicy,
  outsideAuthorities,
  policyHost,
  policyTitle,
  policyUrl,
  type PolicyEntry,
} from '../../server/src/policy/catalogue';

/**
 * The heading id rule of kramdown with GFM input, as GitHub Pages builds the Security Guidance
 * site (moj-policy-map.md §0.3): lower-case; delete everything but letters, digits, `_`, `-`,
 * spaces and tabs; turn each space or tab into `-` without collapsing runs. The `-1`, `-2`
 * suffix for a repeated id is handled by the caller, which knows the page's earlier headings.
 */
function kramdownId(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- \t]/gu, '')
    .replace(/[ \t]/g, '-');
}

/**
 * The heading id rule of the GOV.UK tech-docs template (Middleman with Redcarpet's `with_toc_data`),
 * which builds the Technical Guidance site (map §0.4): lower-case letters and digits are kept;
 * every run of other characters becomes one `-`, and none is left at either end. This is why
 * `Deployment & CI/CD` gives `deployment-ci-cd`, where kramdown would give `deployment--cicd`.
 */
function redcarpetId(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Sections whose heading repeats an earlier heading on the same page, with the suffix kramdown adds. */
const REPEATED_HEADINGS: Readonly<Record<string, string>> = {
  // The H2 "Secure by Default" repeats the page's H1.
  'secure-by-default#secure-by-default-1': '-1',
};

function expectedAnchor(entry: PolicyEntry & { section: string }): string {
  const base = entry.site === 'security-guidance' ? kramdownId(entry.section) : redcarpetId(entry.section);
  return base + (REPEATED_HEADINGS[entry.id] ?? '');
}

function sections(): (PolicyEntry & { section: string; anchor: string })[] {
  return POLICY_CATALOGUE.filter(
    (entry): entry is PolicyEntry & { section: string; anchor: string } =>
      entry.section !== undefined && entry.anchor !== undefined,
  );
}

describe('policy catalogue', () => {
  describe('the anchor rules used by this test', () => {
    const kramdownCases: readonly (readonly [string, string])[] = [
      ['Application & infrastructure secrets', 'application--infrastructure-secrets'],
      ['1. User directory services', '1-user-directory-services'],
      ['Transport Layer Security (TLS)', 'transport-layer-security-tls'],
      ["What is an MoJ 'system'?", 'what-is-an-moj-system'],
      ['Services, security, and networking applications', 'services-security-and-networking-applications'],
      ['Appendix A: Login banner', 'appendix-a-login-banner'],
      ['Single-Sign On', 'single-sign-on'],
    ];
    for (const [heading, id] of kramdownCases) {
      it(`kramdown: ${JSON.stringify(heading)} → ${id}`, () => {
        assert.equal(kramdownId(heading), id);
      });
    }

    it('redcarpet collapses a run of punctuation and spaces into one hyphen', () => {
      assert.equal(redcarpetId('Deployment & CI/CD'), 'deployment-ci-cd');
      assert.equal(redcarpetId('Security Standards'), 'security-standards');
    });
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = POLICY_CATALOGUE.map((entry) => entry.id).filter((id) => {
      const repeated = seen.has(id);
      seen.add(id);
      return repeated;
    });
    assert.deepEqual(duplicates, []);
  });

  it('gives every section its heading and anchor, and every id its page and anchor', () => {
    for (const entry of POLICY_CATALOGUE) {
      assert.equal(entry.section === undefined, entry.anchor === undefined, `${entry.id}: section and anchor go together`);
      assert.ok(entry.page.trim().length > 0, `${entry.id}: page title`);
      const prefix = entry.site === 'technical-guidance' ? 'tg:' : '';
      const slug = entry.site === 'technical-guidance' ? /\/([^/]+)\.html$/.exec(entry.path)?.[1] : /^\/([^/]+)\/$/.exec(entry.path)?.[1];
      assert.ok(slug !== undefined, `${entry.id}: path ${entry.path} has the site's URL shape`);
      assert.equal(entry.id, `${prefix}${slug}${entry.anchor === undefined ? '' : `#${entry.anchor}`}`);
    }
  });

  it('has an anchor that matches its heading under the site\'s rule for every section', () => {
    const mismatches = sections()
      .filter((entry) => entry.anchor !== expectedAnchor(entry))
      .map((entry) => `${entry.id}: heading ${JSON.stringify(entry.section)} gives #${expectedAnchor(entry)}`);
    assert.deepEqual(mismatches, []);
  });

  it('holds the anchors the map singles out, spelt exactly', () => {
    const expected = [
      'secrets-management#application--infrastructure-secrets',
      'cryptography#hashing',
      'passwords#password-storage',
      'custom-applications#1-user-directory-services',
      'secure-by-default#secure-by-default-1',
      'information-classification-handling-and-security-guide#handling-and-securing-official-and-official-sensitive-information',
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'tg:justice-digital-software-engineering-standards#security-standards',
      'tg:storing-source-code#converting-private-or-internal-repositories-to-public',
      'it-security-technical-users-policy#audit',
      'it-security-technical-users-policy#technical-controls',
      'technical-security-controls-guide',
    ];
    assert.deepEqual(
      expected.filter((id) => findPolicy(id) === undefined),
      [],
    );
  });

  it('covers every page of the map, sections 1 and 3, with its sections', () => {
    const pageIds = POLICY_CATALOGUE.filter((entry) => entry.anchor === undefined).map((entry) => entry.id);
    assert.deepEqual(pageIds, [
      'it-security-technical-users-policy',
      'it-security-policy-overview',
      'technical-controls-policy',
      'technical-security-controls-guide',
      'technical-security-controls-guide-defensive-layer-1',
      'technical-security-controls-guide-defensive-layer-2',
      'vulnerability-scanning-and-patch-management-guide',
      'vulnerability-scanning-guide',
      'patch-management-guide',
      'cryptography',
      'maintained-by-default',
      'use-of-hmg-cryptography-policy',
      'automated-certificate-renewal',
      'secrets-management',
      'passwords',
      'password-creation-and-authentication-guide',
      'password-storage-and-management-guide',
      'authentication',
      'multi-factor-authentication-mfa-guide',
      'authorisation',
      'access-control-guide',
      'privileged-account-management-guide',
      'privileged-user-guide',
      'privileged-user-configuration-patching-and-change-management-guide',
      'privileged-user-logging-and-protective-monitoring-guide',
      'logging-and-monitoring',
      'custom-applications',
      'security-log-collection',
      'security-log-collection-maturity-tiers',
      'log-entry-metadata',
      'online-identifiers',
      'system-lockdown-and-hardening-standard',
      'secure-by-default',
      'system-test-standard',
      'source-code-publishing',
      'using-live-data-for-testing-purposes',
      'information-classification-handling-and-security-guide',
      'information-classification-and-handling-policy',
      'government-classification-scheme',
      'it-incident-management-policy',
      'incident-management-plan-and-process-guide',
      'email-authentication-guide',
      'email-security-guide',
      'implement-security-txt',
      'domain-names-policy',
      'tg:justice-digital-software-engineering-standards',
      'tg:storing-source-code',
      'tg:tda-security-alignment',
    ]);
    assert.equal(sections().length, 168);
  });

  it('keeps the legacy statement ids the map ties to sections', () => {
    assert.deepEqual(findPolicy('technical-controls-policy#lockdown-policy')?.legacyIds, ['POL.TCP.096', 'POL.TCP.100']);
    assert.deepEqual(findPolicy('technical-controls-policy#user-password-management')?.legacyIds, ['POL.TCP.046']);
    assert.deepEqual(findPolicy('it-incident-management-policy#incident-detection-and-recording')?.legacyIds, [
      'POL.IMP.002',
      'POL.IMP.004',
    ]);
    for (const entry of POLICY_CATALOGUE) {
      for (const legacyId of entry.legacyIds ?? []) assert.match(legacyId, /^POL\.(TCP|IMP)\.\d{3}$/, entry.id);
    }
  });

  describe('pages code findings must not link to', () => {
    it('has no entry for the unpublished Software Development Lifecycle Guide', () => {
      const sdlc = POLICY_CATALOGUE.filter(
        (entry) => /software-development-lifecycle|sdlc/i.test(entry.id) || /development lifecycle/i.test(entry.page),
      );
      assert.deepEqual(sdlc, []);
    });

    it('flags the Use of HMG Cryptography Policy, and only that page, as not for code', () => {
      assert.deepEqual(
        POLICY_CATALOGUE.filter((entry) => entry.doNotLinkForCode).map((entry) => entry.id),
        ['use-of-hmg-cryptography-policy'],
      );
    });
  });

  describe('policyUrl', () => {
    it('builds Security Guidance URLs from the default base', () => {
      assert.equal(DEFAULT_POLICY_BASE_URL, 'https://security-guidance.service.justice.gov.uk');
      assert.equal(
        policyUrl('secrets-management#application--infrastructure-secrets'),
        'https://security-guidance.service.justice.gov.uk/secrets-management/#application--infrastructure-secrets',
      );
      assert.equal(policyUrl('technical-security-controls-guide'), 'https://security-guidance.service.justice.gov.uk/technical-security-controls-guide/');
    });

    it('builds Technical Guidance URLs on their own host', () => {
      assert.equal(TECHNICAL_GUIDANCE_BASE_URL, 'https://technical-guidance.service.justice.gov.uk');
      assert.equal(
        policyUrl('tg:justice-digital-software-engineering-standards#security-standards'),
        'https://technical-guidance.service.justice.gov.uk/documentation/standards/justice-digital-software-engineering-standards.html#security-standards',
      );
    });

    it('moves only Security Guidance URLs when the base URL is overridden', () => {
      const base = 'https://mirror.example.gov.uk/security';
      for (const entry of POLICY_CATALOGUE) {
        const moved = policyUrl(entry.id, base);
        const original = policyUrl(entry.id);
        if (entry.site === 'security-guidance') {
          assert.equal(moved, original.replace(DEFAULT_POLICY_BASE_URL, base), entry.id);
          assert.ok(moved.startsWith(`${base}/`), entry.id);
        } else {
          assert.equal(moved, original, entry.id);
        }
      }
    });

    it('accepts a base URL with trailing slashes', () => {
      assert.equal(policyUrl('cryptography#hashing', 'https://example.org//'), 'https://example.org/cryptography/#hashing');
    });

    it('throws for an unknown id', () => {
      assert.throws(() => policyUrl('cryptography#no-such-section'), /Unknown MoJ policy id: cryptography#no-such-section/);
    });
  });

  it('titles a link "Page – Section", or the page alone', () => {
    assert.equal(policyTitle('secrets-management#application--infrastructure-secrets'), 'Secrets management – Application & infrastructure secrets');
    assert.equal(policyTitle('authorisation'), 'Authorisation');
    assert.throws(() => policyTitle('nope'), /Unknown MoJ policy id/);
  });

  it('reads the host of a policy URL', () => {
    assert.equal(policyHost(policyUrl('cryptography#hashing')), 'security-guidance.service.justice.gov.uk');
    assert.equal(policyHost(policyUrl('tg:storing-source-code')), 'technical-guidance.service.justice.gov.uk');
    assert.equal(policyHost('not a url'), undefined);
  });

  it('lists the outside authorities the map cites, on https, keyed by their ids', () => {
    assert.equal(outsideAuthorities['ncsc:tls-external-facing-services'].url, 'https://www.ncsc.gov.uk/guidance/tls-external-facing-services');
    assert.equal(
      outsideAuthorities['owasp:password-storage-cheat-sheet'].url,
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    );
    for (const [id, authority] of Object.entries(outsideAuthorities)) {
      assert.equal(authority.id, id);
      assert.match(id, /^(ncsc|owasp|govuk|nvd):[a-z0-9-]+$/);
      assert.ok(authority.url.startsWith('https://'), id);
    }
  });
});
