/**
 * access/sshd-insecure: PermitRootLogin yes, PasswordAuthentication yes and PermitEmptyPasswords
 * yes in sshd_config (top level and Match blocks, first value wins as in sshd), and the same
 * lines written into sshd_config by Dockerfiles and shell scripts; with the look-alikes that must
 * stay silent (prohibit-password, comments, repeats sshd ignores, client configuration, the
 * pattern half of a sed substitution, files other than sshd_config).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { sshdInsecure } from './sshd-insecure';

const CONTROL =
  "MoJ's System Lockdown and Hardening Standard requires SSH logins directly into administrative accounts to be disabled, and guest and null (blank) accounts to be disabled (Services, security, and networking applications; Account Log-on).";

export const table: RuleTable = {
  rule: sshdInsecure,
  invalid: [
    {
      name: "root login, passwords, and empty passwords in a Match block",
      path: "etc/ssh/sshd_config",
      code: "# PermitRootLogin yes\nPermitRootLogin yes\nPermitRootLogin no\nPasswordAuthentication yes\nX11Forwarding no\n\nMatch Address 10.0.0.0/8\n    PermitEmptyPasswords yes\n",
      findings: [
        {
          line: 2, column: 1, endColumn: 20, severity: 'high', confidence: 'high', // "PermitRootLogin yes"
          message: `PermitRootLogin yes allows SSH sign-in directly as root, a shared all-powerful account that no audit trail can tie to a person. ${CONTROL} Set PermitRootLogin no and sign in with a named account that escalates with sudo.`,
          fix: { title: "Set PermitRootLogin to no", output: "# PermitRootLogin yes\nPermitRootLogin no\nPermitRootLogin no\nPasswordAuthentication yes\nX11Forwarding no\n\nMatch Address 10.0.0.0/8\n    PermitEmptyPasswords yes\n" },
        },
        {
          line: 4, column: 1, endColumn: 27, severity: 'medium', confidence: 'high', // "PasswordAuthentication yes"
          message: `PasswordAuthentication yes lets SSH sign-ins use passwords, which can be guessed, sprayed or reused, instead of keys. ${CONTROL} Set PasswordAuthentication no and use SSH keys or certificates, with MFA where the service supports it.`,
          fix: { title: "Set PasswordAuthentication to no", output: "# PermitRootLogin yes\nPermitRootLogin yes\nPermitRootLogin no\nPasswordAuthentication no\nX11Forwarding no\n\nMatch Address 10.0.0.0/8\n    PermitEmptyPasswords yes\n" },
        },
        {
          line: 8, column: 5, endColumn: 29, severity: 'high', confidence: 'high', // "PermitEmptyPasswords yes"
          message: `Inside this Match block, PermitEmptyPasswords yes lets accounts with an empty password sign in over SSH with no password at all. ${CONTROL} Set PermitEmptyPasswords no.`,
          fix: { title: "Set PermitEmptyPasswords to no", output: "# PermitRootLogin yes\nPermitRootLogin yes\nPermitRootLogin no\nPasswordAuthentication yes\nX11Forwarding no\n\nMatch Address 10.0.0.0/8\n    PermitEmptyPasswords no\n" },
        },
      ],
    },
    {
      name: "keywords are case-insensitive, and Keyword=value is accepted",
      path: "deploy/ssh/sshd_config",
      code: "permitrootlogin Yes\nPasswordAuthentication=yes\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 20, severity: 'high', confidence: 'high', // "permitrootlogin Yes"
          message: `PermitRootLogin yes allows SSH sign-in directly as root, a shared all-powerful account that no audit trail can tie to a person. ${CONTROL} Set PermitRootLogin no and sign in with a named account that escalates with sudo.`,
          fix: { title: "Set PermitRootLogin to no", output: "permitrootlogin no\nPasswordAuthentication=yes\n" },
        },
        {
          line: 2, column: 1, endColumn: 27, severity: 'medium', confidence: 'high', // "PasswordAuthentication=yes"
          message: `PasswordAuthentication yes lets SSH sign-ins use passwords, which can be guessed, sprayed or reused, instead of keys. ${CONTROL} Set PasswordAuthentication no and use SSH keys or certificates, with MFA where the service supports it.`,
          fix: { title: "Set PasswordAuthentication to no", output: "permitrootlogin Yes\nPasswordAuthentication=no\n" },
        },
      ],
    },
    {
      name: "Dockerfile writes root login into sshd_config with sed and echo",
      path: "Dockerfile",
      code: "FROM ubuntu:24.04\nRUN apt-get install -y openssh-server && \\\n    sed -i 's/#PermitRootLogin prohibit-password/PermitRootLogin yes/' /etc/ssh/sshd_config\nRUN echo 'PermitEmptyPasswords yes' >> /etc/ssh/sshd_config\n",
      findings: [
        {
          line: 3, column: 50, endColumn: 69, severity: 'high', confidence: 'medium', // "PermitRootLogin yes"
          message: `This script writes "PermitRootLogin yes" into sshd_config, which allows SSH sign-in directly as root, a shared all-powerful account that no audit trail can tie to a person. ${CONTROL} Set PermitRootLogin no and sign in with a named account that escalates with sudo.`,
          fix: null,
        },
        {
          line: 4, column: 11, endColumn: 35, severity: 'high', confidence: 'medium', // "PermitEmptyPasswords yes"
          message: `This script writes "PermitEmptyPasswords yes" into sshd_config, which lets accounts with an empty password sign in over SSH with no password at all. ${CONTROL} Set PermitEmptyPasswords no.`,
          fix: null,
        },
      ],
    },
    {
      name: "shell script appends password sign-in with tee",
      path: "provision.sh",
      code: "#!/bin/bash\necho \"PasswordAuthentication yes\" | sudo tee -a /etc/ssh/sshd_config\n",
      findings: [
        {
          line: 2, column: 7, endColumn: 33, severity: 'medium', confidence: 'medium', // "PasswordAuthentication yes"
          message: `This script writes "PasswordAuthentication yes" into sshd_config, which lets SSH sign-ins use passwords, which can be guessed, sprayed or reused, instead of keys. ${CONTROL} Set PasswordAuthentication no and use SSH keys or certificates, with MFA where the service supports it.`,
          fix: null,
        },
      ],
    },
    {
      name: "cloud-init: password sign-in and root keys left usable",
      path: "cloud/user-data.yaml",
      code: "#cloud-config\nssh_pwauth: true\ndisable_root: false\nusers:\n  - name: ops\n",
      findings: [
        {
          line: 2, column: 13, endColumn: 17, severity: 'medium', confidence: 'high', // "true"
          message: `cloud-init ssh_pwauth: true sets PasswordAuthentication yes, which lets SSH sign-ins use passwords, which can be guessed, sprayed or reused, instead of keys. ${CONTROL} Set ssh_pwauth: false and provision SSH keys.`,
          fix: { title: "Set ssh_pwauth to false", output: "#cloud-config\nssh_pwauth: false\ndisable_root: false\nusers:\n  - name: ops\n" },
        },
        {
          line: 3, column: 15, endColumn: 20, severity: 'high', confidence: 'high', // "false"
          message: `cloud-init disable_root: false keeps root's SSH keys working, which allows SSH sign-in directly as root, a shared all-powerful account that no audit trail can tie to a person. ${CONTROL} Set disable_root: true and sign in with the default named user.`,
          fix: { title: "Set disable_root to true", output: "#cloud-config\nssh_pwauth: true\ndisable_root: true\nusers:\n  - name: ops\n" },
        },
      ],
    },
  ],
  valid: [
    {
      name: "hardened configuration",
      path: "etc/ssh/sshd_config",
      code: "PermitRootLogin prohibit-password\nPasswordAuthentication no\nPermitEmptyPasswords no\nKbdInteractiveAuthentication no\n",
    },
    {
      name: "sshd uses the first value: a later yes is ignored",
      path: "etc/ssh/sshd_config",
      code: "PermitRootLogin no\nPermitRootLogin yes\n",
    },
    {
      name: "commented defaults",
      path: "etc/ssh/sshd_config",
      code: "#PermitRootLogin yes\n#PasswordAuthentication yes\n",
    },
    {
      name: "without-password and forced-commands-only",
      path: "etc/ssh/sshd_config",
      code: "PermitRootLogin without-password\nMatch User backup\n    PermitRootLogin forced-commands-only\n",
    },
    {
      name: "client configuration with Host blocks",
      path: "etc/ssh/ssh_config.d/legacy.conf",
      code: "Host legacy\n    PasswordAuthentication yes\n",
    },
    {
      name: "sed replaces yes with no: the yes is the pattern",
      path: "Dockerfile",
      code: "FROM ubuntu\nRUN sed -i 's/PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config\n",
    },
    {
      name: "text that is not written to sshd_config",
      path: "Dockerfile",
      code: "FROM ubuntu\nRUN echo 'PermitRootLogin yes' > /tmp/notes.txt\n",
    },
    {
      name: "commented shell line",
      path: "setup.sh",
      code: "#!/bin/sh\n# echo 'PermitRootLogin yes' >> /etc/ssh/sshd_config\n",
    },
    {
      name: "cloud-init hardened, and the same keys outside cloud-init",
      path: "cloud/user-data.yaml",
      code: "#cloud-config\nssh_pwauth: false\ndisable_root: true\n",
    },
    {
      name: "an application setting named like cloud-init's",
      path: "config/app.yaml",
      code: "ssh_pwauth: true\n",
    },
  ],
};

describeRule(table);
