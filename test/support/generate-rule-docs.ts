/**
 * Renders docs/rules.md from the rules' metadata, so the documentation cannot drift from the code.
 *
 *   npx tsx test/support/generate-rule-docs.ts          write docs/rules.md
 *   npx tsx test/support/generate-rule-docs.ts --check  exit 1 if docs/rules.md is stale
 *
 * test/unit/rule-docs.test.ts makes the same comparison inside the test suite.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PolicyBasis, RuleArea, RuleMeta, ThresholdMeta } from '../../server/src/engine/contract';
import { findPolicy, policyTitle, policyUrl } from '../../server/src/policy/catalogue';
import { UNCHECKABLE_CONTROLS } from '../../server/src/policy/uncheckable-controls';
import { allRules } from '../../server/src/rules';

export const RULE_DOCS_PATH = path.resolve(__dirname, '../../docs/rules.md');
const REGENERATE_COMMAND = 'npx tsx test/support/generate-rule-docs.ts';

/** Areas in the order of ARCHITECTURE.md; an area without rules gets no table. */
const AREA_ORDER: readonly RuleArea[] = [
  'crypto',
  'transport',
  'secrets',
  'injection',
  'deserialization',
  'web-config',
  'access',
  'infrastructure',
  'dependencies',
  'logging',
  'suppression',
];

const AREA_TITLES: Readonly<Record<RuleArea, string>> = {
  crypto: 'Cryptography',
  transport: 'Transport security',
  secrets: 'Secrets',
  injection: 'Injection',
  deserialization: 'Deserialisation',
  'web-config': 'Web configuration',
  access: 'Access and privilege',
  infrastructure: 'Infrastructure',
  dependencies: 'Dependencies',
  logging: 'Logging',
  suppression: 'Suppression notes',
};

const BASIS_TEXT: Readonly<Record<PolicyBasis, string>> = {
  explicit: 'Explicit',
  indirect: 'Indirect',
  principle: 'General principle only',
};

/** Renders the whole of docs/rules.md. Links use the default policy base URL. */
export function renderRuleDocs(rules: readonly { readonly meta: RuleMeta }[]): string {
  const metas = rules.map((rule) => rule.meta).sort((a, b) => compare(a.id, b.id));
  const lines: string[] = [
    '# Rules',
    '',
    `<!-- Generated from the rules' metadata by test/support/generate-rule-docs.ts. Do not edit by hand: run \`${REGENERATE_COMMAND}\`. -->`,
    '',
    `MoJ Secure Code has ${metas.length} ${metas.length === 1 ? 'rule' : 'rules'}. Each links the section of Ministry of Justice (MoJ) guidance it applies. ` +
      'The basis column says how firmly that guidance supports the finding: *Explicit* where the MoJ text names the practice, ' +
      '*Indirect* where a broader MoJ rule clearly covers it, and *General principle only* where the finding rests on a general MoJ principle plus NCSC or industry guidance.',
    '',
    'Links point at the default `policyBaseUrl`; a different base URL in the settings moves the Security Guidance links in hovers and reports.',
    '',
    '## Summary',
    '',
  ];

  for (const area of AREA_ORDER) {
    const inArea = metas.filter((meta) => meta.area === area);
    if (inArea.length === 0) continue;
    lines.push(
      `### ${AREA_TITLES[area]} (\`${area}\`)`,
      '',
      '| Rule | Title | Severity | Confidence | CWE | OWASP | MoJ reference | Basis | Fix safety |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...inArea.map(summaryRow),
      '',
    );
  }

  lines.push('## Rule details', '');
  for (const meta of metas) lines.push(...ruleSection(meta));

  lines.push(
    '## Controls that cannot be checked in code',
    '',
    'These rows of the MoJ policy map apply to code, but no rule checks them, for the reason given. Review them by hand.',
    '',
    '| Map row | Control | MoJ guidance | Why it is not checked |',
    '| --- | --- | --- | --- |',
    ...UNCHECKABLE_CONTROLS.map(
      (control) =>
        `| ${control.row} | ${cell(control.control)} | ${control.policy.map(policyLink).join('<br>')} | ${cell(control.reason)} |`,
    ),
    '',
  );
  return lines.join('\n');
}

