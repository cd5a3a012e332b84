/**
 * AWS policy statements, wherever infrastructure code writes them: JSON policy files, CloudFormation
 * `PolicyDocument` / `AssumeRolePolicyDocument` / `KeyPolicy` (YAML or JSON), Terraform
 * `jsonencode({ Statement = [...] })`, JSON heredocs (`policy = <<EOF … EOF`), and
 * `data "aws_iam_policy_document"` `statement {}` blocks. Shared by access/iam-wildcard and
 * access/public-storage; not a rule.
 */
import { parseEmbeddedConfig } from '../../engine/contract';
import type { ConfigEntry, ConfigModel, Range } from '../../engine/contract';
import { TerraformFile, treesByBlock, type EntryTree, type TerraformBlock } from '../infrastructure/iac';

export interface PolicyValue {
  readonly value: string;
  readonly range: Range;
}

export interface PolicyPrincipal extends PolicyValue {
  /** `*` for `"Principal": "*"`, otherwise the principal type: `AWS`, `Service`, `Federated`, `CanonicalUser`. */
  readonly type: string;
}

export interface PolicyStatement {
  /** `Allow` or `Deny`; Terraform's default is `Allow`. */
  readonly effect: string;
  readonly actions: readonly PolicyValue[];
  readonly notActions: readonly PolicyValue[];
  /** The `NotAction` / `not_actions` key, where a finding about it starts. */
  readonly notActionKey?: Range;
  readonly resources: readonly PolicyValue[];
  readonly principals: readonly PolicyPrincipal[];
  readonly hasCondition: boolean;
  /**
   * What holds the statement: a Terraform resource type (`aws_s3_bucket_policy`,
   * `aws_iam_policy_document`), a CloudFormation type (`AWS::S3::BucketPolicy`), or `file`.
   */
  readonly owner: string;
  /** The attribute or property holding the document: `policy`, `assume_role_policy`, `PolicyDocument`, `AssumeRolePolicyDocument`. */
  readonly slot: string;
}

// ---------------------------------------------------------------------------------------------
// JSON-shaped documents (JSON, YAML, Terraform object constructors)
// ---------------------------------------------------------------------------------------------

function valuesAt(tree: EntryTree, path: readonly string[]): PolicyValue[] {
  return tree
    .scalars(path)
    .filter((entry): entry is ConfigEntry & { value: string; valueRange: Range } => entry.value !== undefined && entry.valueRange !== undefined)
    .map((entry) => ({ value: entry.value, range: entry.valueRange }));
}

function principalsAt(tree: EntryTree, path: readonly string[]): PolicyPrincipal[] {
  const entry = tree.get(path);
  if (entry === undefined) return [];
  if (entry.value !== undefined) return entry.valueRange === undefined ? [] : [{ type: '*', value: entry.value, range: entry.valueRange }];
  return tree.children(path).flatMap((child) => valuesAt(tree, child.path).map((value) => ({ ...value, type: child.key })));
}

/**
 * `Statement` in a policy document, and the Serverless Framework's statement lists
 * (`provider.iamRoleStatements`, `provider.iam.role.statements`), whose items are statements too.
 */
function isStatementList(entry: ConfigEntry): boolean {
  if (entry.key === 'Statement' || entry.key === 'iamRoleStatements') return true;
  const { path } = entry;
  return entry.key === 'statements' && path[path.length - 2] === 'role' && path[path.length - 3] === 'iam';
}

/** Statements under every `Statement` key of a tree; `ownerOf` names what holds the document at a path. */
function statementsInTree(tree: EntryTree, ownerOf: (path: readonly string[]) => { owner: string; slot: string }, defaultEffect?: string): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const entry of [...tree.all()]) {
    if (!isStatementList(entry) || entry.value !== undefined) continue;
    const children = tree.children(entry.path);
    const isList = children.length > 0 && children.every((child, index) => child.key === String(index));
    const paths = isList ? children.map((child) => child.path) : [entry.path];
    const { owner, slot } = ownerOf(entry.path);
    for (const path of paths) {
      const effect = tree.get([...path, 'Effect'])?.value ?? defaultEffect;
      if (effect === undefined) continue;
      const notAction = tree.get([...path, 'NotAction']);
      statements.push({
        effect,
        actions: valuesAt(tree, [...path, 'Action']),
        notActions: valuesAt(tree, [...path, 'NotAction']),
        ...(notAction ? { notActionKey: notAction.keyRange } : {}),
        resources: valuesAt(tree, [...path, 'Resource']),
        principals: principalsAt(tree, [...path, 'Principal']),
        hasCondition: tree.get([...path, 'Condition']) !== undefined,
        owner,
        slot,
      });
    }
  }
  return statements;
}

/** CloudFormation: the resource type and property that hold a path under `Resources`. */
function cloudFormationOwner(tree: EntryTree, path: readonly string[]): { owner: string; slot: string } {
  if (path[0] !== 'Resources' || path.length < 4) return { owner: 'file', slot: '' };
  const type = tree.get(['Resources', path[1] ?? '', 'Type'])?.value ?? 'file';
  const slot = [...path.slice(3)].reverse().find((segment) => segment.endsWith('Document') || segment === 'KeyPolicy' || segment === 'PolicyText') ?? '';
  return { owner: type, slot };
}

