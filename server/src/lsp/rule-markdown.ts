/**
 * Markdown about a rule, rendered inside the server from its metadata (so it works offline): the
 * hover on a finding, and the rule's documentation page. Both say why the finding matters,
 * naming the MoJ control and how firmly MoJ's text supports it, how to fix it with the rule's
 * secure example, the links (MoJ section with its host, CWE, OWASP), and how to suppress it.
 */
import type { LanguageId, PolicyBasis, RuleArea, RuleMeta } from '../engine/contract';
import { canSuppressInline, suppressionComment } from '../engine/suppress/suppressions';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { findPolicy, policyHost, policyTitle, policyUrl } from '../policy/catalogue';

export const AREA_TITLES: Readonly<Record<RuleArea, string>> = {
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

/** How firmly the MoJ text supports a finding (the policy map's legend), for readers. */
export const BASIS_TEXT: Readonly<Record<PolicyBasis, string>> = {
  explicit: 'explicit: the MoJ text names this practice or control directly',
  indirect: 'indirect: a broader MoJ rule clearly covers this, without naming it',
  principle: 'general principle only: the MoJ text says nothing specific; this rests on a general MoJ principle plus NCSC or industry guidance',
};

/** Code fence languages for the examples. */
const FENCE: Readonly<Record<LanguageId, string>> = {
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'tsx',
  python: 'python',
  java: 'java',
  csharp: 'csharp',
  go: 'go',
  php: 'php',
  ruby: 'ruby',
  shell: 'sh',
  yaml: 'yaml',
  json: 'json',
  xml: 'xml',
  dockerfile: 'dockerfile',
  terraform: 'hcl',
  properties: 'properties',
  dotenv: 'sh',
  ini: 'ini',
  npmrc: 'ini',
  nginx: 'nginx',
  apache: 'apache',
  haproxy: 'haproxy',
  sshd: 'text',
  'pip-requirements': 'text',
  gradle: 'groovy',
  vue: 'vue',
  erb: 'erb',
  ejs: 'ejs',
  jinja: 'jinja',
  razor: 'cshtml',
  blade: 'blade',
  toml: 'toml',
  'version-file': 'text',
  lockfile: 'text',
};

/** What the hover needs to know about the place of the finding. */
export interface HoverPlace {
  readonly message: string;
  readonly language: LanguageId | undefined;
  readonly policyBaseUrl: string;
  /** YYYY-MM-DD that a suppression inserted now would run until. */
  readonly suppressUntil: string;
}

export function findingHoverMarkdown(meta: RuleMeta, place: HoverPlace): string {
  const sections = [
    `**${escapeMarkdown(meta.title)}** · ${meta.severity} severity · ${meta.confidence} confidence`,
    escapeMarkdown(place.message),
    ...whyAndHow(meta, place.language, place.policyBaseUrl),
    links(meta, place.policyBaseUrl),
    suppressionHelp(meta.id, place.language, place.suppressUntil),
  ];
  return sections.join('\n\n');
}

/** The rule's documentation page: everything the hover says and more, without a finding. */
export function ruleDocumentationMarkdown(meta: RuleMeta, policyBaseUrl: string): string {
  const lines = [
    `# ${escapeMarkdown(meta.title)}`,
    `\`${meta.id}\` · ${AREA_TITLES[meta.area]} · ${meta.severity} severity · ${meta.confidence} confidence · fixes are ${meta.fixSafety === 'safe' ? 'safe to apply in bulk' : 'suggestions to review'}`,
    ...whyAndHow(meta, undefined, policyBaseUrl),
  ];
  const examples = Object.entries(meta.examples ?? {}) as [LanguageId, string][];
  if (examples.length > 0) {
    lines.push('## Secure examples', ...examples.map(([language, example]) => `${language}:\n\n${fenced(language, example)}`));
  }
  if ((meta.thresholds ?? []).length > 0) {
    lines.push(
      '## Thresholds',
      'Override them in `rules` of the settings or the project file.',
      ['| Name | Default | Meaning | Source |', '| --- | --- | --- | --- |', ...(meta.thresholds ?? []).map((threshold) => `| \`${threshold.name}\` | \`${JSON.stringify(threshold.default)}\` | ${tableCell(threshold.description)} | ${tableCell(threshold.source)} |`)].join('\n'),
    );
  }
  lines.push('## MoJ guidance', meta.policy.map((id) => `- ${policyLink(id, policyBaseUrl)}${caveat(id)}`).join('\n'));
  lines.push('## References', links(meta, policyBaseUrl));
  lines.push('## Languages and files', meta.languages.join(', '));
  lines.push(
    '## Suppressing a finding',
    `Write \`moj-secure-code-ignore ${meta.id} -- <why this is safe> until YYYY-MM-DD\` in a comment on the flagged line or the line above. ` +
      `Files without comments (JSON, lockfiles) take an entry in \`suppressions\` of ${PROJECT_FILE_NAME} instead. Turn the rule off with \`"rules": { "${meta.id}": "off" }\`.`,
  );
  return `${lines.join('\n\n')}\n`;
}

function whyAndHow(meta: RuleMeta, language: LanguageId | undefined, policyBaseUrl: string): string[] {
  const primary = meta.policy[0];
  const control = primary === undefined ? '' : `\n\nMoJ control: ${policyLink(primary, policyBaseUrl)}. Basis: ${BASIS_TEXT[meta.basis]}.`;
  const example = language === undefined ? undefined : meta.examples?.[language];
  const how = `**How to fix.** ${escapeMarkdown(meta.howToFix)}${example === undefined || language === undefined ? '' : `\n\n${fenced(language, example)}`}`;
  return [`**Why it matters.** ${escapeMarkdown(meta.why)}${control}`, how];
}

function links(meta: RuleMeta, policyBaseUrl: string): string {
  const parts: string[] = [];
  const primary = meta.policy[0];
  if (primary !== undefined) {
    const url = policyUrl(primary, policyBaseUrl);
    parts.push(`[MoJ guidance](${url}) (${policyHost(url) ?? url})`);
  }
  for (const cwe of meta.cwe) parts.push(`[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`);
  if (meta.owasp !== undefined) parts.push(`[OWASP ${escapeMarkdown(meta.owasp)}](${owaspUrl(meta.owasp)})`);
  return parts.join(' · ');
}

/** "A02:2021 Cryptographic Failures" → https://owasp.org/Top10/A02_2021-Cryptographic_Failures/. */
function owaspUrl(category: string): string {
  const [code, ...words] = category.trim().split(' ');
  const match = code?.split(':');
  if (match?.length !== 2 || words.length === 0) return 'https://owasp.org/Top10/';
  return `https://owasp.org/Top10/${match[0]}_${match[1]}-${words.join('_')}/`;
}

function suppressionHelp(ruleId: string, language: LanguageId | undefined, until: string): string {
  const intro = `Rule \`${ruleId}\`.`;
  if (language !== undefined && canSuppressInline(language)) {
    const comment = suppressionComment(language, [ruleId], '<why this is safe>', until);
    const where = comment.placement === 'line-above' ? 'on its own line above the flagged line' : 'on the flagged line or the line above';
    return `${intro} To suppress, write this ${where} (or use the quick fix "Suppress ${ruleId} on this line…"):\n\n${fenced(language, comment.text)}`;
  }
  return `${intro} This file kind has no comments: suppress it with an entry in \`suppressions\` of ${PROJECT_FILE_NAME} (the quick fix "Suppress ${ruleId} in ${PROJECT_FILE_NAME}…" adds one).`;
}

function policyLink(id: string, policyBaseUrl: string): string {
  const url = policyUrl(id, policyBaseUrl);
  return `[${escapeMarkdown(policyTitle(id))}](${url}) (${policyHost(url) ?? url})`;
}

function caveat(id: string): string {
  const note = findPolicy(id)?.caveat;
  return note === undefined ? '' : ` (${escapeMarkdown(note)})`;
}

/** A code block whose fence is longer than any backtick run in the code. */
function fenced(language: LanguageId, code: string): string {
  let fence = '```';
  while (code.includes(fence)) fence += '`';
  return `${fence}${FENCE[language]}\n${code}\n${fence}`;
}

function tableCell(text: string): string {
  return escapeMarkdown(text).split('\n').join(' ');
}

/** Text from rules is prose, not Markdown: characters Markdown would act on are escaped. */
function escapeMarkdown(text: string): string {
  let escaped = '';
  for (const char of text) escaped += '\\`*_[]<>#|'.includes(char) ? `\\${char}` : char;
  return escaped;
}
