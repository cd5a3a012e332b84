/**
 * access/iam-wildcard: cloud IAM grants far wider than any role needs.
 *
 * AWS policy statements with `Effect: Allow` (JSON policy files, CloudFormation policy documents,
 * Terraform `jsonencode`, JSON heredocs and `aws_iam_policy_document` data sources):
 * - every action (`"*"`, `"*:*"`): high on every resource, medium on a named one;
 * - every action of a service (`"s3:*"`, `"iam:*"`): medium;
 * - `NotAction` with Allow, which grants everything not listed, including future actions: medium;
 * - a privilege-escalation or data-access action (`iam:PassRole`, `iam:Put*Policy`,
 *   `sts:AssumeRole`, `secretsmanager:GetSecretValue`, `kms:Decrypt`, `s3:GetObject`, …) on
 *   `Resource: "*"`: medium, medium confidence. Read-only and describe actions on `*` are normal
 *   (many have no resource-level permissions) and stay silent;
 * - a public principal (`"Principal": "*"`, `{"AWS": "*"}`) without a Condition: high, because
 *   anyone can use the grant. S3-only statements and bucket policies are left to
 *   access/public-storage, which owns public buckets.
 * GCP `roles/owner` / `roles/editor` bound to `allUsers` or `allAuthenticatedUsers` (project,
 * folder or organisation IAM members and bindings, `google_iam_policy` data): high.
 *
 * Not reported: Deny statements; partial wildcards (`s3:Get*`, `ec2:Describe*`) unless they reach
 * a sensitive action on `*`; Azure role assignments (whether `Owner` at a subscription is right
 * depends on who the principal is, which the file does not say).
 */
import type { Confidence, ConfigModel, Range, Rule, RuleContext, Severity } from '../../engine/contract';
import { TerraformFile } from '../infrastructure/iac';
import { isAllow, isStorageStatement, policyStatements, publicPrincipals, type PolicyStatement, type PolicyValue } from './policy-statements';

const CONTROL = 'MoJ requires access to follow least privilege and need-to-know (Access Control guide; Technical Controls Policy, POL.TCP.041).';

/** Actions that escalate privilege or read or change data, so `Resource: "*"` matters. */
const SENSITIVE_ACTIONS: readonly string[] = [
  'iam:PassRole', 'iam:CreateUser', 'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile', 'iam:AttachUserPolicy',
  'iam:AttachRolePolicy', 'iam:AttachGroupPolicy', 'iam:PutUserPolicy', 'iam:PutRolePolicy', 'iam:PutGroupPolicy', 'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion', 'iam:UpdateAssumeRolePolicy', 'iam:AddUserToGroup', 'iam:CreateRole',
  'sts:AssumeRole',
  'kms:Decrypt', 'kms:CreateGrant', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion',
  'secretsmanager:GetSecretValue', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath',
  's3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:PutBucketPolicy', 's3:PutBucketAcl', 's3:DeleteBucket',
  'lambda:UpdateFunctionCode', 'lambda:AddPermission',
  'dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem',
];

/** Case-insensitive IAM glob match (`*` any run, `?` one character), iteratively. */
function globMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  let pi = 0;
  let ni = 0;
  let star = -1;
  let mark = 0;
  while (ni < n.length) {
    if (pi < p.length && (p.charAt(pi) === '?' || p.charAt(pi) === n.charAt(ni))) {
      pi++;
      ni++;
    } else if (pi < p.length && p.charAt(pi) === '*') {
      star = pi++;
      mark = ni;
    } else if (star >= 0) {
      pi = star + 1;
      ni = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p.charAt(pi) === '*') pi++;
  return pi === p.length;
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
}

function everyResource(statement: PolicyStatement): boolean {
  return statement.resources.some((resource) => resource.value.trim() === '*');
}

function isFullWildcard(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '*' || trimmed === '*:*';
}