function statementsInDocument(config: ConfigModel): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const tree of treesByBlock(config).values()) statements.push(...statementsInTree(tree, (path) => cloudFormationOwner(tree, path)));
  return statements;
}

// ---------------------------------------------------------------------------------------------
// Terraform
// ---------------------------------------------------------------------------------------------

/** Attributes whose string value may be a JSON policy document. */
function looksLikeJsonPolicy(value: string): boolean {
  const trimmed = value.trimStart();
  return trimmed.startsWith('{') && value.includes('Statement');
}

function statementsInTerraform(text: string, config: ConfigModel): PolicyStatement[] {
  const terraform = new TerraformFile(text, config);
  const statements: PolicyStatement[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const resource of terraform.resources(kind)) {
      if (kind === 'data' && resource.resourceType === 'aws_iam_policy_document') {
        statements.push(...policyDocumentStatements(terraform, resource));
        continue;
      }
      collectTerraformBlock(text, terraform, resource, statements);
    }
  }
  return statements;
}

/** A block and its nested blocks (`inline_policy { policy = … }`): object constructors and JSON heredocs. */
function collectTerraformBlock(text: string, terraform: TerraformFile, block: TerraformBlock, statements: PolicyStatement[]): void {
  const tree = terraform.tree(block);
  const depth = block.path.length;
  statements.push(...statementsInTree(tree, (path) => ({ owner: block.resourceType, slot: path[depth] ?? '' })));
  for (const attribute of terraform.attributes(block)) {
    if (attribute.value === undefined || attribute.valueRange === undefined || !looksLikeJsonPolicy(attribute.value)) continue;
    // A heredoc's body starts on the line after `<<EOF`; a quoted string's decoded escapes would not map back to the text.
    const previousLine = text.lastIndexOf('\n', attribute.valueRange.start - 2) + 1;
    const isHeredoc = text.slice(previousLine, attribute.valueRange.start).includes('<<');
    if (!isHeredoc) continue;
    const embedded = parseEmbeddedConfig(text, attribute.valueRange, 'json');
    if (embedded.errors().length > 0 && embedded.entries().length === 0) continue;
    for (const embeddedTree of treesByBlock(embedded).values()) {
      statements.push(...statementsInTree(embeddedTree, () => ({ owner: block.resourceType, slot: attribute.key })));
    }
  }
  for (const child of terraform.allChildren(block)) collectTerraformBlock(text, terraform, child, statements);
}


function terraformValues(terraform: TerraformFile, block: TerraformBlock, name: string): PolicyValue[] {
  return terraform
    .scalars(block, name)
    .filter((entry): entry is ConfigEntry & { value: string; valueRange: Range } => entry.value !== undefined && entry.valueRange !== undefined && terraform.isLiteralString(entry))
    .map((entry) => ({ value: entry.value, range: entry.valueRange }));
}

/** `data "aws_iam_policy_document"`: `statement { effect, actions, not_actions, resources, principals {}, condition {} }`. */
function policyDocumentStatements(terraform: TerraformFile, document: TerraformBlock): PolicyStatement[] {
  return terraform.children(document, 'statement').map((statement) => {
    const notActions = terraform.attribute(statement, 'not_actions');
    const principals = terraform.children(statement, 'principals').flatMap((block) => {
      const type = terraform.attribute(block, 'type')?.value ?? '';
      return terraformValues(terraform, block, 'identifiers').map((value) => ({ ...value, type: type === '*' ? '*' : type }));
    });
    return {
      effect: terraform.attribute(statement, 'effect')?.value ?? 'Allow',
      actions: terraformValues(terraform, statement, 'actions'),
      notActions: terraformValues(terraform, statement, 'not_actions'),
      ...(notActions ? { notActionKey: notActions.keyRange } : {}),
      resources: terraformValues(terraform, statement, 'resources'),
      principals,
      hasCondition: terraform.children(statement, 'condition').length > 0,
      owner: 'aws_iam_policy_document',
      slot: '',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Entry point and shared predicates
// ---------------------------------------------------------------------------------------------

export function policyStatements(text: string, config: ConfigModel): PolicyStatement[] {
  return config.format === 'terraform' ? statementsInTerraform(text, config) : statementsInDocument(config);
}

export function isAllow(statement: PolicyStatement): boolean {
  return statement.effect.trim().toLowerCase() === 'allow';
}

/** `"Principal": "*"`, `{"AWS": "*"}`, `principals { type = "*" }` or `identifiers = ["*"]`: anyone, signed in or not. */
export function publicPrincipals(statement: PolicyStatement): PolicyPrincipal[] {
  return statement.principals.filter((principal) => principal.value.trim() === '*' && (principal.type === '*' || principal.type === 'AWS'));
}

/** Statements about S3 alone (every action an `s3:` action), or held by a bucket policy: access/public-storage owns their public principals. */
export function isStorageStatement(statement: PolicyStatement): boolean {
  if (statement.owner === 'aws_s3_bucket_policy' || statement.owner === 'aws_s3_bucket' || statement.owner === 'AWS::S3::BucketPolicy') return true;
  return statement.actions.length > 0 && statement.actions.every((action) => action.value.trim().toLowerCase().startsWith('s3:'));
}
