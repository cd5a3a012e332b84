/** Files the workspace-scan protocol tests share. */

/** A digest algorithm read from `.properties` (index-triggered re-diagnosis): SHA-256 by default, MD5 when the project says so. */
export const JAVA_SIGNER = [
  'import java.security.MessageDigest;',
  'import java.util.Properties;',
  '',
  'public class Signer {',
  '    byte[] sign(Properties config, byte[] report) throws Exception {',
  '        String algorithm = config.getProperty("report.digest.algorithm", "SHA-256");',
  '        return MessageDigest.getInstance(algorithm).digest(report);',
  '    }',
  '}',
  '',
].join('\n');
