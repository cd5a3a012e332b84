/**
 * How each file kind writes the comment that carries a suppression, and where it may stand.
 */
import type { LanguageId } from '../contract';

export interface CommentSyntax {
  readonly open: string;
  /** Empty for comments that run to the end of the line. */
  readonly close: string;
  /**
   * True where a comment after a value becomes part of the value, so a suppression may stand only
   * on its own line above the flagged line.
   */
  readonly lineAboveOnly: boolean;
  /** How messages name the file kind, e.g. "a Dockerfile". */
  readonly kindName: string;
}

const SLASHES = { open: '//', close: '', lineAboveOnly: false } as const;
const HASH = { open: '#', close: '', lineAboveOnly: false } as const;

/**
 * JSON (including lockfiles) has no comments, and the line-oriented lockfiles are rewritten by
 * their package managers, which drop comments: their suppressions live in the project file.
 */
export const COMMENT_SYNTAX: Readonly<Record<Exclude<LanguageId, 'json' | 'lockfile'>, CommentSyntax>> = {
  javascript: { ...SLASHES, kindName: 'a JavaScript file' },
  typescript: { ...SLASHES, kindName: 'a TypeScript file' },
  tsx: { ...SLASHES, kindName: 'a TSX file' },
  java: { ...SLASHES, kindName: 'a Java file' },
  csharp: { ...SLASHES, kindName: 'a C# file' },
  go: { ...SLASHES, kindName: 'a Go file' },
  php: { ...SLASHES, kindName: 'a PHP file' },
  gradle: { ...SLASHES, kindName: 'a Gradle build file' },
  python: { ...HASH, kindName: 'a Python file' },
  ruby: { ...HASH, kindName: 'a Ruby file' },
  shell: { ...HASH, kindName: 'a shell script' },
  yaml: { ...HASH, kindName: 'a YAML file' },
  terraform: { ...HASH, kindName: 'a Terraform file' },
  nginx: { ...HASH, kindName: 'an nginx configuration' },
  haproxy: { ...HASH, kindName: 'an HAProxy configuration' },
  'pip-requirements': { ...HASH, kindName: 'a requirements file' },
  toml: { ...HASH, kindName: 'a TOML file' },
  // nvm and some version managers read the whole line, so a suppression stands on the line above.
  'version-file': { ...HASH, lineAboveOnly: true, kindName: 'a runtime version file' },
  xml: { open: '<!--', close: '-->', lineAboveOnly: false, kindName: 'an XML file' },
  // Templates: each engine's own comment tag, which never reaches the page.
  vue: { open: '<!--', close: '-->', lineAboveOnly: false, kindName: 'a Vue component' },
  erb: { open: '<%#', close: '%>', lineAboveOnly: false, kindName: 'an ERB template' },
  ejs: { open: '<%#', close: '%>', lineAboveOnly: false, kindName: 'an EJS template' },
  jinja: { open: '{#', close: '#}', lineAboveOnly: false, kindName: 'a Jinja or Django template' },
  razor: { open: '@*', close: '*@', lineAboveOnly: false, kindName: 'a Razor view' },
  blade: { open: '{{--', close: '--}}', lineAboveOnly: false, kindName: 'a Blade template' },
  // CONTRACTS §5 names these four: their parsers keep a trailing `#` as part of the value.
  properties: { ...HASH, lineAboveOnly: true, kindName: 'a .properties file' },
  dotenv: { ...HASH, lineAboveOnly: true, kindName: 'a .env file' },
  ini: { open: ';', close: '', lineAboveOnly: true, kindName: 'an .ini file' },
  dockerfile: { ...HASH, lineAboveOnly: true, kindName: 'a Dockerfile' },
  // Apache and sshd_config accept comments only at the start of a line, and some .npmrc readers
  // keep a trailing `#` in the value, so these take the line-above form too.
  npmrc: { ...HASH, lineAboveOnly: true, kindName: 'an .npmrc file' },
  apache: { ...HASH, lineAboveOnly: true, kindName: 'an Apache configuration' },
  sshd: { ...HASH, lineAboveOnly: true, kindName: 'an sshd_config file' },
};

export function commentSyntaxFor(language: LanguageId): CommentSyntax | undefined {
  return language === 'json' || language === 'lockfile' ? undefined : COMMENT_SYNTAX[language];
}

/**
 * Languages where a backslash at the end of a line continues the statement on the next, so a
 * suppression covering the statement's first line covers its continuation lines too.
 */
export const BACKSLASH_CONTINUATION: ReadonlySet<LanguageId> = new Set<LanguageId>(['dockerfile', 'properties', 'shell']);
