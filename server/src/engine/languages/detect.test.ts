import assert from 'node:assert/strict';
import { detectLanguage } from './detect';

describe('detectLanguage: service configurations', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    ['etc/vsftpd.conf', 'ini'],
    ['etc/vsftpd/vsftpd.conf', 'ini'],
    ['etc/vsftpd/ftp-anonymous.conf', 'ini'],
    ['etc/proftpd/proftpd.conf', 'apache'],
    ['etc/proftpd/conf.d/anonymous.conf', 'apache'],
    ['etc/snmp/snmpd.conf', 'sshd'],
    ['snmpd.conf', 'sshd'],
    ['etc/ssh/sshd_config', 'sshd'],
    ['etc/unrelated/service.conf', undefined],
  ];
  for (const [path, expected] of cases) {
    it(`${path} → ${String(expected)}`, () => {
      assert.equal(detectLanguage(path), expected);
    });
  }
});
