/**
 * access/open-security-group: firewall rules that let the whole internet (`0.0.0.0/0`, `::/0`,
 * Azure `*` / `Internet`) reach remote administration (SSH 22, RDP 3389) or a database port
 * (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Elasticsearch, CouchDB, Memcached,
 * Cassandra), or every port at once.
 *
 * Read from Terraform (`aws_security_group` `ingress` blocks, `aws_security_group_rule` of type
 * ingress, `aws_vpc_security_group_ingress_rule`, Azure `azurerm_network_security_group`
 * `security_rule` blocks and `azurerm_network_security_rule`, GCP `google_compute_firewall`) and
 * CloudFormation (`AWS::EC2::SecurityGroup` `SecurityGroupIngress`, `AWS::EC2::SecurityGroupIngress`).
 *
 * Not reported: egress rules (outbound control is a different question); ports 80 and 443 and
 * any range that covers none of the listed ports (a public web server is normal); UDP and ICMP
 * rules; private ranges (10.0.0.0/8, a VPC CIDR); values the file cannot show (`var.cidr`,
 * `var.port`), because a guess about them would be noise. There is no fix: which addresses
 * should reach the port is a design decision.
 */
import type { ConfigEntry, ConfigModel, Range, Rule, RuleContext } from '../../engine/contract';
import { cloudFormationResources, integerOf, isTrue, TerraformFile, type TerraformBlock } from '../infrastructure/iac';

const CONTROL =
  'MoJ requires network services to be protected from unauthorised access, with boundaries that deny by default (Technical Controls Policy: Network Security Policy).';
const ADVICE = 'Allow only the address ranges that need it, or reach the host through a bastion, SSM Session Manager or a VPN.';

/** The ports a world-open rule must not expose, and what listens on them by default. */
const DEFAULT_PORTS: readonly string[] = ['22', '3389', '3306', '5432', '1433', '1521', '27017', '6379', '9200', '5984', '11211', '9042'];

const PORT_NAMES: Readonly<Record<string, string>> = {
  22: 'SSH',
  3389: 'RDP',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  1433: 'SQL Server',
  1521: 'Oracle',
  27017: 'MongoDB',
  6379: 'Redis',
  9200: 'Elasticsearch',
  5984: 'CouchDB',
  11211: 'Memcached',
  9042: 'Cassandra',
};

function portLabel(port: number): string {
  const name = PORT_NAMES[String(port)];
  return name === undefined ? `port ${port}` : `${name} (port ${port})`;
}

/** What a world-open rule lets in: every protocol, or TCP ports in [from, to]. */
type Opening = { readonly kind: 'all' } | { readonly kind: 'tcp'; readonly from: number; readonly to: number };

function describeOpening(opening: Opening, sensitive: readonly number[]): string | undefined {
  if (opening.kind === 'all') return 'all ports and protocols';
  const covered = sensitive.filter((port) => port >= opening.from && port <= opening.to);
  if (covered.length === 0) return undefined;
  if (opening.from === opening.to) return portLabel(opening.from);
  const shown = covered.slice(0, 3).map((port) => PORT_NAMES[String(port)] ?? `port ${port}`);
  if (covered.length > 3) shown.push('others');
  const list = shown.length === 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  return `TCP ports ${opening.from}-${opening.to}, including ${list},`;
}

function message(what: string, source: string): string {
  return `This firewall rule opens ${what} to the whole internet (${source}). ${CONTROL} ${ADVICE}`;
}

/** Address ranges that mean "anyone". */
const WORLD_CIDRS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);
const AZURE_WORLD: ReadonlySet<string> = new Set(['*', '0.0.0.0/0', '0.0.0.0', 'internet', 'any', '::/0']);

interface Collector {
  readonly sensitive: readonly number[];
  report(range: Range, opening: Opening, source: string): void;
}

// ---------------------------------------------------------------------------------------------
// AWS protocol and ports
// ---------------------------------------------------------------------------------------------

