/**
 * infrastructure/encryption-at-rest: cloud storage whose at-rest encryption is off by default
 * and not turned on, or turned off explicitly, in Terraform and CloudFormation.
 *
 * Reported when missing (the service's default is unencrypted): RDS instances and clusters,
 * DocumentDB and Neptune clusters (`storage_encrypted`), EBS volumes (`encrypted`, unless the
 * project turns on `aws_ebs_encryption_by_default`), EFS file systems, and SNS topics (no
 * `kms_master_key_id`: SNS has no default encryption). Reported only when turned off explicitly
 * (the default is encrypted, or changed recently): SQS `sqs_managed_sse_enabled = false`,
 * ElastiCache `at_rest_encryption_enabled = false`, Redshift `encrypted = false`, OpenSearch
 * `encrypt_at_rest { enabled = false }`, EC2 `root_block_device`/`ebs_block_device` and launch
 * template volumes with `encrypted = false`.
 *
 * Never reported: a missing customer-managed key (`kms_key_id`) — MoJ prefers vendor-managed
 * keys; S3 buckets without an `sse_algorithm` (S3 encrypts every object since January 2023);
 * DynamoDB `server_side_encryption { enabled = false }`, which only means the AWS-owned key and
 * is still encrypted; resources that inherit encryption from a source (read replicas, restores
 * from snapshots, Aurora instances in a cluster, serverless v1 clusters).
 *
 * Fixes are suggestions: turning encryption on replaces an RDS database or EBS volume.
 */
import type { Confidence, ConfigEntry, ConfigModel, Fix, Range, Rule, RuleContext, Severity } from '../../engine/contract';
import {
  blockKeywordRange,
  cloudFormationAnchor,
  cloudFormationResources,
  firstLineInsertion,
  isFalse,
  lineBreakOf,
  TerraformFile,
  type CloudFormationResource,
  type TerraformBlock,
} from './iac';

const CONTROL = 'MoJ requires vendor-managed encryption at rest to be on by default for cloud services (Cryptography: Cloud-based).';
const KEYS = "The provider's own managed key is enough.";

function offMessage(service: string, setting: string): string {
  return `Encryption at rest is turned off for this ${service} (${setting}), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`;
}

function missingMessage(service: string, setting: string): string {
  return `This ${service} does not turn on encryption at rest (${setting} is not set and defaults to off), so its data and backups are stored unencrypted. ${CONTROL} Set ${setting} to true. ${KEYS}`;
}

/** EBS volumes follow the account's "encryption by default" switch, which the file may not show. */
function missingVolumeMessage(service: string, setting: string): string {
  return `This ${service} does not turn on encryption at rest (${setting} is not set), so it is stored unencrypted unless the account turns on EBS encryption by default, which this project does not. ${CONTROL} Set ${setting} to true, or add aws_ebs_encryption_by_default. ${KEYS}`;
}

function cfnVolumeMessage(): string {
  return `This EBS volume does not turn on encryption at rest (Encrypted is not set), so it is stored unencrypted unless the account turns on EBS encryption by default. ${CONTROL} Set Encrypted to true. ${KEYS}`;
}

function snsMessage(setting: string): string {
  return `This SNS topic sets no ${setting}, and SNS has no default encryption at rest, so its messages are stored unencrypted. ${CONTROL} Set ${setting} to the AWS-managed key alias/aws/sns or a key of your own.`;
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly fix?: Fix;
}

function replaceFix(title: string, range: Range, newText: string): Fix {
  return { title, edits: [{ start: range.start, end: range.end, newText }], safety: 'suggestion' };
}

// ---------------------------------------------------------------------------------------------
// Terraform
// ---------------------------------------------------------------------------------------------

interface RequiredSetting {
  readonly service: string;
  readonly setting: string;
  /** Attributes whose presence means the resource inherits encryption from a source. */
  readonly inherits: readonly string[];
  /** Nested blocks whose presence means the same (`restore_to_point_in_time`). */
  readonly inheritsBlocks?: readonly string[];
  /** Fix titles warn when turning encryption on replaces the resource. */
  readonly replaces: boolean;
}

