# Deliberately insecure sample: never copy.

# Reported: DMARC p=none delivers spoofed mail.
resource "aws_route53_record" "dmarc" {
  zone_id = aws_route53_zone.service.zone_id
  name    = "_dmarc.cases.example.service.justice.gov.uk"
  type    = "TXT"
  ttl     = 300
  records = ["v=DMARC1; p=none; rua=mailto:dmarc-rua@dmarc.service.gov.uk"]
}

# Safe: SPF hard-fails unlisted senders.
resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.service.zone_id
  name    = "cases.example.service.justice.gov.uk"
  type    = "TXT"
  ttl     = 300
  records = ["v=spf1 include:_spf.google.com -all"]
}
