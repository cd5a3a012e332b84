/**
 * web-config/session-timeout: a session that stays usable for longer than the MoJ idle limit
 * (30 minutes by default, the `maxIdleMinutes` threshold), or never times out.
 *
 * MoJ's System Lockdown and Hardening Standard drops idle connections after a default period,
 * "normally under 30 minutes", and Defensive Layer 2 asks for session timeouts. The rule reads
 * only explicit settings, never a framework's default, so a Django settings file without
 * `SESSION_COOKIE_AGE` is not reported.
 *
 * Two kinds of setting are told apart, because the message and the confidence differ:
 * - idle timeouts, which expire a session after a period without requests: Servlet
 *   `setMaxInactiveInterval` and `<session-timeout>`, Spring `server.servlet.session.timeout`,
 *   ASP.NET `IdleTimeout` and `<sessionState timeout>`, sliding forms and cookie authentication
 *   tickets, PHP `session.gc_maxlifetime`, Laravel `lifetime`, Devise `timeout_in`, Keycloak
 *   `ssoSessionIdleTimeout`, scs `IdleTimeout`, express-session `maxAge` with `rolling: true`,
 *   Flask's refreshed permanent session and Django's cookie age with `SESSION_SAVE_EVERY_REQUEST`
 *   (high confidence, or medium where the framework's refresh makes it an idle timeout only in
 *   practice);
 * - absolute lifetimes, which set how long the session cookie lives whatever the activity:
 *   express-session and cookie-session `maxAge`, Django `SESSION_COOKIE_AGE`, Rails
 *   `expire_after`, gorilla/sessions `MaxAge`, PHP `session.cookie_lifetime` (medium
 *   confidence: the application may expire idle sessions some other way, which this file does
 *   not show).
 *
 * A timeout of zero or less in Servlet settings means "never" and is reported as such; a zero
 * cookie lifetime means "until the browser closes" and is not reported. A suggestion fix sets a
 * literal value to the limit in the setting's own unit.
 */
import { safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, ConfigEntry, ConfigModel, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';

type Kind = 'idle' | 'absolute';

interface Setting {
  readonly range: Range;
  /** Seconds, or `never`. */
  readonly seconds: number | 'never';
  readonly kind: Kind;
  readonly confidence: Confidence;
  /** Where the fix writes the limit, and how to spell it there. */
  readonly fixAt?: Range;
  readonly render?: (limitMinutes: number) => string;
}

const DEFAULT_LIMIT_MINUTES = 30;

const CONTROL =
  'MoJ guidance drops idle sessions and connections after a default period, normally under 30 minutes (System Lockdown and Hardening Standard: Services, security, and networking applications), and asks for session timeouts (Technical Security Controls Guide, Defensive layer 2).';

function duration(seconds: number): string {
  const unit = (value: number, name: string): string => `${value} ${name}${value === 1 ? '' : 's'}`;
  if (seconds % 86_400 === 0) return unit(seconds / 86_400, 'day');
  if (seconds % 3_600 === 0) return unit(seconds / 3_600, 'hour');
  if (seconds % 60 === 0) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

export function sessionTimeoutMessage(seconds: number | 'never', kind: Kind, limitMinutes: number): string {
  if (seconds === 'never') {
    return `Sessions here never time out, so a session left unattended stays usable indefinitely (CWE-613). ${CONTROL} Set an idle timeout of ${limitMinutes} minutes or less.`;
  }
  if (kind === 'idle') {
    return `Sessions here stay valid for ${duration(seconds)} without activity, longer than the ${limitMinutes}-minute idle limit (CWE-613). ${CONTROL} Set the idle timeout to ${limitMinutes} minutes or less.`;
  }
  return `This sets an absolute session lifetime of ${duration(seconds)} (not an idle timeout), so a session left unattended stays usable for up to ${duration(seconds)}, longer than the ${limitMinutes}-minute idle limit (CWE-613). ${CONTROL} Keep the lifetime to ${limitMinutes} minutes or less, or expire idle sessions after ${limitMinutes} minutes.`;
}

function reportSetting(context: RuleContext, setting: Setting, limitMinutes: number): void {
  if (setting.seconds !== 'never' && setting.seconds <= limitMinutes * 60) return;
  const fix =
    setting.fixAt && setting.render
      ? { fix: { title: `Set the timeout to ${limitMinutes} minutes`, edits: [{ ...setting.fixAt, newText: setting.render(limitMinutes) }] as TextEdit[] } }
      : {};
  context.report({
    range: setting.range,
    message: sessionTimeoutMessage(setting.seconds, setting.kind, limitMinutes),
    confidence: setting.confidence,
    ...fix,
  });
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function numberOf(code: CodeModel, node: SyntaxNode): number | undefined {
  const value = code.valueOf(node);
  if (value.kind === 'number') return value.value;
  if (value.kind === 'string' && INTEGER.test(value.value.trim())) return Number(value.value.trim());
  return undefined;
}

const INTEGER = safeRegex('^-?\\d+$');
const NUMBER_LITERAL_TYPES: ReadonlySet<string> = new Set(['number', 'integer', 'integer_literal', 'decimal_integer_literal', 'int_literal']);

/** A plain number literal can take the fix; expressions and references cannot. */
function literalFix(node: SyntaxNode, toUnit: (limitMinutes: number) => number): Pick<Setting, 'fixAt' | 'render'> {
  if (!NUMBER_LITERAL_TYPES.has(node.type)) return {};
  return { fixAt: rangeOf(node), render: (limit) => String(toUnit(limit)) };
}

const SECONDS = (limit: number): number => limit * 60;
const MILLISECONDS = (limit: number): number => limit * 60_000;
const MINUTES = (limit: number): number => limit;

// ---------------------------------------------------------------------------------------------
// Durations written as code: timedelta, TimeSpan, Ruby `12.hours`, Go `2 * time.Hour`
// ---------------------------------------------------------------------------------------------

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  milliseconds: 0.001, millisecond: 0.001, seconds: 1, second: 1, minutes: 60, minute: 60, hours: 3_600, hour: 3_600,
  days: 86_400, day: 86_400, weeks: 604_800, week: 604_800,
};

function timedeltaSeconds(code: CodeModel, call: CallSite): number | undefined {
  let total = 0;
  const positional = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
  let index = 0;
  for (const argument of call.args) {
    const unit = argument.name ?? positional[index++];
    const value = numberOf(code, argument.node);
    const factor = unit === 'microseconds' ? 0.000_001 : UNIT_SECONDS[unit ?? ''];
    if (value === undefined || factor === undefined) return undefined;
    total += value * factor;
  }
  return total;
}

const TIMESPAN_FACTORS: Readonly<Record<string, number>> = { FromMilliseconds: 0.001, FromSeconds: 1, FromMinutes: 60, FromHours: 3_600, FromDays: 86_400 };

function timeSpanSeconds(code: CodeModel, call: CallSite): number | undefined {
  const factor = TIMESPAN_FACTORS[call.name];
  if (factor !== undefined && call.receiver?.text === 'TimeSpan' && call.args.length === 1) {
    const value = call.args[0] ? numberOf(code, call.args[0].node) : undefined;
    return value === undefined ? undefined : value * factor;
  }
  if (call.isConstructor && call.name === 'TimeSpan' && (call.args.length === 3 || call.args.length === 4)) {
    const values = call.args.map((argument) => numberOf(code, argument.node));
    if (values.some((value) => value === undefined)) return undefined;
    const [days, hours, minutes, seconds] = call.args.length === 4 ? values : [0, ...values];
    return (days ?? 0) * 86_400 + (hours ?? 0) * 3_600 + (minutes ?? 0) * 60 + (seconds ?? 0);
  }
  return undefined;
}

/** Ruby `12.hours`, `2.weeks`, `30.minutes`. */
function rubyDurationSeconds(code: CodeModel, call: CallSite): number | undefined {
  const factor = UNIT_SECONDS[call.name];
  if (factor === undefined || call.receiver === undefined || call.args.length > 0) return undefined;
  const value = numberOf(code, call.receiver);
  return value === undefined ? undefined : value * factor;
}

const GO_UNITS: Readonly<Record<string, number>> = { 'time.Second': 1, 'time.Minute': 60, 'time.Hour': 3_600, 'time.Millisecond': 0.001 };

/** Go `2 * time.Hour`, `time.Hour * 24`, `90 * time.Minute`. */
function goDurationSeconds(code: CodeModel, node: SyntaxNode): number | undefined {
  const unit = GO_UNITS[node.text];
  if (unit !== undefined) return unit;
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '*') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left === null || right === null) return undefined;
    const leftValue = GO_UNITS[left.text] ?? numberOf(code, left) ?? goDurationSeconds(code, left);
    const rightValue = GO_UNITS[right.text] ?? numberOf(code, right) ?? goDurationSeconds(code, right);
    return leftValue === undefined || rightValue === undefined ? undefined : leftValue * rightValue;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------------------------

function checkCode(context: RuleContext, code: CodeModel, limit: number): void {
  const calls = new Map(code.calls().map((call) => [call.node.id, call]));
  const settings: Setting[] = [];
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      settings.push(...javascriptSettings(code));
      break;
    case 'python':
      settings.push(...pythonSettings(code, calls));
      break;
    case 'java':
      for (const call of code.calls()) {
        const argument = call.args[0]?.node;
        if (call.name !== 'setMaxInactiveInterval' || argument === undefined || call.args.length !== 1) continue;
        const seconds = numberOf(code, argument);
        if (seconds === undefined) continue;
        settings.push({ range: rangeOf(argument), seconds: seconds <= 0 ? 'never' : seconds, kind: 'idle', confidence: 'high', ...literalFix(argument, SECONDS) });
      }
      break;
    case 'csharp':
      settings.push(...csharpSettings(code, calls));
      break;
    case 'go':
      settings.push(...goSettings(code));
      break;
    case 'php':
      settings.push(...phpSettings(context, code, calls));
      break;
    case 'ruby':
      settings.push(...rubySettings(code, calls));
      break;
    default:
      break;
  }
  const seen = new Set<string>();
  for (const setting of settings) {
    const id = `${setting.range.start}:${setting.range.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    reportSetting(context, setting, limit);
  }
}

const JS_SESSION_FACTORIES: ReadonlySet<string> = new Set(['session', 'expressSession', 'cookieSession', 'ExpressSession', 'CookieSession']);

/** express-session `cookie: { maxAge }` and cookie-session `maxAge`, in milliseconds. */
function javascriptSettings(code: CodeModel): Setting[] {
  const options = new Map<number, SyntaxNode>();
  for (const call of code.calls()) {
    const first = call.args[0]?.node;
    const dot = call.qualified.indexOf('.');
    const module = dot < 0 ? call.qualified : call.qualified.slice(0, dot);
    // The callee first: the argument's type is a read from the tree.
    if ((JS_SESSION_FACTORIES.has(call.callee) || module === 'express-session' || module === 'cookie-session') && first?.type === 'object') options.set(first.id, first);
  }
  // Without session options no `maxAge` can belong to one, and finding a pair's owner reads `parent`.
  if (options.size === 0) return [];
  const pairs = code.keyValues();
  const settings: Setting[] = [];
  for (const pair of pairs) {
    if (pair.key !== 'maxAge') continue;
    const owner = pair.node.parent;
    if (owner === null) continue;
    let sessionOptions = options.get(owner.id);
    if (sessionOptions === undefined) {
      const cookiePair = owner.parent;
      const outer = cookiePair?.parent;
      if (cookiePair?.type === 'pair' && cookiePair.childForFieldName('key')?.text === 'cookie' && outer) sessionOptions = options.get(outer.id);
    }
    if (sessionOptions === undefined) continue;
    const milliseconds = numberOf(code, pair.value);
    if (milliseconds === undefined) continue;
    const rolling = pairs.some((other) => other.key === 'rolling' && other.node.parent?.id === sessionOptions.id && other.value.text === 'true');
    settings.push({
      range: rangeOf(pair.node),
      seconds: milliseconds / 1000,
      kind: rolling ? 'idle' : 'absolute',
      confidence: rolling ? 'high' : 'medium',
      ...literalFix(pair.value, MILLISECONDS),
    });
  }
  return settings;
}

const FLASK_LIFETIME: ReadonlySet<string> = new Set(['PERMANENT_SESSION_LIFETIME', "app.config['PERMANENT_SESSION_LIFETIME']", 'app.config["PERMANENT_SESSION_LIFETIME"]', 'app.permanent_session_lifetime']);

function pythonSettings(code: CodeModel, calls: ReadonlyMap<number, CallSite>): Setting[] {
  const settings: Setting[] = [];
  const saveEveryRequest = code.assignments().some((assignment) => assignment.target === 'SESSION_SAVE_EVERY_REQUEST' && assignment.value.text === 'True');
  const consider = (name: string, value: SyntaxNode): void => {
    if (name === 'SESSION_COOKIE_AGE') {
      const seconds = numberOf(code, value);
      if (seconds === undefined) return;
      // Django renews the cookie only when the session changes, unless SESSION_SAVE_EVERY_REQUEST is on.
      settings.push({
        range: rangeOf(value),
        seconds,
        kind: saveEveryRequest ? 'idle' : 'absolute',
        confidence: saveEveryRequest ? 'high' : 'medium',
        ...literalFix(value, SECONDS),
      });
    } else if (FLASK_LIFETIME.has(name) || name.endsWith('PERMANENT_SESSION_LIFETIME')) {
      const call = calls.get(value.id);
      const seconds = call && call.name === 'timedelta' ? timedeltaSeconds(code, call) : numberOf(code, value);
      if (seconds === undefined) return;
      // Flask refreshes a permanent session's cookie on every request (SESSION_REFRESH_EACH_REQUEST).
      settings.push({
        range: rangeOf(value),
        seconds,
        kind: 'idle',
        confidence: 'medium',
        ...(call ? { fixAt: rangeOf(value), render: (limit: number) => `timedelta(minutes=${limit})` } : literalFix(value, SECONDS)),
      });
    }
  };
  for (const assignment of code.assignments()) consider(assignment.target.replace('self.', ''), assignment.value);
  for (const pair of code.keyValues()) consider(pair.key, pair.value);
  return settings;
}

function csharpSettings(code: CodeModel, calls: ReadonlyMap<number, CallSite>): Setting[] {
  const settings: Setting[] = [];
  const slidingOff = code.assignments().some((assignment) => assignment.target.endsWith('SlidingExpiration') && assignment.value.text === 'false');
  const consider = (name: string, value: SyntaxNode): void => {
    const property = name.slice(name.lastIndexOf('.') + 1);
    if (property !== 'IdleTimeout' && property !== 'ExpireTimeSpan') return;
    const call = calls.get(value.id);
    const seconds = call ? timeSpanSeconds(code, call) : undefined;
    if (seconds === undefined) return;
    // Cookie authentication slides its expiry on activity unless SlidingExpiration is false.
    const idle = property === 'IdleTimeout' || !slidingOff;
    settings.push({
      range: rangeOf(value),
      seconds,
      kind: idle ? 'idle' : 'absolute',
      confidence: property === 'IdleTimeout' ? 'high' : 'medium',
      fixAt: rangeOf(value),
      render: (limit) => `TimeSpan.FromMinutes(${limit})`,
    });
  };
  for (const assignment of code.assignments()) consider(assignment.target, assignment.value);
  for (const pair of code.keyValues()) consider(pair.key, pair.value);
  return settings;
}

function goSettings(code: CodeModel): Setting[] {
  const settings: Setting[] = [];
  for (const pair of code.keyValues()) {
    // gorilla/sessions `&sessions.Options{MaxAge: 86400 * 7}`: seconds, an absolute cookie lifetime.
    if (pair.key !== 'MaxAge') continue;
    const literal = pair.node.parent?.parent;
    const type = literal?.childForFieldName('type')?.text ?? '';
    if (!type.endsWith('Options')) continue;
    const seconds = numberOf(code, pair.value);
    if (seconds === undefined || seconds <= 0) continue;
    settings.push({ range: rangeOf(pair.node), seconds, kind: 'absolute', confidence: 'medium', ...literalFix(pair.value, SECONDS) });
  }
  for (const assignment of code.assignments()) {
    // alexedwards/scs `sessionManager.IdleTimeout = 2 * time.Hour`.
    if (!assignment.target.endsWith('.IdleTimeout')) continue;
    const seconds = goDurationSeconds(code, assignment.value);
    if (seconds === undefined) continue;
    settings.push({ range: rangeOf(assignment.value), seconds, kind: 'idle', confidence: 'high', fixAt: rangeOf(assignment.value), render: (limit) => `${limit} * time.Minute` });
  }
  return settings;
}

const PHP_INI_SETTINGS: Readonly<Record<string, Kind>> = { 'session.gc_maxlifetime': 'idle', 'session.cookie_lifetime': 'absolute' };

function phpSettings(context: RuleContext, code: CodeModel, calls: ReadonlyMap<number, CallSite>): Setting[] {
  const settings: Setting[] = [];
  for (const call of code.calls()) {
    if (call.name !== 'ini_set' || call.receiver !== undefined || call.args.length !== 2) continue;
    const [name, value] = call.args;
    const nameValue = name ? code.valueOf(name.node) : undefined;
    const kind = nameValue?.kind === 'string' ? PHP_INI_SETTINGS[nameValue.value] : undefined;
    if (kind === undefined || value === undefined) continue;
    const seconds = numberOf(code, value.node);
    if (seconds === undefined || seconds <= 0) continue;
    settings.push({ range: rangeOf(value.node), seconds, kind, confidence: kind === 'idle' ? 'high' : 'medium', ...literalFix(value.node, SECONDS) });
  }
  // Laravel config/session.php: `'lifetime' => 120` or `env('SESSION_LIFETIME', 120)`, in minutes, idle.
  if (context.document.path.endsWith('config/session.php')) {
    for (const pair of code.keyValues()) {
      if (pair.key !== 'lifetime') continue;
      const call = calls.get(pair.value.id);
      const node = call && call.name === 'env' ? call.args[1]?.node : pair.value;
      const minutes = node ? numberOf(code, node) : undefined;
      if (node === undefined || minutes === undefined) continue;
      settings.push({ range: rangeOf(pair.value), seconds: minutes * 60, kind: 'idle', confidence: call ? 'medium' : 'high', ...literalFix(node, MINUTES) });
    }
  }
  return settings;
}

function rubySettings(code: CodeModel, calls: ReadonlyMap<number, CallSite>): Setting[] {
  const settings: Setting[] = [];
  const durationSetting = (value: SyntaxNode, kind: Kind, confidence: Confidence): void => {
    const call = calls.get(value.id);
    const seconds = call ? rubyDurationSeconds(code, call) : numberOf(code, value);
    if (seconds === undefined) return;
    settings.push({ range: rangeOf(value), seconds, kind, confidence, fixAt: rangeOf(value), render: (limit) => `${limit}.minutes` });
  };
  for (const call of code.calls()) {
    if (call.name !== 'session_store') continue;
    const expireAfter = call.args.find((argument) => argument.name === 'expire_after' || argument.name === ':expire_after');
    if (expireAfter) durationSetting(expireAfter.node, 'absolute', 'medium');
  }
  for (const assignment of code.assignments()) {
    // Devise's timeoutable module: `config.timeout_in = 2.hours`.
    if (assignment.target.endsWith('.timeout_in')) durationSetting(assignment.value, 'idle', 'high');
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

const SPRING_KEYS: ReadonlySet<string> = new Set(['server.servlet.session.timeout', 'spring.session.timeout', 'server.reactive.session.timeout']);
const SPRING_DURATION = safeRegex('^(-?\\d+)\\s*(ns|us|ms|s|m|h|d)?$');
const ISO_DURATION = safeRegex('^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$');
const SPRING_UNITS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, ms: 0.001, s: 1, m: 60, h: 3_600, d: 86_400 };
const PUNCTUATION = safeRegex('[-_]', 'g');

/** Spring's Duration binding: a bare number is seconds; a unit suffix or ISO-8601 otherwise. */
function springSeconds(text: string): { seconds: number; unit: string } | undefined {
  const simple = SPRING_DURATION.exec(text.trim());
  if (simple) return { seconds: Number(simple[1]) * (SPRING_UNITS[simple[2] ?? 's'] ?? 1), unit: simple[2] ?? '' };
  const iso = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!iso) return undefined;
  const [, days, hours, minutes, seconds] = iso;
  return { seconds: Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0), unit: 'iso' };
}

function checkConfig(context: RuleContext, config: ConfigModel, limit: number): void {
  const entries = config.entries();
  for (const entry of entries) {
    const setting = configSetting(context, config, entries, entry);
    if (setting) reportSetting(context, setting, limit);
  }
}

function entryRange(text: string, entry: ConfigEntry, format: ConfigModel['format']): Range {
  const valueEnd = entry.valueRange?.end ?? entry.keyRange.end;
  if (format === 'xml' && !entry.key.startsWith('@')) {
    // An element's setting spans `<session-timeout>60</session-timeout>`.
    return { start: entry.keyRange.start - 1, end: text.indexOf('>', valueEnd) + 1 };
  }
  const closingQuote = text[valueEnd] === '"' || text[valueEnd] === "'" ? 1 : 0;
  const openingQuote = format === 'json' && text[entry.keyRange.start - 1] === '"' ? 1 : 0;
  return { start: entry.keyRange.start - openingQuote, end: valueEnd + closingQuote };
}

function configSetting(context: RuleContext, config: ConfigModel, entries: readonly ConfigEntry[], entry: ConfigEntry): Setting | undefined {
  const value = entry.value?.trim();
  const valueRange = entry.valueRange;
  if (value === undefined || valueRange === undefined || value === '') return undefined;
  const text = context.document.text;
  const range = entryRange(text, entry, config.format);
  const integer = INTEGER.test(value) ? Number(value) : undefined;
  const literal = (toUnit: (limit: number) => number): Pick<Setting, 'fixAt' | 'render'> => ({ fixAt: valueRange, render: (limit) => String(toUnit(limit)) });
  switch (config.format) {
    case 'properties':
    case 'yaml': {
      const key = entry.path.join('.').toLowerCase().replace(PUNCTUATION, '');
      const springKey = [...SPRING_KEYS].find((candidate) => candidate.replace(PUNCTUATION, '') === key);
      if (springKey === undefined) return undefined;
      const parsed = springSeconds(value);
      if (parsed === undefined) return undefined;
      const render = (limit: number): string => (parsed.unit === '' || parsed.unit === 's' ? `${limit * 60}${parsed.unit}` : `${limit}m`);
      return { range, seconds: parsed.seconds <= 0 ? 'never' : parsed.seconds, kind: 'idle', confidence: 'high', fixAt: valueRange, render };
    }
    case 'xml': {
      if (integer === undefined) return undefined;
      const parent = entry.path[entry.path.length - 2]?.toLowerCase();
      const key = entry.key.toLowerCase();
      if (key === 'session-timeout' && parent === 'session-config') {
        return { range, seconds: integer <= 0 ? 'never' : integer * 60, kind: 'idle', confidence: 'high', ...literal(MINUTES) };
      }
      if (key === '@timeout' && parent === 'sessionstate') return { range, seconds: integer * 60, kind: 'idle', confidence: 'high', ...literal(MINUTES) };
      if (key === '@timeout' && parent === 'forms') {
        const sliding = entries.find((other) => other.blockId === entry.blockId && other.key.toLowerCase() === '@slidingexpiration');
        const absolute = sliding?.value?.toLowerCase() === 'false';
        return { range, seconds: integer * 60, kind: absolute ? 'absolute' : 'idle', confidence: 'medium', ...literal(MINUTES) };
      }
      return undefined;
    }
    case 'ini': {
      const kind = PHP_INI_SETTINGS[entry.key.toLowerCase()];
      if (kind === undefined || integer === undefined || integer <= 0) return undefined;
      return { range, seconds: integer, kind, confidence: kind === 'idle' ? 'high' : 'medium', ...literal(SECONDS) };
    }
    case 'dotenv':
      // Laravel reads its idle lifetime, in minutes, from this variable.
      if (entry.key !== 'SESSION_LIFETIME' || integer === undefined || integer <= 0) return undefined;
      return { range, seconds: integer * 60, kind: 'idle', confidence: 'medium', ...literal(MINUTES) };
    case 'json':
      // A Keycloak realm export: the SSO session idle timeout, in seconds.
      if (entry.key !== 'ssoSessionIdleTimeout' || integer === undefined || integer <= 0) return undefined;
      return { range, seconds: integer, kind: 'idle', confidence: 'high', ...literal(SECONDS) };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const configured = context.thresholds.maxIdleMinutes;
  const limit = typeof configured === 'number' && configured > 0 ? configured : DEFAULT_LIMIT_MINUTES;
  if (context.code) checkCode(context, context.code, limit);
  else if (context.config) checkConfig(context, context.config, limit);
}

export const sessionTimeout: Rule = {
  meta: {
    id: 'web-config/session-timeout',
    title: 'Session idle timeout longer than 30 minutes, or none',
    area: 'web-config',
    severity: 'medium',
    confidence: 'high',
    cwe: [613],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'technical-security-controls-guide-defensive-layer-2#defensive-layer-2-implementing-monitoring-capabilities',
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
    ],
    basis: 'explicit',
    why:
      'A session that outlives its user\'s attention can be picked up by anyone at an unlocked screen, or replayed from a stolen cookie, for as long as it stays valid. ' +
      'MoJ guidance asks for session timeouts (Defensive layer 2) and drops idle connections after a default period, normally under 30 minutes (System Lockdown and Hardening Standard).',
    howToFix:
      'Set the idle timeout to 30 minutes or less (for example server.servlet.session.timeout=30m, setMaxInactiveInterval(1800), IdleTimeout = TimeSpan.FromMinutes(30)), and keep absolute session lifetimes short too.',
    fixSafety: 'suggestion',
    thresholds: [
      {
        name: 'maxIdleMinutes',
        description: 'The longest idle period, in minutes, a session may stay valid.',
        default: DEFAULT_LIMIT_MINUTES,
        source: 'MoJ System Lockdown and Hardening Standard (Services, security, and networking applications): idle connections dropped after a default period, normally under 30 minutes',
      },
    ],
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'properties', 'yaml', 'xml', 'ini', 'dotenv', 'json'],
    prefilter: [
      'maxAge', 'MaxAge', 'SESSION_COOKIE_AGE', 'PERMANENT_SESSION_LIFETIME', 'permanent_session_lifetime', 'setMaxInactiveInterval', 'session-timeout',
      'session.timeout', 'IdleTimeout', 'ExpireTimeSpan', 'sessionState', 'forms', 'gc_maxlifetime', 'cookie_lifetime', 'lifetime', 'expire_after',
      'timeout_in', 'ssoSessionIdleTimeout', 'SESSION_LIFETIME', 'session:',
    ],
    examples: {
      javascript: "app.use(session({ secret, rolling: true, cookie: { maxAge: 30 * 60 * 1000 } }));",
      typescript: "app.use(session({ secret, rolling: true, cookie: { maxAge: 30 * 60 * 1000 } }));",
      python: 'SESSION_COOKIE_AGE = 1800\nSESSION_SAVE_EVERY_REQUEST = True',
      java: 'session.setMaxInactiveInterval(1800);',
      csharp: 'services.AddSession(options => options.IdleTimeout = TimeSpan.FromMinutes(30));',
      go: 'sessionManager.IdleTimeout = 30 * time.Minute',
      php: "ini_set('session.gc_maxlifetime', 1800);",
      ruby: 'config.timeout_in = 30.minutes',
      properties: 'server.servlet.session.timeout=30m',
      yaml: 'server:\n  servlet:\n    session:\n      timeout: 30m',
      xml: '<session-config>\n  <session-timeout>30</session-timeout>\n</session-config>',
      ini: 'session.gc_maxlifetime = 1800',
      dotenv: 'SESSION_LIFETIME=30',
      json: '"ssoSessionIdleTimeout": 1800',
    },
  },
  check,
};
