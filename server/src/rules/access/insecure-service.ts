/**
 * access/insecure-service: a service enabled that accepts sign-in with no credentials or in clear
 * text: anonymous FTP, Telnet (and its r-command and TFTP relatives), and SNMP version 1.
 * This rule is about *turning the service on*; a client that connects over a cleartext protocol
 * belongs to transport/cleartext-http.
 *
 * What it reports:
 * - vsftpd (`vsftpd.conf`): `anonymous_enable=YES`, and `anon_upload_enable=YES` /
 *   `anon_mkdir_write_enable=YES`, which let anonymous users write;
 * - ProFTPD (`proftpd.conf`): an `<Anonymous …>` block;
 * - Net-SNMP (`snmpd.conf`): `rocommunity`/`rwcommunity` (and their `6` forms), which answer
 *   SNMPv1 as well as v2c, and `group … v1 …` for the older VACM style; `rw` and the default
 *   communities `public` and `private` are high, the rest medium. Community strings are never
 *   quoted in messages;
 * - packages that install a Telnet, rsh or TFTP server (`telnetd`, `telnet-server`,
 *   `inetutils-telnetd`, `rsh-server`, `tftpd-hpa`, `tftp-server`, …) in Dockerfile `RUN`,
 *   shell scripts, and Ansible `apt`/`yum`/`dnf`/`package` tasks whose state is not `absent`.
 *
 * What it leaves alone: `anonymous_enable=NO`, the vsftpd package itself (it can be configured
 * safely), Telnet and FTP *clients* (`telnet`, `ftp`, `lftp`), package removals
 * (`apt-get purge telnetd`, `state: absent`), SNMPv3 (`rouser`, `createUser`), and comments.
 * xinetd service files (`/etc/xinetd.d/telnet`) have no tokenizer yet and are not read.
 *
 * No fix: turning a service off or moving it to SFTP, SSH or SNMPv3 needs a change elsewhere.
 */
import type { ConfigEntry, ConfigModel, Range, Rule, RuleContext, Severity } from '../../engine/contract';

const CONTROL =
  "MoJ's System Lockdown and Hardening Standard requires Telnet and clear-text authentication to be disabled, anonymous FTP to be disabled, and SNMP, where needed, to be version 2.0 or later (Services, security, and networking applications).";

const VSFTPD_SETTINGS: Readonly<Record<string, { readonly severity: Severity; readonly effect: string }>> = {
  anonymous_enable: { severity: 'high', effect: 'lets anyone sign in to this FTP server without credentials' },
  anon_upload_enable: { severity: 'high', effect: 'lets anonymous FTP users upload files' },
  anon_mkdir_write_enable: { severity: 'high', effect: 'lets anonymous FTP users create folders' },
  anon_other_write_enable: { severity: 'high', effect: 'lets anonymous FTP users delete and rename files' },
};

const SNMP_COMMUNITY_DIRECTIVES: ReadonlySet<string> = new Set(['rocommunity', 'rwcommunity', 'rocommunity6', 'rwcommunity6']);
const DEFAULT_COMMUNITIES: ReadonlySet<string> = new Set(['public', 'private']);

/** Packages that install a server for a protocol with clear-text or no authentication. */
const INSECURE_SERVER_PACKAGES: Readonly<Record<string, string>> = {
  'telnetd': 'Telnet', 'telnet-server': 'Telnet', 'inetutils-telnetd': 'Telnet', 'telnetd-ssl': 'Telnet', 'krb5-telnetd': 'Telnet',
  'busybox-extras-telnetd': 'Telnet',
  'rsh-server': 'rsh', 'rsh-redone-server': 'rsh', 'rlogin-server': 'rlogin',
  'tftpd': 'TFTP', 'tftpd-hpa': 'TFTP', 'tftp-server': 'TFTP', 'atftpd': 'TFTP',
};

const INSTALLERS: ReadonlySet<string> = new Set(['apt-get', 'apt', 'yum', 'dnf', 'microdnf', 'zypper', 'apk', 'tdnf']);
const INSTALL_VERBS: ReadonlySet<string> = new Set(['install', 'add', 'in']);

const ANSIBLE_PACKAGE_MODULES: ReadonlySet<string> = new Set([
  'apt', 'yum', 'dnf', 'package', 'zypper', 'apk',
  'ansible.builtin.apt', 'ansible.builtin.yum', 'ansible.builtin.dnf', 'ansible.builtin.package',
  'community.general.zypper', 'community.general.apk',
]);

function packageMessage(name: string, protocol: string): string {
  const clear = protocol === 'TFTP' ? 'has no authentication at all' : 'sends passwords and sessions in clear text';
  const article = protocol.startsWith('r') ? 'an' : 'a';
  return `This installs ${name}, ${article} ${protocol} server, which ${clear}. ${CONTROL} Use SSH (or SFTP) instead and do not install the ${protocol} server.`;
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
}

