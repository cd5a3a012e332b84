/**
 * access/insecure-service: anonymous FTP (vsftpd, ProFTPD), SNMP community strings and v1 groups
 * (snmpd.conf), and Telnet, rsh and TFTP servers installed by Dockerfiles, shell scripts and
 * Ansible; with the look-alikes that must stay silent (anonymous access off, SNMPv3 users,
 * clients, package removals, comments, sshd_config).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { insecureService } from './insecure-service';

const CONTROL =
  "MoJ's System Lockdown and Hardening Standard requires Telnet and clear-text authentication to be disabled, anonymous FTP to be disabled, and SNMP, where needed, to be version 2.0 or later (Services, security, and networking applications).";

export const table: RuleTable = {
  rule: insecureService,
  invalid: [
    {
      name: "vsftpd anonymous login and anonymous upload",
      path: "etc/vsftpd.conf",
      code: "listen=YES\nanonymous_enable=YES\nanon_upload_enable=YES\nlocal_enable=YES\n#anon_mkdir_write_enable=YES\n",
      findings: [
        {
          line: 2, column: 1, endColumn: 21, severity: 'high', confidence: 'high', // "anonymous_enable=YES"
          message: `anonymous_enable=YES lets anyone sign in to this FTP server without credentials, and FTP sends everything in clear text. ${CONTROL} Set anonymous_enable=NO and offer SFTP or FTPS with named accounts.`,
          fix: null,
        },
        {
          line: 3, column: 1, endColumn: 23, severity: 'high', confidence: 'high', // "anon_upload_enable=YES"
          message: `anon_upload_enable=YES lets anonymous FTP users upload files, and FTP sends everything in clear text. ${CONTROL} Set anon_upload_enable=NO and offer SFTP or FTPS with named accounts.`,
          fix: null,
        },
      ],
    },
    {
      name: "ProFTPD Anonymous block",
      path: "etc/proftpd/proftpd.conf",
      code: "ServerName \"files\"\n<Anonymous ~ftp>\n  User ftp\n  UserAlias anonymous ftp\n</Anonymous>\n",
      findings: [
        {
          line: 2, column: 2, endColumn: 11, severity: 'high', confidence: 'high', // "Anonymous"
          message: `This <Anonymous> block lets anyone sign in to this FTP server without credentials, over a protocol that sends everything in clear text. ${CONTROL} Remove the block and offer SFTP or FTPS with named accounts.`,
          fix: null,
        },
      ],
    },
    {
      name: "snmpd community strings and a v1 group",
      path: "etc/snmp/snmpd.conf",
      code: "rocommunity public default -V systemonly\nrwcommunity s3cr3tCommunity 10.0.0.0/8\nrocommunity6 monitor fd00::/8\ncom2sec notConfigUser default public\ngroup notConfigGroup v1 notConfigUser\ngroup notConfigGroup v2c notConfigUser\n# rocommunity public\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 12, severity: 'high', confidence: 'high', // "rocommunity"
          message: `rocommunity gives read-only SNMP access by community string, which SNMPv1 and v2c send in clear text, and this community is a published default. ${CONTROL} Use SNMPv3 users with authPriv (rouser/createUser) instead.`,
          fix: null,
        },
        {
          line: 2, column: 1, endColumn: 12, severity: 'high', confidence: 'high', // "rwcommunity"
          message: `rwcommunity gives read-write SNMP access by community string, which SNMPv1 and v2c send in clear text. ${CONTROL} Use SNMPv3 users with authPriv (rouser/createUser) instead.`,
          fix: null,
        },
        {
          line: 3, column: 1, endColumn: 13, severity: 'medium', confidence: 'high', // "rocommunity6"
          message: `rocommunity6 gives read-only SNMP access by community string, which SNMPv1 and v2c send in clear text. ${CONTROL} Use SNMPv3 users with authPriv (rouser/createUser) instead.`,
          fix: null,
        },
        {
          line: 5, column: 1, endColumn: 6, severity: 'medium', confidence: 'high', // "group"
          message: `This group grants access over SNMPv1, which authenticates with a community string sent in clear text. ${CONTROL} Use the usm security model (SNMPv3) with authPriv.`,
          fix: null,
        },
      ],
    },
    {
      name: "Dockerfile installs a Telnet and a TFTP server",
      path: "Dockerfile",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends telnetd vsftpd \\\n    tftpd-hpa=5.2 telnet\n",
      findings: [
        {
          line: 2, column: 66, endColumn: 73, severity: 'high', confidence: 'high', // "telnetd"
          message: `This installs telnetd, a Telnet server, which sends passwords and sessions in clear text. ${CONTROL} Use SSH (or SFTP) instead and do not install the Telnet server.`,
          fix: null,
        },
        {
          line: 3, column: 5, endColumn: 18, severity: 'high', confidence: 'high', // "tftpd-hpa=5.2"
          message: `This installs tftpd-hpa, a TFTP server, which has no authentication at all. ${CONTROL} Use SSH (or SFTP) instead and do not install the TFTP server.`,
          fix: null,
        },
      ],
    },
    {
      name: "shell script installs telnet-server",
      path: "provision.sh",
      code: "#!/bin/sh\nyum install -y telnet-server\n",
      findings: [
        {
          line: 2, column: 16, endColumn: 29, severity: 'high', confidence: 'high', // "telnet-server"
          message: `This installs telnet-server, a Telnet server, which sends passwords and sessions in clear text. ${CONTROL} Use SSH (or SFTP) instead and do not install the Telnet server.`,
          fix: null,
        },
      ],
    },
    {
      name: "Ansible apt and yum tasks",
      path: "playbook.yml",
      code: "- hosts: all\n  tasks:\n    - name: telnet\n      apt:\n        name: telnetd\n        state: present\n    - ansible.builtin.yum:\n        name:\n          - rsh-server\n          - httpd\n",
      findings: [
        {
          line: 5, column: 15, endColumn: 22, severity: 'high', confidence: 'high', // "telnetd"
          message: `This installs telnetd, a Telnet server, which sends passwords and sessions in clear text. ${CONTROL} Use SSH (or SFTP) instead and do not install the Telnet server.`,
          fix: null,
        },
        {
          line: 9, column: 13, endColumn: 23, severity: 'high', confidence: 'high', // "rsh-server"
          message: `This installs rsh-server, an rsh server, which sends passwords and sessions in clear text. ${CONTROL} Use SSH (or SFTP) instead and do not install the rsh server.`,
          fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: "vsftpd with anonymous access off",
      path: "etc/vsftpd/vsftpd.conf",
      code: "anonymous_enable=NO\nlocal_enable=YES\nssl_enable=YES\n",
    },
    {
      name: "an ini file elsewhere with the same key",
      path: "config/app.ini",
      code: "anonymous_enable=YES\n",
    },
    {
      name: "ProFTPD without an Anonymous block",
      path: "etc/proftpd/proftpd.conf",
      code: "ServerName \"files\"\nDefaultRoot ~\n# <Anonymous ~ftp>\n",
    },
    {
      name: "SNMPv3 users only",
      path: "etc/snmp/snmpd.conf",
      code: "createUser monitor SHA-512 \"authpass1234\" AES \"privpass1234\"\nrouser monitor priv\ngroup v3group usm monitor\n",
    },
    {
      name: "sshd_config is not snmpd.conf",
      path: "etc/ssh/sshd_config",
      code: "Match Group ftp\n  ForceCommand internal-sftp\n",
    },
    {
      name: "Telnet and FTP clients, vsftpd alone, removals",
      path: "Dockerfile",
      code: "FROM debian:12\nRUN apt-get install -y telnet ftp lftp vsftpd\nRUN apt-get purge -y telnetd && apt-get remove -y tftpd-hpa\n# RUN apt-get install -y telnetd\n",
    },
    {
      name: "Ansible removes the Telnet server",
      path: "hardening.yml",
      code: "- hosts: all\n  tasks:\n    - apt:\n        name: telnetd\n        state: absent\n",
    },
    {
      name: "shell echo mentioning a package",
      path: "notes.sh",
      code: "#!/bin/sh\necho \"do not install telnetd\"\n",
    },
  ],
};

describeRule(table);