/** AWS `protocol` / `IpProtocol`: -1 (or "all") is every protocol; 6 is TCP. */
function awsOpening(protocol: string | undefined, from: string | undefined, to: string | undefined): Opening | undefined {
  if (protocol === undefined) return undefined;
  const value = protocol.trim().toLowerCase();
  if (value === '-1' || value === 'all') return { kind: 'all' };
  if (value !== 'tcp' && value !== '6') return undefined;
  const low = integerOf(from);
  const high = integerOf(to ?? from);
  if (low === undefined || high === undefined) return undefined;
  // -1 to -1 on TCP is how some templates write "every port".
  if (low === -1 && high === -1) return { kind: 'tcp', from: 0, to: 65535 };
  return { kind: 'tcp', from: low, to: high };
}

// ---------------------------------------------------------------------------------------------
// Terraform
// ---------------------------------------------------------------------------------------------

function worldCidrs(terraform: TerraformFile, block: TerraformBlock, names: readonly string[]): ConfigEntry[] {
  const found: ConfigEntry[] = [];
  for (const name of names) {
    for (const item of terraform.scalars(block, name)) {
      if (item.value !== undefined && WORLD_CIDRS.has(item.value.trim()) && terraform.isLiteralString(item)) found.push(item);
    }
  }
  return found;
}

function valueOf(terraform: TerraformFile, block: TerraformBlock, name: string): string | undefined {
  return terraform.attribute(block, name)?.value;
}

function checkAwsRuleBlock(terraform: TerraformFile, block: TerraformBlock, protocolName: string, cidrNames: readonly string[], collector: Collector): void {
  const opening = awsOpening(valueOf(terraform, block, protocolName), valueOf(terraform, block, 'from_port'), valueOf(terraform, block, 'to_port'));
  if (opening === undefined) return;
  for (const cidr of worldCidrs(terraform, block, cidrNames)) {
    if (cidr.valueRange !== undefined) collector.report(cidr.valueRange, opening, cidr.value ?? '');
  }
}

/** `ingress = [{ from_port = 22, …, cidr_blocks = ["0.0.0.0/0"] }]`: the attribute form of inline rules. */
function checkAwsRuleObjects(terraform: TerraformFile, resource: TerraformBlock, collector: Collector): void {
  const tree = terraform.tree(resource);
  for (const item of tree.children([...resource.path, 'ingress'])) {
    const at = (name: string): string | undefined => tree.get([...item.path, name])?.value;
    const opening = awsOpening(at('protocol'), at('from_port'), at('to_port'));
    if (opening === undefined) continue;
    for (const name of ['cidr_blocks', 'ipv6_cidr_blocks']) {
      for (const cidr of tree.scalars([...item.path, name])) {
        if (cidr.value !== undefined && cidr.valueRange !== undefined && WORLD_CIDRS.has(cidr.value.trim()) && terraform.isLiteralString(cidr)) {
          collector.report(cidr.valueRange, opening, cidr.value.trim());
        }
      }
    }
  }
}

/**
 * Named rules of the terraform-aws-modules/security-group module (`ingress_rules = ["ssh-tcp"]`)
 * that expose a listed port or everything; the module's other named rules are web or internal ports.
 */
const MODULE_RULES: Readonly<Record<string, Opening>> = {
  'all-all': { kind: 'all' },
  'all-tcp': { kind: 'tcp', from: 0, to: 65535 },
  'ssh-tcp': { kind: 'tcp', from: 22, to: 22 },
  'rdp-tcp': { kind: 'tcp', from: 3389, to: 3389 },
  'mysql-tcp': { kind: 'tcp', from: 3306, to: 3306 },
  'postgresql-tcp': { kind: 'tcp', from: 5432, to: 5432 },
  'mssql-tcp': { kind: 'tcp', from: 1433, to: 1433 },
  'oracle-db-tcp': { kind: 'tcp', from: 1521, to: 1521 },
  'mongodb-27017-tcp': { kind: 'tcp', from: 27017, to: 27017 },
  'redis-tcp': { kind: 'tcp', from: 6379, to: 6379 },
  'elasticsearch-rest-tcp': { kind: 'tcp', from: 9200, to: 9200 },
  'memcached-tcp': { kind: 'tcp', from: 11211, to: 11211 },
  'cassandra-clients-tcp': { kind: 'tcp', from: 9042, to: 9042 },
};