// ---------------------------------------------------------------------------------------------
// Service configuration files
// ---------------------------------------------------------------------------------------------

function fileName(context: RuleContext): string {
  return (context.document.path.split('/').pop() ?? '').toLowerCase();
}

function vsftpdHits(context: RuleContext, config: ConfigModel): Hit[] {
  const path = context.document.path.toLowerCase();
  if (!path.includes('vsftpd')) return [];
  const hits: Hit[] = [];
  for (const entry of config.entries()) {
    const setting = VSFTPD_SETTINGS[entry.key.toLowerCase()];
    if (setting === undefined || entry.valueRange === undefined || (entry.value ?? '').trim().toUpperCase() !== 'YES') continue;
    hits.push({
      range: { start: entry.keyRange.start, end: entry.valueRange.end },
      message: `${entry.key}=YES ${setting.effect}, and FTP sends everything in clear text. ${CONTROL} Set ${entry.key}=NO and offer SFTP or FTPS with named accounts.`,
      severity: setting.severity,
    });
  }
  return hits;
}

function proftpdHits(context: RuleContext, config: ConfigModel): Hit[] {
  if (!context.document.path.toLowerCase().includes('proftpd')) return [];
  return config
    .entries()
    .filter((entry) => entry.key.toLowerCase() === 'anonymous' && entry.value !== undefined)
    .map((entry) => ({
      range: entry.keyRange,
      message: `This <Anonymous> block lets anyone sign in to this FTP server without credentials, over a protocol that sends everything in clear text. ${CONTROL} Remove the block and offer SFTP or FTPS with named accounts.`,
      severity: 'high' as const,
    }));
}

