# Deliberately insecure sample: never copy.

# Reported: storage_encrypted is not set, and RDS defaults to unencrypted.
resource "aws_db_instance" "cases" {
  identifier     = "cases"
  engine         = "postgres"
  instance_class = "db.t3.medium"
}

# Safe: encrypted with the AWS-managed key; no customer-managed key is needed.
resource "aws_db_instance" "audit" {
  identifier        = "audit"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  storage_encrypted = true
}

# Reported: a public-read ACL and a public access block that lets public policies through.
resource "aws_s3_bucket_acl" "exports" {
  bucket = aws_s3_bucket.exports.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

# Reported: every action on every resource.
resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

# Safe: named actions on named resources; describe calls on "*" are normal.
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.exports.arn}/*"]
  }
  statement {
    actions   = ["ec2:DescribeInstances"]
    resources = ["*"]
  }
}
