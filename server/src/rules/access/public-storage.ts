/**
 * access/public-storage: cloud storage that anyone on the internet can read or write.
 *
 * - S3 canned ACLs: Terraform `acl = "public-read" | "public-read-write" | "authenticated-read"`
 *   on `aws_s3_bucket` / `aws_s3_bucket_acl`, ACL grants to the AllUsers or AuthenticatedUsers
 *   groups, CloudFormation `AccessControl: PublicRead | PublicReadWrite | AuthenticatedRead`;
 * - S3 public access blocks turned off: `block_public_acls`, `ignore_public_acls`,
 *   `block_public_policy`, `restrict_public_buckets` set to false (Terraform bucket and account
 *   blocks, CloudFormation `PublicAccessBlockConfiguration`);
 * - bucket policies that allow anyone (principal `*`) to read, list or write objects without a
 *   Condition (bucket policy resources, S3-only statements in JSON, CloudFormation, `jsonencode`,
 *   heredocs and `aws_iam_policy_document`);
 * - GCS buckets and objects shared with `allUsers` / `allAuthenticatedUsers` (IAM members and
 *   bindings, `predefined_acl`, `role_entity`);
 * - Azure storage: `allow_blob_public_access` / `allow_nested_items_to_be_public = true`, and
 *   containers with `container_access_type = "blob"` or `"container"`.
 *
 * A static website bucket is public on purpose, but it is still reported (at medium) so the
 * exception is recorded: MoJ wants access decisions documented. Write access is high. Public
 * statements with a Condition (a VPC endpoint, an organisation id, CloudFront's source ARN) are
 * not public and stay silent. Fixes are suggestions, since they change who can read the data.
 */
import type { Confidence, ConfigEntry, ConfigModel, Fix, Range, Rule, RuleContext, Severity } from '../../engine/contract';
import { cloudFormationResources, isTrue, TerraformFile, type TerraformBlock } from '../infrastructure/iac';
import { isAllow, isStorageStatement, policyStatements, publicPrincipals, type PolicyStatement } from './policy-statements';

const CONTROL = 'MoJ requires access to information to follow least privilege and need-to-know (Access Control guide).';
const SHARE = 'Keep the bucket private and share objects through CloudFront with origin access control or presigned URLs; a public website needs a recorded exception.';

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence?: Confidence;
  readonly fix?: Fix;
}

function replaceFix(title: string, range: Range, newText: string): Fix {
  return { title, edits: [{ start: range.start, end: range.end, newText }], safety: 'suggestion' };
}

/** Canned ACLs: who gets access and whether they can write. */
const S3_CANNED: Readonly<Record<string, { readonly who: string; readonly write: boolean }>> = {
  'public-read': { who: 'anyone on the internet', write: false },
  'public-read-write': { who: 'anyone on the internet', write: true },
  'authenticated-read': { who: 'anyone with an AWS account', write: false },
  PublicRead: { who: 'anyone on the internet', write: false },
  PublicReadWrite: { who: 'anyone on the internet', write: true },
  AuthenticatedRead: { who: 'anyone with an AWS account', write: false },
};

function aclHit(entry: ConfigEntry, privateValue: string): Hit | undefined {
  const value = entry.value?.trim() ?? '';
  const canned = S3_CANNED[value];
  if (canned === undefined || entry.valueRange === undefined) return undefined;
  const access = canned.write ? 'list, read and overwrite' : 'list and read';
  return {
    range: entry.valueRange,
    message: `This bucket ACL (${value}) lets ${canned.who} ${access} its objects. ${CONTROL} ${SHARE}`,
    severity: canned.write ? 'high' : 'medium',
    fix: replaceFix(`Make the ACL ${privateValue}`, entry.valueRange, privateValue),
  };
}

const BLOCK_EFFECTS: Readonly<Record<string, string>> = {
  block_public_acls: 'new public ACLs are accepted',
  ignore_public_acls: 'public ACLs on the bucket and its objects take effect',
  block_public_policy: 'a bucket policy that makes the bucket public is accepted',
  restrict_public_buckets: 'a public bucket policy gives anyone access',
  BlockPublicAcls: 'new public ACLs are accepted',
  IgnorePublicAcls: 'public ACLs on the bucket and its objects take effect',
  BlockPublicPolicy: 'a bucket policy that makes the bucket public is accepted',
  RestrictPublicBuckets: 'a public bucket policy gives anyone access',
};