/** `s3:*` → `s3`. */
function serviceWildcard(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed.endsWith(':*')) return undefined;
  const service = trimmed.slice(0, -2);
  return service !== '' && !service.includes('*') && !service.includes(':') ? service : undefined;
}

function checkStatement(statement: PolicyStatement, hits: Hit[]): void {
  if (!isAllow(statement)) return;
  const onEvery = everyResource(statement);
  // In a KMS key policy "Resource": "*" means the key itself, and "kms:*" for the account is AWS's default key policy.
  const keyPolicy = isKeyPolicy(statement);
  const where = onEvery ? ' on every resource ("Resource": "*")' : '';
  let actionReported = false;
  for (const action of statement.actions) {
    if (isFullWildcard(action.value)) {
      hits.push({
        range: action.range,
        message: `This policy statement allows every action ("${action.value.trim()}")${where}, which is ${onEvery ? 'administrator access' : 'full control of the resources it names'}. ${CONTROL} Grant only the actions the role needs, on the resources it needs.`,
        severity: onEvery ? 'high' : 'medium',
        confidence: 'high',
      });
      actionReported = true;
      continue;
    }
    const service = serviceWildcard(action.value);
    if (service !== undefined && !keyPolicy) {
      hits.push({
        range: action.range,
        message: `This policy statement allows every ${service} action ("${action.value.trim()}")${where}, including ones that change or delete data and permissions. ${CONTROL} List the ${service} actions the role needs.`,
        severity: 'medium',
        confidence: onEvery ? 'high' : 'medium',
      });
      actionReported = true;
    }
  }
  if (statement.notActionKey !== undefined && statement.notActions.length > 0) {
    hits.push({
      range: statement.notActionKey,
      message: `This Allow statement uses NotAction, so it allows every action except the ones listed, including actions AWS adds later. ${CONTROL} List the allowed actions under Action instead.`,
      severity: 'medium',
      confidence: 'high',
    });
    actionReported = true;
  }
  if (!actionReported && onEvery && !keyPolicy) checkSensitiveOnEveryResource(statement, hits);
  if (!isStorageStatement(statement) && !statement.hasCondition) {
    const principal = publicPrincipals(statement)[0];
    if (principal !== undefined) {
      hits.push({
        range: principal.range,
        message: `This policy statement allows anyone (principal "*") and has no Condition, so any AWS account, or anyone at all, can use it. ${CONTROL} Name the accounts, roles or services that need access, or add a Condition such as aws:PrincipalOrgID or aws:SourceArn.`,
        severity: 'high',
        confidence: 'high',
      });
    }
  }
}

function isKeyPolicy(statement: PolicyStatement): boolean {
  if (statement.owner === 'aws_kms_key' || statement.owner === 'aws_kms_key_policy' || statement.owner === 'AWS::KMS::Key') return true;
  return statement.principals.length > 0 && statement.actions.length > 0 && statement.actions.every((action) => action.value.trim().toLowerCase().startsWith('kms:'));
}

function checkSensitiveOnEveryResource(statement: PolicyStatement, hits: Hit[]): void {
  const sensitive: { action: PolicyValue; matched: string }[] = [];
  for (const action of statement.actions) {
    const matched = SENSITIVE_ACTIONS.find((name) => globMatches(action.value.trim(), name));
    if (matched !== undefined) sensitive.push({ action, matched });
  }
  const first = sensitive[0];
  const resource = statement.resources.find((value) => value.value.trim() === '*');
  if (first === undefined || resource === undefined) return;
  const shown = first.action.value.trim() === first.matched ? first.matched : `${first.action.value.trim()} (which includes ${first.matched})`;
  hits.push({
    range: resource.range,
    message: `This policy statement allows ${shown} on every resource ("Resource": "*"), not only on the resources the role works with. ${CONTROL} Name the resources (ARNs) it applies to.`,
    severity: 'medium',
    confidence: 'medium',
  });
}

// ---------------------------------------------------------------------------------------------
// GCP
// ---------------------------------------------------------------------------------------------