function summaryRow(meta: RuleMeta): string {
  const primary = meta.policy[0];
  return `| [\`${meta.id}\`](#${ruleAnchor(meta.id)}) | ${cell(meta.title)} | ${meta.severity} | ${meta.confidence} | ${meta.cwe
    .map(cweLink)
    .join(', ')} | ${cell(meta.owasp ?? '–')} | ${primary === undefined ? '–' : policyLink(primary)} | ${BASIS_TEXT[meta.basis]} | ${meta.fixSafety} |`;
}

function ruleSection(meta: RuleMeta): string[] {
  const lines = [
    `### ${meta.id}`,
    '',
    `**${text(meta.title)}**`,
    '',
    `- Severity: ${meta.severity}; confidence: ${meta.confidence}`,
    `- CWE: ${meta.cwe.map(cweLink).join(', ')}`,
    ...(meta.owasp === undefined ? [] : [`- OWASP: ${text(meta.owasp)}`]),
    `- Basis in MoJ guidance: ${BASIS_TEXT[meta.basis]}`,
    `- Fix safety: ${meta.fixSafety === 'safe' ? 'safe (joins "fix all" and `--fix`)' : 'suggestion (review before applying)'}`,
    `- Languages: ${meta.languages.map((language) => `\`${language}\``).join(', ')}${meta.generatedFiles === true ? '; declaration files (`.d.ts`) and minified code too' : ''}`,
    '',
    `**Why it matters.** ${text(meta.why)}`,
    '',
    `**How to fix.** ${text(meta.howToFix)}`,
    '',
    '**MoJ guidance:**',
    '',
    ...meta.policy.map((id) => {
      const legacyIds = findPolicy(id)?.legacyIds ?? [];
      return `- ${policyLink(id)}${legacyIds.length === 0 ? '' : ` (${legacyIds.join(', ')})`}`;
    }),
    '',
  ];
  const thresholds = meta.thresholds ?? [];
  if (thresholds.length > 0) {
    lines.push(
      '**Thresholds** (override per rule in the `rules` setting):',
      '',
      '| Name | Default | Meaning | Source |',
      '| --- | --- | --- | --- |',
      ...thresholds.map(
        (threshold) =>
          `| \`${threshold.name}\` | ${defaultText(threshold)} | ${cell(threshold.description)} | ${cell(threshold.source)} |`,
      ),
      '',
    );
  }
  return lines;
}

/**
 * The id GitHub and kramdown give the heading `### <rule id>`: they drop the `/`, and rule ids
 * hold nothing else they would change (the metadata check keeps them lower-case kebab case).
 */
function ruleAnchor(id: string): string {
  return id.replace('/', '');
}

function policyLink(id: string): string {
  return `[${text(policyTitle(id))}](${policyUrl(id)})`;
}

function cweLink(cwe: number): string {
  return `[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`;
}

function defaultText(threshold: ThresholdMeta): string {
  const value = threshold.default;
  if (typeof value === 'number' || typeof value === 'string') return `\`${String(value)}\``;
  return value.length === 0 ? '(none)' : value.map((item) => `\`${item}\``).join(', ');
}

/** Text for a Markdown paragraph: one line, so a stray newline cannot break the layout. */
function text(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}

/** Text for a table cell: one line, with `|` escaped so it cannot end the cell. */
function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|');
}

/** Code-point order, so the output is the same whatever the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether docs/rules.md holds exactly the rendering; a missing file counts as stale. */
export function ruleDocsAreCurrent(rendered: string, docsPath: string = RULE_DOCS_PATH): boolean {
  try {
    return readFileSync(docsPath, 'utf8') === rendered;
  } catch {
    return false;
  }
}

function main(argv: readonly string[]): number {
  const rendered = renderRuleDocs(allRules);
  const relative = path.relative(process.cwd(), RULE_DOCS_PATH) || RULE_DOCS_PATH;
  if (argv.includes('--check')) {
    if (ruleDocsAreCurrent(rendered)) return 0;
    const state = existsSync(RULE_DOCS_PATH) ? "is out of date with the rules' metadata" : 'is missing';
    process.stderr.write(`${relative} ${state}. Run \`${REGENERATE_COMMAND}\` and commit the result.\n`);
    return 1;
  }
  writeFileSync(RULE_DOCS_PATH, rendered);
  process.stdout.write(`Wrote ${relative} (${allRules.length} rules).\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
