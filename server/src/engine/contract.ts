/**
 * The rule contract: everything a rule module may import. Rules import this file and nothing
 * else from the engine (enforced by lint), so the engine can change its internals freely.
 *
 * Positions are UTF-16 offsets into the document text (what JavaScript strings and
 * web-tree-sitter's `startIndex` use). Only the faces (LSP, SARIF, text output) turn them into
 * lines and columns.
 */
import type { Node } from 'web-tree-sitter';
import type { EolData } from './dependencies/eol-data';
import type { OsvAdvisory } from './dependencies/osv';

export type SyntaxNode = Node;

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Confidence = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export type RuleArea =
  | 'crypto'
  | 'transport'
  | 'secrets'
  | 'injection'
  | 'deserialization'
  | 'web-config'
  | 'access'
  | 'infrastructure'
  | 'dependencies'
  | 'logging'
  /** Notes about suppressions themselves (expired, unjustified, unused); not a policy area. */
  | 'suppression';

/** Languages parsed with tree-sitter into a code model. */
export type CodeLanguage =
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'python'
  | 'java'
  | 'csharp'
  | 'go'
  | 'php'
  | 'ruby'
  | 'shell';

/** Other file kinds, read by a tokenizer or a position-keeping parser into a config model. */
export type ConfigFormat =
  | 'yaml'
  | 'json'
  | 'xml'
  | 'dockerfile'
  | 'terraform'
  | 'properties'
  | 'dotenv'
  | 'ini'
  | 'npmrc'
  | 'nginx'
  | 'apache'
  | 'haproxy'
  | 'sshd'
  | 'pip-requirements'
  | 'gradle'
  | TemplateFormat
  | 'toml'
  | 'version-file'
  | 'lockfile';

/** Template kinds (CONTRACTS §6), read by the template-tag tokenizer into a config model with `templateTags()`. */
export type TemplateFormat = 'vue' | 'erb' | 'ejs' | 'jinja' | 'razor' | 'blade';

export type LanguageId = CodeLanguage | ConfigFormat;

/** How firmly the MoJ text supports the finding (moj-policy-map.md, "basis"). */
export type PolicyBasis = 'explicit' | 'indirect' | 'principle';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface TextEdit extends Range {
  readonly newText: string;
}

export type FixSafety = 'safe' | 'suggestion';

export interface Fix {
  /** Imperative title shown on the quick fix, e.g. "Use SHA-256 instead of MD5". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Defaults to the rule's `meta.fixSafety`. Only safe fixes join "fix all" and `--fix`. */
  readonly safety?: FixSafety;
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

/** A numeric or list threshold a user may override per rule, with where its default comes from. */
export interface ThresholdMeta {
  readonly name: string;
  readonly description: string;
  readonly default: number | string | readonly string[];
  /** The published source of the default, e.g. "OWASP Password Storage Cheat Sheet". */
  readonly source: string;
}

export interface RuleMeta {
  /** Permanent `<area>/<slug>` id. */
  readonly id: string;
  readonly title: string;
  readonly area: RuleArea;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** Most specific CWE first. */
  readonly cwe: readonly number[];
  /** OWASP Top 10 (2021) category where one fits, e.g. "A02:2021 Cryptographic Failures". */
  readonly owasp?: string;
  /** Policy catalogue ids (server/src/policy): the primary section first, then supporting ones. */
  readonly policy: readonly string[];
  readonly basis: PolicyBasis;
  /** Why it matters, in one or two sentences, naming the MoJ control. */
  readonly why: string;
  /** How to fix, in one or two sentences. */
  readonly howToFix: string;
  /** Whether the rule's fixes keep behaviour (safe) or change outputs (suggestion). */
  readonly fixSafety: FixSafety;
  readonly thresholds?: readonly ThresholdMeta[];
  /** The kinds of file the rule reads; the engine never calls it for others. */
  readonly languages: readonly LanguageId[];
  /**
   * Whether the rule also reads generated code: TypeScript declaration files (`.d.ts`) and
   * minified bundles (`isGeneratedCode`). Declarations hold no code that runs, and a finding in a
   * bundle cannot be fixed where it is reported, so only rules that find a value wherever it is
   * written (a key in a comment or a bundle is leaked all the same) read them.
   */
  readonly generatedFiles?: boolean;
  /**
   * Literal prefilter: the rule runs only when the text contains at least one of these
   * (case-insensitively). A file that cannot match is never parsed for this rule.
   */
  readonly prefilter: readonly string[];
  /**
   * Literals that replace `prefilter` for one file kind, for rules whose files have nothing in
   * common (a requirements file may be bare package names); an empty list runs the rule on every
   * file of that kind.
   */
  readonly prefilterByLanguage?: Partial<Record<LanguageId, readonly string[]>>;
  /**
   * A sharper prefilter for a rule whose findings all start from a match in the raw text (a
   * token's format, a PEM header): false when the text holds nothing the rule could report, and
   * then the rule is not run. Asked after the literals pass, and before parsing, so a file whose
   * only candidates answer false is never parsed. It must never answer false where the rule would
   * report; a rule's table cases check that. `present` answers which of the rule's literals the
   * text holds (case-insensitively, from the scan's one pass over the text), so a rule with
   * several searches runs only those whose literals are there.
   */
  readonly mayReport?: (text: string, language: LanguageId, present: (literals: readonly string[]) => boolean) => boolean;
  /** A short secure example per language for hovers and docs (the snippets show the full form). */
  readonly examples?: Partial<Record<LanguageId, string>>;
}

export interface Report {
  /** The flagged node: the insecure call, argument, setting or literal, not its statement. */
  readonly node?: SyntaxNode;
  readonly range?: Range;
  readonly message: string;
  readonly fix?: Fix;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly related?: readonly RelatedLocation[];
  /** Ranges holding secret values: redacted in every output, hashed for the fingerprint. */
  readonly secrets?: readonly Range[];
}

/** A value the engine could work out statically. */
export type StaticValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'unknown' };

