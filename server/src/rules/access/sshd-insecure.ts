/**
 * access/sshd-insecure: an OpenSSH server that lets root log in directly, accepts passwords, or
 * accepts empty passwords.
 *
 * What it reports:
 * - in `sshd_config` (and files under an ssh folder read in the same format): `PermitRootLogin
 *   yes` (high), `PermitEmptyPasswords yes` (high), `PasswordAuthentication yes` (medium), at
 *   the top level and inside `Match` blocks. sshd uses the first value it reads for a keyword,
 *   so a later repeat of a keyword already set (at the top level, or within the same `Match`
 *   block) is ignored, as sshd ignores it;
 * - the same lines written into `sshd_config` by a Dockerfile `RUN` or a shell script (`echo
 *   'PermitRootLogin yes' >> /etc/ssh/sshd_config`, the replacement half of a `sed s/…/…/`), at
 *   medium confidence: the rule sees the text, not the file it ends up in;
 * - cloud-init user data (`#cloud-config`): `ssh_pwauth: true` (password sign-in) and
 *   `disable_root: false` (root's SSH keys left usable).
 *
 * What it leaves alone: `prohibit-password`, `without-password`, `forced-commands-only` and `no`;
 * settings left at their defaults (recent OpenSSH defaults `PermitRootLogin` to
 * `prohibit-password`; `PasswordAuthentication` defaults to yes but a missing line says nothing
 * about the distribution's drop-in files); client configuration (`ssh_config`, `Host` blocks);
 * the pattern half of a `sed` substitution, which is what gets replaced.
 *
 * Fix: a suggestion replacing `yes` with `no` (or `prohibit-password` for root login); it can lock
 * out whoever signs in that way today, so it never joins "fix all".
 */
import { safeRegex } from '../../engine/contract';
import type { ConfigEntry, Confidence, Range, Rule, RuleContext, Severity } from '../../engine/contract';

interface Setting {
  readonly severity: Severity;
  readonly effect: string;
  readonly replacement: string;
  readonly advice: string;
}

const SETTINGS: Readonly<Record<string, Setting>> = {
  permitrootlogin: {
    severity: 'high',
    effect: 'allows SSH sign-in directly as root, a shared all-powerful account that no audit trail can tie to a person',
    replacement: 'no',
    advice: 'Set PermitRootLogin no and sign in with a named account that escalates with sudo.',
  },
  permitemptypasswords: {
    severity: 'high',
    effect: 'lets accounts with an empty password sign in over SSH with no password at all',
    replacement: 'no',
    advice: 'Set PermitEmptyPasswords no.',
  },
  passwordauthentication: {
    severity: 'medium',
    effect: 'lets SSH sign-ins use passwords, which can be guessed, sprayed or reused, instead of keys',
    replacement: 'no',
    advice: 'Set PasswordAuthentication no and use SSH keys or certificates, with MFA where the service supports it.',
  },
};

const CONTROL =
  "MoJ's System Lockdown and Hardening Standard requires SSH logins directly into administrative accounts to be disabled, and guest and null (blank) accounts to be disabled (Services, security, and networking applications; Account Log-on).";

const CANONICAL: Readonly<Record<string, string>> = {
  permitrootlogin: 'PermitRootLogin',
  permitemptypasswords: 'PermitEmptyPasswords',
  passwordauthentication: 'PasswordAuthentication',
};

function message(keyword: string, setting: Setting, where: string): string {
  return `${where}${CANONICAL[keyword] ?? keyword} yes ${setting.effect}. ${CONTROL} ${setting.advice}`;
}

function isClientConfig(context: RuleContext): boolean {
  const name = (context.document.path.split('/').pop() ?? '').toLowerCase();
  if (name === 'ssh_config' || (name === 'config' && context.document.path.includes('.ssh/'))) return true;
  return context.config?.blocks().some((block) => block.labels[0]?.toLowerCase() === 'host') ?? false;
}

