/**
 * access/public-storage: storage anyone can read or write: public S3 canned ACLs and group grants,
 * public access blocks turned off, bucket policies for principal "*" without a Condition (JSON,
 * CloudFormation, jsonencode, aws_iam_policy_document), GCS allUsers members and public ACLs,
 * Azure public blob access and public containers. Safe cases: private buckets, CloudFront origin
 * access control, VPC-endpoint conditions, Deny statements, log-delivery ACLs, named members.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { publicStorage } from './public-storage';

const CONTROL =
  'MoJ requires access to information to follow least privilege and need-to-know (Access Control guide).';
const SHARE =
  'Keep the bucket private and share objects through CloudFront with origin access control or presigned URLs; a public website needs a recorded exception.';

export const table: RuleTable = {
  rule: publicStorage,
  invalid: [
    {
      name: 'aws_s3_bucket acl = "public-read" (a website bucket is still reported, at medium)',
      path: 'storage/site.tf',
      code: 'resource "aws_s3_bucket" "site" {\n  bucket = "cases-site"\n  acl    = "public-read"\n\n  website {\n    index_document = "index.html"\n  }\n}\n',
      findings: [
        { line: 3, column: 13, endColumn: 24, message: `This bucket ACL (public-read) lets anyone on the internet list and read its objects. ${CONTROL} ${SHARE}`, severity: 'medium', confidence: 'high', fix: { title: 'Make the ACL private', output: 'resource "aws_s3_bucket" "site" {\n  bucket = "cases-site"\n  acl    = "private"\n\n  website {\n    index_document = "index.html"\n  }\n}\n' } }, // "public-read"
      ],
    },
    {
      name: 'aws_s3_bucket_acl public-read-write',
      path: 'storage/uploads.tf',
      code: 'resource "aws_s3_bucket_acl" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n  acl    = "public-read-write"\n}\n',
      findings: [
        { line: 3, column: 13, endColumn: 30, message: `This bucket ACL (public-read-write) lets anyone on the internet list, read and overwrite its objects. ${CONTROL} ${SHARE}`, severity: 'high', confidence: 'high', fix: { title: 'Make the ACL private', output: 'resource "aws_s3_bucket_acl" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n  acl    = "private"\n}\n' } }, // "public-read-write"
      ],
    },
    {
      name: 'ACL grant to the AllUsers group',
      path: 'storage/grant.tf',
      code: 'resource "aws_s3_bucket_acl" "reports" {\n  bucket = aws_s3_bucket.reports.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"\n      }\n      permission = "READ"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
      findings: [
        { line: 7, column: 17, endColumn: 64, message: `This bucket ACL grants READ to anyone on the internet. ${CONTROL} ${SHARE}`, severity: 'medium', confidence: 'high', fix: null }, // "http://acs.amazonaws.com/groups/global/AllUsers"
      ],
    },
    {
      name: 'public access block with two settings off',
      path: 'storage/block.tf',
      code: 'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = false\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = false\n}\n',
      findings: [
        { line: 3, column: 29, endColumn: 34, message: `This S3 public access block turns block_public_acls off, so new public ACLs are accepted. ${CONTROL} Set it to true. ${SHARE}`, severity: 'medium', confidence: 'high', fix: { title: 'Set block_public_acls to true', output: 'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = false\n}\n' } }, // "false"
        { line: 6, column: 29, endColumn: 34, message: `This S3 public access block turns restrict_public_buckets off, so a public bucket policy gives anyone access. ${CONTROL} Set it to true. ${SHARE}`, severity: 'medium', confidence: 'high', fix: { title: 'Set restrict_public_buckets to true', output: 'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = false\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n' } }, // "false"
      ],
    },
    {
      name: 'bucket policy in jsonencode: s3:GetObject for principal *',
      path: 'storage/policy.tf',
      code: 'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n',
      findings: [
        { line: 7, column: 20, endColumn: 21, message: `This bucket policy lets anyone (principal "*") read objects in this bucket, with no Condition to limit who. ${CONTROL} Name the principals that need access, or add a Condition such as aws:SourceArn for CloudFront. ${SHARE}`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'bucket policy document: s3:PutObject for AWS *',
      path: 'storage/document.tf',
      code: 'data "aws_iam_policy_document" "drop" {\n  statement {\n    actions   = ["s3:PutObject"]\n    resources = ["${aws_s3_bucket.drop.arn}/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n  }\n}\n',
      findings: [
        { line: 7, column: 23, endColumn: 24, message: `This bucket policy lets anyone (principal "*") change or delete objects in this bucket, with no Condition to limit who. ${CONTROL} Name the principals that need access, or add a Condition such as aws:SourceArn for CloudFront. ${SHARE}`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'JSON bucket policy file',
      path: 'storage/bucket-policy.json',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "PublicRead", "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::cases-site/*" }\n  ]\n}\n',
      findings: [
        { line: 4, column: 70, endColumn: 71, message: `This bucket policy lets anyone (principal "*") read objects in this bucket, with no Condition to limit who. ${CONTROL} Name the principals that need access, or add a Condition such as aws:SourceArn for CloudFront. ${SHARE}`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'CloudFormation: AccessControl PublicRead, public access block off, public bucket policy',
      path: 'cfn/site.yaml',
      code: 'Resources:\n  SiteBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: false\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  SiteBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref SiteBucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${SiteBucket.Arn}/*"\n',
      findings: [
        { line: 5, column: 22, endColumn: 32, message: `This bucket ACL (PublicRead) lets anyone on the internet list and read its objects. ${CONTROL} ${SHARE}`, severity: 'medium', confidence: 'high', fix: { title: 'Make the ACL Private', output: 'Resources:\n  SiteBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: false\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  SiteBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref SiteBucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${SiteBucket.Arn}/*"\n' } }, // "PublicRead"
        { line: 7, column: 26, endColumn: 31, message: `This S3 public access block turns BlockPublicAcls off, so new public ACLs are accepted. ${CONTROL} Set it to true. ${SHARE}`, severity: 'medium', confidence: 'high', fix: { title: 'Set BlockPublicAcls to true', output: 'Resources:\n  SiteBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  SiteBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref SiteBucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${SiteBucket.Arn}/*"\n' } }, // "false"
        { line: 18, column: 25, endColumn: 26, message: `This bucket policy lets anyone (principal "*") read objects in this bucket, with no Condition to limit who. ${CONTROL} Name the principals that need access, or add a Condition such as aws:SourceArn for CloudFront. ${SHARE}`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'GCS: allUsers object viewer, allAuthenticatedUsers admin, publicRead ACL',
      path: 'gcp/storage.tf',
      code: 'resource "google_storage_bucket_iam_member" "public" {\n  bucket = google_storage_bucket.docs.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n\nresource "google_storage_bucket_iam_binding" "admins" {\n  bucket  = google_storage_bucket.docs.name\n  role    = "roles/storage.objectAdmin"\n  members = ["allAuthenticatedUsers"]\n}\n\nresource "google_storage_bucket_acl" "docs" {\n  bucket         = google_storage_bucket.docs.name\n  predefined_acl = "publicRead"\n}\n',
      findings: [
        { line: 4, column: 13, endColumn: 21, message: `This binding gives roles/storage.objectViewer on the bucket to allUsers, so anyone on the internet can read its objects. ${CONTROL} Grant the role to named users, groups or service accounts; serve public content through a load balancer or signed URLs.`, severity: 'medium', confidence: 'high', fix: null }, // "allUsers"
        { line: 10, column: 15, endColumn: 36, message: `This binding gives roles/storage.objectAdmin on the bucket to allAuthenticatedUsers, so anyone with a Google account can change its objects. ${CONTROL} Grant the role to named users, groups or service accounts; serve public content through a load balancer or signed URLs.`, severity: 'high', confidence: 'high', fix: null }, // "allAuthenticatedUsers"
        { line: 15, column: 21, endColumn: 31, message: `This ACL (publicRead) lets anyone on the internet read the bucket's objects. ${CONTROL} Use "private" or "projectPrivate".`, severity: 'medium', confidence: 'high', fix: { title: 'Make the ACL projectPrivate', output: 'resource "google_storage_bucket_iam_member" "public" {\n  bucket = google_storage_bucket.docs.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n\nresource "google_storage_bucket_iam_binding" "admins" {\n  bucket  = google_storage_bucket.docs.name\n  role    = "roles/storage.objectAdmin"\n  members = ["allAuthenticatedUsers"]\n}\n\nresource "google_storage_bucket_acl" "docs" {\n  bucket         = google_storage_bucket.docs.name\n  predefined_acl = "projectPrivate"\n}\n' } }, // "publicRead"
      ],
    },
    {
      name: 'Azure: public blob access on the account, a public container',
      path: 'azure/storage.tf',
      code: 'resource "azurerm_storage_account" "docs" {\n  name                     = "casesdocs"\n  account_tier             = "Standard"\n  allow_blob_public_access = true\n}\n\nresource "azurerm_storage_container" "docs" {\n  name                  = "docs"\n  storage_account_name  = azurerm_storage_account.docs.name\n  container_access_type = "container"\n}\n',
      findings: [
        { line: 4, column: 30, endColumn: 34, message: `This storage account allows public blob access (allow_blob_public_access = true), so any container in it can be made readable by anyone on the internet. ${CONTROL} Set it to false and share blobs with SAS tokens or Entra ID roles.`, severity: 'medium', confidence: 'high', fix: { title: 'Set allow_blob_public_access = false', output: 'resource "azurerm_storage_account" "docs" {\n  name                     = "casesdocs"\n  account_tier             = "Standard"\n  allow_blob_public_access = false\n}\n\nresource "azurerm_storage_container" "docs" {\n  name                  = "docs"\n  storage_account_name  = azurerm_storage_account.docs.name\n  container_access_type = "container"\n}\n' } }, // "true"
        { line: 10, column: 28, endColumn: 37, message: `This container's access type is "container", so anyone on the internet can list and read every blob in this container. ${CONTROL} Use "private" and share blobs with SAS tokens or Entra ID roles.`, severity: 'medium', confidence: 'high', fix: { title: 'Make the container private', output: 'resource "azurerm_storage_account" "docs" {\n  name                     = "casesdocs"\n  account_tier             = "Standard"\n  allow_blob_public_access = true\n}\n\nresource "azurerm_storage_container" "docs" {\n  name                  = "docs"\n  storage_account_name  = azurerm_storage_account.docs.name\n  container_access_type = "private"\n}\n' } }, // "container"
      ],
    },
  ],
  valid: [
    {
      name: 'private bucket with the public access block on',
      path: 'storage/private.tf',
      code: 'resource "aws_s3_bucket" "documents" {\n  bucket = "cases-documents"\n}\n\nresource "aws_s3_bucket_acl" "documents" {\n  bucket = aws_s3_bucket.documents.id\n  acl    = "private"\n}\n\nresource "aws_s3_bucket_public_access_block" "documents" {\n  bucket                  = aws_s3_bucket.documents.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
    },
    {
      name: 'CloudFront origin access control: a service principal with a SourceArn condition',
      path: 'storage/oac.json',
      code: '{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "Service": "cloudfront.amazonaws.com" },\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::cases-site/*",\n      "Condition": { "StringEquals": { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" } }\n    }\n  ]\n}\n',
    },
    {
      name: 'principal * limited to a VPC endpoint',
      path: 'storage/vpce.tf',
      code: 'data "aws_iam_policy_document" "vpce" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.internal.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceVpce"\n      values   = [aws_vpc_endpoint.s3.id]\n    }\n  }\n}\n',
    },
    {
      name: 'Deny statements for principal * (enforcing TLS)',
      path: 'storage/tls.json',
      code: '{\n  "Statement": [\n    { "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::cases/*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }\n  ]\n}\n',
    },
    {
      name: 'log-delivery-write and private canned ACLs',
      path: 'storage/logs.tf',
      code: 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "log-delivery-write"\n}\n',
    },
    {
      name: 'GCS bucket for a named group; Azure private container and public access off',
      path: 'multi.tf',
      code: 'resource "google_storage_bucket_iam_member" "team" {\n  bucket = google_storage_bucket.docs.name\n  role   = "roles/storage.objectViewer"\n  member = "group:cases@justice.gov.uk"\n}\n\nresource "azurerm_storage_account" "docs" {\n  allow_nested_items_to_be_public = false\n}\n\nresource "azurerm_storage_container" "docs" {\n  container_access_type = "private"\n}\n',
    },
    {
      name: 'CloudFormation: private bucket',
      path: 'cfn/bucket.yaml',
      code: 'Resources:\n  DocumentsBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
    },
    {
      name: 'a wildcard IAM statement without a principal belongs to access/iam-wildcard',
      path: 'iam/admin.json',
      code: '{ "Statement": [ { "Effect": "Allow", "Action": "*", "Resource": "*" } ] }\n',
    },
  ],
};

describeRule(table);