export interface Argument {
  readonly node: SyntaxNode;
  /** Keyword or named argument name (Python `verify=`, C# `name:`, Ruby `key:`), if any. */
  readonly name?: string;
}

export interface CallSite {
  readonly node: SyntaxNode;
  /** The callee as written, whitespace removed, e.g. `hashlib.md5`, `crypto.createHash`. */
  readonly callee: string;
  /**
   * The callee with import aliases resolved to what they import, e.g. `from hashlib import md5
   * as h; h()` gives `hashlib.md5`; Go `import m "crypto/md5"; m.New()` gives `crypto/md5.New`.
   */
  readonly qualified: string;
  /** The last segment of the callee: the function or method name. */
  readonly name: string;
  /** The node of the callee expression. */
  readonly calleeNode: SyntaxNode;
  /** The receiver expression of a method call (`x` in `x.f()`), if any. */
  readonly receiver?: SyntaxNode;
  readonly args: readonly Argument[];
  /** `new X(...)` / object creation rather than a call. */
  readonly isConstructor: boolean;
}

/** A key and its value: object literal pairs, keyword arguments, struct fields, hash entries. */
export interface KeyValue {
  readonly node: SyntaxNode;
  readonly key: string;
  readonly keyNode: SyntaxNode;
  readonly value: SyntaxNode;
}

/** An assignment or initialised declaration: `x = v`, `obj.prop = v`, `final String X = v`. */
export interface Assignment {
  readonly node: SyntaxNode;
  /** The target as written, whitespace removed: `x`, `ctx.verify_mode`, `this.alg`. */
  readonly target: string;
  readonly targetNode: SyntaxNode;
  readonly value: SyntaxNode;
}

export interface ImportBinding {
  readonly node: SyntaxNode;
  /** The local name. */
  readonly local: string;
  /** The imported path, dotted or as the language writes modules: `hashlib.md5`, `crypto`. */
  readonly target: string;
}

export interface StringLiteral {
  readonly node: SyntaxNode;
  /** The literal's value with quotes and simple escapes removed. */
  readonly value: string;
  /** Range of the value inside the quotes. */
  readonly valueRange: Range;
}

