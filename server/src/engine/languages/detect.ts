import type { CodeLanguage, LanguageId } from '../contract';

const CODE_LANGUAGES: ReadonlySet<string> = new Set<CodeLanguage>([
  'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
]);

export function isCodeLanguage(language: LanguageId): language is CodeLanguage {
  return CODE_LANGUAGES.has(language);
}

const BY_EXTENSION: Readonly<Record<string, LanguageId>> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python', '.pyw': 'python',
  '.java': 'java',
  '.cs': 'csharp',
  '.go': 'go',
  '.php': 'php',
  '.rb': 'ruby', '.rake': 'ruby', '.gemspec': 'ruby',
  '.sh': 'shell', '.bash': 'shell',
  '.yaml': 'yaml', '.yml': 'yaml',
  '.json': 'json',
  '.xml': 'xml', '.csproj': 'xml', '.config': 'xml',
  '.tf': 'terraform', '.hcl': 'terraform',
  '.properties': 'properties',
  '.env': 'dotenv',
  '.ini': 'ini', '.cfg': 'ini',
  '.gradle': 'gradle',
  '.vue': 'vue',
  '.erb': 'erb',
  '.ejs': 'ejs',
  '.jinja': 'jinja', '.jinja2': 'jinja', '.j2': 'jinja', '.djhtml': 'jinja', '.njk': 'jinja',
  '.cshtml': 'razor',
  '.toml': 'toml',
};

const BY_NAME: Readonly<Record<string, LanguageId>> = {
  'dockerfile': 'dockerfile', 'containerfile': 'dockerfile',
  'gemfile': 'ruby', 'rakefile': 'ruby', 'vagrantfile': 'ruby', 'config.ru': 'ruby',
  '.npmrc': 'npmrc', '.yarnrc': 'npmrc',
  '.env': 'dotenv',
  'nginx.conf': 'nginx',
  'httpd.conf': 'apache', 'apache2.conf': 'apache', '.htaccess': 'apache', 'ssl.conf': 'apache',
  'haproxy.cfg': 'haproxy',
  'sshd_config': 'sshd',
  // Service configurations read with the tokenizer of the same syntax (access/insecure-service):
  // vsftpd is `key=value` lines, proftpd is Apache-style directives and <blocks>, and snmpd is
  // `keyword value…` lines as sshd_config is.
  'vsftpd.conf': 'ini',
  'proftpd.conf': 'apache',
  'snmpd.conf': 'sshd',
  'pip.conf': 'ini',
  '.gitconfig': 'ini',
  'kubeconfig': 'yaml',
  'requirements.txt': 'pip-requirements', 'constraints.txt': 'pip-requirements',
  'poetry.lock': 'toml', 'pipfile': 'toml', 'uv.lock': 'toml',
  '.nvmrc': 'version-file', '.node-version': 'version-file', '.python-version': 'version-file', '.ruby-version': 'version-file',
  '.go-version': 'version-file', '.java-version': 'version-file', '.tool-versions': 'version-file',
  'pipfile.lock': 'json', 'composer.lock': 'json',
  'yarn.lock': 'lockfile', 'gemfile.lock': 'lockfile', 'gems.locked': 'lockfile', 'go.sum': 'lockfile', 'gradle.lockfile': 'lockfile',
  'go.mod': 'lockfile',
};

/**
 * The file kind from its path, and for extension-less scripts from the shebang. Returns
 * undefined for files the engine does not read.
 */
export function detectLanguage(path: string, text = ''): LanguageId | undefined {
  const name = (path.split('/').pop() ?? path).toLowerCase();
  const byName = BY_NAME[name];
  if (byName !== undefined) return byName;
  if (name.startsWith('dockerfile.') || name.endsWith('.dockerfile')) return 'dockerfile';
  if (name.startsWith('.env.')) return 'dotenv';
  if (name.endsWith('.gradle.kts')) return 'gradle';
  if (name.endsWith('.blade.php')) return 'blade';
  if (isTemplatesFolderHtml(path.toLowerCase(), name)) return 'jinja';
  if (/^requirements[\w.-]*\.txt$/.test(name)) return 'pip-requirements';
  if (name.endsWith('.conf')) return confKind(path.toLowerCase());
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    const byExtension = BY_EXTENSION[name.slice(dot)];
    if (byExtension !== undefined) return byExtension;
  }
  if (dot < 0) return shebangLanguage(text);
  return undefined;
}

/**
 * Code that people do not write by hand, for `RuleMeta.generatedFiles`: TypeScript declaration
 * files (`x.d.ts`, `x.d.mts`, `x.d.cts`, and `x.d.css.ts` for a module of another kind), which
 * hold types and no code that runs, and minified code.
 */
export function isGeneratedCode(path: string, text: string): boolean {
  return /\.d(\.[^./\\]+)?\.[cm]?ts$/i.test(path) || isMinified(text);
}

/** Below this size a file is read in full whatever its lines look like. */
const MINIFIED_MIN_CHARACTERS = 4096;
/** A line this long is a bundler's or a generator's, not a person's. */
const MINIFIED_LINE_CHARACTERS = 500;

/** Minified: at least 4 KB, more than half of it on lines over 500 characters. */
export function isMinified(text: string): boolean {
  if (text.length < MINIFIED_MIN_CHARACTERS) return false;
  let onLongLines = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > MINIFIED_LINE_CHARACTERS) onLongLines += end - start;
    start = end + 1;
  }
  return onLongLines * 2 > text.length;
}

/**
 * Jinja and Django templates are mostly plain `.html` files; a `templates` folder (Flask's and
 * Django's convention) is what marks them. Other `.html` files are not read.
 */
function isTemplatesFolderHtml(lowerPath: string, name: string): boolean {
  if (!name.endsWith('.html') && !name.endsWith('.htm')) return false;
  return lowerPath.startsWith('templates/') || lowerPath.includes('/templates/');
}

/** `.conf` is shared by several servers; the folder tells which. */
function confKind(lowerPath: string): LanguageId | undefined {
  if (lowerPath.includes('nginx')) return 'nginx';
  if (lowerPath.includes('apache') || lowerPath.includes('httpd')) return 'apache';
  if (lowerPath.includes('haproxy')) return 'haproxy';
  if (lowerPath.includes('ssh')) return 'sshd';
  if (lowerPath.includes('vsftpd')) return 'ini';
  if (lowerPath.includes('proftpd')) return 'apache';
  if (lowerPath.includes('snmp')) return 'sshd';
  return undefined;
}

function shebangLanguage(text: string): LanguageId | undefined {
  if (!text.startsWith('#!')) return undefined;
  const firstLine = text.slice(0, Math.min(text.indexOf('\n') >>> 0, 200));
  if (/\b(?:ba|z|da)?sh\b/.test(firstLine)) return 'shell';
  if (/\bpython[\d.]*\b/.test(firstLine)) return 'python';
  if (/\bnode\b/.test(firstLine)) return 'javascript';
  if (/\bruby\b/.test(firstLine)) return 'ruby';
  if (/\bphp\b/.test(firstLine)) return 'php';
  return undefined;
}
