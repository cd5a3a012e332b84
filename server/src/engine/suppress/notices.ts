/**
 * Info-level findings about suppressions themselves: expired, unjustified, unused or malformed.
 * They are not rules that run over the code; the engine emits them while applying suppressions,
 * and their metadata exists so every output (SARIF rules, hovers, docs) can describe them.
 */
import type { Finding, LanguageId, Range, RuleMeta } from '../contract';

export const NOTICE_RULE_IDS = {
  expired: 'suppression/expired',
  unjustified: 'suppression/unjustified',
  unused: 'suppression/unused',
  malformed: 'suppression/malformed',
} as const;

/** Every file kind, since a suppression can stand in any of them (JSON ones through the project file). */
const ALL_LANGUAGES: readonly LanguageId[] = [
  'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
  'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'nginx',
  'apache', 'haproxy', 'sshd', 'pip-requirements', 'gradle', 'toml', 'version-file', 'lockfile',
];

/**
 * RuleArea has no area for notes about the scan itself. `logging` is the nearest: a suppression's
 * justification and expiry date are the audit record of an accepted risk, which is what the
 * policy sections cited here ask to keep. CWE-710 (improper adherence to coding standards) is
 * the one weakness class that fits a suppression written or kept against the project's rules.
 */
const NOTICE_META_BASE = {
  area: 'logging',
  severity: 'info',
  confidence: 'high',
  cwe: [710],
  policy: ['it-security-technical-users-policy#audit', 'it-security-technical-users-policy#risk-management'],
  basis: 'principle',
  fixSafety: 'suggestion',
  languages: ALL_LANGUAGES,
  prefilter: ['moj-secure-code-ignore'],
} as const;

export const SUPPRESSION_NOTICE_RULES: readonly RuleMeta[] = [
  {
    ...NOTICE_META_BASE,
    id: NOTICE_RULE_IDS.expired,
    title: 'Expired suppression',
    why: 'A suppression records an accepted risk for a limited time; once its "until" date has passed the risk must be looked at again, so the finding is reported once more.',
    howToFix: 'Fix the flagged code, or review the justification and set a later "until" date.',
  },
  {
    ...NOTICE_META_BASE,
    id: NOTICE_RULE_IDS.unjustified,
    title: 'Suppression without a justification',
    why: 'A suppression without a reason leaves no record of why the risk was accepted, so reviewers and auditors cannot check the decision.',
    howToFix: 'Write why the flagged code is safe after " -- " in the suppression comment, replacing any placeholder.',
  },
  {
    ...NOTICE_META_BASE,
    id: NOTICE_RULE_IDS.unused,
    title: 'Unused suppression',
    why: 'A suppression that silences nothing would hide a new finding on that line without anyone deciding to accept it.',
    howToFix: 'Remove the suppression, or the rule id it lists that no longer reports anything there.',
  },
  {
    ...NOTICE_META_BASE,
    id: NOTICE_RULE_IDS.malformed,
    title: 'Malformed suppression',
    why: 'A suppression comment the tool cannot read suppresses nothing, which its author did not intend.',
    howToFix: 'Write it as "moj-secure-code-ignore <rule-id> -- <justification> [until YYYY-MM-DD]", on its own line above the flagged line where the format needs that.',
  },
];

export function notice(ruleId: string, range: Range, message: string): Finding {
  return { ruleId, severity: 'info', confidence: 'high', message, range, related: [], secrets: [] };
}

export function listIds(ids: readonly string[]): string {
  return ids.join(', ');
}
