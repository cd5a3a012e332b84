/**
 * dependencies/unpinned-image: a container image named without a tag or digest, or with the
 * `latest` tag, so what runs changes whenever someone pushes to the registry.
 *
 * Read: Dockerfile `FROM` (platform flags and `AS name` skipped), Docker Compose `services.*.image`,
 * Kubernetes containers, init containers and ephemeral containers (any manifest or template
 * whose path has `containers`), Helm-style `image: { tag: latest }` values, GitHub Actions job
 * `container` and `services` images, and GitLab CI `image` and `services`.
 *
 * Not reported: `FROM scratch`; `FROM <stage>` naming an earlier build stage; an image pinned by
 * digest (`@sha256:…`); a tag other than `latest` (tags can move too, but requiring digests
 * everywhere would drown the real problem); images built from variables the file does not
 * define (`${REGISTRY}/app:${TAG}`, Helm `{{ .Values.image }}`). `FROM ${BASE}` is followed to
 * the default of `ARG BASE=…` and judged by that.
 *
 * Severity: medium for what a cluster or Compose runs (every restart may pull a new image), low
 * for a Dockerfile's base image (the built image fixes it until the next build).
 */
import type { ConfigEntry, ConfigModel, Range, Rule, RuleContext, Severity } from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1; Configuration Management Policy).";

type Problem = 'no-tag' | 'latest';

function messageFor(image: string, problem: Problem, where: 'base' | 'runtime'): string {
  const what = where === 'base' ? 'This base image' : 'This container image';
  const first =
    problem === 'latest'
      ? `${what} (${image}) uses the "latest" tag, which moves whenever a new image is pushed`
      : `${what} (${image}) has no tag or digest, so it means "latest", which moves whenever a new image is pushed`;
  const effect = where === 'base' ? 'so each build can start from different, untested software' : 'so each restart or new node can run different, untested software';
  return `${first}, ${effect}. ${CONTROL} Pin a version tag, or better a digest (image:1.2.3@sha256:…).`;
}

interface ImageReference {
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

const VARIABLE = safeRegex('\\$\\{?[A-Za-z_]|\\{\\{');
const IMAGE_REFERENCE = safeRegex('^[a-z0-9][a-z0-9._/:@-]*$', 'i');
const PICTURE_FILE = safeRegex('\\.(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?)$', 'i');

/** Splits `registry:5000/ns/name:tag@sha256:…`; undefined when the text is not an image reference. */
function parseImage(text: string): ImageReference | undefined {
  if (!IMAGE_REFERENCE.test(text) || PICTURE_FILE.test(text)) return undefined;
  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const withoutDigest = at >= 0 ? text.slice(0, at) : text;
  const colon = withoutDigest.lastIndexOf(':');
  const slash = withoutDigest.lastIndexOf('/');
  if (colon > slash) return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
  return { name: withoutDigest, digest };
}

function problemOf(image: ImageReference): Problem | undefined {
  if (image.digest !== undefined && image.digest.startsWith('sha256:')) return undefined;
  if (image.tag === undefined) return 'no-tag';
  return image.tag === 'latest' ? 'latest' : undefined;
}

function reportImage(context: RuleContext, text: string, range: Range, where: 'base' | 'runtime', resolvedFrom?: string): void {
  if (VARIABLE.test(text)) return;
  const image = parseImage(text);
  if (image === undefined) return;
  const problem = problemOf(image);
  if (problem === undefined) return;
  const severity: Severity = where === 'base' ? 'low' : 'medium';
  context.report({
    range,
    message: messageFor(resolvedFrom === undefined ? text : `${resolvedFrom} = ${text}`, problem, where),
    severity,
  });
}

// ---------------------------------------------------------------------------------------------
// Dockerfiles
// ---------------------------------------------------------------------------------------------

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Blank-separated words of an instruction's value; a line continuation counts as a blank. */
function wordsOf(value: string, offset: number): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < value.length) {
    while (index < value.length && (value[index] === ' ' || value[index] === '\t' || value[index] === '\\' || value[index] === '\n' || value[index] === '\r')) index++;
    const start = index;
    while (index < value.length && !(value[index] === ' ' || value[index] === '\t' || value[index] === '\n' || value[index] === '\r' || value[index] === '\\')) index++;
    if (index > start) words.push({ text: value.slice(start, index), start: offset + start, end: offset + index });
  }
  return words;
}

const ARG_REFERENCE = safeRegex('^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?$');

function checkDockerfile(context: RuleContext, config: ConfigModel): void {
  const stages = new Set<string>();
  const argDefaults = new Map<string, string>();
  let seenFrom = false;
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    if (entry.key === 'ARG' && !seenFrom) {
      for (const word of wordsOf(entry.value, entry.valueRange.start)) {
        const equals = word.text.indexOf('=');
        if (equals > 0) argDefaults.set(word.text.slice(0, equals), unquote(word.text.slice(equals + 1)));
      }
      continue;
    }
    if (entry.key !== 'FROM') continue;
    seenFrom = true;
    const words = wordsOf(entry.value, entry.valueRange.start).filter((word) => !word.text.startsWith('--'));
    const image = words[0];
    if (image === undefined) continue;
    const alias = words[1]?.text.toLowerCase() === 'as' ? words[2]?.text.toLowerCase() : undefined;
    checkFrom(context, image, stages, argDefaults);
    if (alias !== undefined) stages.add(alias);
  }
}

