/**
 * Sanitisers recognised by name in every language, for sink kinds whose escaping APIs have
 * distinctive names: LDAP filters and distinguished names, and XPath expressions. The language
 * modules answer for conversions and for the SQL and shell quoting APIs; this table answers for
 * the rest, so a new sink kind does not need an edit in seven language modules.
 *
 * A name counts only when it cannot mean something else: `escape_filter_chars`, `ldap_escape`,
 * `LdapEncoder.filterEncode`. Generic names (`escape`) count only with an owner that says LDAP
 * (`Net::LDAP::Filter.escape`).
 */
import type { SyntaxNode } from '../contract';
import { compact, type FlowContext, type SanitiserStrength, type SinkKind } from './syntax';

/** Method or function names that escape a value for an LDAP filter or DN, whatever their owner. */
const LDAP_ESCAPERS: ReadonlySet<string> = new Set([
  // python-ldap and ldap3
  'escape_filter_chars', 'escape_dn_chars', 'filter_format', 'escape_rdn',
  // Spring LDAP, OWASP ESAPI and the Encoder, JNDI's Rdn
  'filterEncode', 'nameEncode', 'encodeForLDAP', 'encodeForDN', 'escapeValue',
  // Microsoft AntiXSS / Web Protection Library
  'LdapFilterEncode', 'LdapDistinguishedNameEncode',
  // PHP
  'ldap_escape',
  // go-ldap
  'EscapeFilter', 'EscapeDN',
  // Node: ldap-escape, ldapjs helpers
  'escapeFilter', 'escapeDN', 'escapeFilterValue', 'escapeDnValue',
]);

/** Owners whose generic `escape` method escapes for LDAP (Ruby's `Net::LDAP::Filter.escape`). */
const LDAP_ESCAPE_OWNERS: readonly string[] = ['Net::LDAP::Filter', 'LDAP::Filter', 'Filter'];

/**
 * OWASP ESAPI's XPath encoder, and XML escaping (Apache Commons Text and Lang), which turns quotes
 * into `&apos;` and `&quot;` so a value cannot close an XPath string literal. XPath has no other
 * common escaping API: variables are the fix.
 */
const XPATH_ESCAPERS: ReadonlySet<string> = new Set(['encodeForXPath', 'escapeXml', 'escapeXml10', 'escapeXml11']);

/** Whether `node` is a call to a sanitiser this table knows for the sink. */
export function namedSanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (sink !== 'ldap' && sink !== 'xpath') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  if (sink === 'xpath') return XPATH_ESCAPERS.has(call.name) ? 'strong' : undefined;
  if (LDAP_ESCAPERS.has(call.name)) return 'strong';
  if (call.name === 'escape' && call.receiver !== undefined) {
    const owner = compact(call.receiver.text);
    if (LDAP_ESCAPE_OWNERS.some((candidate) => owner === candidate || owner.endsWith(`::${candidate}`))) return 'strong';
  }
  return undefined;
}