const REQUIRED: Readonly<Record<string, RequiredSetting>> = {
  aws_db_instance: {
    service: 'RDS database',
    setting: 'storage_encrypted',
    inherits: ['replicate_source_db', 'snapshot_identifier', 'cluster_identifier', 'kms_key_id'],
    inheritsBlocks: ['restore_to_point_in_time', 's3_import'],
    replaces: true,
  },
  aws_rds_cluster: {
    service: 'RDS cluster',
    setting: 'storage_encrypted',
    inherits: ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier', 'source_region', 'kms_key_id'],
    inheritsBlocks: ['restore_to_point_in_time', 's3_import'],
    replaces: true,
  },
  aws_docdb_cluster: {
    service: 'DocumentDB cluster',
    setting: 'storage_encrypted',
    inherits: ['snapshot_identifier', 'global_cluster_identifier', 'kms_key_id'],
    replaces: true,
  },
  aws_neptune_cluster: {
    service: 'Neptune cluster',
    setting: 'storage_encrypted',
    inherits: ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier', 'kms_key_arn'],
    replaces: true,
  },
  aws_ebs_volume: { service: 'EBS volume', setting: 'encrypted', inherits: ['snapshot_id', 'kms_key_id'], replaces: true },
  aws_efs_file_system: { service: 'EFS file system', setting: 'encrypted', inherits: ['kms_key_id'], replaces: true },
};

/** Settings that are on by default, or are a newer default, and only reported when set to false. */
const EXPLICIT_OFF: Readonly<Record<string, { readonly service: string; readonly setting: string; readonly unless?: string }>> = {
  aws_sqs_queue: { service: 'SQS queue', setting: 'sqs_managed_sse_enabled', unless: 'kms_master_key_id' },
  aws_elasticache_replication_group: { service: 'ElastiCache replication group', setting: 'at_rest_encryption_enabled' },
  aws_redshift_cluster: { service: 'Redshift cluster', setting: 'encrypted' },
};

function ebsDefaultEncryption(context: RuleContext): boolean {
  return context.project.terraformResources('aws_ebs_encryption_by_default').some((resource) => !isFalse(resource.attributes.get('enabled')));
}

function terraformOff(entry: ConfigEntry, service: string, replaces: boolean): Hit | undefined {
  const range = entry.valueRange;
  if (range === undefined || !isFalse(entry.value)) return undefined;
  // The fix rewrites the value in place, so only when the range holds exactly the written `false`.
  const fixable = entry.value !== undefined && entry.value.trim() === entry.value && range.end - range.start === entry.value.length;
  const title = replaces ? `Set ${entry.key} = true (replaces the resource)` : `Set ${entry.key} = true`;
  return { range, message: offMessage(service, `${entry.key} = false`), ...(fixable ? { fix: replaceFix(title, range, 'true') } : {}) };
}

function checkTerraform(context: RuleContext, config: ConfigModel, hits: Hit[]): void {
  const text = context.document.text;
  const terraform = new TerraformFile(text, config);
  const ebsByDefault = ebsDefaultEncryption(context);
  for (const resource of terraform.resources('resource')) {
    const type = resource.resourceType;
    const required = REQUIRED[type];
    if (required !== undefined) {
      checkRequired(terraform, resource, required, type === 'aws_ebs_volume' && ebsByDefault, hits);
      continue;
    }
    const explicit = EXPLICIT_OFF[type];
    if (explicit !== undefined) {
      const entry = terraform.attribute(resource, explicit.setting);
      if (entry === undefined || (explicit.unless !== undefined && terraform.attribute(resource, explicit.unless) !== undefined)) continue;
      const hit = terraformOff(entry, explicit.service, false);
      if (hit !== undefined) hits.push(hit);
      continue;
    }
    switch (type) {
      case 'aws_sns_topic':
        if (terraform.attribute(resource, 'kms_master_key_id') === undefined) {
          hits.push({ range: resource.typeRange, message: snsMessage('kms_master_key_id'), severity: 'low' });
        }
        break;
      case 'aws_opensearch_domain':
      case 'aws_elasticsearch_domain':
        for (const block of terraform.children(resource, 'encrypt_at_rest')) {
          const entry = terraform.attribute(block, 'enabled');
          const hit = entry === undefined ? undefined : terraformOff(entry, 'OpenSearch domain', true);
          if (hit !== undefined) hits.push(hit);
        }
        break;
      case 'aws_instance':
        for (const device of [...terraform.children(resource, 'root_block_device'), ...terraform.children(resource, 'ebs_block_device')]) {
          checkInstanceVolume(terraform, device, ebsByDefault, hits);
        }
        break;
      case 'aws_launch_template':
        for (const mapping of terraform.children(resource, 'block_device_mappings')) {
          for (const ebs of terraform.children(mapping, 'ebs')) {
            const entry = terraform.attribute(ebs, 'encrypted');
            const hit = entry === undefined ? undefined : terraformOff(entry, 'launch template volume', false);
            if (hit !== undefined) hits.push(hit);
          }
        }
        break;
    }
  }
}

