/**
 * access/world-writable: chmod modes and umasks that let every local user write, in shell,
 * Dockerfile RUN, CI steps and each language's file APIs; creation modes (filtered by the umask)
 * at low confidence; with the look-alikes that must stay silent (owner-only modes, sticky
 * folders, removals, modes the rule cannot compute, comments).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { worldWritable } from './world-writable';

const CONTROL =
  "MoJ expects access to follow least privilege and files to have restrictive default permissions (Access Control guide; System Lockdown and Hardening Standard: Server specific).";

export const table: RuleTable = {
  rule: worldWritable,
  invalid: [
    {
      name: "shell: octal, symbolic, sudo, find -exec, umask",
      path: "scripts/setup.sh",
      code: "#!/bin/sh\nchmod 777 /opt/app\nsudo chmod -R a+w \"$DIR\"\numask 000\nfind /srv -type f -exec chmod 0666 {} \\;\nchmod -R u+w,o=rwx /srv/share\n",
      findings: [
        {
          line: 2, column: 7, endColumn: 10, severity: 'medium', confidence: 'high', // "777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "#!/bin/sh\nchmod 755 /opt/app\nsudo chmod -R a+w \"$DIR\"\numask 000\nfind /srv -type f -exec chmod 0666 {} \\;\nchmod -R u+w,o=rwx /srv/share\n" },
        },
        {
          line: 3, column: 15, endColumn: 18, severity: 'medium', confidence: 'high', // "a+w"
          message: `chmod a+w gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
        {
          line: 4, column: 7, endColumn: 10, severity: 'medium', confidence: 'high', // "000"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: { title: "Use umask 022", output: "#!/bin/sh\nchmod 777 /opt/app\nsudo chmod -R a+w \"$DIR\"\numask 022\nfind /srv -type f -exec chmod 0666 {} \\;\nchmod -R u+w,o=rwx /srv/share\n" },
        },
        {
          line: 5, column: 31, endColumn: 35, severity: 'medium', confidence: 'high', // "0666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "#!/bin/sh\nchmod 777 /opt/app\nsudo chmod -R a+w \"$DIR\"\numask 000\nfind /srv -type f -exec chmod 0644 {} \\;\nchmod -R u+w,o=rwx /srv/share\n" },
        },
        {
          line: 6, column: 10, endColumn: 19, severity: 'medium', confidence: 'high', // "u+w,o=rwx"
          message: `chmod u+w,o=rwx gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
      ],
    },
    {
      name: "Dockerfile RUN: shell form over continuations, and exec form",
      path: "Dockerfile",
      code: "FROM alpine:3.20\nRUN mkdir /data && chmod -R 777 /data \\\n    && umask 0\nRUN [\"chmod\", \"666\", \"/etc/app.conf\"]\n",
      findings: [
        {
          line: 2, column: 29, endColumn: 32, severity: 'medium', confidence: 'high', // "777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "FROM alpine:3.20\nRUN mkdir /data && chmod -R 755 /data \\\n    && umask 0\nRUN [\"chmod\", \"666\", \"/etc/app.conf\"]\n" },
        },
        {
          line: 3, column: 14, endColumn: 15, severity: 'medium', confidence: 'high', // "0"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: { title: "Use umask 022", output: "FROM alpine:3.20\nRUN mkdir /data && chmod -R 777 /data \\\n    && umask 22\nRUN [\"chmod\", \"666\", \"/etc/app.conf\"]\n" },
        },
        {
          line: 4, column: 16, endColumn: 19, severity: 'medium', confidence: 'high', // "666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "FROM alpine:3.20\nRUN mkdir /data && chmod -R 777 /data \\\n    && umask 0\nRUN [\"chmod\", \"644\", \"/etc/app.conf\"]\n" },
        },
      ],
    },
    {
      name: "CI steps: low confidence on a throwaway runner",
      path: ".github/workflows/ci.yml",
      code: "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: chmod 777 out\n      - run: |\n          echo building\n          chmod a+w build\n",
      findings: [
        {
          line: 5, column: 20, endColumn: 23, severity: 'medium', confidence: 'low', // "777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: chmod 755 out\n      - run: |\n          echo building\n          chmod a+w build\n" },
        },
        {
          line: 8, column: 17, endColumn: 20, severity: 'medium', confidence: 'low', // "a+w"
          message: `chmod a+w gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
      ],
    },
    {
      name: "Python: os.chmod, stat flags, Path.chmod, a constant, os.umask; os.makedirs at low confidence",
      path: "app/files.py",
      code: "import os\nimport stat\nfrom pathlib import Path\n\nSHARED = 0o777\nos.chmod(path, 0o777)\nos.chmod(path, stat.S_IRWXU | stat.S_IWOTH)\nos.chmod(path, SHARED)\nPath(\"report.csv\").chmod(0o666)\nos.makedirs(folder, mode=0o777, exist_ok=True)\nos.umask(0)\n",
      findings: [
        {
          line: 6, column: 16, endColumn: 21, severity: 'medium', confidence: 'high', // "0o777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "import os\nimport stat\nfrom pathlib import Path\n\nSHARED = 0o777\nos.chmod(path, 0o755)\nos.chmod(path, stat.S_IRWXU | stat.S_IWOTH)\nos.chmod(path, SHARED)\nPath(\"report.csv\").chmod(0o666)\nos.makedirs(folder, mode=0o777, exist_ok=True)\nos.umask(0)\n" },
        },
        {
          line: 7, column: 16, endColumn: 43, severity: 'medium', confidence: 'high', // "stat.S_IRWXU | stat.S_IWOTH"
          message: `This sets mode 702, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: null,
        },
        {
          line: 8, column: 16, endColumn: 22, severity: 'medium', confidence: 'high', // "SHARED"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: null,
        },
        {
          line: 9, column: 26, endColumn: 31, severity: 'medium', confidence: 'high', // "0o666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "import os\nimport stat\nfrom pathlib import Path\n\nSHARED = 0o777\nos.chmod(path, 0o777)\nos.chmod(path, stat.S_IRWXU | stat.S_IWOTH)\nos.chmod(path, SHARED)\nPath(\"report.csv\").chmod(0o644)\nos.makedirs(folder, mode=0o777, exist_ok=True)\nos.umask(0)\n" },
        },
        {
          line: 10, column: 26, endColumn: 31, severity: 'medium', confidence: 'low', // "0o777"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "import os\nimport stat\nfrom pathlib import Path\n\nSHARED = 0o777\nos.chmod(path, 0o777)\nos.chmod(path, stat.S_IRWXU | stat.S_IWOTH)\nos.chmod(path, SHARED)\nPath(\"report.csv\").chmod(0o666)\nos.makedirs(folder, mode=0o755, exist_ok=True)\nos.umask(0)\n" },
        },
        {
          line: 11, column: 10, endColumn: 11, severity: 'medium', confidence: 'high', // "0"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: null,
        },
      ],
    },
    {
      name: "Node: fs.chmodSync, named import from node:fs, octal string, promises, mkdir options, process.umask",
      path: "src/files.js",
      code: "const fs = require('fs');\nimport { chmodSync } from 'node:fs';\nfs.chmodSync(p, 0o777);\nchmodSync(p, '777');\nfs.promises.chmod(p, 0o666);\nfs.mkdirSync(dir, { mode: 0o777, recursive: true });\nprocess.umask(0);\n",
      findings: [
        {
          line: 3, column: 17, endColumn: 22, severity: 'medium', confidence: 'high', // "0o777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "const fs = require('fs');\nimport { chmodSync } from 'node:fs';\nfs.chmodSync(p, 0o755);\nchmodSync(p, '777');\nfs.promises.chmod(p, 0o666);\nfs.mkdirSync(dir, { mode: 0o777, recursive: true });\nprocess.umask(0);\n" },
        },
        {
          line: 4, column: 15, endColumn: 18, severity: 'medium', confidence: 'high', // "777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "const fs = require('fs');\nimport { chmodSync } from 'node:fs';\nfs.chmodSync(p, 0o777);\nchmodSync(p, '755');\nfs.promises.chmod(p, 0o666);\nfs.mkdirSync(dir, { mode: 0o777, recursive: true });\nprocess.umask(0);\n" },
        },
        {
          line: 5, column: 22, endColumn: 27, severity: 'medium', confidence: 'high', // "0o666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "const fs = require('fs');\nimport { chmodSync } from 'node:fs';\nfs.chmodSync(p, 0o777);\nchmodSync(p, '777');\nfs.promises.chmod(p, 0o644);\nfs.mkdirSync(dir, { mode: 0o777, recursive: true });\nprocess.umask(0);\n" },
        },
        {
          line: 6, column: 27, endColumn: 32, severity: 'medium', confidence: 'low', // "0o777"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "const fs = require('fs');\nimport { chmodSync } from 'node:fs';\nfs.chmodSync(p, 0o777);\nchmodSync(p, '777');\nfs.promises.chmod(p, 0o666);\nfs.mkdirSync(dir, { mode: 0o755, recursive: true });\nprocess.umask(0);\n" },
        },
        {
          line: 7, column: 15, endColumn: 16, severity: 'medium', confidence: 'high', // "0"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: null,
        },
      ],
    },
    {
      name: "TypeScript: writeFileSync options",
      path: "src/cache.ts",
      code: "import * as fs from 'fs';\nfs.writeFileSync(file, data, { mode: 0o666 });\n",
      findings: [
        {
          line: 2, column: 38, endColumn: 43, severity: 'medium', confidence: 'low', // "0o666"
          message: `This creates this path with mode 666, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "import * as fs from 'fs';\nfs.writeFileSync(file, data, { mode: 0o644 });\n" },
        },
      ],
    },
    {
      name: "Go: os.Chmod and a constant; WriteFile and MkdirAll with ModePerm at low confidence",
      path: "cmd/main.go",
      code: "package main\n\nimport (\n\t\"io/ioutil\"\n\t\"os\"\n)\n\nconst shared = 0777\n\nfunc main() {\n\tos.Chmod(\"out\", 0777)\n\tos.Chmod(\"out\", shared)\n\tioutil.WriteFile(\"x\", data, 0666)\n\tos.MkdirAll(\"d\", os.ModePerm)\n}\n",
      findings: [
        {
          line: 11, column: 18, endColumn: 22, severity: 'medium', confidence: 'high', // "0777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "package main\n\nimport (\n\t\"io/ioutil\"\n\t\"os\"\n)\n\nconst shared = 0777\n\nfunc main() {\n\tos.Chmod(\"out\", 0755)\n\tos.Chmod(\"out\", shared)\n\tioutil.WriteFile(\"x\", data, 0666)\n\tos.MkdirAll(\"d\", os.ModePerm)\n}\n" },
        },
        {
          line: 12, column: 18, endColumn: 24, severity: 'medium', confidence: 'high', // "shared"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: null,
        },
        {
          line: 13, column: 30, endColumn: 34, severity: 'medium', confidence: 'low', // "0666"
          message: `This creates this path with mode 666, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "package main\n\nimport (\n\t\"io/ioutil\"\n\t\"os\"\n)\n\nconst shared = 0777\n\nfunc main() {\n\tos.Chmod(\"out\", 0777)\n\tos.Chmod(\"out\", shared)\n\tioutil.WriteFile(\"x\", data, 0644)\n\tos.MkdirAll(\"d\", os.ModePerm)\n}\n" },
        },
        {
          line: 14, column: 19, endColumn: 30, severity: 'medium', confidence: 'low', // "os.ModePerm"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: null,
        },
      ],
    },
    {
      name: "Java: fromString, setWritable(true, false), OTHERS_WRITE",
      path: "src/main/java/Files.java",
      code: "class Perms {\n  void apply(Path p, File f, Set<PosixFilePermission> perms) throws IOException {\n    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(\"rwxrwxrwx\"));\n    f.setWritable(true, false);\n    perms.add(PosixFilePermission.OTHERS_WRITE);\n  }\n}\n",
      findings: [
        {
          line: 3, column: 70, endColumn: 81, severity: 'medium', confidence: 'high', // "\"rwxrwxrwx\""
          message: `These permissions (rwxrwxrwx) let every local user write to the file, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use rwxr-xr-x for folders and rw-r----- or rw------- for files.`,
          fix: null,
        },
        {
          line: 4, column: 7, endColumn: 18, severity: 'medium', confidence: 'high', // "setWritable"
          message: `setWritable(true, false) makes this file writable by every user, not only its owner, so any account or compromised process on the machine can change it. ${CONTROL} Use setWritable(true, true) or Files.setPosixFilePermissions with rw-------.`,
          fix: null,
        },
        {
          line: 5, column: 15, endColumn: 47, severity: 'medium', confidence: 'high', // "PosixFilePermission.OTHERS_WRITE"
          message: `PosixFilePermission.OTHERS_WRITE grants write access to every local user, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner.`,
          fix: null,
        },
      ],
    },
    {
      name: "C#: UnixFileMode.OtherWrite",
      path: "src/Files.cs",
      code: "class Perms {\n  void Apply(string p) {\n    File.SetUnixFileMode(p, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherWrite);\n  }\n}\n",
      findings: [
        {
          line: 3, column: 78, endColumn: 101, severity: 'medium', confidence: 'high', // "UnixFileMode.OtherWrite"
          message: `UnixFileMode.OtherWrite grants write access to every local user, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner.`,
          fix: null,
        },
      ],
    },
    {
      name: "PHP: chmod, mkdir at low confidence, umask",
      path: "public/upload.php",
      code: "<?php\nchmod($file, 0777);\nmkdir($dir, 0777, true);\numask(0);\n",
      findings: [
        {
          line: 2, column: 14, endColumn: 18, severity: 'medium', confidence: 'high', // "0777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "<?php\nchmod($file, 0755);\nmkdir($dir, 0777, true);\numask(0);\n" },
        },
        {
          line: 3, column: 13, endColumn: 17, severity: 'medium', confidence: 'low', // "0777"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "<?php\nchmod($file, 0777);\nmkdir($dir, 0755, true);\numask(0);\n" },
        },
        {
          line: 4, column: 7, endColumn: 8, severity: 'medium', confidence: 'high', // "0"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: null,
        },
      ],
    },
    {
      name: "Ruby: File.chmod, FileUtils.chmod symbolic, mkdir_p mode at low confidence, File.umask",
      path: "lib/files.rb",
      code: "File.chmod(0777, path)\nFileUtils.chmod(\"a+w\", path)\nFileUtils.chmod_R(0o666, dir)\nFileUtils.mkdir_p(dir, mode: 0o777)\nFile.umask(0)\n",
      findings: [
        {
          line: 1, column: 12, endColumn: 16, severity: 'medium', confidence: 'high', // "0777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "File.chmod(0755, path)\nFileUtils.chmod(\"a+w\", path)\nFileUtils.chmod_R(0o666, dir)\nFileUtils.mkdir_p(dir, mode: 0o777)\nFile.umask(0)\n" },
        },
        {
          line: 2, column: 18, endColumn: 21, severity: 'medium', confidence: 'high', // "a+w"
          message: `chmod a+w gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
        {
          line: 3, column: 19, endColumn: 24, severity: 'medium', confidence: 'high', // "0o666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "File.chmod(0777, path)\nFileUtils.chmod(\"a+w\", path)\nFileUtils.chmod_R(0o644, dir)\nFileUtils.mkdir_p(dir, mode: 0o777)\nFile.umask(0)\n" },
        },
        {
          line: 4, column: 30, endColumn: 35, severity: 'medium', confidence: 'low', // "0o777"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "File.chmod(0777, path)\nFileUtils.chmod(\"a+w\", path)\nFileUtils.chmod_R(0o666, dir)\nFileUtils.mkdir_p(dir, mode: 0o755)\nFile.umask(0)\n" },
        },
        {
          line: 5, column: 12, endColumn: 13, severity: 'medium', confidence: 'high', // "0"
          message: `This umask (000) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`,
          fix: null,
        },
      ],
    },
    {
      name: "Dockerfile COPY and ADD --chmod",
      path: "Dockerfile",
      code: "FROM alpine:3.20\nCOPY --chown=app:app --chmod=777 app /app\nADD --chmod=a+w config /config\n",
      findings: [
        {
          line: 2, column: 30, endColumn: 33, severity: 'medium', confidence: 'high', // "777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "FROM alpine:3.20\nCOPY --chown=app:app --chmod=755 app /app\nADD --chmod=a+w config /config\n" },
        },
        {
          line: 3, column: 13, endColumn: 16, severity: 'medium', confidence: 'high', // "a+w"
          message: `chmod a+w gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
      ],
    },
    {
      name: "Ansible file, copy and template modes: octal strings, YAML octal, symbolic",
      path: "roles/app/tasks/main.yml",
      code: "- name: shared folder\n  ansible.builtin.file:\n    path: /srv/shared\n    state: directory\n    mode: '0777'\n- copy:\n    src: app.conf\n    dest: /etc/app.conf\n    mode: 0666\n- template:\n    src: env.j2\n    dest: /etc/app.env\n    mode: u=rw,g=r,o=rw\n",
      findings: [
        {
          line: 5, column: 12, endColumn: 16, severity: 'medium', confidence: 'high', // "0777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "- name: shared folder\n  ansible.builtin.file:\n    path: /srv/shared\n    state: directory\n    mode: '0755'\n- copy:\n    src: app.conf\n    dest: /etc/app.conf\n    mode: 0666\n- template:\n    src: env.j2\n    dest: /etc/app.env\n    mode: u=rw,g=r,o=rw\n" },
        },
        {
          line: 9, column: 11, endColumn: 15, severity: 'medium', confidence: 'high', // "0666"
          message: `This sets mode 666, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 644", output: "- name: shared folder\n  ansible.builtin.file:\n    path: /srv/shared\n    state: directory\n    mode: '0777'\n- copy:\n    src: app.conf\n    dest: /etc/app.conf\n    mode: 0644\n- template:\n    src: env.j2\n    dest: /etc/app.env\n    mode: u=rw,g=r,o=rw\n" },
        },
        {
          line: 13, column: 11, endColumn: 24, severity: 'medium', confidence: 'high', // "u=rw,g=r,o=rw"
          message: `chmod u=rw,g=r,o=rw gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`,
          fix: null,
        },
      ],
    },
    {
      name: "Terraform local_file permission",
      path: "infra/keys.tf",
      code: "resource \"local_file\" \"key\" {\n  content         = tls_private_key.k.private_key_pem\n  filename        = \"key.pem\"\n  file_permission = \"0777\"\n}\n",
      findings: [
        {
          line: 4, column: 22, endColumn: 26, severity: 'medium', confidence: 'high', // "0777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "resource \"local_file\" \"key\" {\n  content         = tls_private_key.k.private_key_pem\n  filename        = \"key.pem\"\n  file_permission = \"0755\"\n}\n" },
        },
      ],
    },
    {
      name: "Python SFTP client chmod(path, mode)",
      path: "deploy/upload.py",
      code: "sftp = client.open_sftp()\nsftp.put(local, remote)\nsftp.chmod(remote, 0o777)\n",
      findings: [
        {
          line: 3, column: 20, endColumn: 25, severity: 'medium', confidence: 'high', // "0o777"
          message: `This sets mode 777, which lets every local user write to it, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: { title: "Use mode 755", output: "sftp = client.open_sftp()\nsftp.put(local, remote)\nsftp.chmod(remote, 0o755)\n" },
        },
      ],
    },
    {
      name: "Go os.FileMode conversion at low confidence",
      path: "store/dirs.go",
      code: "package store\n\nimport \"os\"\n\nfunc prepare() error {\n\treturn os.MkdirAll(\"/var/lib/app\", os.FileMode(0777))\n}\n",
      findings: [
        {
          line: 6, column: 37, endColumn: 54, severity: 'medium', confidence: 'low', // "os.FileMode(0777)"
          message: `This creates this path with mode 777, which lets every local user write to it unless the process umask removes the bit, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`,
          fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'reading the umask: set to 0 and restored on the next line, with nothing created between',
      path: 'tools/store.py',
      code: `import os

def current_umask():
    umask = os.umask(0)
    os.umask(umask)
    return umask
`,
    },
    {
      name: 'reading the umask in PHP',
      path: 'lib/perms.php',
      code: `<?php
$old = umask(0);
umask($old);
`,
    },
    {
      name: "shell: owner-only modes, sticky folder, removals, +w without who, unknown mode, comment",
      path: "scripts/ok.sh",
      code: "#!/bin/sh\nchmod 755 /opt/app/bin/run\nchmod 600 ~/.ssh/id_ed25519\nchmod 1777 /tmp/cache\nchmod o-w,g-w /srv\nchmod +w file\nchmod \"$MODE\" file\n# chmod 777 /opt/app\numask 022\numask 002\necho chmod 777 is bad\n",
    },
    {
      name: "Dockerfile with safe modes",
      path: "Dockerfile",
      code: "FROM alpine\nRUN chmod 755 /entrypoint.sh && chmod u+x /run.sh\n# RUN chmod 777 /data\n",
    },
    {
      name: "Python: safe modes and unrelated calls",
      path: "app/ok.py",
      code: "import os\nos.chmod(path, 0o600)\nos.makedirs(folder, mode=0o750, exist_ok=True)\nos.umask(0o077)\nprint('chmod 777')\nrequests.get(url, timeout=777)\n",
    },
    {
      name: "Node: safe modes, non-fs chmod",
      path: "src/ok.js",
      code: "const fs = require('fs');\nfs.chmodSync(p, 0o600);\nfs.mkdirSync(dir, { recursive: true });\nfs.writeFileSync(file, data, { mode: 0o600 });\ngit.chmod(p, 0o777);\n",
    },
    {
      name: "Go: owner-only modes",
      path: "main.go",
      code: "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.WriteFile(\"x\", data, 0o600)\n\tos.MkdirAll(\"d\", 0o750)\n\tos.Chmod(\"y\", 0755)\n}\n",
    },
    {
      name: "Java: owner-only permissions, setWritable owner only",
      path: "src/Ok.java",
      code: "class Ok {\n  void f(Path p, File f) throws IOException {\n    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(\"rw-r-----\"));\n    f.setWritable(true, true);\n    f.setReadable(true, false);\n  }\n}\n",
    },
    {
      name: "C#: owner-only mode",
      path: "src/Ok.cs",
      code: "class Ok {\n  void F(string p) {\n    File.SetUnixFileMode(p, UnixFileMode.UserRead | UnixFileMode.UserWrite);\n  }\n}\n",
    },
    {
      name: "PHP and Ruby safe modes",
      path: "lib/ok.rb",
      code: "File.chmod(0644, path)\nFileUtils.chmod(\"u+x\", path)\nFileUtils.mkdir_p(dir)\nFile.umask(0o022)\n",
    },
    {
      name: "Dockerfile COPY --chmod owner-only",
      path: "Dockerfile",
      code: "FROM alpine\nCOPY --chmod=755 run.sh /run.sh\n",
    },
    {
      name: "Ansible owner-only modes, an unquoted decimal the rule cannot read as octal, a mode outside a file module",
      path: "site.yml",
      code: "- file:\n    path: /etc/app\n    mode: '0750'\n- file:\n    path: /etc/b\n    mode: 777\n- debug:\n    msg: done\n  vars:\n    mode: '0777'\n",
    },
    {
      name: "Terraform owner-only permission",
      path: "keys.tf",
      code: "resource \"local_file\" \"key\" {\n  filename        = \"key.pem\"\n  file_permission = \"0600\"\n}\n",
    },
  ],
};

describeRule(table);
