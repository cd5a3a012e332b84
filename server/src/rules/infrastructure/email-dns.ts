/**
 * infrastructure/email-dns: DNS-as-code that leaves a domain open to email spoofing.
 *
 * - a DMARC record (`v=DMARC1; …`) with `p=none`: failing mail is still delivered (medium);
 * - an SPF record (`v=spf1 …`) ending in `+all` or a bare `all`, which authorises every server
 *   on the internet (high), or `?all`, which asserts nothing (low).
 *
 * The record text is recognised wherever DNS-as-code writes it, because `v=DMARC1` and `v=spf1`
 * mean nothing else: Terraform `aws_route53_record` `records`, `google_dns_record_set` `rrdatas`,
 * `azurerm_dns_txt_record` `record { value }`, `cloudflare_record` `value`/`content`,
 * CloudFormation `AWS::Route53::RecordSet(Group)` `ResourceRecords` (with or without the inner
 * quotes DNS needs), and octoDNS YAML (`v=DMARC1\; p=none`). Each value is read on its own, so
 * an SPF record split into several strings is judged by the string holding the `all` mechanism.
 *
 * Not reported: `~all` (softfail, the common transition setting); `p=quarantine` (it enforces);
 * `sp=none` beside an enforcing `p=`; missing DKIM or missing records (a per-record scan cannot
 * see what a zone lacks); BIND zone files, which the engine has no reader for.
 */
import type { ConfigModel, Confidence, Fix, Range, Rule, RuleContext, Severity } from '../../engine/contract';

const DMARC_CONTROL = 'MoJ requires domains that send or receive email to publish DMARC with p=reject; p=none is only a fallback (Email Authentication Guide).';
const SPF_CONTROL = 'MoJ expects SPF to hard-fail mail from servers the domain does not list (Email Authentication Guide).';

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly fix?: Fix;
}

function isLetter(character: string): boolean {
  const lower = character.toLowerCase();
  return lower >= 'a' && lower <= 'z';
}

/** Skips quotes, backslashes and blanks that wrap TXT data in some formats: `"\"v=spf1 …\""`. */
function recordStart(raw: string): number {
  let index = 0;
  while (index < raw.length && (raw.charAt(index) === '"' || raw.charAt(index) === '\\' || raw.charAt(index) === "'" || raw.charAt(index) === ' ')) index++;
  return index;
}

function checkDmarc(raw: string, offset: number, hits: Hit[]): void {
  const lower = raw.toLowerCase();
  let at = lower.indexOf('p=', recordStart(raw));
  while (at >= 0) {
    const before = at === 0 ? '' : lower.charAt(at - 1);
    if (!isLetter(before) && before !== '_') break;
    at = lower.indexOf('p=', at + 2);
  }
  if (at < 0) return;
  const valueStart = at + 2;
  let valueEnd = valueStart;
  while (valueEnd < raw.length && isLetter(raw.charAt(valueEnd))) valueEnd++;
  if (lower.slice(valueStart, valueEnd) !== 'none') return;
  const range = { start: offset + at, end: offset + valueEnd };
  hits.push({
    range,
    message: `This DMARC record sets p=none, so mail that fails SPF and DKIM checks is still delivered and the domain can be spoofed. ${DMARC_CONTROL} Move to p=reject once the DMARC reports show legitimate mail passes.`,
    severity: 'medium',
    confidence: 'high',
    fix: { title: 'Set the DMARC policy to p=reject', edits: [{ start: offset + valueStart, end: offset + valueEnd, newText: 'reject' }], safety: 'suggestion' },
  });
}

function checkSpf(raw: string, offset: number, hits: Hit[]): void {
  let index = recordStart(raw);
  while (index < raw.length) {
    while (index < raw.length && (raw.charAt(index) === ' ' || raw.charAt(index) === '\t')) index++;
    let end = index;
    while (end < raw.length && raw.charAt(end) !== ' ' && raw.charAt(end) !== '\t' && raw.charAt(end) !== '"' && raw.charAt(end) !== '\\' && raw.charAt(end) !== "'") end++;
    const token = raw.slice(index, end).toLowerCase();
    const range = { start: offset + index, end: offset + end };
    if (token === '+all' || token === 'all') {
      hits.push({
        range,
        message: `This SPF record ends in ${raw.slice(index, end)}, which authorises every server on the internet to send mail as the domain. ${SPF_CONTROL} End the record with -all.`,
        severity: 'high',
        confidence: 'high',
        fix: { title: 'End the SPF record with -all', edits: [{ ...range, newText: '-all' }], safety: 'suggestion' },
      });
    } else if (token === '?all') {
      hits.push({
        range,
        message: `This SPF record ends in ?all (neutral), which tells receivers nothing about servers it does not list, so it gives no protection against spoofing. ${SPF_CONTROL} End the record with -all (or ~all while testing).`,
        severity: 'low',
        confidence: 'high',
        fix: { title: 'End the SPF record with -all', edits: [{ ...range, newText: '-all' }], safety: 'suggestion' },
      });
    }
    if (end === index) end++;
    index = end;
  }
}

function checkValue(text: string, range: Range, hits: Hit[]): void {
  const raw = text.slice(range.start, range.end);
  const start = recordStart(raw);
  const head = raw.slice(start, start + 8).toLowerCase();
  if (head.startsWith('v=dmarc1')) checkDmarc(raw, range.start, hits);
  else if (head.startsWith('v=spf1')) checkSpf(raw, range.start, hits);
}

function check(context: RuleContext): void {
  const config: ConfigModel | undefined = context.config;
  if (config === undefined) return;
  const text = context.document.text;
  const hits: Hit[] = [];
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    checkValue(text, entry.valueRange, hits);
  }
  for (const hit of hits) context.report({ range: hit.range, message: hit.message, severity: hit.severity, confidence: hit.confidence, ...(hit.fix ? { fix: hit.fix } : {}) });
}

export const emailDns: Rule = {
  meta: {
    id: 'infrastructure/email-dns',
    title: 'DNS record leaves email spoofable (DMARC p=none, SPF +all or ?all)',
    area: 'infrastructure',
    severity: 'medium',
    confidence: 'high',
    cwe: [290, 16],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'email-authentication-guide#domain-based-message-authentication-reporting-and-conformance',
      'email-authentication-guide#sender-policy-framework',
      'email-security-guide#roles-and-responsibilities',
    ],
    basis: 'explicit',
    why:
      'With DMARC at p=none, or SPF ending in +all or ?all, receiving servers deliver mail that claims to come from the domain whoever sent it, which is how phishing impersonates a government service. ' +
      'MoJ requires DMARC set to p=reject for domains that send or receive mail, and SPF to hard-fail when a domain is spoofed (Email Authentication Guide).',
    howToFix: 'Publish DMARC with p=reject (after checking the aggregate reports) and end SPF records with -all.',
    fixSafety: 'suggestion',
    languages: ['terraform', 'yaml', 'json'],
    prefilter: ['v=DMARC1', 'v=spf1'],
    examples: {
      terraform: 'records = ["v=DMARC1; p=reject; rua=mailto:dmarc-rua@dmarc.service.gov.uk"]',
      yaml: "ResourceRecords:\n  - '\"v=spf1 include:_spf.google.com -all\"'",
    },
  },
  check,
};