const GCP_PRIMITIVE_ROLES: ReadonlySet<string> = new Set(['roles/owner', 'roles/editor']);
const GCP_PUBLIC_MEMBERS: ReadonlySet<string> = new Set(['allusers', 'allauthenticatedusers']);
const GCP_IAM_TYPES: ReadonlySet<string> = new Set([
  'google_project_iam_member', 'google_project_iam_binding', 'google_folder_iam_member', 'google_folder_iam_binding',
  'google_organization_iam_member', 'google_organization_iam_binding',
]);

function gcpMessage(role: string, member: string): string {
  const who = member.toLowerCase() === 'allusers' ? 'anyone on the internet' : 'anyone with a Google account';
  return `This binding gives ${role} to ${member}, that is to ${who}, with full control of every resource in scope. ${CONTROL} Grant a narrow role to named users, groups or service accounts.`;
}

function checkGcp(text: string, config: ConfigModel, hits: Hit[]): void {
  const terraform = new TerraformFile(text, config);
  const holders = [
    ...terraform.resources('resource', GCP_IAM_TYPES),
    ...terraform.resources('data', new Set(['google_iam_policy'])).flatMap((policy) => terraform.children(policy, 'binding')),
  ];
  for (const holder of holders) {
    const role = terraform.attribute(holder, 'role')?.value;
    if (role === undefined || !GCP_PRIMITIVE_ROLES.has(role)) continue;
    for (const member of [...terraform.scalars(holder, 'member'), ...terraform.scalars(holder, 'members')]) {
      if (member.value === undefined || member.valueRange === undefined || !GCP_PUBLIC_MEMBERS.has(member.value.trim().toLowerCase())) continue;
      hits.push({ range: member.valueRange, message: gcpMessage(role, member.value.trim()), severity: 'high', confidence: 'high' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const config = context.config;
  if (config === undefined) return;
  const text = context.document.text;
  const hits: Hit[] = [];
  for (const statement of policyStatements(text, config)) checkStatement(statement, hits);
  if (config.format === 'terraform') checkGcp(text, config, hits);
  const seen = new Set<string>();
  for (const hit of hits.sort((a, b) => a.range.start - b.range.start)) {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    context.report({ range: hit.range, message: hit.message, severity: hit.severity, confidence: hit.confidence });
  }
}

export const iamWildcard: Rule = {
  meta: {
    id: 'access/iam-wildcard',
    title: 'IAM policy grants every action, every resource or public access',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [732, 269, 250],
    owasp: 'A01:2021 Broken Access Control',
    policy: [
      'access-control-guide#information-security-principles-for-access-control',
      'technical-controls-policy#privilege-management',
      'technical-controls-policy#identity-and-access-management-policy',
      'privileged-user-guide#management-of-privileged-user-accounts',
    ],
    basis: 'indirect',
    why:
      'A policy that allows "*", a whole service, everything but a list (NotAction), or anyone (principal "*") turns one leaked credential or one compromised workload into control of the account. ' +
      'MoJ requires access to follow least privilege and need-to-know, with extra privileges only on a signed-off business case (Access Control guide; Technical Controls Policy, POL.TCP.028 and POL.TCP.041).',
    howToFix:
      'List the actions the role needs and the resource ARNs it works on; replace NotAction with Action; name the principals, or add a Condition (aws:PrincipalOrgID, aws:SourceArn). ' +
      'Read-only describe and list actions on "*" are fine where the service has no resource-level permissions.',
    fixSafety: 'suggestion',
    languages: ['terraform', 'yaml', 'json'],
    prefilter: ['Statement', 'statement', 'roles/owner', 'roles/editor'],
    examples: {
      json: '{\n  "Effect": "Allow",\n  "Action": ["s3:GetObject"],\n  "Resource": "arn:aws:s3:::cases-documents/*"\n}',
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.cases.arn}/*"]\n}',
      yaml: 'Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: !Sub "${CasesBucket.Arn}/*"',
    },
  },
  check,
};