function snmpHits(context: RuleContext, config: ConfigModel): Hit[] {
  if (!context.document.path.toLowerCase().includes('snmp')) return [];
  const hits: Hit[] = [];
  for (const entry of config.entries()) {
    const directive = entry.key.toLowerCase();
    const words = (entry.value ?? '').trim().split(' ').filter((word) => word !== '');
    if (SNMP_COMMUNITY_DIRECTIVES.has(directive)) {
      const community = words[0] ?? '';
      const writable = directive.startsWith('rw');
      const wellKnown = DEFAULT_COMMUNITIES.has(community.toLowerCase());
      const access = writable ? 'read-write' : 'read-only';
      hits.push({
        range: entry.keyRange,
        message:
          `${entry.key} gives ${access} SNMP access by community string, which SNMPv1 and v2c send in clear text` +
          `${wellKnown ? ', and this community is a published default' : ''}. ${CONTROL} Use SNMPv3 users with authPriv (rouser/createUser) instead.`,
        severity: writable || wellKnown ? 'high' : 'medium',
      });
    } else if (directive === 'group' && words[1]?.toLowerCase() === 'v1') {
      hits.push({
        range: entry.keyRange,
        message: `This group grants access over SNMPv1, which authenticates with a community string sent in clear text. ${CONTROL} Use the usm security model (SNMPv3) with authPriv.`,
        severity: 'medium',
      });
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Package installs
// ---------------------------------------------------------------------------------------------

interface Word {
  readonly text: string;
  readonly range: Range;
}

/** Words of a shell command line, split on blanks, quotes removed; commands split on ; & | and newlines. */
function shellCommands(source: string, offset: number): Word[][] {
  const commands: Word[][] = [];
  let words: Word[] = [];
  let at = 0;
  while (at < source.length) {
    const character = source.charAt(at);
    if (character === '\\' && (source.charAt(at + 1) === '\n' || source.charAt(at + 1) === '\r')) {
      at += 2;
      continue;
    }
    if ('\n;&|()'.includes(character)) {
      if (words.length > 0) commands.push(words);
      words = [];
      at++;
      continue;
    }
    if (character === ' ' || character === '\t' || character === '\r' || character === '\\') {
      at++;
      continue;
    }
    if (character === '#') {
      while (at < source.length && source.charAt(at) !== '\n') at++;
      continue;
    }
    const start = at;
    while (at < source.length && !' \t\r\n;&|()'.includes(source.charAt(at))) at++;
    let text = source.slice(start, at);
    let range = { start: offset + start, end: offset + at };
    const first = text.charAt(0);
    if ((first === '"' || first === "'") && text.endsWith(first) && text.length >= 2) {
      text = text.slice(1, -1);
      range = { start: range.start + 1, end: range.end - 1 };
    }
    words.push({ text, range });
  }
  if (words.length > 0) commands.push(words);
  return commands;
}

/** `name=1.2`, `name-1.2`, `name:amd64` reduced to the package name when it is one of ours. */
function packageName(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const separator of ['=', ':']) {
    const at = lower.indexOf(separator);
    if (at > 0) return INSECURE_SERVER_PACKAGES[lower.slice(0, at)] === undefined ? undefined : lower.slice(0, at);
  }
  return INSECURE_SERVER_PACKAGES[lower] === undefined ? undefined : lower;
}

function installHits(source: string, offset: number): Hit[] {
  const hits: Hit[] = [];
  for (const words of shellCommands(source, offset)) {
    const installer = words.findIndex((word) => INSTALLERS.has(word.text.slice(word.text.lastIndexOf('/') + 1)));
    if (installer < 0) continue;
    const verb = words.findIndex((word, index) => index > installer && !word.text.startsWith('-'));
    if (verb < 0 || !INSTALL_VERBS.has(words[verb]?.text ?? '')) continue;
    for (const word of words.slice(verb + 1)) {
      const name = packageName(word.text);
      if (name === undefined) continue;
      hits.push({ range: word.range, message: packageMessage(name, INSECURE_SERVER_PACKAGES[name] ?? 'cleartext'), severity: 'high' });
    }
  }
  return hits;
}

function ansibleHits(config: ConfigModel): Hit[] {
  const entries = config.entries();
  const hits: Hit[] = [];
  const prefix = (entry: ConfigEntry, length: number): string => entry.path.slice(0, length).join('\u0000');
  for (const entry of entries) {
    // `apt: name=telnetd`, `apt: { name: telnetd }`, `apt: { name: [telnetd, x] }`, `apt: { pkg: telnetd }`.
    const path = entry.path;
    const moduleIndex = path.findIndex((part) => ANSIBLE_PACKAGE_MODULES.has(part));
    if (moduleIndex < 0 || entry.value === undefined || entry.valueRange === undefined) continue;
    const rest = path.slice(moduleIndex + 1);
    const isName = (rest.length === 1 && (rest[0] === 'name' || rest[0] === 'pkg')) || (rest.length === 2 && (rest[0] === 'name' || rest[0] === 'pkg'));
    if (!isName) continue;
    const moduleKey = prefix(entry, moduleIndex + 1);
    const state = entries.find((other) => other.key === 'state' && other.path.length === moduleIndex + 2 && prefix(other, moduleIndex + 1) === moduleKey);
    if (state?.value !== undefined && ['absent', 'removed'].includes(state.value)) continue;
    const name = packageName(entry.value.trim());
    if (name === undefined) continue;
    hits.push({ range: entry.valueRange, message: packageMessage(name, INSECURE_SERVER_PACKAGES[name] ?? 'cleartext'), severity: 'high' });
  }
  return hits;
}

function check(context: RuleContext): void {
  const hits: Hit[] = [];
  const config = context.config;
  if (config !== undefined) {
    if (config.format === 'ini') hits.push(...vsftpdHits(context, config));
    else if (config.format === 'apache') hits.push(...proftpdHits(context, config));
    else if (config.format === 'sshd' && fileName(context) !== 'sshd_config') hits.push(...snmpHits(context, config));
    else if (config.format === 'dockerfile') {
      for (const entry of config.entries()) if (entry.key === 'RUN' && entry.value !== undefined && entry.valueRange !== undefined) hits.push(...installHits(entry.value, entry.valueRange.start));
    } else if (config.format === 'yaml') hits.push(...ansibleHits(config));
  } else if (context.code?.language === 'shell') {
    hits.push(...installHits(context.document.text, 0));
  }
  for (const hit of hits) {
    if (context.isInComment(hit.range.start)) continue;
    context.report({ range: hit.range, message: hit.message, severity: hit.severity });
  }
}

export const insecureService: Rule = {
  meta: {
    id: 'access/insecure-service',
    title: 'Telnet, anonymous FTP or SNMPv1 service enabled',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [1188, 319, 306],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'technical-controls-policy#lockdown-policy',
    ],
    basis: 'explicit',
    why:
      'Telnet, rsh and SNMPv1 send credentials in clear text, and anonymous FTP and TFTP need none, so anyone on the network can sign in or read what others send. ' +
      "MoJ's System Lockdown and Hardening Standard requires Telnet and anonymous FTP to be disabled and SNMP to be version 2.0 or later.",
    howToFix: 'Disable the service: use SSH instead of Telnet or rsh, SFTP or FTPS with named accounts instead of anonymous FTP, and SNMPv3 users with authPriv instead of community strings.',
    fixSafety: 'suggestion',
    languages: ['ini', 'apache', 'sshd', 'dockerfile', 'shell', 'yaml'],
    prefilter: ['anonymous_enable', 'anon_', 'Anonymous', 'community', 'group', 'telnet', 'tftp', 'rsh-', 'rlogin'],
    examples: {
      ini: 'anonymous_enable=NO\nlocal_enable=YES\nssl_enable=YES',
      sshd: 'createUser monitor SHA-512 "$AUTH_PASS" AES "$PRIV_PASS"\nrouser monitor priv',
      dockerfile: 'RUN apt-get install -y --no-install-recommends openssh-server',
    },
  },
  check,
};
