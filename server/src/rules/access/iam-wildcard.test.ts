/**
 * access/iam-wildcard: AWS policy statements that allow every action, a whole service, NotAction,
 * sensitive actions on every resource, or a public principal without a Condition, in JSON policy
 * files, CloudFormation, Terraform jsonencode (also in inline_policy blocks), heredocs and
 * aws_iam_policy_document, and Serverless Framework statements; GCP primitive roles for allUsers.
 * Safe cases: scoped grants, read-only actions on "*", Deny statements, conditional public
 * principals, service trust policies, the default KMS key policy, public S3 policies (owned by
 * access/public-storage) and JSON that is not a policy.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { iamWildcard } from './iam-wildcard';

const CONTROL =
  'MoJ requires access to follow least privilege and need-to-know (Access Control guide; Technical Controls Policy, POL.TCP.041).';

export const table: RuleTable = {
  rule: iamWildcard,
  invalid: [
    {
      name: 'JSON policy file: Action "*" on Resource "*"',
      path: 'iam/admin-policy.json',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}\n',
      findings: [
        { line: 6, column: 18, endColumn: 19, message: `This policy statement allows every action ("*") on every resource ("Resource": "*"), which is administrator access. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'JSON policy file: "*:*" in an action list, and a service wildcard',
      path: 'iam/deploy.json',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Action": ["*:*"],\n    "Resource": "arn:aws:s3:::cases-deploy/*"\n  }\n}\n',
      findings: [
        { line: 5, column: 17, endColumn: 20, message: `This policy statement allows every action ("*:*"), which is full control of the resources it names. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`, severity: 'medium', confidence: 'high', fix: null }, // "*:*"
      ],
    },
    {
      name: 'Terraform jsonencode: service wildcard on every resource; Describe* stays silent',
      path: 'iam/main.tf',
      code: 'resource "aws_iam_policy" "ops" {\n  name = "ops"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["iam:*", "ec2:Describe*"]\n        Resource = "*"\n      },\n    ]\n  })\n}\n',
      findings: [
        { line: 8, column: 22, endColumn: 27, message: `This policy statement allows every iam action ("iam:*") on every resource ("Resource": "*"), including ones that change or delete data and permissions. ${CONTROL} List the iam actions the role needs.`, severity: 'medium', confidence: 'high', fix: null }, // "iam:*"
      ],
    },
    {
      name: 'Terraform heredoc JSON: NotAction with Allow, and iam:PassRole on "*"',
      path: 'iam/legacy.tf',
      code: 'resource "aws_iam_role_policy" "legacy" {\n  role   = aws_iam_role.app.id\n  policy = <<-EOF\n    {\n      "Version": "2012-10-17",\n      "Statement": [\n        {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},\n        {"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": "*"}\n      ]\n    }\n  EOF\n}\n',
      findings: [
        { line: 7, column: 30, endColumn: 39, message: `This Allow statement uses NotAction, so it allows every action except the ones listed, including actions AWS adds later. ${CONTROL} List the allowed actions under Action instead.`, severity: 'medium', confidence: 'high', fix: null }, // "NotAction"
        { line: 8, column: 70, endColumn: 71, message: `This policy statement allows iam:PassRole on every resource ("Resource": "*"), not only on the resources the role works with. ${CONTROL} Name the resources (ARNs) it applies to.`, severity: 'medium', confidence: 'medium', fix: null }, // "*"
      ],
    },
    {
      name: 'aws_iam_policy_document: wildcard statement, public trust principal, Get* on secrets',
      path: 'iam/documents.tf',
      code: 'data "aws_iam_policy_document" "app" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n\n  statement {\n    actions   = ["secretsmanager:Get*"]\n    resources = ["*"]\n  }\n}\n\ndata "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n  }\n}\n',
      findings: [
        { line: 3, column: 19, endColumn: 20, message: `This policy statement allows every action ("*") on every resource ("Resource": "*"), which is administrator access. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`, severity: 'high', confidence: 'high', fix: null }, // "*"
        { line: 9, column: 19, endColumn: 20, message: `This policy statement allows secretsmanager:Get* (which includes secretsmanager:GetSecretValue) on every resource ("Resource": "*"), not only on the resources the role works with. ${CONTROL} Name the resources (ARNs) it applies to.`, severity: 'medium', confidence: 'medium', fix: null }, // "*"
        { line: 18, column: 23, endColumn: 24, message: `This policy statement allows anyone (principal "*") and has no Condition, so any AWS account, or anyone at all, can use it. ${CONTROL} Name the accounts, roles or services that need access, or add a Condition such as aws:PrincipalOrgID or aws:SourceArn.`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'CloudFormation YAML: inline role policy with Action "*" and a public trust policy',
      path: 'cfn/role.yaml',
      code: 'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: everything\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: "*"\n                Resource: !Sub "arn:aws:s3:::${CasesBucket}/*"\n',
      findings: [
        { line: 8, column: 25, endColumn: 26, message: `This policy statement allows anyone (principal "*") and has no Condition, so any AWS account, or anyone at all, can use it. ${CONTROL} Name the accounts, roles or services that need access, or add a Condition such as aws:PrincipalOrgID or aws:SourceArn.`, severity: 'high', confidence: 'high', fix: null }, // "*"
        { line: 15, column: 26, endColumn: 27, message: `This policy statement allows every action ("*"), which is full control of the resources it names. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`, severity: 'medium', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'SQS queue policy open to principal * without a Condition',
      path: 'cfn/queue.json',
      code: '{\n  "Resources": {\n    "JobsQueuePolicy": {\n      "Type": "AWS::SQS::QueuePolicy",\n      "Properties": {\n        "PolicyDocument": {\n          "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:eu-west-2:111122223333:jobs" }]\n        }\n      }\n    }\n  }\n}\n',
      findings: [
        { line: 7, column: 69, endColumn: 70, message: `This policy statement allows anyone (principal "*") and has no Condition, so any AWS account, or anyone at all, can use it. ${CONTROL} Name the accounts, roles or services that need access, or add a Condition such as aws:PrincipalOrgID or aws:SourceArn.`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'GCP: roles/editor and roles/owner for allUsers / allAuthenticatedUsers',
      path: 'gcp/iam.tf',
      code: 'resource "google_project_iam_member" "public_editor" {\n  project = "cases-prod"\n  role    = "roles/editor"\n  member  = "allUsers"\n}\n\nresource "google_project_iam_binding" "owners" {\n  project = "cases-prod"\n  role    = "roles/owner"\n  members = ["group:platform@justice.gov.uk", "allAuthenticatedUsers"]\n}\n',
      findings: [
        { line: 4, column: 14, endColumn: 22, message: `This binding gives roles/editor to allUsers, that is to anyone on the internet, with full control of every resource in scope. ${CONTROL} Grant a narrow role to named users, groups or service accounts.`, severity: 'high', confidence: 'high', fix: null }, // "allUsers"
        { line: 10, column: 48, endColumn: 69, message: `This binding gives roles/owner to allAuthenticatedUsers, that is to anyone with a Google account, with full control of every resource in scope. ${CONTROL} Grant a narrow role to named users, groups or service accounts.`, severity: 'high', confidence: 'high', fix: null }, // "allAuthenticatedUsers"
      ],
    },
    {
      name: 'Serverless Framework: iamRoleStatements and iam.role.statements',
      path: 'serverless.yml',
      code: 'service: cases-api\nprovider:\n  name: aws\n  iamRoleStatements:\n    - Effect: Allow\n      Action:\n        - dynamodb:*\n      Resource: "*"\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: "*"\n          Resource: "*"\n',
      findings: [
        { line: 7, column: 11, endColumn: 21, message: `This policy statement allows every dynamodb action ("dynamodb:*") on every resource ("Resource": "*"), including ones that change or delete data and permissions. ${CONTROL} List the dynamodb actions the role needs.`, severity: 'medium', confidence: 'high', fix: null }, // "dynamodb:*"
        { line: 13, column: 20, endColumn: 21, message: `This policy statement allows every action ("*") on every resource ("Resource": "*"), which is administrator access. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'aws_iam_role inline_policy block: s3:* on every resource; the Lambda trust policy stays silent',
      path: 'iam/role.tf',
      code: 'resource "aws_iam_role" "app" {\n  name = "app"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]\n  })\n\n  inline_policy {\n    name = "all-s3"\n    policy = jsonencode({\n      Version   = "2012-10-17"\n      Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = "*" }]\n    })\n  }\n}\n',
      findings: [
        { line: 12, column: 51, endColumn: 55, message: `This policy statement allows every s3 action ("s3:*") on every resource ("Resource": "*"), including ones that change or delete data and permissions. ${CONTROL} List the s3 actions the role needs.`, severity: 'medium', confidence: 'high', fix: null }, // "s3:*"
      ],
    },
    {
      name: 'aws_iam_policy_document: not_actions with the default Allow effect, and an SNS topic policy for principal *',
      path: 'iam/topic.tf',
      code: 'data "aws_iam_policy_document" "power_user" {\n  statement {\n    not_actions = ["iam:*", "organizations:*"]\n    resources   = ["*"]\n  }\n}\n\ndata "aws_iam_policy_document" "topic" {\n  statement {\n    actions   = ["sns:Publish"]\n    resources = [aws_sns_topic.alerts.arn]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n',
      findings: [
        { line: 3, column: 5, endColumn: 16, message: `This Allow statement uses NotAction, so it allows every action except the ones listed, including actions AWS adds later. ${CONTROL} List the allowed actions under Action instead.`, severity: 'medium', confidence: 'high', fix: null }, // "not_actions"
        { line: 14, column: 23, endColumn: 24, message: `This policy statement allows anyone (principal "*") and has no Condition, so any AWS account, or anyone at all, can use it. ${CONTROL} Name the accounts, roles or services that need access, or add a Condition such as aws:PrincipalOrgID or aws:SourceArn.`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
  ],
  valid: [
    {
      name: 'scoped actions and resources',
      path: 'iam/reader.json',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::cases", "arn:aws:s3:::cases/*"] }\n  ]\n}\n',
    },
    {
      name: 'read-only describe and list actions on "*" are normal',
      path: 'iam/monitoring.tf',
      code: 'data "aws_iam_policy_document" "monitoring" {\n  statement {\n    actions   = ["ec2:Describe*", "cloudwatch:GetMetricData", "logs:CreateLogStream", "logs:PutLogEvents"]\n    resources = ["*"]\n  }\n}\n',
    },
    {
      name: 'Deny statements with wildcards',
      path: 'iam/guardrail.json',
      code: '{\n  "Statement": [\n    { "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } } },\n    { "Effect": "Deny", "NotAction": ["iam:ChangePassword"], "Resource": "*" }\n  ]\n}\n',
    },
    {
      name: 'principal * restricted by a Condition',
      path: 'iam/endpoint.tf',
      code: 'data "aws_iam_policy_document" "endpoint" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.jobs.arn]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:PrincipalOrgID"\n      values   = ["o-a1b2c3d4e5"]\n    }\n  }\n}\n',
    },
    {
      name: 'the default KMS key policy (kms:* for the account root)',
      path: 'kms/key.tf',
      code: 'resource "aws_kms_key" "cases" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "EnableRootPermissions"\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action    = "kms:*"\n      Resource  = "*"\n    }]\n  })\n}\n',
    },
    {
      name: 'a public S3 bucket policy belongs to access/public-storage',
      path: 'storage/policy.json',
      code: '{\n  "Statement": [\n    { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::cases-site/*" }\n  ]\n}\n',
    },
    {
      name: 'GCP: narrow roles, and primitive roles for named members',
      path: 'gcp/iam.tf',
      code: 'resource "google_project_iam_member" "viewer" {\n  project = "cases-prod"\n  role    = "roles/viewer"\n  member  = "allAuthenticatedUsers"\n}\n\nresource "google_project_iam_member" "owner" {\n  project = "cases-prod"\n  role    = "roles/owner"\n  member  = "group:platform@justice.gov.uk"\n}\n',
    },
    {
      name: 'JSON that is not a policy',
      path: 'config/settings.json',
      code: '{ "Statement": "Action * is a wildcard", "Action": "*", "Resource": "*" }\n',
    },
    {
      name: 'a policy from a variable',
      path: 'iam/var.tf',
      code: 'resource "aws_iam_policy" "p" {\n  policy = var.policy_json\n}\n',
    },
    {
      name: 'Serverless Framework: scoped statements',
      path: 'serverless.yml',
      code: 'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action:\n            - dynamodb:GetItem\n            - dynamodb:PutItem\n          Resource: arn:aws:dynamodb:eu-west-2:111122223333:table/cases\n',
    },
  ],
};

describeRule(table);