function checkRequired(terraform: TerraformFile, resource: TerraformBlock, required: RequiredSetting, coveredByDefault: boolean, hits: Hit[]): void {
  const entry = terraform.attribute(resource, required.setting);
  if (entry !== undefined) {
    const hit = terraformOff(entry, required.service, required.replaces);
    if (hit !== undefined) hits.push(hit);
    return;
  }
  if (coveredByDefault) return;
  if (required.inherits.some((name) => terraform.attribute(resource, name) !== undefined)) return;
  if ((required.inheritsBlocks ?? []).some((name) => terraform.children(resource, name).length > 0)) return;
  if (resource.resourceType === 'aws_rds_cluster' && terraform.attribute(resource, 'engine_mode')?.value === 'serverless') return;
  // Aurora instances take encryption from their cluster; SQL Server Express cannot be encrypted at all.
  const engine = terraform.attribute(resource, 'engine')?.value ?? '';
  if (resource.resourceType === 'aws_db_instance' && (engine.startsWith('aurora') || engine === 'sqlserver-ex')) return;
  const insertion = firstLineInsertion(terraform.text, resource.block, `${required.setting} = true`);
  const title = required.replaces ? `Add ${required.setting} = true (replaces the resource)` : `Add ${required.setting} = true`;
  hits.push({
    range: resource.typeRange,
    message: resource.resourceType === 'aws_ebs_volume' ? missingVolumeMessage(required.service, required.setting) : missingMessage(required.service, required.setting),
    ...(resource.resourceType === 'aws_ebs_volume' ? { confidence: 'medium' as const } : {}),
    ...(insertion ? { fix: { title, edits: [{ start: insertion.at, end: insertion.at, newText: insertion.newText }], safety: 'suggestion' as const } } : {}),
  });
}