function blockHit(entry: ConfigEntry): Hit | undefined {
  const effect = BLOCK_EFFECTS[entry.key];
  const value = entry.value?.trim().toLowerCase();
  if (effect === undefined || value !== 'false' || entry.valueRange === undefined) return undefined;
  return {
    range: entry.valueRange,
    message: `This S3 public access block turns ${entry.key} off, so ${effect}. ${CONTROL} Set it to true. ${SHARE}`,
    severity: 'medium',
    fix: replaceFix(`Set ${entry.key} to true`, entry.valueRange, 'true'),
  };
}

// ---------------------------------------------------------------------------------------------
// Bucket policies
// ---------------------------------------------------------------------------------------------

const READ_ACTIONS: readonly string[] = ['s3:getobject', 's3:listbucket', 's3:getobjectversion'];
const WRITE_ACTIONS: readonly string[] = ['s3:putobject', 's3:deleteobject', 's3:putobjectacl', 's3:putbucketpolicy', 's3:deletebucket'];

/** What an action pattern lets anyone do with the objects: `write` beats `read`. */
function accessOf(pattern: string): 'read' | 'write' | undefined {
  const value = pattern.trim().toLowerCase();
  if (value === '*' || value === 's3:*' || value === '*:*') return 'write';
  const matches = (name: string): boolean => (value.endsWith('*') ? name.startsWith(value.slice(0, -1)) : name === value);
  if (WRITE_ACTIONS.some(matches)) return 'write';
  if (READ_ACTIONS.some(matches)) return 'read';
  return undefined;
}

function checkPublicPolicy(statement: PolicyStatement, hits: Hit[]): void {
  if (!isAllow(statement) || statement.hasCondition || !isStorageStatement(statement)) return;
  const principal = publicPrincipals(statement)[0];
  if (principal === undefined) return;
  const accesses = statement.actions.map((action) => accessOf(action.value));
  const access = accesses.includes('write') ? 'write' : accesses.includes('read') ? 'read' : undefined;
  if (access === undefined) return;
  const verb = access === 'write' ? 'change or delete objects in this bucket' : 'read objects in this bucket';
  hits.push({
    range: principal.range,
    message: `This bucket policy lets anyone (principal "*") ${verb}, with no Condition to limit who. ${CONTROL} Name the principals that need access, or add a Condition such as aws:SourceArn for CloudFront. ${SHARE}`,
    severity: 'high',
  });
}

// ---------------------------------------------------------------------------------------------
// Terraform
// ---------------------------------------------------------------------------------------------

const PUBLIC_GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'anyone on the internet',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'anyone with an AWS account',
};

function checkAclGrants(terraform: TerraformFile, acl: TerraformBlock, hits: Hit[]): void {
  for (const policy of terraform.children(acl, 'access_control_policy')) {
    for (const grant of terraform.children(policy, 'grant')) {
      const permission = terraform.attribute(grant, 'permission')?.value ?? '';
      for (const grantee of terraform.children(grant, 'grantee')) {
        const uri = terraform.attribute(grantee, 'uri');
        const who = uri?.value === undefined ? undefined : PUBLIC_GROUPS[uri.value.trim()];
        if (who === undefined || uri?.valueRange === undefined) continue;
        const write = permission !== 'READ' && permission !== 'READ_ACP';
        hits.push({
          range: uri.valueRange,
          message: `This bucket ACL grants ${permission || 'access'} to ${who}. ${CONTROL} ${SHARE}`,
          severity: write ? 'high' : 'medium',
        });
      }
    }
  }
}

const GCS_PUBLIC: Readonly<Record<string, string>> = { allusers: 'anyone on the internet', allauthenticatedusers: 'anyone with a Google account' };
const GCS_READ_ROLES: ReadonlySet<string> = new Set([
  'roles/storage.objectViewer', 'roles/storage.legacyObjectReader', 'roles/storage.legacyBucketReader', 'roles/storage.bucketViewer',
]);

function gcsMemberHits(terraform: TerraformFile, holder: TerraformBlock, hits: Hit[]): void {
  const role = terraform.attribute(holder, 'role')?.value?.trim() ?? '';
  for (const member of [...terraform.scalars(holder, 'member'), ...terraform.scalars(holder, 'members')]) {
    const who = member.value === undefined ? undefined : GCS_PUBLIC[member.value.trim().toLowerCase()];
    if (who === undefined || member.valueRange === undefined) continue;
    const write = role !== '' && !GCS_READ_ROLES.has(role);
    hits.push({
      range: member.valueRange,
      message: `This binding gives ${role || 'a role'} on the bucket to ${member.value?.trim() ?? ''}, so ${who} can ${write ? 'change' : 'read'} its objects. ${CONTROL} Grant the role to named users, groups or service accounts; serve public content through a load balancer or signed URLs.`,
      severity: write ? 'high' : 'medium',
    });
  }
}

