/**
 * The rows of the MoJ policy map's section 3 that apply to code but that no static check can
 * decide. docs/rules.md lists them, and the evidence report's coverage table names them, so an
 * auditor sees which controls need a manual review.
 */
/** One such row: the control, its MoJ guidance and why no rule checks it. */
export interface UncheckableControl {
  readonly row: number;
  readonly control: string;
  readonly policy: readonly string[];
  readonly reason: string;
}

export const UNCHECKABLE_CONTROLS: readonly UncheckableControl[] = [
  {
    row: 11,
    control: 'Leaked secret detected in history',
    policy: [
      'secrets-management#application--infrastructure-secrets',
      'tg:storing-source-code#converting-private-or-internal-repositories-to-public',
      'it-incident-management-policy#incident-detection-and-recording',
    ],
    reason:
      'A scan reads the files as they are now, not the git history, and cannot know whether a leaked secret has been rotated; MoJ asks for rotation first, then a history scrub and an incident report.',
  },
  {
    row: 27,
    control: 'Admin or privileged routes without MFA or step-up',
    policy: ['authentication#mfa-for-administrators', 'authentication#mfa-for-important-or-privileged-actions'],
    reason:
      'Whether a route demands MFA is usually decided by the identity provider or gateway configuration, outside the code, and no pattern reliably tells an administrative route from any other.',
  },
  {
    row: 29,
    control: 'Missing logging of authentication events (failed logins, lockouts, privilege and MFA changes)',
    policy: ['custom-applications#1-user-directory-services', 'system-lockdown-and-hardening-standard#account-log-on'],
    reason:
      'Proving that an event is never logged needs whole-program flow analysis and knowledge of the log pipeline; a missing log call cannot be pointed at in one file.',
  },
  {
    row: 35,
    control: 'Real or personal data in test fixtures or seed files',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'system-test-standard#system-test-data',
    ],
    reason:
      'Real and realistic synthetic personal data look the same as text; telling them apart needs to know where the data came from.',
  },
];
