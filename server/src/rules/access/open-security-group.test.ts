/**
 * access/open-security-group: ingress rules that open SSH, RDP, database ports or every port to
 * 0.0.0.0/0, ::/0 or Azure's Internet tag, in Terraform (AWS inline blocks and lists, standalone
 * rules, the terraform-aws-modules security-group module, Azure, GCP) and CloudFormation.
 * Safe cases: public web ports, private ranges, egress, UDP, values from variables, disabled and
 * commented-out rules, and 0.0.0.0/0 in files that are not security groups.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { openSecurityGroup } from './open-security-group';

const CONTROL =
  'MoJ requires network services to be protected from unauthorised access, with boundaries that deny by default (Technical Controls Policy: Network Security Policy).';
const ADVICE =
  'Allow only the address ranges that need it, or reach the host through a bastion, SSM Session Manager or a VPN.';

export const table: RuleTable = {
  rule: openSecurityGroup,
  invalid: [
    {
      name: 'inline ingress opens SSH to 0.0.0.0/0 (the HTTPS ingress and the egress beside it stay silent)',
      path: 'network/bastion.tf',
      code: 'resource "aws_security_group" "bastion" {\n  name = "bastion"\n\n  ingress {\n    description = "SSH"\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      findings: [
        { line: 9, column: 21, endColumn: 30, message: `This firewall rule opens SSH (port 22) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'all traffic (protocol -1) from ::/0',
      path: 'network/sg.tf',
      code: 'resource "aws_security_group" "app" {\n  ingress {\n    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    cidr_blocks      = ["10.0.0.0/8"]\n    ipv6_cidr_blocks = ["::/0"]\n  }\n}\n',
      findings: [
        { line: 7, column: 26, endColumn: 30, message: `This firewall rule opens all ports and protocols to the whole internet (::/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "::/0"
      ],
    },
    {
      name: 'standalone rule: every TCP port',
      path: 'network/rules.tf',
      code: 'resource "aws_security_group_rule" "wide" {\n  type              = "ingress"\n  from_port         = 0\n  to_port           = 65535\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.app.id\n}\n',
      findings: [
        { line: 6, column: 25, endColumn: 34, message: `This firewall rule opens TCP ports 0-65535, including SSH, RDP, MySQL and others, to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'aws_vpc_security_group_ingress_rule: PostgreSQL on cidr_ipv4',
      path: 'network/db.tf',
      code: 'resource "aws_vpc_security_group_ingress_rule" "postgres" {\n  security_group_id = aws_security_group.db.id\n  cidr_ipv4         = "0.0.0.0/0"\n  from_port         = 5432\n  ip_protocol       = "tcp"\n  to_port           = 5432\n}\n',
      findings: [
        { line: 3, column: 24, endColumn: 33, message: `This firewall rule opens PostgreSQL (port 5432) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'Azure NSG security_rule: RDP from Internet',
      path: 'azure/nsg.tf',
      code: 'resource "azurerm_network_security_group" "web" {\n  name = "web-nsg"\n\n  security_rule {\n    name                       = "rdp"\n    priority                   = 100\n    direction                  = "Inbound"\n    access                     = "Allow"\n    protocol                   = "Tcp"\n    source_port_range          = "*"\n    destination_port_range     = "3389"\n    source_address_prefix      = "Internet"\n    destination_address_prefix = "*"\n  }\n}\n',
      findings: [
        { line: 12, column: 35, endColumn: 43, message: `This firewall rule opens RDP (port 3389) to the whole internet (Internet). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "Internet"
      ],
    },
    {
      name: 'Azure network security rule: any port, any protocol, from *',
      path: 'azure/rules.tf',
      code: 'resource "azurerm_network_security_rule" "any" {\n  name                        = "any"\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "*"\n  source_port_range           = "*"\n  destination_port_range      = "*"\n  source_address_prefix       = "*"\n  destination_address_prefix  = "*"\n  resource_group_name         = azurerm_resource_group.main.name\n  network_security_group_name = azurerm_network_security_group.web.name\n}\n',
      findings: [
        { line: 8, column: 34, endColumn: 35, message: `This firewall rule opens all ports and protocols to the whole internet (*). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "*"
      ],
    },
    {
      name: 'GCP firewall: SSH from 0.0.0.0/0 (port 80 in the same allow)',
      path: 'gcp/firewall.tf',
      code: 'resource "google_compute_firewall" "ssh" {\n  name    = "allow-ssh"\n  network = google_compute_network.vpc.name\n\n  allow {\n    protocol = "tcp"\n    ports    = ["22", "80"]\n  }\n\n  source_ranges = ["0.0.0.0/0"]\n}\n',
      findings: [
        { line: 10, column: 21, endColumn: 30, message: `This firewall rule opens SSH (port 22) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'CloudFormation YAML: SSH in SecurityGroupIngress',
      path: 'cfn/bastion.yaml',
      code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  BastionSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Bastion\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
      findings: [
        { line: 15, column: 19, endColumn: 28, message: `This firewall rule opens SSH (port 22) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'CloudFormation JSON: standalone ingress with every protocol',
      path: 'cfn/ingress.json',
      code: '{\n  "Resources": {\n    "OpenIngress": {\n      "Type": "AWS::EC2::SecurityGroupIngress",\n      "Properties": {\n        "GroupId": { "Ref": "AppSecurityGroup" },\n        "IpProtocol": "-1",\n        "CidrIpv6": "::/0"\n      }\n    }\n  }\n}\n',
      findings: [
        { line: 8, column: 22, endColumn: 26, message: `This firewall rule opens all ports and protocols to the whole internet (::/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "::/0"
      ],
    },
    {
      name: 'the ports threshold adds a port (8080 here)',
      path: 'network/admin.tf',
      code: 'resource "aws_security_group" "admin" {\n  ingress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      thresholds: { 'ports': ['22', '8080'] },
      findings: [
        { line: 6, column: 21, endColumn: 30, message: `This firewall rule opens port 8080 to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'terraform-aws-modules/security-group: named ssh-tcp rule and an ingress_with_cidr_blocks object',
      path: 'network/module.tf',
      code: 'module "bastion_sg" {\n  source  = "terraform-aws-modules/security-group/aws"\n  version = "5.1.0"\n\n  ingress_cidr_blocks = ["0.0.0.0/0"]\n  ingress_rules       = ["https-443-tcp", "ssh-tcp"]\n\n  ingress_with_cidr_blocks = [\n    {\n      from_port   = 5432\n      to_port     = 5432\n      protocol    = "tcp"\n      cidr_blocks = "10.0.0.0/8,0.0.0.0/0"\n    },\n  ]\n}\n',
      findings: [
        { line: 5, column: 27, endColumn: 36, message: `This firewall rule opens SSH (port 22) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
        { line: 13, column: 33, endColumn: 42, message: `This firewall rule opens PostgreSQL (port 5432) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
    {
      name: 'the attribute (list) form of inline ingress rules',
      path: 'network/list.tf',
      code: 'resource "aws_security_group" "legacy" {\n  ingress = [{\n    description      = "ssh"\n    from_port        = 22\n    to_port          = 22\n    protocol         = "tcp"\n    cidr_blocks      = ["0.0.0.0/0"]\n    ipv6_cidr_blocks = []\n    prefix_list_ids  = []\n    security_groups  = []\n    self             = false\n  }]\n}\n',
      findings: [
        { line: 7, column: 26, endColumn: 35, message: `This firewall rule opens SSH (port 22) to the whole internet (0.0.0.0/0). ${CONTROL} ${ADVICE}`, severity: 'high', confidence: 'high', fix: null }, // "0.0.0.0/0"
      ],
    },
  ],
  valid: [
    {
      name: 'HTTPS and HTTP open to the world are normal',
      path: 'network/web.tf',
      code: 'resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n  ingress {\n    from_port        = 80\n    to_port          = 80\n    protocol         = "tcp"\n    ipv6_cidr_blocks = ["::/0"]\n  }\n}\n',
    },
    {
      name: 'SSH from a private range',
      path: 'network/bastion.tf',
      code: 'resource "aws_security_group" "bastion" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.20.0.0/16"]\n  }\n}\n',
    },
    {
      name: 'egress rules are out of scope',
      path: 'network/egress.tf',
      code: 'resource "aws_security_group_rule" "out" {\n  type        = "egress"\n  from_port   = 0\n  to_port     = 0\n  protocol    = "-1"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
    },
    {
      name: 'CIDR from a variable is not guessed',
      path: 'network/var.tf',
      code: 'resource "aws_security_group" "db" {\n  ingress {\n    from_port   = 5432\n    to_port     = 5432\n    protocol    = "tcp"\n    cidr_blocks = var.allowed_cidrs\n  }\n}\n',
    },
    {
      name: 'port from a variable is not guessed',
      path: 'network/port.tf',
      code: 'resource "aws_security_group" "app" {\n  ingress {\n    from_port   = var.port\n    to_port     = var.port\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    },
    {
      name: 'UDP (DNS) open to the world',
      path: 'network/dns.tf',
      code: 'resource "aws_security_group" "dns" {\n  ingress {\n    from_port   = 53\n    to_port     = 53\n    protocol    = "udp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    },
    {
      name: 'a commented-out rule',
      path: 'network/commented.tf',
      code: 'resource "aws_security_group" "bastion" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    # cidr_blocks = ["0.0.0.0/0"]\n    security_groups = [aws_security_group.vpn.id]\n  }\n}\n',
    },
    {
      name: 'a port range that covers none of the listed ports',
      path: 'network/range.tf',
      code: 'resource "aws_security_group_rule" "app" {\n  type        = "ingress"\n  from_port   = 8000\n  to_port     = 8100\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
    },
    {
      name: 'Azure: outbound and deny rules',
      path: 'azure/nsg.tf',
      code: 'resource "azurerm_network_security_group" "web" {\n  security_rule {\n    direction              = "Outbound"\n    access                 = "Allow"\n    protocol               = "Tcp"\n    destination_port_range = "22"\n    source_address_prefix  = "*"\n  }\n  security_rule {\n    direction              = "Inbound"\n    access                 = "Deny"\n    protocol               = "*"\n    destination_port_range = "*"\n    source_address_prefix  = "Internet"\n  }\n}\n',
    },
    {
      name: 'GCP: egress firewall and a disabled rule',
      path: 'gcp/firewall.tf',
      code: 'resource "google_compute_firewall" "egress" {\n  direction          = "EGRESS"\n  destination_ranges = ["0.0.0.0/0"]\n  source_ranges      = ["0.0.0.0/0"]\n  allow {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n}\nresource "google_compute_firewall" "off" {\n  disabled      = true\n  source_ranges = ["0.0.0.0/0"]\n  allow {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n}\n',
    },
    {
      name: 'CloudFormation: HTTPS only, and SSH from the VPC',
      path: 'cfn/web.yaml',
      code: 'Resources:\n  WebSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 10.0.0.0/16\n',
    },
    {
      name: 'a Kubernetes manifest with 0.0.0.0/0 is not a security group',
      path: 'k8s/policy.yaml',
      code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  ingress:\n    - from:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n      ports:\n        - port: 22\n',
    },
    {
      name: 'terraform-aws-modules/security-group: web rules to the world, SSH from the VPC',
      path: 'network/module.tf',
      code: 'module "web_sg" {\n  source              = "terraform-aws-modules/security-group/aws"\n  ingress_cidr_blocks = ["0.0.0.0/0"]\n  ingress_rules       = ["https-443-tcp", "http-80-tcp"]\n}\n\nmodule "ssh_sg" {\n  source              = "terraform-aws-modules/security-group/aws//modules/ssh"\n  ingress_cidr_blocks = ["10.10.0.0/16"]\n}\n',
    },
  ],
};

describeRule(table);
