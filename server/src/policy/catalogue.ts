/**
 * The MoJ control catalogue: every page and section of MoJ guidance a finding may link to, with
 * a permanent id, the page title, the section heading and the URL parts. Rule metadata names
 * entries by id (`RuleMeta.policy`); hovers, SARIF `helpUri` and the generated rule docs turn the
 * ids into URLs here, so a move of the Security Guidance site needs one setting (`policyBaseUrl`).
 *
 * Source: /work/shared/policy/moj-policy-map.md, sections 1 and 3. Headings were copied from the
 * Markdown sources the map lists (ministryofjustice/security-guidance `docs/`, and
 * ministryofjustice/technical-guidance); anchors are written out literally, as the map computes
 * them, and test/unit/policy-catalogue.test.ts recomputes each from its heading. Anchors were
 * derived, not scraped, so a link check against the live sites belongs in release checks.
 */
import { DEFAULT_POLICY_BASE_URL } from '../engine/config/types';

export type PolicySite = 'security-guidance' | 'technical-guidance';

export interface PolicyEntry {
  /**
   * Permanent id: `<page slug>` or `<page slug>#<anchor>` on the Security Guidance site, and the
   * same with a `tg:` prefix on the Technical Guidance site.
   */
  readonly id: string;
  readonly site: PolicySite;
  /** The page title as the page shows it. */
  readonly page: string;
  /** The section heading as text (Markdown escapes and code marks removed); absent for a whole page. */
  readonly section?: string;
  /** Path from the site root, e.g. `/cryptography/`. */
  readonly path: string;
  /** The heading id without `#`, e.g. `application--infrastructure-secrets`. */
  readonly anchor?: string;
  /** Legacy policy statement ids (`POL.TCP.xxx`, `POL.IMP.xxx`) the map ties to this section. */
  readonly legacyIds?: readonly string[];
  /**
   * Set on pages that a code finding must never link to, because they say nothing about code
   * (the map: "Don't link code findings here"). The rule metadata check rejects them.
   */
  readonly doNotLinkForCode?: true;
  /** What a reader of the link should know: legacy status, or a page not reviewed in detail. */
  readonly caveat?: string;
}

/** The Technical Guidance site has its own fixed host; `policyBaseUrl` does not move it. */
export const TECHNICAL_GUIDANCE_BASE_URL = 'https://technical-guidance.service.justice.gov.uk';

const LEGACY =
  'Legacy IA Policy material: still published, but marked as under review and likely to be withdrawn or revised.';
const NOT_REVIEWED = 'Not reviewed in detail for the policy map; link to the page, not a section.';

interface PageSpec {
  readonly slug: string;
  readonly page: string;
  readonly caveat?: string;
  readonly doNotLinkForCode?: true;
  /** `[heading as text, anchor]`, or `[heading, anchor, legacy ids]`. */
  readonly sections?: readonly (readonly [string, string, (readonly string[])?])[];
}

/** A Security Guidance page served at `/<slug>/` (pretty permalinks), and its sections. */
function securityGuidance(spec: PageSpec): PolicyEntry[] {
  return pageEntries(spec, 'security-guidance', spec.slug, `/${spec.slug}/`);
}

/** A Technical Guidance page, served at `<path>` ending in `.html`, and its sections. */
function technicalGuidance(spec: PageSpec & { readonly path: string }): PolicyEntry[] {
  return pageEntries(spec, 'technical-guidance', `tg:${spec.slug}`, spec.path);
}

function pageEntries(spec: PageSpec, site: PolicySite, pageId: string, path: string): PolicyEntry[] {
  const shared = {
    site,
    page: spec.page,
    path,
    ...(spec.caveat === undefined ? {} : { caveat: spec.caveat }),
    ...(spec.doNotLinkForCode ? { doNotLinkForCode: true as const } : {}),
  };
  const entries: PolicyEntry[] = [{ id: pageId, ...shared }];
  for (const [section, anchor, legacyIds] of spec.sections ?? []) {
    entries.push({
      id: `${pageId}#${anchor}`,
      ...shared,
      section,
      anchor,
      ...(legacyIds === undefined ? {} : { legacyIds }),
    });
  }
  return entries;
}

