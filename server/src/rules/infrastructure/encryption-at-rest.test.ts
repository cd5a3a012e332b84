/**
 * infrastructure/encryption-at-rest: storage and databases left unencrypted in Terraform and
 * CloudFormation: missing settings where the default is off (RDS, DocumentDB, EBS, EFS, SNS) and
 * explicit false where the default is on (SQS, ElastiCache, Redshift, OpenSearch, launch
 * templates). Safe cases: provider-managed keys (no customer key required), resources that inherit
 * encryption, account-wide EBS default encryption elsewhere in the project, S3 and DynamoDB
 * defaults, engines that cannot be encrypted, and files that are not templates.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { encryptionAtRest } from './encryption-at-rest';

const CONTROL =
  'MoJ requires vendor-managed encryption at rest to be on by default for cloud services (Cryptography: Cloud-based).';
const KEYS =
  "The provider's own managed key is enough.";

export const table: RuleTable = {
  rule: encryptionAtRest,
  invalid: [
    {
      name: 'RDS instance without storage_encrypted',
      path: 'db/main.tf',
      code: 'resource "aws_db_instance" "cases" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n}\n',
      findings: [
        { line: 1, column: 11, endColumn: 26, message: `This RDS database does not turn on encryption at rest (storage_encrypted is not set and defaults to off), so its data and backups are stored unencrypted. ${CONTROL} Set storage_encrypted to true. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Add storage_encrypted = true (replaces the resource)', output: 'resource "aws_db_instance" "cases" {\n  storage_encrypted = true\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n}\n' } }, // "aws_db_instance"
      ],
    },
    {
      name: 'Aurora cluster with storage_encrypted = false',
      path: 'db/aurora.tf',
      code: 'resource "aws_rds_cluster" "cases" {\n  engine            = "aurora-postgresql"\n  storage_encrypted = false\n}\n',
      findings: [
        { line: 3, column: 23, endColumn: 28, message: `Encryption at rest is turned off for this RDS cluster (storage_encrypted = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set storage_encrypted = true (replaces the resource)', output: 'resource "aws_rds_cluster" "cases" {\n  engine            = "aurora-postgresql"\n  storage_encrypted = true\n}\n' } }, // "false"
      ],
    },
    {
      name: 'EBS volume without encrypted, and no account default in the project',
      path: 'compute/volumes.tf',
      code: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-2a"\n  size              = 40\n}\n',
      findings: [
        { line: 1, column: 11, endColumn: 25, message: `This EBS volume does not turn on encryption at rest (encrypted is not set), so it is stored unencrypted unless the account turns on EBS encryption by default, which this project does not. ${CONTROL} Set encrypted to true, or add aws_ebs_encryption_by_default. ${KEYS}`, severity: 'medium', confidence: 'medium', fix: { title: 'Add encrypted = true (replaces the resource)', output: 'resource "aws_ebs_volume" "data" {\n  encrypted = true\n  availability_zone = "eu-west-2a"\n  size              = 40\n}\n' } }, // "aws_ebs_volume"
      ],
    },
    {
      name: 'EC2 instance: root volume block without encrypted, data volume with encrypted = false',
      path: 'compute/web.tf',
      code: 'resource "aws_instance" "web" {\n  ami           = "ami-0abcdef1234567890"\n  instance_type = "t3.micro"\n\n  root_block_device {\n    volume_size = 20\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdh"\n    encrypted   = false\n  }\n}\n',
      findings: [
        { line: 5, column: 3, endColumn: 20, message: `This EC2 volume does not turn on encryption at rest (encrypted is not set), so it is stored unencrypted unless the account turns on EBS encryption by default, which this project does not. ${CONTROL} Set encrypted to true, or add aws_ebs_encryption_by_default. ${KEYS}`, severity: 'medium', confidence: 'medium', fix: { title: 'Add encrypted = true (replaces the volume)', output: 'resource "aws_instance" "web" {\n  ami           = "ami-0abcdef1234567890"\n  instance_type = "t3.micro"\n\n  root_block_device {\n    encrypted = true\n    volume_size = 20\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdh"\n    encrypted   = false\n  }\n}\n' } }, // "root_block_device"
        { line: 11, column: 19, endColumn: 24, message: `Encryption at rest is turned off for this EC2 volume (encrypted = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set encrypted = true (replaces the resource)', output: 'resource "aws_instance" "web" {\n  ami           = "ami-0abcdef1234567890"\n  instance_type = "t3.micro"\n\n  root_block_device {\n    volume_size = 20\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdh"\n    encrypted   = true\n  }\n}\n' } }, // "false"
      ],
    },
    {
      name: 'EFS without encrypted',
      path: 'storage/efs.tf',
      code: 'resource "aws_efs_file_system" "shared" {\n  creation_token = "shared"\n}\n',
      findings: [
        { line: 1, column: 11, endColumn: 30, message: `This EFS file system does not turn on encryption at rest (encrypted is not set and defaults to off), so its data and backups are stored unencrypted. ${CONTROL} Set encrypted to true. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Add encrypted = true (replaces the resource)', output: 'resource "aws_efs_file_system" "shared" {\n  encrypted = true\n  creation_token = "shared"\n}\n' } }, // "aws_efs_file_system"
      ],
    },
    {
      name: 'SNS topic without kms_master_key_id',
      path: 'messaging/sns.tf',
      code: 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n',
      findings: [
        { line: 1, column: 11, endColumn: 24, message: `This SNS topic sets no kms_master_key_id, and SNS has no default encryption at rest, so its messages are stored unencrypted. ${CONTROL} Set kms_master_key_id to the AWS-managed key alias/aws/sns or a key of your own.`, severity: 'low', confidence: 'high', fix: null }, // "aws_sns_topic"
      ],
    },
    {
      name: 'explicitly off: SQS, ElastiCache, Redshift, OpenSearch, launch template',
      path: 'services.tf',
      code: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = false\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = false\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n',
      findings: [
        { line: 3, column: 29, endColumn: 34, message: `Encryption at rest is turned off for this SQS queue (sqs_managed_sse_enabled = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set sqs_managed_sse_enabled = true', output: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = true\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = false\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = false\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n' } }, // "false"
        { line: 8, column: 32, endColumn: 37, message: `Encryption at rest is turned off for this ElastiCache replication group (at_rest_encryption_enabled = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set at_rest_encryption_enabled = true', output: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = true\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = false\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n' } }, // "false"
        { line: 13, column: 24, endColumn: 29, message: `Encryption at rest is turned off for this Redshift cluster (encrypted = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set encrypted = true', output: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = false\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = true\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n' } }, // "false"
        { line: 19, column: 15, endColumn: 20, message: `Encryption at rest is turned off for this OpenSearch domain (enabled = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set enabled = true (replaces the resource)', output: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = false\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = false\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n' } }, // "false"
        { line: 27, column: 20, endColumn: 25, message: `Encryption at rest is turned off for this launch template volume (encrypted = false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set encrypted = true', output: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  at_rest_encryption_enabled = false\n}\n\nresource "aws_redshift_cluster" "warehouse" {\n  cluster_identifier = "warehouse"\n  encrypted          = false\n}\n\nresource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n\nresource "aws_launch_template" "workers" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "true"\n    }\n  }\n}\n' } }, // "false"
      ],
    },
    {
      name: 'DocumentDB cluster without storage_encrypted',
      path: 'db/docdb.tf',
      code: 'resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs"\n  engine             = "docdb"\n}\n',
      findings: [
        { line: 1, column: 11, endColumn: 28, message: `This DocumentDB cluster does not turn on encryption at rest (storage_encrypted is not set and defaults to off), so its data and backups are stored unencrypted. ${CONTROL} Set storage_encrypted to true. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Add storage_encrypted = true (replaces the resource)', output: 'resource "aws_docdb_cluster" "docs" {\n  storage_encrypted = true\n  cluster_identifier = "docs"\n  engine             = "docdb"\n}\n' } }, // "aws_docdb_cluster"
      ],
    },
    {
      name: 'CloudFormation YAML: RDS without StorageEncrypted, EFS Encrypted false, SNS topic, ElastiCache off',
      path: 'cfn/data.yaml',
      code: 'Resources:\n  CasesDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n  SharedFiles:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: false\n  Alerts:\n    Type: AWS::SNS::Topic\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: false\n',
      findings: [
        { line: 3, column: 11, endColumn: 31, message: `This RDS database does not turn on encryption at rest (StorageEncrypted is not set and defaults to off), so its data and backups are stored unencrypted. ${CONTROL} Set StorageEncrypted to true. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Add StorageEncrypted: true (replaces the resource)', output: 'Resources:\n  CasesDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      StorageEncrypted: true\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n  SharedFiles:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: false\n  Alerts:\n    Type: AWS::SNS::Topic\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: false\n' } }, // "AWS::RDS::DBInstance"
        { line: 10, column: 18, endColumn: 23, message: `Encryption at rest is turned off for this EFS file system (Encrypted: false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set Encrypted to true', output: 'Resources:\n  CasesDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n  SharedFiles:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n  Alerts:\n    Type: AWS::SNS::Topic\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: false\n' } }, // "false"
        { line: 12, column: 11, endColumn: 26, message: `This SNS topic sets no KmsMasterKeyId, and SNS has no default encryption at rest, so its messages are stored unencrypted. ${CONTROL} Set KmsMasterKeyId to the AWS-managed key alias/aws/sns or a key of your own.`, severity: 'low', confidence: 'high', fix: null }, // "AWS::SNS::Topic"
        { line: 16, column: 32, endColumn: 37, message: `Encryption at rest is turned off for this ElastiCache replication group (AtRestEncryptionEnabled: false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set AtRestEncryptionEnabled to true', output: 'Resources:\n  CasesDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n  SharedFiles:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: false\n  Alerts:\n    Type: AWS::SNS::Topic\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: true\n' } }, // "false"
      ],
    },
    {
      name: 'CloudFormation JSON: EBS volume and OpenSearch domain',
      path: 'cfn/data.json',
      code: '{\n  "Resources": {\n    "DataVolume": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "AvailabilityZone": "eu-west-2a", "Size": 40 }\n    },\n    "Search": {\n      "Type": "AWS::OpenSearchService::Domain",\n      "Properties": { "EncryptionAtRestOptions": { "Enabled": false } }\n    }\n  }\n}\n',
      findings: [
        { line: 4, column: 16, endColumn: 32, message: `This EBS volume does not turn on encryption at rest (Encrypted is not set), so it is stored unencrypted unless the account turns on EBS encryption by default. ${CONTROL} Set Encrypted to true. ${KEYS}`, severity: 'medium', confidence: 'medium', fix: null }, // "AWS::EC2::Volume"
        { line: 9, column: 63, endColumn: 68, message: `Encryption at rest is turned off for this OpenSearch domain (Enabled: false), so its data and backups are stored unencrypted. ${CONTROL} Turn it on. ${KEYS}`, severity: 'medium', confidence: 'high', fix: { title: 'Set Enabled to true', output: '{\n  "Resources": {\n    "DataVolume": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "AvailabilityZone": "eu-west-2a", "Size": 40 }\n    },\n    "Search": {\n      "Type": "AWS::OpenSearchService::Domain",\n      "Properties": { "EncryptionAtRestOptions": { "Enabled": true } }\n    }\n  }\n}\n' } }, // "false"
      ],
    },
  ],
  valid: [
    {
      name: 'encryption on, with the provider-managed key (no kms_key_id needed)',
      path: 'db/main.tf',
      code: 'resource "aws_db_instance" "cases" {\n  engine            = "postgres"\n  storage_encrypted = true\n}\n\nresource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-2a"\n  encrypted         = true\n}\n\nresource "aws_efs_file_system" "shared" {\n  encrypted = true\n}\n\nresource "aws_sns_topic" "alerts" {\n  kms_master_key_id = "alias/aws/sns"\n}\n',
    },
    {
      name: 'read replica, snapshot restore and Aurora instance inherit encryption',
      path: 'db/inherit.tf',
      code: 'resource "aws_db_instance" "replica" {\n  replicate_source_db = aws_db_instance.cases.identifier\n}\n\nresource "aws_db_instance" "restored" {\n  snapshot_identifier = "cases-2026-11-01"\n}\n\nresource "aws_db_instance" "aurora_member" {\n  cluster_identifier = aws_rds_cluster.cases.id\n  engine             = "aurora-postgresql"\n}\n\nresource "aws_rds_cluster" "serverless" {\n  engine_mode = "serverless"\n}\n',
    },
    {
      name: 'EBS default encryption in another file of the project covers volumes',
      path: 'compute/volumes.tf',
      code: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-2a"\n}\n\nresource "aws_instance" "web" {\n  root_block_device {\n    volume_size = 20\n  }\n}\n',
      project: [{ path: 'account/ebs.tf', text: 'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}\n' }],
    },
    {
      name: 'defaults that are already encrypted: S3 without sse, DynamoDB with the AWS-owned key, SQS default, instance without block devices',
      path: 'defaults.tf',
      code: 'resource "aws_s3_bucket" "documents" {\n  bucket = "cases-documents"\n}\n\nresource "aws_dynamodb_table" "sessions" {\n  name = "sessions"\n  server_side_encryption {\n    enabled = false\n  }\n}\n\nresource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n\nresource "aws_sqs_queue" "kms" {\n  sqs_managed_sse_enabled = false\n  kms_master_key_id       = "alias/aws/sqs"\n}\n\nresource "aws_instance" "web" {\n  ami = "ami-0abcdef1234567890"\n}\n\nresource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n}\n',
    },
    {
      name: 'CloudFormation: encrypted, inherited and unrelated resources',
      path: 'cfn/ok.yaml',
      code: 'Resources:\n  CasesDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      StorageEncrypted: true\n  Replica:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDBInstanceIdentifier: !Ref CasesDatabase\n  Alerts:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: alias/aws/sns\n  Bucket:\n    Type: AWS::S3::Bucket\n',
    },
    {
      name: 'a YAML file that is not a template',
      path: 'config/app.yaml',
      code: 'database:\n  type: AWS::RDS::DBInstance\n  storage_encrypted: false\n',
    },
    {
      name: 'SQL Server Express cannot be encrypted, so it is not reported',
      path: 'db/express.tf',
      code: 'resource "aws_db_instance" "reports" {\n  engine         = "sqlserver-ex"\n  instance_class = "db.t3.small"\n}\n',
    },
  ],
};

describeRule(table);