const GCS_PREDEFINED: Readonly<Record<string, { readonly who: string; readonly write: boolean }>> = {
  publicRead: { who: 'anyone on the internet', write: false },
  publicReadWrite: { who: 'anyone on the internet', write: true },
  authenticatedRead: { who: 'anyone with a Google account', write: false },
};

function gcsAclHits(terraform: TerraformFile, holder: TerraformBlock, hits: Hit[]): void {
  const predefined = terraform.attribute(holder, 'predefined_acl');
  const canned = predefined?.value === undefined ? undefined : GCS_PREDEFINED[predefined.value.trim()];
  if (canned !== undefined && predefined?.valueRange !== undefined) {
    hits.push({
      range: predefined.valueRange,
      message: `This ACL (${predefined.value?.trim() ?? ''}) lets ${canned.who} ${canned.write ? 'read and change' : 'read'} the bucket's objects. ${CONTROL} Use "private" or "projectPrivate".`,
      severity: canned.write ? 'high' : 'medium',
      fix: replaceFix('Make the ACL projectPrivate', predefined.valueRange, 'projectPrivate'),
    });
  }
  for (const entity of terraform.scalars(holder, 'role_entity')) {
    const [role = '', who = ''] = (entity.value ?? '').split(':');
    const public_ = GCS_PUBLIC[who.trim().toLowerCase()];
    if (public_ === undefined || entity.valueRange === undefined) continue;
    const write = role.trim().toUpperCase() !== 'READER';
    hits.push({
      range: entity.valueRange,
      message: `This ACL entry (${entity.value ?? ''}) lets ${public_} ${write ? 'read and change' : 'read'} the bucket's objects. ${CONTROL} Grant access to named users, groups or service accounts.`,
      severity: write ? 'high' : 'medium',
    });
  }
}

function azureHits(terraform: TerraformFile, resource: TerraformBlock, hits: Hit[]): void {
  if (resource.resourceType === 'azurerm_storage_account') {
    for (const name of ['allow_blob_public_access', 'allow_nested_items_to_be_public']) {
      const entry = terraform.attribute(resource, name);
      if (entry?.valueRange === undefined || !isTrue(entry.value)) continue;
      hits.push({
        range: entry.valueRange,
        message: `This storage account allows public blob access (${name} = true), so any container in it can be made readable by anyone on the internet. ${CONTROL} Set it to false and share blobs with SAS tokens or Entra ID roles.`,
        severity: 'medium',
        fix: replaceFix(`Set ${name} = false`, entry.valueRange, 'false'),
      });
    }
  } else if (resource.resourceType === 'azurerm_storage_container') {
    const entry = terraform.attribute(resource, 'container_access_type');
    const value = entry?.value?.trim();
    if (entry?.valueRange === undefined || (value !== 'blob' && value !== 'container')) return;
    const what = value === 'container' ? 'list and read every blob in this container' : 'read every blob in this container';
    hits.push({
      range: entry.valueRange,
      message: `This container's access type is "${value}", so anyone on the internet can ${what}. ${CONTROL} Use "private" and share blobs with SAS tokens or Entra ID roles.`,
      severity: 'medium',
      fix: replaceFix('Make the container private', entry.valueRange, 'private'),
    });
  }
}

const S3_ACL_TYPES: ReadonlySet<string> = new Set(['aws_s3_bucket', 'aws_s3_bucket_acl']);
const S3_BLOCK_TYPES: ReadonlySet<string> = new Set(['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block']);
const GCS_MEMBER_TYPES: ReadonlySet<string> = new Set([
  'google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding', 'google_storage_bucket_access_control', 'google_storage_object_access_control',
]);
const GCS_ACL_TYPES: ReadonlySet<string> = new Set(['google_storage_bucket_acl', 'google_storage_object_acl', 'google_storage_default_object_acl']);

function checkTerraform(text: string, config: ConfigModel, hits: Hit[]): void {
  const terraform = new TerraformFile(text, config);
  for (const resource of terraform.resources('resource')) {
    const type = resource.resourceType;
    if (S3_ACL_TYPES.has(type)) {
      const acl = terraform.attribute(resource, 'acl');
      const hit = acl === undefined ? undefined : aclHit(acl, 'private');
      if (hit !== undefined) hits.push(hit);
      if (type === 'aws_s3_bucket_acl') checkAclGrants(terraform, resource, hits);
    } else if (S3_BLOCK_TYPES.has(type)) {
      for (const entry of terraform.attributes(resource)) {
        const hit = blockHit(entry);
        if (hit !== undefined) hits.push(hit);
      }
    } else if (GCS_MEMBER_TYPES.has(type)) {
      if (type.endsWith('_access_control')) gcsEntityHit(terraform, resource, hits);
      else gcsMemberHits(terraform, resource, hits);
    } else if (GCS_ACL_TYPES.has(type)) {
      gcsAclHits(terraform, resource, hits);
    } else {
      azureHits(terraform, resource, hits);
    }
  }
}