export interface CodeModel {
  readonly language: CodeLanguage;
  readonly root: SyntaxNode;
  calls(): readonly CallSite[];
  /** The call (or object creation) of `calls()` whose node this is; an index the model keeps anyway. */
  callAt(node: SyntaxNode): CallSite | undefined;
  keyValues(): readonly KeyValue[];
  /** The pairs of `keyValues()` directly inside `container` (an object or hash literal, an initializer), in order. */
  keyValuesIn(container: SyntaxNode): readonly KeyValue[];
  assignments(): readonly Assignment[];
  imports(): readonly ImportBinding[];
  /** String literals that are code, not comments or docstrings. */
  strings(): readonly StringLiteral[];
  /**
   * Named nodes of these types in document order, found once per list of types and shared by
   * every rule. Rules look for their own node types through this rather than walking `root`:
   * the incremental scan leaves out the functions whose findings it reuses, and this (like the
   * lists above) leaves them out too.
   */
  nodesOfType(types: readonly string[]): readonly SyntaxNode[];
  /**
   * The model of the whole file, for facts about the file as a whole ("does this file verify
   * tokens anywhere"), never for finding what to report. The same model outside an incremental
   * scan; inside one, built on first use.
   */
  wholeFile(): CodeModel;
  /**
   * Constant value of an expression: literals, concatenation and formatting of constants,
   * identifiers assigned once in the enclosing function or at module/class level, and Java
   * `getProperty("key", "default")` resolved through the project's `.properties` files.
   */
  valueOf(node: SyntaxNode): StaticValue;
  /** Alias-resolved dotted name of an identifier or member expression, e.g. `ssl.CERT_NONE`. */
  qualifiedName(node: SyntaxNode): string | undefined;
  /** The nearest enclosing function, method or lambda, or undefined at module level. */
  enclosingFunction(node: SyntaxNode): SyntaxNode | undefined;
  /** Identifier-like names used in a node (for "security value" name heuristics). */
  nameOf(node: SyntaxNode): string | undefined;
}

/** One key/value setting in a configuration file. */
export interface ConfigEntry {
  /** Key path from the root, e.g. `['spec', 'containers', '0', 'image']` or `['server', 'ssl_protocols']`. */
  readonly path: readonly string[];
  readonly key: string;
  readonly keyRange: Range;
  /** The scalar value as text (quotes removed), or undefined for a mapping or block. */
  readonly value?: string;
  readonly valueRange?: Range;
  /** For block-structured formats (HCL, nginx, XML): the id of the enclosing block, if any. */
  readonly blockId?: number;
}

/** A block in a block-structured format: HCL `resource "t" "n" {}`, nginx `server {}`, an XML element. */
export interface ConfigBlock {
  readonly id: number;
  readonly parentId?: number;
  /** Block type and labels, e.g. `['resource', 'aws_lb_listener', 'web']` or `['server']`. */
  readonly labels: readonly string[];
  readonly range: Range;
}

/**
 * How a template tag treats its expression: `output-raw` writes it without HTML escaping
 * (`{{ x|safe }}`, `<%== x %>`, `<%- x %>`, `v-html`, `Html.Raw(x)`, `{!! $x !!}`),
 * `output-escaped` escapes it, `statement` runs it (`{% if %}`, `<% %>`), `comment` is a comment.
 */
export type TemplateTagKind = 'output-raw' | 'output-escaped' | 'statement' | 'comment';

/** One tag of a template, from the template-tag tokenizer. */
export interface TemplateTag {
  readonly kind: TemplateTagKind;
  /** The opening delimiter or construct, e.g. `{{`, `{!!`, `<%==`, `<%= raw`, `v-html`, `Html.Raw(`, `{%`. */
  readonly open: string;
  /** The whole tag, delimiters included (for `v-html="x"` the attribute). */
  readonly range: Range;
  /** The expression the tag outputs or the statement it runs, trimmed; for raw output the value written raw (`x` in `{{ x|safe }}`). */
  readonly expression: string;
  readonly expressionRange: Range;
}

export interface ConfigModel {
  readonly format: ConfigFormat;
  entries(): readonly ConfigEntry[];
  blocks(): readonly ConfigBlock[];
  /** Comment ranges (text after `#`, `;`, `//`, `<!-- -->`, as the format has). */
  comments(): readonly Range[];
  /** Syntax errors the format's own parser reported; a fix must never add one. */
  errors(): readonly string[];
  /** For templates (`TemplateFormat`): every tag in document order. Absent for other formats. */
  templateTags?(): readonly TemplateTag[];
}