/** The module's per-service sub-modules (`…/security-group/aws//modules/ssh`) open their service's rule. */
const MODULE_SERVICES: Readonly<Record<string, string>> = {
  ssh: 'ssh-tcp', rdp: 'rdp-tcp', mysql: 'mysql-tcp', postgresql: 'postgresql-tcp', mssql: 'mssql-tcp', 'oracle-db': 'oracle-db-tcp',
  mongodb: 'mongodb-27017-tcp', redis: 'redis-tcp', 'elasticsearch': 'elasticsearch-rest-tcp', memcached: 'memcached-tcp', cassandra: 'cassandra-clients-tcp',
};

function checkSecurityGroupModule(terraform: TerraformFile, module: TerraformBlock, collector: Collector): void {
  const source = terraform.attribute(module, 'source')?.value ?? '';
  if (!source.includes('terraform-aws-modules/security-group')) return;
  const tree = terraform.tree(module);
  const service = source.includes('//modules/') ? MODULE_SERVICES[source.slice(source.indexOf('//modules/') + '//modules/'.length)] : undefined;
  const named = [...terraform.scalars(module, 'ingress_rules').map((rule) => rule.value ?? ''), ...(service === undefined ? [] : [service])];
  const opening = strongest(named.map((rule) => MODULE_RULES[rule.trim()]), collector.sensitive);
  if (opening !== undefined) {
    for (const cidr of worldCidrs(terraform, module, ['ingress_cidr_blocks', 'ingress_ipv6_cidr_blocks'])) {
      if (cidr.valueRange !== undefined) collector.report(cidr.valueRange, opening, cidr.value ?? '');
    }
  }
  // `ingress_with_cidr_blocks = [{ rule = "ssh-tcp", cidr_blocks = "0.0.0.0/0,10.0.0.0/8" }]`: CIDRs are one comma-separated string.
  for (const name of ['ingress_with_cidr_blocks', 'ingress_with_ipv6_cidr_blocks']) {
    for (const item of tree.children([...module.path, name])) {
      const at = (key: string): string | undefined => tree.get([...item.path, key])?.value;
      const rule = at('rule');
      const itemOpening = rule === undefined ? awsOpening(at('protocol'), at('from_port'), at('to_port')) : MODULE_RULES[rule.trim()];
      const cidrs = tree.get([...item.path, name === 'ingress_with_cidr_blocks' ? 'cidr_blocks' : 'ipv6_cidr_blocks']);
      if (itemOpening === undefined || cidrs?.value === undefined || cidrs.valueRange === undefined || !terraform.isLiteralString(cidrs)) continue;
      let offset = 0;
      for (const part of cidrs.value.split(',')) {
        const trimmed = part.trim();
        const start = cidrs.valueRange.start + offset + part.indexOf(trimmed);
        offset += part.length + 1;
        if (WORLD_CIDRS.has(trimmed) && cidrs.value.length === cidrs.valueRange.end - cidrs.valueRange.start) {
          collector.report({ start, end: start + trimmed.length }, itemOpening, trimmed);
        }
      }
    }
  }
}

/** Azure `destination_port_range`: "22", "1000-2000" or "*". */
function azureOpening(protocol: string | undefined, range: string): Opening | undefined {
  const proto = (protocol ?? '').trim().toLowerCase();
  const all = proto === '*' || proto === 'any';
  if (!all && proto !== 'tcp') return undefined;
  const value = range.trim();
  if (value === '*') return all ? { kind: 'all' } : { kind: 'tcp', from: 0, to: 65535 };
  const dash = value.indexOf('-');
  const low = integerOf(dash < 0 ? value : value.slice(0, dash));
  const high = integerOf(dash < 0 ? value : value.slice(dash + 1));
  if (low === undefined || high === undefined) return undefined;
  return { kind: 'tcp', from: low, to: high };
}

