/**
 * infrastructure/email-dns: DMARC p=none and SPF +all / all / ?all in DNS-as-code: Terraform for
 * Route 53, Cloudflare, Google Cloud DNS and Azure DNS, CloudFormation record sets and octoDNS YAML.
 * Safe cases: enforcing DMARC and SPF records, sp=none beside p=reject, comments and text that only
 * mentions the tags, include mechanisms whose names contain "all".
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { emailDns } from './email-dns';

const DMARC_CONTROL =
  'MoJ requires domains that send or receive email to publish DMARC with p=reject; p=none is only a fallback (Email Authentication Guide).';
const SPF_CONTROL =
  'MoJ expects SPF to hard-fail mail from servers the domain does not list (Email Authentication Guide).';

export const table: RuleTable = {
  rule: emailDns,
  invalid: [
    {
      name: 'Route 53 DMARC record with p=none',
      path: 'dns/mail.tf',
      code: 'resource "aws_route53_record" "dmarc" {\n  zone_id = aws_route53_zone.main.zone_id\n  name    = "_dmarc.cases.service.justice.gov.uk"\n  type    = "TXT"\n  ttl     = 300\n  records = ["v=DMARC1; p=none; rua=mailto:dmarc-rua@dmarc.service.gov.uk"]\n}\n',
      findings: [
        { line: 6, column: 25, endColumn: 31, message: `This DMARC record sets p=none, so mail that fails SPF and DKIM checks is still delivered and the domain can be spoofed. ${DMARC_CONTROL} Move to p=reject once the DMARC reports show legitimate mail passes.`, severity: 'medium', confidence: 'high', fix: { title: 'Set the DMARC policy to p=reject', output: 'resource "aws_route53_record" "dmarc" {\n  zone_id = aws_route53_zone.main.zone_id\n  name    = "_dmarc.cases.service.justice.gov.uk"\n  type    = "TXT"\n  ttl     = 300\n  records = ["v=DMARC1; p=reject; rua=mailto:dmarc-rua@dmarc.service.gov.uk"]\n}\n' } }, // "p=none"
      ],
    },
    {
      name: 'SPF with +all (Route 53) and ?all (Cloudflare)',
      path: 'dns/spf.tf',
      code: 'resource "aws_route53_record" "spf" {\n  name    = "cases.service.justice.gov.uk"\n  type    = "TXT"\n  records = ["v=spf1 include:_spf.google.com +all"]\n}\n\nresource "cloudflare_record" "spf" {\n  name  = "@"\n  type  = "TXT"\n  value = "v=spf1 ip4:192.0.2.0/24 ?all"\n}\n',
      findings: [
        { line: 4, column: 46, endColumn: 50, message: `This SPF record ends in +all, which authorises every server on the internet to send mail as the domain. ${SPF_CONTROL} End the record with -all.`, severity: 'high', confidence: 'high', fix: { title: 'End the SPF record with -all', output: 'resource "aws_route53_record" "spf" {\n  name    = "cases.service.justice.gov.uk"\n  type    = "TXT"\n  records = ["v=spf1 include:_spf.google.com -all"]\n}\n\nresource "cloudflare_record" "spf" {\n  name  = "@"\n  type  = "TXT"\n  value = "v=spf1 ip4:192.0.2.0/24 ?all"\n}\n' } }, // "+all"
        { line: 10, column: 36, endColumn: 40, message: `This SPF record ends in ?all (neutral), which tells receivers nothing about servers it does not list, so it gives no protection against spoofing. ${SPF_CONTROL} End the record with -all (or ~all while testing).`, severity: 'low', confidence: 'high', fix: { title: 'End the SPF record with -all', output: 'resource "aws_route53_record" "spf" {\n  name    = "cases.service.justice.gov.uk"\n  type    = "TXT"\n  records = ["v=spf1 include:_spf.google.com +all"]\n}\n\nresource "cloudflare_record" "spf" {\n  name  = "@"\n  type  = "TXT"\n  value = "v=spf1 ip4:192.0.2.0/24 -all"\n}\n' } }, // "?all"
      ],
    },
    {
      name: 'Google Cloud DNS: SPF with a bare all, inner quotes',
      path: 'dns/gcp.tf',
      code: 'resource "google_dns_record_set" "spf" {\n  name    = "cases.example.gov.uk."\n  type    = "TXT"\n  rrdatas = ["\\"v=spf1 mx all\\""]\n}\n',
      findings: [
        { line: 4, column: 27, endColumn: 30, message: `This SPF record ends in all, which authorises every server on the internet to send mail as the domain. ${SPF_CONTROL} End the record with -all.`, severity: 'high', confidence: 'high', fix: { title: 'End the SPF record with -all', output: 'resource "google_dns_record_set" "spf" {\n  name    = "cases.example.gov.uk."\n  type    = "TXT"\n  rrdatas = ["\\"v=spf1 mx -all\\""]\n}\n' } }, // "all"
      ],
    },
    {
      name: 'Azure DNS TXT record block',
      path: 'dns/azure.tf',
      code: 'resource "azurerm_dns_txt_record" "dmarc" {\n  name      = "_dmarc"\n  zone_name = azurerm_dns_zone.main.name\n  ttl       = 300\n  record {\n    value = "v=DMARC1;p=none;rua=mailto:dmarc@example.gov.uk"\n  }\n}\n',
      findings: [
        { line: 6, column: 23, endColumn: 29, message: `This DMARC record sets p=none, so mail that fails SPF and DKIM checks is still delivered and the domain can be spoofed. ${DMARC_CONTROL} Move to p=reject once the DMARC reports show legitimate mail passes.`, severity: 'medium', confidence: 'high', fix: { title: 'Set the DMARC policy to p=reject', output: 'resource "azurerm_dns_txt_record" "dmarc" {\n  name      = "_dmarc"\n  zone_name = azurerm_dns_zone.main.name\n  ttl       = 300\n  record {\n    value = "v=DMARC1;p=reject;rua=mailto:dmarc@example.gov.uk"\n  }\n}\n' } }, // "p=none"
      ],
    },
    {
      name: 'CloudFormation record set with DNS quotes',
      path: 'cfn/dns.yaml',
      code: 'Resources:\n  Dmarc:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: _dmarc.cases.example.gov.uk.\n      Type: TXT\n      TTL: "300"\n      ResourceRecords:\n        - \'"v=DMARC1; p=none; rua=mailto:dmarc@example.gov.uk"\'\n',
      findings: [
        { line: 9, column: 23, endColumn: 29, message: `This DMARC record sets p=none, so mail that fails SPF and DKIM checks is still delivered and the domain can be spoofed. ${DMARC_CONTROL} Move to p=reject once the DMARC reports show legitimate mail passes.`, severity: 'medium', confidence: 'high', fix: { title: 'Set the DMARC policy to p=reject', output: 'Resources:\n  Dmarc:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: _dmarc.cases.example.gov.uk.\n      Type: TXT\n      TTL: "300"\n      ResourceRecords:\n        - \'"v=DMARC1; p=reject; rua=mailto:dmarc@example.gov.uk"\'\n' } }, // "p=none"
      ],
    },
    {
      name: 'octoDNS YAML with escaped semicolons',
      path: 'octodns/example.gov.uk.yaml',
      code: '_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=none\\; rua=mailto:dmarc@example.gov.uk\n',
      findings: [
        { line: 3, column: 21, endColumn: 27, message: `This DMARC record sets p=none, so mail that fails SPF and DKIM checks is still delivered and the domain can be spoofed. ${DMARC_CONTROL} Move to p=reject once the DMARC reports show legitimate mail passes.`, severity: 'medium', confidence: 'high', fix: { title: 'Set the DMARC policy to p=reject', output: '_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject\\; rua=mailto:dmarc@example.gov.uk\n' } }, // "p=none"
      ],
    },
  ],
  valid: [
    {
      name: 'DMARC p=reject and quarantine, SPF -all and ~all',
      path: 'dns/ok.tf',
      code: 'resource "aws_route53_record" "dmarc" {\n  type    = "TXT"\n  records = ["v=DMARC1; p=reject; sp=reject; rua=mailto:dmarc-rua@dmarc.service.gov.uk"]\n}\n\nresource "aws_route53_record" "dmarc_staging" {\n  type    = "TXT"\n  records = ["v=DMARC1; p=quarantine; pct=100"]\n}\n\nresource "aws_route53_record" "spf" {\n  type    = "TXT"\n  records = ["v=spf1 include:_spf.google.com -all", "v=spf1 include:spf.protection.outlook.com ~all"]\n}\n',
    },
    {
      name: 'sp=none beside an enforcing p= is not p=none',
      path: 'dns/sub.tf',
      code: 'resource "aws_route53_record" "dmarc" {\n  records = ["v=DMARC1; p=reject; sp=none"]\n}\n',
    },
    {
      name: 'a comment and text that only mentions the tags',
      path: 'dns/notes.tf',
      code: '# Old record: "v=DMARC1; p=none"\nresource "aws_route53_record" "txt" {\n  records = ["google-site-verification=abc123", "note: do not use p=none or +all"]\n}\n',
    },
    {
      name: 'SPF include mechanisms that contain the letters all',
      path: 'dns/include.tf',
      code: 'resource "aws_route53_record" "spf" {\n  records = ["v=spf1 include:mailgun.org include:allmail.example.com -all"]\n}\n',
    },
  ],
};

describeRule(table);