/** `google_storage_bucket_access_control { entity = "allUsers", role = "READER" }`. */
function gcsEntityHit(terraform: TerraformFile, resource: TerraformBlock, hits: Hit[]): void {
  const entity = terraform.attribute(resource, 'entity');
  const who = entity?.value === undefined ? undefined : GCS_PUBLIC[entity.value.trim().toLowerCase()];
  if (who === undefined || entity?.valueRange === undefined) return;
  const role = terraform.attribute(resource, 'role')?.value?.trim().toUpperCase() ?? 'READER';
  const write = role !== 'READER';
  hits.push({
    range: entity.valueRange,
    message: `This access control gives ${role} to ${entity.value?.trim() ?? ''}, so ${who} can ${write ? 'change' : 'read'} the bucket's objects. ${CONTROL} Grant access to named users, groups or service accounts.`,
    severity: write ? 'high' : 'medium',
  });
}

// ---------------------------------------------------------------------------------------------
// CloudFormation
// ---------------------------------------------------------------------------------------------

function checkCloudFormation(config: ConfigModel, hits: Hit[]): void {
  for (const resource of cloudFormationResources(config, new Set(['AWS::S3::Bucket']))) {
    const { tree, properties } = resource;
    const access = tree.get([...properties, 'AccessControl']);
    const hit = access === undefined ? undefined : aclHit(access, 'Private');
    if (hit !== undefined) hits.push(hit);
    for (const entry of tree.children([...properties, 'PublicAccessBlockConfiguration'])) {
      const block = blockHit(entry);
      if (block !== undefined) hits.push(block);
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
  if (config.format === 'terraform') checkTerraform(text, config, hits);
  else checkCloudFormation(config, hits);
  for (const statement of policyStatements(text, config)) checkPublicPolicy(statement, hits);
  const seen = new Set<string>();
  for (const hit of hits.sort((a, b) => a.range.start - b.range.start)) {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    context.report({
      range: hit.range,
      message: hit.message,
      severity: hit.severity,
      ...(hit.confidence ? { confidence: hit.confidence } : {}),
      ...(hit.fix ? { fix: hit.fix } : {}),
    });
  }
}

export const publicStorage: Rule = {
  meta: {
    id: 'access/public-storage',
    title: 'Storage bucket or container readable or writable by anyone',
    area: 'access',
    severity: 'medium',
    confidence: 'high',
    cwe: [732, 284],
    owasp: 'A01:2021 Broken Access Control',
    policy: [
      'access-control-guide#information-security-principles-for-access-control',
      'access-control-guide#access-control-principles',
      'information-classification-handling-and-security-guide#handling-and-securing-official-and-official-sensitive-information',
      'technical-controls-policy#network-security-policy',
    ],
    basis: 'indirect',
    why:
      'A public bucket ACL, a bucket policy for principal "*", a disabled public access block or a public container lets anyone on the internet list, read or change the data; public buckets are one of the commonest causes of data breaches. ' +
      'MoJ requires access to information to follow least privilege and need-to-know (Access Control guide), and OFFICIAL information to be protected from unauthorised access.',
    howToFix:
      'Keep buckets and containers private with the public access block on; share objects through CloudFront with origin access control, presigned or signed URLs, or SAS tokens. ' +
      'A bucket that must serve a public website needs a recorded exception (suppress the finding with a justification).',
    fixSafety: 'suggestion',
    languages: ['terraform', 'yaml', 'json'],
    prefilter: [
      'public-read', 'authenticated-read', 'PublicRead', 'AuthenticatedRead', 'public_acls', 'public_policy', 'public_buckets', 'PublicAcls',
      'PublicPolicy', 'PublicBuckets', 'Statement', 'statement', 'allUsers', 'allAuthenticatedUsers', 'acs.amazonaws.com', 'publicRead',
      'authenticatedRead', 'public_access', 'to_be_public', 'container_access_type',
    ],
    examples: {
      terraform: 'resource "aws_s3_bucket_public_access_block" "cases" {\n  bucket                  = aws_s3_bucket.cases.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
      yaml: 'CasesBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      BlockPublicPolicy: true\n      IgnorePublicAcls: true\n      RestrictPublicBuckets: true',
      json: '{\n  "Effect": "Allow",\n  "Principal": { "Service": "cloudfront.amazonaws.com" },\n  "Action": "s3:GetObject",\n  "Resource": "arn:aws:s3:::cases-site/*",\n  "Condition": { "StringEquals": { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" } }\n}',
    },
  },
  check,
};