function checkSshd(context: RuleContext): void {
  const config = context.config;
  if (config === undefined || isClientConfig(context)) return;
  const seen = new Set<string>();
  for (const entry of config.entries()) {
    const keyword = entry.key.toLowerCase();
    const scope = `${entry.blockId ?? 'top'}:${keyword}`;
    if (seen.has(scope)) continue;
    seen.add(scope);
    const setting = SETTINGS[keyword];
    if (setting === undefined || !isYes(entry)) continue;
    const range = entry.valueRange as Range;
    context.report({
      range: { start: entry.keyRange.start, end: range.end },
      message: message(keyword, setting, entry.blockId === undefined ? '' : 'Inside this Match block, '),
      severity: setting.severity,
      fix: {
        title: `Set ${CANONICAL[keyword] ?? entry.key} to ${setting.replacement}`,
        edits: [{ start: range.start, end: range.end, newText: setting.replacement }],
      },
    });
  }
}

function isYes(entry: ConfigEntry): boolean {
  return entry.valueRange !== undefined && (entry.value ?? '').trim().toLowerCase() === 'yes';
}

// ---------------------------------------------------------------------------------------------
// Scripts that write sshd_config
// ---------------------------------------------------------------------------------------------

const WRITTEN_SETTING = '(PermitRootLogin|PasswordAuthentication|PermitEmptyPasswords)[ \\t]+yes(?![A-Za-z0-9_-])';

interface Written {
  readonly range: Range;
  readonly keyword: string;
}

/** Occurrences in `text[start, end)` on logical lines that name sshd_config, outside a sed pattern. */
function writtenSettings(text: string, start: number, end: number): Written[] {
  const found: Written[] = [];
  for (const statement of logicalLines(text, start, end)) {
    const source = text.slice(statement.start, statement.end);
    if (!source.toLowerCase().includes('sshd_config')) continue;
    const pattern = safeRegex(WRITTEN_SETTING, 'gi');
    for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
      const at = statement.start + match.index;
      if (inSedPattern(text, at, statement.start)) continue;
      found.push({ range: { start: at, end: at + match[0].length }, keyword: (match[1] ?? '').toLowerCase() });
    }
  }
  return found;
}

/** Lines joined across backslash continuations, in one pass. */
function logicalLines(text: string, start: number, end: number): Range[] {
  const lines: Range[] = [];
  let lineStart = start;
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    const content = text.slice(at, lineEnd).trimEnd();
    if (content.endsWith('\\') && lineEnd < end) {
      at = lineEnd + 1;
      continue;
    }
    lines.push({ start: lineStart, end: lineEnd });
    at = lineEnd + 1;
    lineStart = at;
  }
  return lines;
}

/** Whether `at` lies in the pattern half of a `s<d>pattern<d>replacement<d>` sed expression. */
function inSedPattern(text: string, at: number, min: number): boolean {
  const lineStart = Math.max(min, text.lastIndexOf('\n', at - 1) + 1);
  const line = text.slice(lineStart, at);
  const quote = lineStart + Math.max(line.lastIndexOf("'"), line.lastIndexOf('"'));
  let tokenStart: number;
  if (quote >= lineStart) tokenStart = quote + 1;
  else {
    tokenStart = at;
    while (tokenStart > lineStart && !' \t'.includes(text.charAt(tokenStart - 1))) tokenStart--;
  }
  // sed addresses and several commands may precede the substitution: `/x/s/a/b/`, `-e s/a/b/`.
  let sStart = -1;
  for (let index = tokenStart; index < at; index++) {
    const delimiter = text.charAt(index + 1);
    if (text.charAt(index) === 's' && (index === tokenStart || ';{ '.includes(text.charAt(index - 1))) && '/|#,:@!'.includes(delimiter) && delimiter !== '') {
      sStart = index;
    }
  }
  if (sStart < 0) return false;
  const delimiter = text.charAt(sStart + 1);
  let part = 0;
  for (let index = sStart + 2; index < at; index++) {
    const character = text.charAt(index);
    if (character === '\\') {
      index++;
      continue;
    }
    if (character === delimiter) part++;
  }
  return part % 2 === 0;
}