/** Read-only project facts, built by the CLI's file walker (and later the server's watchers). */
export interface ProjectIndex {
  /** A Java `.properties` value; the first file in path order that defines the key wins. */
  property(key: string): string | undefined;
  /** Lockfiles by path relative to the project root. */
  lockfiles(): ReadonlyMap<string, string>;
  /** Terraform resources across all `.tf` files. */
  terraformResources(type?: string): readonly TerraformResource[];
  /** Whether a file with this name exists in the same folder as `relativePath`, e.g. a lockfile beside a manifest. */
  hasSibling(relativePath: string, fileName: string): boolean;
}

export interface TerraformResource {
  readonly type: string;
  readonly name: string;
  readonly file: string;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface ScanDocument {
  /** Path relative to the project root, with `/` separators (used in messages and fingerprints). */
  readonly path: string;
  readonly text: string;
  readonly language: LanguageId;
}

export interface RuleContext {
  readonly document: ScanDocument;
  readonly project: ProjectIndex;
  /** The rule's thresholds, the user's overrides applied over `meta.thresholds` defaults. */
  readonly thresholds: Readonly<Record<string, number | string | readonly string[]>>;
  /** Present for tree-sitter languages. */
  readonly code?: CodeModel;
  /** Present for configuration formats. */
  readonly config?: ConfigModel;
  /** Whether an offset lies inside a comment. */
  isInComment(offset: number): boolean;
  report(report: Report): void;
  /** Today as YYYY-MM-DD (injected by the faces and tests), for date-dependent rules such as end-of-life. */
  readonly today?: string;
  /** End-of-life dates: the bundled table, with the user's `eolData` file merged over it. */
  readonly eolData?: EolData;
  /** OSV advisories the faces loaded from the `advisories` folders; empty when none are configured. */
  readonly advisories?: readonly OsvAdvisory[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finding as the engine hands it to the faces. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix & { readonly safety: FixSafety };
  readonly related: readonly RelatedLocation[];
  readonly secrets: readonly Range[];
}

/** Rules build every regular expression through this factory so the ReDoS harness sees it. */
export { safeRegex } from './regex';

/** A call's positional and keyword arguments, as every rule reads them. */
export { namedArgument, positionalArgument, positionalCount } from './model/arguments';

/** The parts of a dotted or scoped name (`OpenSSL::Cipher.new`), split once per name and shared. */
export { nameParts, pathNameParts } from './model/name-parts';

/** CONTRACTS §7 "security value" name test, shared by the randomness and IV rules. */
export { isSecurityValueName, nameWords } from './heuristics/security-value';

/**
 * Intra-function data flow for injection rules (engine/flow): where a value comes from (request
 * data, a parameter, something unknown, a sanitiser, constants) and how firmly that supports a finding.
 */
export { originOf, injectionConfidence } from './flow/origin';
export type { OriginKind, SinkKind, ValueOrigin } from './flow/origin';
export { relatedEvidence } from './flow/evidence';
export type { EvidenceNotes } from './flow/evidence';

/** Whether a package.json is a library published for others to import (ranges and engines minimums are normal there). */
export { isPublishedNpmLibrary } from './formats/npm-package';

/** Configuration embedded in a value (a JSON policy in a Terraform heredoc), with document offsets. */
export { parseEmbeddedConfig } from './formats/embedded';

/** Data for the dependency rules: end-of-life dates and OSV advisories (the faces load the files). */
export type { EolCycle, EolData } from './dependencies/eol-data';
export { BUNDLED_EOL_DATA, DISTRIBUTION_CODENAMES } from './dependencies/eol-data';
export type { OsvAdvisory, OsvAffected, OsvEvent, OsvRange } from './dependencies/osv';
export { comparatorFor, rangeAffects } from './dependencies/versions';
export type { VersionComparator } from './dependencies/versions';
export { cvss3BaseScore, cvssBand } from './dependencies/cvss';
export type { CvssBand } from './dependencies/cvss';