function checkAzureRule(terraform: TerraformFile, block: TerraformBlock, collector: Collector): void {
  const direction = valueOf(terraform, block, 'direction')?.toLowerCase();
  const access = valueOf(terraform, block, 'access')?.toLowerCase();
  if (direction !== 'inbound' || access !== 'allow') return;
  const sources = [...terraform.scalars(block, 'source_address_prefix'), ...terraform.scalars(block, 'source_address_prefixes')].filter(
    (entry) => entry.value !== undefined && AZURE_WORLD.has(entry.value.trim().toLowerCase()) && terraform.isLiteralString(entry),
  );
  const source = sources[0];
  if (source?.valueRange === undefined) return;
  const protocol = valueOf(terraform, block, 'protocol');
  const ports = [...terraform.scalars(block, 'destination_port_range'), ...terraform.scalars(block, 'destination_port_ranges')];
  const openings = ports.map((port) => (terraform.isLiteralString(port) ? azureOpening(protocol, port.value ?? '') : undefined));
  const opening = strongest(openings, collector.sensitive);
  if (opening !== undefined) collector.report(source.valueRange, opening, source.value ?? '');
}

/** GCP `allow { protocol, ports }`: no ports means every port of the protocol. */
function gcpOpenings(terraform: TerraformFile, allow: TerraformBlock): (Opening | undefined)[] {
  const protocol = valueOf(terraform, allow, 'protocol')?.trim().toLowerCase();
  if (protocol === 'all') return [{ kind: 'all' }];
  if (protocol !== 'tcp' && protocol !== '6') return [];
  const ports = terraform.scalars(allow, 'ports');
  if (terraform.attribute(allow, 'ports') === undefined) return [{ kind: 'tcp', from: 0, to: 65535 }];
  return ports.map((port) => (terraform.isLiteralString(port) || integerOf(port.value) !== undefined ? azureOpening('tcp', port.value ?? '') : undefined));
}

function checkGcpFirewall(terraform: TerraformFile, block: TerraformBlock, collector: Collector): void {
  const direction = valueOf(terraform, block, 'direction')?.toUpperCase() ?? 'INGRESS';
  if (direction !== 'INGRESS' || isTrue(valueOf(terraform, block, 'disabled'))) return;
  const source = worldCidrs(terraform, block, ['source_ranges'])[0];
  if (source?.valueRange === undefined) return;
  const openings = terraform.children(block, 'allow').flatMap((allow) => gcpOpenings(terraform, allow));
  const opening = strongest(openings, collector.sensitive);
  if (opening !== undefined) collector.report(source.valueRange, opening, source.value ?? '');
}

/** Of several openings on one rule, the one to report: every protocol first, then the first that exposes a listed port. */
function strongest(openings: readonly (Opening | undefined)[], sensitive: readonly number[]): Opening | undefined {
  const known = openings.filter((opening): opening is Opening => opening !== undefined);
  return known.find((opening) => opening.kind === 'all') ?? known.find((opening) => describeOpening(opening, sensitive) !== undefined);
}