function checkFrom(context: RuleContext, image: Word, stages: ReadonlySet<string>, argDefaults: ReadonlyMap<string, string>): void {
  const lower = image.text.toLowerCase();
  if (lower === 'scratch' || stages.has(lower)) return;
  const argument = ARG_REFERENCE.exec(image.text)?.[1];
  if (argument !== undefined) {
    // `FROM ${BASE}` is judged by `ARG BASE=default`; without a default it is the caller's choice.
    const fallback = argDefaults.get(argument);
    if (fallback === undefined || fallback === '' || stages.has(fallback.toLowerCase()) || fallback === 'scratch') return;
    reportImage(context, fallback, { start: image.start, end: image.end }, 'base', argument);
    return;
  }
  reportImage(context, image.text, { start: image.start, end: image.end }, 'base');
}

function unquote(text: string): string {
  return text.length >= 2 && (text.startsWith('"') || text.startsWith("'")) && text.endsWith(text[0] ?? '') ? text.slice(1, -1) : text;
}

// ---------------------------------------------------------------------------------------------
// YAML: Compose, Kubernetes, Helm values, GitHub Actions and GitLab CI
// ---------------------------------------------------------------------------------------------

const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

function isComposeFile(name: string): boolean {
  return (name.startsWith('docker-compose') || name.startsWith('compose')) && (name.endsWith('.yml') || name.endsWith('.yaml'));
}

function checkYaml(context: RuleContext, config: ConfigModel): void {
  const path = context.document.path.toLowerCase();
  const name = fileName(path);
  const workflow = path.startsWith('.github/workflows/') || path.includes('/.github/workflows/');
  const gitlab = name === '.gitlab-ci.yml' || name === '.gitlab-ci.yaml';
  const compose = isComposeFile(name);
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined || entry.value === '') continue;
    if (isImageSetting(entry, { workflow, gitlab, compose })) {
      reportImage(context, entry.value.trim(), entry.valueRange, 'runtime');
    } else if (isHelmLatestTag(entry)) {
      context.report({
        range: entry.valueRange,
        message: messageFor(`tag: ${entry.value}`, 'latest', 'runtime'),
        severity: 'medium',
      });
    }
  }
}

function isImageSetting(entry: ConfigEntry, kind: { workflow: boolean; gitlab: boolean; compose: boolean }): boolean {
  const path = entry.path;
  const parent = path[path.length - 2];
  if (entry.key === 'image') {
    // Kubernetes (and anything templated from it): `…containers[i].image`.
    if (path.length >= 3 && CONTAINER_LISTS.has(path[path.length - 3] ?? '')) return true;
    if (kind.compose) return path.length === 3 && path[0] === 'services';
    if (kind.workflow) return path[0] === 'jobs' && (parent === 'container' || path[path.length - 3] === 'services');
    if (kind.gitlab) return path.length <= 2;
    return false;
  }
  if (kind.workflow && entry.key === 'container') return path.length === 3 && path[0] === 'jobs';
  if (kind.gitlab && entry.key === 'name') return parent === 'image';
  return false;
}

/** Helm values: `image: { repository: app, tag: latest }`. */
function isHelmLatestTag(entry: ConfigEntry): boolean {
  return entry.key === 'tag' && entry.path[entry.path.length - 2] === 'image' && entry.value?.trim() === 'latest';
}

export const unpinnedImage: Rule = {
  meta: {
    id: 'dependencies/unpinned-image',
    title: 'Container image without a version tag or digest',
    area: 'dependencies',
    severity: 'medium',
    confidence: 'high',
    cwe: [1357, 829],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'technical-controls-policy#configuration-management-policy',
    ],
    basis: 'principle',
    why:
      'An image with no tag, or the "latest" tag, is whatever was pushed last: a build or a restart can silently run different software, including a compromised image, and no one can say which version was tested. MoJ\'s Defensive Layer 1 baseline asks for integrity verification of the software a system is built from, and the Configuration Management Policy asks for configuration under version control; MoJ says nothing about image tags itself.',
    howToFix:
      'Name a version tag (node:22.11-bookworm-slim), and for production images also the digest (image:tag@sha256:…), which nobody can move. Let a tool such as Dependabot or Renovate propose updates.',
    fixSafety: 'suggestion',
    languages: ['dockerfile', 'yaml'],
    prefilter: ['FROM', 'image', 'container'],
    examples: {
      dockerfile: 'FROM node:22.11-bookworm-slim@sha256:<digest>',
      yaml: 'containers:\n  - name: api\n    image: ghcr.io/acme/api:1.4.2',
    },
  },
  check(context) {
    const config = context.config;
    if (config === undefined) return;
    if (config.format === 'dockerfile') checkDockerfile(context, config);
    else if (config.format === 'yaml') checkYaml(context, config);
  },
};
