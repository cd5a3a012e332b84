# Account password policy (sample; deliberately insecure): short passwords and forced expiry.
resource "aws_iam_account_password_policy" "staff" {
  minimum_password_length = 6
  max_password_age        = 90
}