const sgPages: readonly PolicyEntry[][] = [
  // 1.1 Policy layer: the seed policy (a fallback link only) and its parents.
  securityGuidance({
    slug: 'it-security-technical-users-policy',
    page: 'IT Security Technical Users Policy',
    sections: [
      ['Audience', 'audience'],
      ['Vulnerability scanning and patch management', 'vulnerability-scanning-and-patch-management'],
      ['Technical controls', 'technical-controls'],
      ['Cryptography', 'cryptography'],
      ['Software development', 'software-development'],
      ['Security incident management', 'security-incident-management'],
      ['Suppliers and procurement', 'suppliers-and-procurement'],
      ['Privileged users', 'privileged-users'],
      ['Risk management', 'risk-management'],
      ['Audit', 'audit'],
    ],
  }),
  securityGuidance({ slug: 'it-security-policy-overview', page: 'IT Security Policy (Overview)', caveat: NOT_REVIEWED }),
  securityGuidance({
    slug: 'technical-controls-policy',
    page: 'Technical Controls Policy',
    caveat: LEGACY,
    sections: [
      ['Approach to technical controls', 'approach-to-technical-controls'],
      [
        'Technical controls lifecycle',
        'technical-controls-lifecycle',
        ['POL.TCP.006', 'POL.TCP.007', 'POL.TCP.008', 'POL.TCP.009', 'POL.TCP.010'],
      ],
      ['Protection of system test data', 'protection-of-system-test-data'],
      ['Identity and Access Management Policy', 'identity-and-access-management-policy', ['POL.TCP.026', 'POL.TCP.028']],
      ['User Registration', 'user-registration', ['POL.TCP.034', 'POL.TCP.039']],
      ['Privilege Management', 'privilege-management', ['POL.TCP.041', 'POL.TCP.042']],
      ['User Password Management', 'user-password-management', ['POL.TCP.046']],
      ['Review of user rights', 'review-of-user-rights'],
      ['Network Security Policy', 'network-security-policy', ['POL.TCP.051', 'POL.TCP.052']],
      ['Network access control', 'network-access-control'],
      ['Application Security Policy', 'application-security-policy', ['POL.TCP.059']],
      ['Protective Monitoring Policy', 'protective-monitoring-policy', ['POL.TCP.067', 'POL.TCP.068', 'POL.TCP.069']],
      ['Connection with 3rd Party Systems Policy', 'connection-with-3rd-party-systems-policy'],
      ['Secure storage and processing of Information Assets', 'secure-storage-and-processing-of-information-assets'],
      ['Personal Data', 'personal-data', ['POL.TCP.087']],
      ['Use of Cryptographic Controls', 'use-of-cryptographic-controls'],
      ['Secure System Build and Configuration Policy', 'secure-system-build-and-configuration-policy'],
      ['Patching policy', 'patching-policy'],
      ['Lockdown policy', 'lockdown-policy', ['POL.TCP.096', 'POL.TCP.100']],
      ['Protection from malicious code', 'protection-from-malicious-code'],
      ['Configuration Management Policy', 'configuration-management-policy', ['POL.TCP.118']],
    ],
  }),

  // 1.2 Technical Security Controls Guide.
  securityGuidance({
    slug: 'technical-security-controls-guide',
    page: 'Technical Security Controls Guide',
    sections: [
      ['Introduction', 'introduction'],
      ['Who is this guide for?', 'who-is-this-guide-for'],
      ["What is an MoJ 'system'?", 'what-is-an-moj-system'],
      ['Related guides', 'related-guides'],
    ],
  }),
  securityGuidance({
    slug: 'technical-security-controls-guide-defensive-layer-1',
    page: 'Technical Security Controls Guide: Defensive Layer 1',
    sections: [
      [
        'Defensive layer 1: Creating a baseline security environment',
        'defensive-layer-1-creating-a-baseline-security-environment',
      ],
      [
        'Defensive layer 1: Creating a baseline security software development and system configuration',
        'defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      ],
    ],
  }),
  securityGuidance({
    slug: 'technical-security-controls-guide-defensive-layer-2',
    page: 'Technical Security Controls Guide: Defensive Layer 2',
    sections: [
      ['Defensive layer 2: Implementing monitoring capabilities', 'defensive-layer-2-implementing-monitoring-capabilities'],
    ],
  }),

  // 1.3 Vulnerability scanning and patching.
  securityGuidance({
    slug: 'vulnerability-scanning-and-patch-management-guide',
    page: 'Vulnerability Scanning and Patch Management Guide',
    sections: [
      ['The base principles', 'the-base-principles'],
      ['What is covered?', 'what-is-covered'],
      ['Minimum software requirements', 'minimum-software-requirements'],
    ],
  }),
  securityGuidance({
    slug: 'vulnerability-scanning-guide',
    page: 'Vulnerability Scanning Guide',
    sections: [
      ['Scanning requirements', 'scanning-requirements'],
      ['Point in time scanning', 'point-in-time-scanning'],
      ['Web Check', 'web-check'],
      ['Scanning frequency', 'scanning-frequency'],
      ['Vulnerability alerts', 'vulnerability-alerts'],
      ['Vulnerability risk ratings', 'vulnerability-risk-ratings'],
      ['Managed service', 'managed-service'],
      ['In-house developed', 'in-house-developed'],
    ],
  }),
  securityGuidance({
    slug: 'patch-management-guide',
    page: 'Patch Management Guide',
    sections: [
      ['Patching of MoJ systems and equipment', 'patching-of-moj-systems-and-equipment'],
      ['MoJ Digital services', 'moj-digital-services'],
      ['Patching Schedule', 'patching-schedule'],
      [
        'Services and applications developed by MoJ in-house project teams',
        'services-and-applications-developed-by-moj-in-house-project-teams',
      ],
      ['Patching exemptions', 'patching-exemptions'],
    ],
  }),

  // 1.4 Cryptography.
  securityGuidance({
    slug: 'cryptography',
    page: 'Cryptography',
    sections: [
      ['The base principles', 'the-base-principles'],
      ['In-transit', 'in-transit'],
      ['Transport Layer Security (TLS)', 'transport-layer-security-tls'],
      ['Testing', 'testing'],
      ['Internet protocol security (IPsec)', 'internet-protocol-security-ipsec'],
      ['At-rest', 'at-rest'],
      ['Server-based', 'server-based'],
      ['Cloud-based', 'cloud-based'],
      ['End-User Device based', 'end-user-device-based'],
      ['Portable storage', 'portable-storage'],
      ['Portable end-user devices', 'portable-end-user-devices'],
      ['Hashing', 'hashing'],
    ],
  }),
  securityGuidance({
    slug: 'maintained-by-default',
    page: 'Maintained by Default',
    sections: [
      ['Good technical maintenance is security maintenance', 'good-technical-maintenance-is-security-maintenance'],
      ['Commodity technical maintenance', 'commodity-technical-maintenance'],
    ],
  }),
  // Kept so the catalogue covers the whole map, but flagged: the page is about handling
  // government-issued crypto items (HMG IS4), and says nothing about algorithms in code.
  securityGuidance({
    slug: 'use-of-hmg-cryptography-policy',
    page: 'Use of HMG Cryptography Policy',
    caveat: `${LEGACY} Covers HMG IS4 key material, not algorithms: never the target of a code finding.`,
    doNotLinkForCode: true,
  }),
  securityGuidance({ slug: 'automated-certificate-renewal', page: 'Automated certificate renewal', caveat: NOT_REVIEWED }),

  // 1.5 Secrets, passwords, authentication.
  securityGuidance({
    slug: 'secrets-management',
    page: 'Secrets management',
    sections: [
      ['The base principle', 'the-base-principle'],
      ['Application & infrastructure secrets', 'application--infrastructure-secrets'],
      ['User authentication secrets', 'user-authentication-secrets'],
    ],
  }),
  securityGuidance({
    slug: 'passwords',
    page: 'Passwords',
    sections: [
      ['General best practices', 'general-best-practices'],
      ['Best password practices for everyone', 'best-password-practices-for-everyone'],
      ['Best PIN practices for everyone', 'best-pin-practices-for-everyone'],
      ['Password expiry', 'password-expiry'],
      ['System administrators or developers', 'system-administrators-or-developers'],
      ['User facing services', 'user-facing-services'],
      ['Service Accounts', 'service-accounts'],
      ['Default passwords', 'default-passwords'],
      ['Multi-factor Authentication', 'multi-factor-authentication'],
      ['Password storage', 'password-storage'],
      ['Password access attempts', 'password-access-attempts'],
      ['Password reset', 'password-reset'],
      ['Blocking bad passwords', 'blocking-bad-passwords'],
      ['Distributing passwords to users', 'distributing-passwords-to-users'],
      ['Single-use passwords', 'single-use-passwords'],
      ['Identity Providers and Single Sign-On', 'identity-providers-and-single-sign-on'],
    ],
  }),
  securityGuidance({
    slug: 'password-creation-and-authentication-guide',
    page: 'Password Creation and Authentication Guide',
    sections: [
      ['Default passwords', 'default-passwords'],
      ['Password length and complexity', 'password-length-and-complexity'],
      ['Password history and block listing', 'password-history-and-block-listing'],
      ['Multi-factor authentication', 'multi-factor-authentication'],
      ['Single-Sign On', 'single-sign-on'],
    ],
  }),
  securityGuidance({
    slug: 'password-storage-and-management-guide',
    page: 'Password Storage and Management Guide',
    sections: [
      ['Password storage', 'password-storage'],
      ['Sharing passwords', 'sharing-passwords'],
      ['Password vaults and managers', 'password-vaults-and-managers'],
    ],
  }),
  securityGuidance({
    slug: 'authentication',
    page: 'Authentication',
    sections: [
      ['The base principle', 'the-base-principle'],
      ['Named individual accounts', 'named-individual-accounts'],
      ['Account sharing', 'account-sharing'],
      ['System-system accounts', 'system-system-accounts'],
      ['MFA for Administrators', 'mfa-for-administrators'],
      ['MFA for important or privileged actions', 'mfa-for-important-or-privileged-actions'],
      ['Trusting IP addresses', 'trusting-ip-addresses'],
      ['IP address for non-production systems', 'ip-address-for-non-production-systems'],
    ],
  }),
  securityGuidance({
    slug: 'multi-factor-authentication-mfa-guide',
    page: 'Multi-Factor Authentication (MFA) Guide',
    sections: [['MFA', 'mfa']],
  }),
  securityGuidance({ slug: 'authorisation', page: 'Authorisation', caveat: NOT_REVIEWED }),

  // 1.6 Access control and privileged users.
  securityGuidance({
    slug: 'access-control-guide',
    page: 'Access Control guide',
    sections: [
      ['Information security principles for access control', 'information-security-principles-for-access-control'],
      ['Access control principles', 'access-control-principles'],
      ['Segregation of duties', 'segregation-of-duties'],
    ],
  }),
  securityGuidance({
    slug: 'privileged-account-management-guide',
    page: 'Privileged Account Management Guide',
    caveat: NOT_REVIEWED,
  }),
  securityGuidance({
    slug: 'privileged-user-guide',
    page: 'Privileged User Guide',
    sections: [
      ['Management of privileged user accounts', 'management-of-privileged-user-accounts'],
      ['Resource monitoring', 'resource-monitoring'],
      ['Identification and authentication', 'identification-and-authentication'],
      ['Mobile and home working', 'mobile-and-home-working'],
    ],
  }),
  securityGuidance({
    slug: 'privileged-user-configuration-patching-and-change-management-guide',
    page: 'Privileged User Configuration, Patching and Change Management Guide',
    sections: [['Secure configuration and change management', 'secure-configuration-and-change-management']],
  }),
  securityGuidance({
    slug: 'privileged-user-logging-and-protective-monitoring-guide',
    page: 'Privileged User Logging and Protective Monitoring Guide',
    sections: [
      ['Maintenance of system logs and protective monitoring', 'maintenance-of-system-logs-and-protective-monitoring'],
      ['Protection of log data', 'protection-of-log-data'],
    ],
  }),

  // 1.7 Logging and monitoring.
  securityGuidance({
    slug: 'logging-and-monitoring',
    page: 'Logging and monitoring',
    sections: [
      ['Log retention', 'log-retention'],
      ['Logs for external services', 'logs-for-external-services'],
      ['Logs for internal services', 'logs-for-internal-services'],
      ['Maximum retention period', 'maximum-retention-period'],
      ['Protecting log files and log data', 'protecting-log-files-and-log-data'],
    ],
  }),
  securityGuidance({
    slug: 'custom-applications',
    page: 'Security Log Collection: Custom Applications',
    sections: [
      ['Baseline Maturity Tier', 'baseline-maturity-tier'],
      ['1. User directory services', '1-user-directory-services'],
      ['2. Authenticated user activity events', '2-authenticated-user-activity-events'],
      ['3. Unauthenticated user activity events', '3-unauthenticated-user-activity-events'],
      ['Enhanced Maturity Tier', 'enhanced-maturity-tier'],
      ['1. Pipeline events', '1-pipeline-events'],
      ['2. Data store events', '2-data-store-events'],
    ],
  }),
  securityGuidance({ slug: 'security-log-collection', page: 'Security Log Collection', caveat: NOT_REVIEWED }),
  securityGuidance({
    slug: 'security-log-collection-maturity-tiers',
    page: 'Security Log Collection: Maturity Tiers',
    caveat: NOT_REVIEWED,
  }),
  securityGuidance({ slug: 'log-entry-metadata', page: 'Log entry metadata', caveat: NOT_REVIEWED }),
  securityGuidance({
    slug: 'online-identifiers',
    page: 'Online identifiers in security logging and monitoring',
    caveat: NOT_REVIEWED,
  }),

  // 1.8 Secure configuration and hardening.
  securityGuidance({
    slug: 'system-lockdown-and-hardening-standard',
    page: 'System Lockdown and Hardening Standard',
    sections: [
      ['Scope', 'scope'],
      ['Generic hardening standard', 'generic-hardening-standard'],
      ['General procedures', 'general-procedures'],
      ['External Devices', 'external-devices'],
      ['Account Log-on', 'account-log-on'],
      ['Services, security, and networking applications', 'services-security-and-networking-applications'],
      ['Server specific', 'server-specific'],
      ['Appendix A: Login banner', 'appendix-a-login-banner'],
    ],
  }),

  // 1.9 Secure development and testing. The Software Development Lifecycle Guide that the seed
  // policy names is not published, so it has no entry at all: there is nothing to link to.
  securityGuidance({
    slug: 'secure-by-default',
    page: 'Secure by Default',
    sections: [
      ['Good technical design is security design', 'good-technical-design-is-security-design'],
      // The H2 repeats the page's H1, whose id is `secure-by-default`, so this one gets `-1`.
      ['Secure by Default', 'secure-by-default-1'],
      ['Context is important', 'context-is-important'],
    ],
  }),
  securityGuidance({
    slug: 'system-test-standard',
    page: 'System Test Standard',
    caveat: LEGACY,
    sections: [
      ['Testing approach', 'testing-approach'],
      ['Guidelines', 'guidelines'],
      ['System test data', 'system-test-data'],
      ['Types of security tests', 'types-of-security-tests'],
      ['Vulnerability scanning', 'vulnerability-scanning'],
      ['Pre-live security testing', 'pre-live-security-testing'],
      ['Secure code review', 'secure-code-review'],
      ['Security consideration', 'security-consideration'],
      ['Acceptance testing', 'acceptance-testing'],
    ],
  }),
  securityGuidance({
    slug: 'source-code-publishing',
    page: 'Source code publishing',
    sections: [['When you should not publish materials in the open', 'when-you-should-not-publish-materials-in-the-open']],
  }),
  securityGuidance({
    slug: 'using-live-data-for-testing-purposes',
    page: 'Using Live Data for Testing purposes',
    caveat: NOT_REVIEWED,
  }),

  // 1.10 Data classification.
  securityGuidance({
    slug: 'information-classification-handling-and-security-guide',
    page: 'Information classification, handling and security guide',
    sections: [
      ['Classifying information', 'classifying-information'],
      ['OFFICIAL and OFFICIAL-SENSITIVE', 'official-and-official-sensitive'],
      ['SECRET', 'secret'],
      ['TOP SECRET', 'top-secret'],
      ['Handling and securing information', 'handling-and-securing-information'],
      [
        'Handling and securing OFFICIAL and OFFICIAL-SENSITIVE information',
        'handling-and-securing-official-and-official-sensitive-information',
      ],
    ],
  }),
  securityGuidance({
    slug: 'information-classification-and-handling-policy',
    page: 'Information Classification and Handling Policy',
    caveat: NOT_REVIEWED,
  }),
  securityGuidance({ slug: 'government-classification-scheme', page: 'Government Classification Scheme', caveat: NOT_REVIEWED }),

  // 1.11 Incident management.
  securityGuidance({
    slug: 'it-incident-management-policy',
    page: 'IT Incident Management Policy',
    caveat: LEGACY,
    sections: [
      ['Incident Management Process', 'incident-management-process'],
      ['Incident Detection and Recording', 'incident-detection-and-recording', ['POL.IMP.002', 'POL.IMP.004']],
      ['Categorisation of incidents', 'categorisation-of-incidents'],
    ],
  }),
  securityGuidance({
    slug: 'incident-management-plan-and-process-guide',
    page: 'Incident Management Plan and Process Guide',
    caveat: NOT_REVIEWED,
  }),

  // 1.12 Email and domains (for IaC, DNS or configuration checks).
  securityGuidance({
    slug: 'email-authentication-guide',
    page: 'Email Authentication Guide',
    sections: [
      ['Sender Policy Framework', 'sender-policy-framework'],
      ['Domain Keys Identified Mail', 'domain-keys-identified-mail'],
      [
        'Domain-based Message Authentication, Reporting and Conformance',
        'domain-based-message-authentication-reporting-and-conformance',
      ],
      ['Mail Transfer Agent Strict Transport Security', 'mail-transfer-agent-strict-transport-security'],
      ['TLS Reporting', 'tls-reporting'],
    ],
  }),
  securityGuidance({
    slug: 'email-security-guide',
    page: 'Email Security Guide',
    sections: [['Roles and responsibilities', 'roles-and-responsibilities']],
  }),
  securityGuidance({
    slug: 'implement-security-txt',
    page: 'Vulnerability Disclosure: Implementing security.txt',
    caveat: NOT_REVIEWED,
  }),
  securityGuidance({ slug: 'domain-names-policy', page: 'Domain names and DNS security policy', caveat: NOT_REVIEWED }),
];

// 1.13 MoJ Technical Guidance (developer standards), on its own host.
const tgPages: readonly PolicyEntry[][] = [
  technicalGuidance({
    slug: 'justice-digital-software-engineering-standards',
    page: 'Justice Digital software engineering standards',
    path: '/documentation/standards/justice-digital-software-engineering-standards.html',
    caveat: 'Some placeholders in the stored version of this page are unfinished.',
    sections: [
      ['Coding Standards', 'coding-standards'],
      ['Commit reviews', 'commit-reviews'],
      ['Security Standards', 'security-standards'],
      ['Deployment & CI/CD', 'deployment-ci-cd'],
      ['Tools and Resources', 'tools-and-resources'],
    ],
  }),
  technicalGuidance({
    slug: 'storing-source-code',
    page: 'Storing source code',
    path: '/documentation/standards/storing-source-code.html',
    sections: [['Converting private or internal repositories to public', 'converting-private-or-internal-repositories-to-public']],
  }),
  technicalGuidance({
    slug: 'tda-security-alignment',
    page: 'TDA Submission Template - Security Alignment',
    path: '/documentation/governance/tda-security-alignment.html',
  }),
];

export const POLICY_CATALOGUE: readonly PolicyEntry[] = [...sgPages, ...tgPages].flat();

const byId = new Map<string, PolicyEntry>(POLICY_CATALOGUE.map((entry) => [entry.id, entry]));

export function findPolicy(id: string): PolicyEntry | undefined {
  return byId.get(id);
}

/**
 * The URL of a catalogue entry. Security Guidance links use `policyBaseUrl` (a trailing slash is
 * allowed); Technical Guidance links always use their own host. Throws for an unknown id, because
 * a rule naming one is a programming error the metadata test should have caught.
 */
export function policyUrl(id: string, policyBaseUrl: string = DEFAULT_POLICY_BASE_URL): string {
  const entry = byId.get(id);
  if (entry === undefined) throw new Error(`Unknown MoJ policy id: ${id}`);
  const base = entry.site === 'security-guidance' ? withoutTrailingSlashes(policyBaseUrl) : TECHNICAL_GUIDANCE_BASE_URL;
  return `${base}${entry.path}${entry.anchor === undefined ? '' : `#${entry.anchor}`}`;
}

/** "Page – Section", or the page title alone: the link text for messages, hovers and docs. */
export function policyTitle(id: string): string {
  const entry = byId.get(id);
  if (entry === undefined) throw new Error(`Unknown MoJ policy id: ${id}`);
  return entry.section === undefined ? entry.page : `${entry.page} – ${entry.section}`;
}

/** The host of a policy URL, e.g. for a hover's "(security-guidance.service.justice.gov.uk)"; undefined if it is not a URL. */
export function policyHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

/** An outside authority that MoJ guidance defers to or links, cited beside the MoJ page. */
export interface OutsideAuthority {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

const OUTSIDE_AUTHORITY_LIST = [
  {
    id: 'ncsc:tls-external-facing-services',
    title: 'NCSC – Using TLS to protect data',
    url: 'https://www.ncsc.gov.uk/guidance/tls-external-facing-services',
  },
  {
    id: 'ncsc:using-ipsec-protect-data',
    title: 'NCSC – Using IPsec to protect data',
    url: 'https://www.ncsc.gov.uk/guidance/using-ipsec-protect-data',
  },
  {
    id: 'ncsc:provisioning-and-securing-security-certificates',
    title: 'NCSC – Provisioning and securing security certificates',
    url: 'https://www.ncsc.gov.uk/guidance/provisioning-and-securing-security-certificates',
  },
  {
    id: 'ncsc:multi-factor-authentication-online-services',
    title: 'NCSC – Multi-factor authentication for online services',
    url: 'https://www.ncsc.gov.uk/guidance/multi-factor-authentication-online-services',
  },
  {
    id: 'ncsc:passwords-updating-your-approach',
    title: 'NCSC – Password policy: updating your approach',
    url: 'https://www.ncsc.gov.uk/collection/passwords/updating-your-approach',
  },
  {
    id: 'ncsc:pqc-migration-timelines',
    title: 'NCSC – Timelines for migration to post-quantum cryptography',
    url: 'https://www.ncsc.gov.uk/guidance/pqc-migration-timelines',
  },
  {
    id: 'ncsc:secure-default',
    title: 'NCSC – Secure by Default',
    url: 'https://www.ncsc.gov.uk/articles/secure-default',
  },
  {
    id: 'ncsc:building-secure-digital-service',
    title: 'NCSC – Building a secure digital service',
    url: 'https://www.ncsc.gov.uk/collection/digital-service-security/digital-services-building-secure-digital-service',
  },
  {
    id: 'ncsc:cyber-assessment-framework',
    title: 'NCSC – Cyber Assessment Framework (CAF)',
    url: 'https://www.ncsc.gov.uk/collection/caf/cyber-safety-introduction',
  },
  {
    id: 'owasp:password-storage-cheat-sheet',
    title: 'OWASP – Password Storage Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
  },
  {
    id: 'owasp:session-management-cheat-sheet',
    title: 'OWASP – Session Management Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
  },
  {
    id: 'owasp:secure-random-number-generation',
    title: 'OWASP – Cryptographic Storage Cheat Sheet: Secure Random Number Generation',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#secure-random-number-generation',
  },
  {
    id: 'owasp:top-10-2021',
    title: 'OWASP Top 10 (2021)',
    url: 'https://owasp.org/Top10/',
  },
  {
    id: 'govuk:service-manual-passwords',
    title: 'GOV.UK Service Manual – Passwords',
    url: 'https://www.gov.uk/service-manual/design/passwords',
  },
  {
    id: 'govuk:email-security-standards',
    title: 'GOV.UK – Email security standards',
    url: 'https://www.gov.uk/government/publications/email-security-standards',
  },
  {
    id: 'nvd:cvss',
    title: 'NVD – Common Vulnerability Scoring System (CVSS)',
    url: 'https://nvd.nist.gov/vuln-metrics/cvss',
  },
] as const satisfies readonly OutsideAuthority[];

export type OutsideAuthorityId = (typeof OUTSIDE_AUTHORITY_LIST)[number]['id'];

/** Outside authorities by id, e.g. `outsideAuthorities['ncsc:tls-external-facing-services'].url`. */
export const outsideAuthorities: Readonly<Record<OutsideAuthorityId, OutsideAuthority>> = Object.fromEntries(
  OUTSIDE_AUTHORITY_LIST.map((authority) => [authority.id, authority]),
) as Record<OutsideAuthorityId, OutsideAuthority>;