/** An instance's `root_block_device` or `ebs_block_device`: `encrypted = false`, or missing without account-wide default encryption. */
function checkInstanceVolume(terraform: TerraformFile, device: TerraformBlock, ebsByDefault: boolean, hits: Hit[]): void {
  const entry = terraform.attribute(device, 'encrypted');
  if (entry !== undefined) {
    const hit = terraformOff(entry, 'EC2 volume', true);
    if (hit !== undefined) hits.push(hit);
    return;
  }
  if (ebsByDefault || terraform.attribute(device, 'snapshot_id') !== undefined || terraform.attribute(device, 'kms_key_id') !== undefined) return;
  const insertion = firstLineInsertion(terraform.text, device.block, 'encrypted = true');
  hits.push({
    range: blockKeywordRange(terraform.text, device.block.range.start),
    message: missingVolumeMessage('EC2 volume', 'encrypted'),
    confidence: 'medium',
    ...(insertion
      ? { fix: { title: 'Add encrypted = true (replaces the volume)', edits: [{ start: insertion.at, end: insertion.at, newText: insertion.newText }], safety: 'suggestion' as const } }
      : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// CloudFormation
// ---------------------------------------------------------------------------------------------

interface CfnRequired {
  readonly service: string;
  readonly setting: string;
  readonly inherits: readonly string[];
  readonly confidence?: Confidence;
}

const CFN_REQUIRED: Readonly<Record<string, CfnRequired>> = {
  'AWS::RDS::DBInstance': {
    service: 'RDS database',
    setting: 'StorageEncrypted',
    inherits: ['DBClusterIdentifier', 'SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'KmsKeyId', 'SourceDBClusterIdentifier'],
  },
  'AWS::RDS::DBCluster': {
    service: 'RDS cluster',
    setting: 'StorageEncrypted',
    inherits: ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'GlobalClusterIdentifier', 'ReplicationSourceIdentifier', 'KmsKeyId', 'RestoreType'],
  },
  'AWS::DocDB::DBCluster': { service: 'DocumentDB cluster', setting: 'StorageEncrypted', inherits: ['SnapshotIdentifier', 'KmsKeyId', 'GlobalClusterIdentifier'] },
  'AWS::Neptune::DBCluster': { service: 'Neptune cluster', setting: 'StorageEncrypted', inherits: ['SnapshotIdentifier', 'KmsKeyId', 'RestoreType'] },
  'AWS::EC2::Volume': { service: 'EBS volume', setting: 'Encrypted', inherits: ['SnapshotId', 'KmsKeyId'], confidence: 'medium' },
  'AWS::EFS::FileSystem': { service: 'EFS file system', setting: 'Encrypted', inherits: ['KmsKeyId'] },
};

const CFN_EXPLICIT: Readonly<Record<string, { readonly service: string; readonly path: readonly string[]; readonly unless?: string }>> = {
  'AWS::SQS::Queue': { service: 'SQS queue', path: ['SqsManagedSseEnabled'], unless: 'KmsMasterKeyId' },
  'AWS::ElastiCache::ReplicationGroup': { service: 'ElastiCache replication group', path: ['AtRestEncryptionEnabled'] },
  'AWS::Redshift::Cluster': { service: 'Redshift cluster', path: ['Encrypted'] },
  'AWS::OpenSearchService::Domain': { service: 'OpenSearch domain', path: ['EncryptionAtRestOptions', 'Enabled'] },
  'AWS::Elasticsearch::Domain': { service: 'OpenSearch domain', path: ['EncryptionAtRestOptions', 'Enabled'] },
};

function cfnOff(entry: ConfigEntry, service: string): Hit | undefined {
  const range = entry.valueRange;
  if (range === undefined || !isFalse(entry.value)) return undefined;
  // The fix rewrites the value in place, so only when the range holds exactly the written `false`.
  const fixable = range.end - range.start === (entry.value ?? '').length;
  return { range, message: offMessage(service, `${entry.key}: false`), ...(fixable ? { fix: replaceFix(`Set ${entry.key} to true`, range, 'true') } : {}) };
}

function checkCloudFormation(context: RuleContext, config: ConfigModel, hits: Hit[]): void {
  for (const resource of cloudFormationResources(config)) {
    const { tree, properties } = resource;
    const required = CFN_REQUIRED[resource.type];
    if (required !== undefined) {
      const entry = tree.get([...properties, required.setting]);
      if (entry !== undefined) {
        const hit = cfnOff(entry, required.service);
        if (hit !== undefined) hits.push(hit);
        continue;
      }
      if (required.inherits.some((name) => tree.get([...properties, name]) !== undefined)) continue;
      if (resource.type === 'AWS::RDS::DBCluster' && tree.get([...properties, 'EngineMode'])?.value === 'serverless') continue;
      const engine = tree.get([...properties, 'Engine'])?.value ?? '';
      if (resource.type === 'AWS::RDS::DBInstance' && (engine.startsWith('aurora') || engine === 'sqlserver-ex')) continue;
      const fix = config.format === 'yaml' ? yamlPropertyFix(context.document.text, resource, required.setting) : undefined;
      hits.push({
        range: cloudFormationAnchor(resource),
        message: resource.type === 'AWS::EC2::Volume' ? cfnVolumeMessage() : missingMessage(required.service, required.setting),
        ...(required.confidence ? { confidence: required.confidence } : {}),
        ...(fix ? { fix } : {}),
      });
      continue;
    }
    const explicit = CFN_EXPLICIT[resource.type];
    if (explicit !== undefined) {
      if (explicit.unless !== undefined && tree.get([...properties, explicit.unless]) !== undefined) continue;
      const entry = tree.get([...properties, ...explicit.path]);
      const hit = entry === undefined ? undefined : cfnOff(entry, explicit.service);
      if (hit !== undefined) hits.push(hit);
      continue;
    }
    if (resource.type === 'AWS::SNS::Topic' && tree.get([...properties, 'KmsMasterKeyId']) === undefined) {
      hits.push({ range: cloudFormationAnchor(resource), message: snsMessage('KmsMasterKeyId'), severity: 'low' });
    }
  }
}

/** Adds `Setting: true` as the first property of a YAML resource that already has properties. */
function yamlPropertyFix(text: string, resource: CloudFormationResource, setting: string): Fix | undefined {
  const first = resource.tree.children(resource.properties)[0];
  if (first === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', first.keyRange.start) + 1;
  const indent = text.slice(lineStart, first.keyRange.start);
  if (indent.trim() !== '') return undefined;
  return { title: `Add ${setting}: true (replaces the resource)`, edits: [{ start: lineStart, end: lineStart, newText: `${indent}${setting}: true${lineBreakOf(text)}` }], safety: 'suggestion' };
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const config = context.config;
  if (config === undefined) return;
  const hits: Hit[] = [];
  if (config.format === 'terraform') checkTerraform(context, config, hits);
  else checkCloudFormation(context, config, hits);
  for (const hit of hits) {
    context.report({
      range: hit.range,
      message: hit.message,
      ...(hit.severity ? { severity: hit.severity } : {}),
      ...(hit.confidence ? { confidence: hit.confidence } : {}),
      ...(hit.fix ? { fix: hit.fix } : {}),
    });
  }
}

export const encryptionAtRest: Rule = {
  meta: {
    id: 'infrastructure/encryption-at-rest',
    title: 'Cloud storage or database without encryption at rest',
    area: 'infrastructure',
    severity: 'medium',
    confidence: 'high',
    cwe: [311, 312],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'cryptography#cloud-based',
      'cryptography#at-rest',
      'information-classification-handling-and-security-guide#handling-and-securing-official-and-official-sensitive-information',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'explicit',
    why:
      'A database, volume, file system or queue stored without encryption exposes its data, snapshots and backups to anyone who obtains the underlying storage. ' +
      'MoJ requires vendor-managed encryption at rest to be on by default in the cloud (Cryptography: Cloud-based), and OFFICIAL data to be encrypted at rest.',
    howToFix:
      'Turn encryption on (storage_encrypted = true, encrypted = true, or the service\'s equivalent); the provider-managed key is enough, no customer-managed key is needed. ' +
      'For an existing RDS database or EBS volume this means a replacement: restore an encrypted copy of a snapshot.',
    fixSafety: 'suggestion',
    languages: ['terraform', 'yaml', 'json'],
    prefilter: [
      'aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster', 'aws_ebs_volume', 'aws_efs_file_system', 'aws_sns_topic',
      'sqs_managed_sse_enabled', 'at_rest_encryption_enabled', 'aws_redshift_cluster', 'encrypt_at_rest', 'aws_instance', 'aws_launch_template',
      'AWS::RDS::', 'AWS::DocDB::', 'AWS::Neptune::', 'AWS::EC2::Volume', 'AWS::EFS::', 'AWS::SNS::Topic', 'SqsManagedSseEnabled',
      'AtRestEncryptionEnabled', 'AWS::Redshift::', 'EncryptionAtRestOptions',
    ],
    examples: {
      terraform: 'resource "aws_db_instance" "cases" {\n  engine            = "postgres"\n  storage_encrypted = true\n}',
      yaml: 'CasesDatabase:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    StorageEncrypted: true',
    },
  },
  check,
};