function checkScript(context: RuleContext): void {
  const text = context.document.text;
  const ranges: Range[] = [];
  if (context.config?.format === 'dockerfile') {
    for (const entry of context.config.entries()) if (entry.key === 'RUN' && entry.valueRange !== undefined) ranges.push(entry.valueRange);
  } else {
    ranges.push({ start: 0, end: text.length });
  }
  for (const range of ranges) {
    for (const written of writtenSettings(text, range.start, range.end)) {
      if (context.isInComment(written.range.start)) continue;
      const setting = SETTINGS[written.keyword];
      if (setting === undefined) continue;
      const confidence: Confidence = 'medium';
      context.report({
        range: written.range,
        message: `This script writes "${CANONICAL[written.keyword] ?? written.keyword} yes" into sshd_config, which ${setting.effect}. ${CONTROL} ${setting.advice}`,
        severity: setting.severity,
        confidence,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// cloud-init user data
// ---------------------------------------------------------------------------------------------

function isCloudConfig(context: RuleContext): boolean {
  const path = context.document.path.toLowerCase();
  return context.document.text.startsWith('#cloud-config') || path.includes('cloud-init') || path.includes('cloud-config') || path.includes('user-data');
}

/** cloud-init `ssh_pwauth: true` turns on sshd password sign-in; `disable_root: false` keeps root's SSH keys usable. */
function checkCloudConfig(context: RuleContext): void {
  const config = context.config;
  if (config === undefined || !isCloudConfig(context)) return;
  for (const entry of config.entries()) {
    if (entry.path.length !== 1 || entry.valueRange === undefined) continue;
    const value = (entry.value ?? '').toLowerCase();
    if (entry.key === 'ssh_pwauth' && ['true', 'yes', '1'].includes(value)) {
      const setting = SETTINGS['passwordauthentication'] as Setting;
      context.report({
        range: entry.valueRange,
        message: `cloud-init ssh_pwauth: ${entry.value ?? ''} sets PasswordAuthentication yes, which ${setting.effect}. ${CONTROL} Set ssh_pwauth: false and provision SSH keys.`,
        severity: setting.severity,
        fix: { title: 'Set ssh_pwauth to false', edits: [{ ...entry.valueRange, newText: 'false' }] },
      });
    } else if (entry.key === 'disable_root' && ['false', 'no', '0'].includes(value)) {
      const setting = SETTINGS['permitrootlogin'] as Setting;
      context.report({
        range: entry.valueRange,
        message: `cloud-init disable_root: ${entry.value ?? ''} keeps root's SSH keys working, which ${setting.effect}. ${CONTROL} Set disable_root: true and sign in with the default named user.`,
        severity: setting.severity,
        fix: { title: 'Set disable_root to true', edits: [{ ...entry.valueRange, newText: 'true' }] },
      });
    }
  }
}

function check(context: RuleContext): void {
  if (context.config?.format === 'sshd') checkSshd(context);
  else if (context.config?.format === 'yaml') checkCloudConfig(context);
  else checkScript(context);
}

export const sshdInsecure: Rule = {
  meta: {
    id: 'access/sshd-insecure',
    title: 'SSH server allows root login or password sign-in',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [250, 521, 287],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'system-lockdown-and-hardening-standard#account-log-on',
      'technical-controls-policy#lockdown-policy',
      'authentication#account-sharing',
      'privileged-user-guide#management-of-privileged-user-accounts',
    ],
    basis: 'explicit',
    why:
      'Direct root sign-in over SSH gives attackers a single, shared, all-powerful account to guess, and password or empty-password sign-in makes guessing possible at all. ' +
      "MoJ's System Lockdown and Hardening Standard requires SSH logins directly into administrative accounts to be disabled, and guest and null accounts to be disabled.",
    howToFix: 'Set PermitRootLogin no, PasswordAuthentication no and PermitEmptyPasswords no; sign in with named accounts and keys, and escalate with sudo.',
    fixSafety: 'suggestion',
    languages: ['sshd', 'dockerfile', 'shell', 'yaml'],
    prefilter: ['PermitRootLogin', 'PasswordAuthentication', 'PermitEmptyPasswords', 'ssh_pwauth', 'disable_root'],
    examples: {
      sshd: 'PermitRootLogin no\nPasswordAuthentication no\nPermitEmptyPasswords no',
    },
  },
  check,
};