function checkTerraform(text: string, config: ConfigModel, collector: Collector): void {
  const terraform = new TerraformFile(text, config);
  for (const module of terraform.modules()) checkSecurityGroupModule(terraform, module, collector);
  for (const resource of terraform.resources('resource')) {
    switch (resource.resourceType) {
      case 'aws_security_group':
        for (const ingress of terraform.children(resource, 'ingress')) checkAwsRuleBlock(terraform, ingress, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], collector);
        checkAwsRuleObjects(terraform, resource, collector);
        break;
      case 'aws_security_group_rule':
        if (valueOf(terraform, resource, 'type') === 'ingress') checkAwsRuleBlock(terraform, resource, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], collector);
        break;
      case 'aws_vpc_security_group_ingress_rule':
        checkAwsRuleBlock(terraform, resource, 'ip_protocol', ['cidr_ipv4', 'cidr_ipv6'], collector);
        break;
      case 'azurerm_network_security_group':
        for (const rule of terraform.children(resource, 'security_rule')) checkAzureRule(terraform, rule, collector);
        break;
      case 'azurerm_network_security_rule':
        checkAzureRule(terraform, resource, collector);
        break;
      case 'google_compute_firewall':
        checkGcpFirewall(terraform, resource, collector);
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CloudFormation
// ---------------------------------------------------------------------------------------------

const CFN_TYPES: ReadonlySet<string> = new Set(['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress']);

function checkCloudFormation(config: ConfigModel, collector: Collector): void {
  for (const resource of cloudFormationResources(config, CFN_TYPES)) {
    const { tree, properties } = resource;
    const rules =
      resource.type === 'AWS::EC2::SecurityGroupIngress'
        ? [properties]
        : tree.children([...properties, 'SecurityGroupIngress']).map((item) => item.path);
    for (const rule of rules) {
      const opening = awsOpening(tree.get([...rule, 'IpProtocol'])?.value, tree.get([...rule, 'FromPort'])?.value, tree.get([...rule, 'ToPort'])?.value);
      if (opening === undefined) continue;
      for (const key of ['CidrIp', 'CidrIpv6']) {
        const cidr = tree.get([...rule, key]);
        if (cidr?.value !== undefined && cidr.valueRange !== undefined && WORLD_CIDRS.has(cidr.value.trim())) collector.report(cidr.valueRange, opening, cidr.value.trim());
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function sensitivePorts(context: RuleContext): number[] {
  const configured = context.thresholds.ports;
  const list = Array.isArray(configured) ? configured : DEFAULT_PORTS;
  return list.map((port) => integerOf(String(port))).filter((port): port is number => port !== undefined);
}

function check(context: RuleContext): void {
  const config = context.config;
  if (config === undefined) return;
  const sensitive = sensitivePorts(context);
  const collector: Collector = {
    sensitive,
    report(range, opening, source) {
      const what = describeOpening(opening, sensitive);
      if (what !== undefined) context.report({ range, message: message(what, source) });
    },
  };
  if (config.format === 'terraform') checkTerraform(context.document.text, config, collector);
  else checkCloudFormation(config, collector);
}

export const openSecurityGroup: Rule = {
  meta: {
    id: 'access/open-security-group',
    title: 'Firewall rule opens SSH, RDP, a database port or every port to the internet',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [284, 668],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'technical-controls-policy#network-security-policy',
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'access-control-guide#information-security-principles-for-access-control',
      'technical-controls-policy#lockdown-policy',
    ],
    basis: 'indirect',
    why:
      'A security group, network security group or firewall rule that admits 0.0.0.0/0 on SSH, RDP or a database port puts a login prompt or a data store in front of every scanner on the internet. ' +
      'MoJ requires services exposed on a network to be protected from unauthorised access (POL.TCP.052) and boundaries to deny by default (Technical Security Controls Guide, Defensive Layer 1).',
    howToFix:
      'Restrict the source to the address ranges that need access (an office range, a VPC CIDR, another security group), or remove the rule and reach hosts through SSM Session Manager, a bastion or a VPN. ' +
      'Public web ports (80, 443) are not reported.',
    fixSafety: 'suggestion',
    thresholds: [
      {
        name: 'ports',
        description: 'TCP ports that must not be open to 0.0.0.0/0 or ::/0 (remote administration and database defaults).',
        default: DEFAULT_PORTS,
        source: 'CIS Amazon Web Services Foundations Benchmark v3.0, controls 5.2 and 5.3 (SSH and RDP), and the vendors\' default database ports',
      },
    ],
    languages: ['terraform', 'yaml', 'json'],
    prefilter: ['0.0.0.0', '::/0', 'source_address_prefix'],
    examples: {
      terraform:
        'resource "aws_security_group" "db" {\n  ingress {\n    from_port       = 5432\n    to_port         = 5432\n    protocol        = "tcp"\n    security_groups = [aws_security_group.app.id]\n  }\n}',
      yaml: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16',
    },
  },
  check,
};
