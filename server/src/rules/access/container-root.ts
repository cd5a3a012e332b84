/**
 * access/container-root: a container image or service that runs its process as root.
 *
 * What it reports:
 * - a Dockerfile whose final stage switches back to root as its last `USER` (`USER root`,
 *   `USER 0`, `USER 0:0`, `USER root:root`), flagged on that instruction;
 * - a Dockerfile whose final stage never sets `USER`, flagged on the stage's `FROM`. The base
 *   image decides the default user, and the rule cannot see inside it, so this is medium
 *   confidence for a registry image and low for `scratch` (usually one static binary), for an
 *   image chosen by a build argument (`FROM ${BASE}`), for dev containers, and for images that
 *   install or call a privilege dropper (`gosu`, `su-exec`, `setpriv`), whose entrypoint usually
 *   starts the service as another user after set-up. A final stage built
 *   `FROM` an earlier stage inherits that stage's last `USER`;
 * - a Docker Compose service with `user: root`, `user: "0"` or `user: "0:0"`.
 *
 * What it leaves alone: builder stages (only the final stage becomes the image), base images
 * that already run as a non-root user (distroless `:nonroot` tags, Chainguard images other than
 * their `-dev` variants, .NET `chiseled` images, Bitnami images, `*-unprivileged` and `*rootless*`
 * images), `USER ${APP_USER}` (the rule cannot tell the value), and Kubernetes manifests, which
 * belong to access/kubernetes-privilege.
 *
 * Fix: a suggestion only. Changing the user can break a container that writes to root-owned
 * paths or binds a port below 1024, so `USER 10001` (an unprivileged UID no base image uses) is
 * inserted before the final stage's `CMD`/`ENTRYPOINT`, or replaces an explicit `USER root`.
 */
import { safeRegex } from '../../engine/contract';
import type { ConfigBlock, ConfigEntry, ConfigModel, Confidence, Fix, Range, Rule, RuleContext } from '../../engine/contract';

const CONTROL =
  'MoJ expects least privilege: privileged accounts only for administrative tasks (Access Control guide; Technical Controls Policy: Privilege Management).';
const CONSEQUENCE = 'an attacker who compromises the process gets root inside the container, one step from the host through any kernel or runtime flaw';
const ADVICE = 'Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.';

const SAFE_UID = '10001';

/** Tools an entrypoint uses to start the service as another user after root-only set-up. */
const PRIVILEGE_DROPPERS: readonly string[] = ['gosu', 'su-exec', 'setpriv', 's6-setuidgid', 'chpst', 'runuser'];
const BLANKS = safeRegex('[ \\t\\r\\n\\\\]+');

function isRootUser(spec: string): boolean {
  const user = (spec.split(':')[0] ?? '').trim().toLowerCase();
  return user === 'root' || user === '0';
}

/** Base images published to run as a non-root user by default. */
function runsAsNonRootByDefault(image: string): boolean {
  const lower = image.toLowerCase();
  const at = lower.indexOf('@');
  const withoutDigest = at < 0 ? lower : lower.slice(0, at);
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', slash + 1);
  const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const tag = colon < 0 ? '' : withoutDigest.slice(colon + 1);
  if (tag.includes('nonroot') || name.endsWith('-nonroot')) return true;
  if (name.startsWith('cgr.dev/chainguard/') || name.startsWith('chainguard/')) return !tag.endsWith('-dev') && tag !== 'latest-dev';
  if (tag.includes('chiseled') || name.includes('chiseled')) return true;
  if (name.startsWith('bitnami/') || name.includes('/bitnami/')) return true;
  return name.endsWith('-unprivileged') || name.includes('rootless');
}

interface Stage {
  readonly block: ConfigBlock;
  readonly from: ConfigEntry;
  readonly image: string;
  readonly entries: readonly ConfigEntry[];
}

function stagesOf(config: ConfigModel): Stage[] {
  const byBlock = new Map<number, ConfigEntry[]>();
  for (const entry of config.entries()) {
    if (entry.blockId === undefined) continue;
    const list = byBlock.get(entry.blockId) ?? [];
    list.push(entry);
    byBlock.set(entry.blockId, list);
  }
  const stages: Stage[] = [];
  for (const block of config.blocks()) {
    const entries = byBlock.get(block.id) ?? [];
    const from = entries.find((entry) => entry.key === 'FROM');
    if (from === undefined) continue;
    const words = (from.value ?? '').split(BLANKS).filter((word) => word !== '' && !word.startsWith('--'));
    stages.push({ block, from, image: words[0] ?? '', entries });
  }
  return stages;
}

function lastUser(stage: Stage): ConfigEntry | undefined {
  let found: ConfigEntry | undefined;
  for (const entry of stage.entries) if (entry.key === 'USER') found = entry;
  return found;
}

/** The user a stage ends with: its own last USER, else the one of the earlier stage it is built FROM. */
function effectiveUser(stages: readonly Stage[], index: number, seen: Set<number>): { entry?: ConfigEntry; base: Stage } {
  const stage = stages[index];
  if (stage === undefined) throw new Error('stage index out of range');
  const own = lastUser(stage);
  if (own !== undefined) return { entry: own, base: stage };
  seen.add(index);
  const parent = stages.findIndex((other, at) => at < index && !seen.has(at) && other.block.labels[1]?.toLowerCase() === stage.image.toLowerCase());
  if (parent < 0) return { base: stage };
  return effectiveUser(stages, parent, seen);
}

function checkDockerfile(context: RuleContext, config: ConfigModel): void {
  const stages = stagesOf(config);
  const finalIndex = stages.length - 1;
  const final = stages[finalIndex];
  if (final === undefined) return;
  const { entry, base } = effectiveUser(stages, finalIndex, new Set());
  if (entry !== undefined) {
    const spec = entry.value ?? '';
    if (!isRootUser(spec) || entry.valueRange === undefined) return;
    context.report({
      range: { start: entry.keyRange.start, end: entry.valueRange.end },
      message: `The image's last USER is root, so ${CONSEQUENCE}. ${CONTROL} Switch to a non-root user (USER ${SAFE_UID}) after the steps that need root.`,
      severity: 'medium',
      confidence: 'high',
      fix: { title: `Run as UID ${SAFE_UID} instead of root`, edits: [{ start: entry.valueRange.start, end: entry.valueRange.end, newText: SAFE_UID }] },
    });
    return;
  }
  const image = base.image;
  if (image === '' || runsAsNonRootByDefault(image)) return;
  const isScratch = image.toLowerCase() === 'scratch';
  const fromVariable = image.includes('$');
  const devContainer = context.document.path.includes('.devcontainer/');
  const dropsPrivileges = final.entries.some((entry) => PRIVILEGE_DROPPERS.some((tool) => (entry.value ?? '').includes(tool)));
  const confidence: Confidence = isScratch || fromVariable || devContainer || dropsPrivileges ? 'low' : 'medium';
  const from = final.from;
  const range: Range = { start: from.keyRange.start, end: from.valueRange?.end ?? from.keyRange.end };
  context.report({
    range,
    message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} ${ADVICE}`,
    severity: 'medium',
    confidence,
    fix: insertUserFix(context.document.text, final),
  });
}

/** Inserts `USER 10001` on its own line before the final stage's CMD or ENTRYPOINT, or at its end. */
function insertUserFix(text: string, stage: Stage): Fix {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const command = stage.entries.find((entry) => entry.key === 'CMD' || entry.key === 'ENTRYPOINT');
  const title = `Run as UID ${SAFE_UID}`;
  if (command !== undefined) {
    const lineStart = text.lastIndexOf('\n', command.keyRange.start - 1) + 1;
    const indent = text.slice(lineStart, command.keyRange.start);
    return { title, edits: [{ start: lineStart, end: lineStart, newText: `${indent}USER ${SAFE_UID}${eol}` }] };
  }
  const last = stage.entries[stage.entries.length - 1] ?? stage.from;
  const end = last.valueRange?.end ?? last.keyRange.end;
  return { title, edits: [{ start: end, end, newText: `${eol}USER ${SAFE_UID}` }] };
}

function checkCompose(context: RuleContext, config: ConfigModel): void {
  const entries = config.entries();
  if (!entries.some((entry) => entry.path.length === 1 && entry.key === 'services')) return;
  if (entries.some((entry) => entry.path.length === 1 && entry.key === 'apiVersion')) return;
  for (const entry of entries) {
    if (entry.path.length !== 3 || entry.path[0] !== 'services' || entry.key !== 'user') continue;
    if (entry.value === undefined || entry.valueRange === undefined || !isRootUser(entry.value)) continue;
    const service = entry.path[1] ?? '';
    // Compose wants a string; an unquoted number would be read as an integer.
    const quoted = context.document.text.charAt(entry.valueRange.start - 1) === '"' || context.document.text.charAt(entry.valueRange.start - 1) === "'";
    context.report({
      range: entry.valueRange,
      message: `Compose service ${service} runs as root (user: ${entry.value}), so ${CONSEQUENCE}. ${CONTROL} Set user to a non-root UID such as "${SAFE_UID}".`,
      severity: 'medium',
      confidence: 'high',
      fix: { title: `Run as UID ${SAFE_UID} instead of root`, edits: [{ start: entry.valueRange.start, end: entry.valueRange.end, newText: quoted ? SAFE_UID : `"${SAFE_UID}"` }] },
    });
  }
}

function check(context: RuleContext): void {
  const config = context.config;
  if (config === undefined) return;
  if (config.format === 'dockerfile') checkDockerfile(context, config);
  else if (config.format === 'yaml') checkCompose(context, config);
}

export const containerRoot: Rule = {
  meta: {
    id: 'access/container-root',
    title: 'Container runs as root',
    area: 'access',
    severity: 'medium',
    confidence: 'high',
    cwe: [250, 269],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'access-control-guide#information-security-principles-for-access-control',
      'technical-controls-policy#privilege-management',
      'authentication#account-sharing',
      'privileged-user-guide#management-of-privileged-user-accounts',
    ],
    basis: 'indirect',
    why:
      'A process running as root inside a container holds every privilege the container allows, so one remote code execution bug becomes root in the container and a short step to the host. ' +
      'MoJ expects least privilege, with privileged accounts used only for administrative tasks (Access Control guide; Technical Controls Policy POL.TCP.041).',
    howToFix:
      'Create an unprivileged user in the image and switch to it with USER before CMD/ENTRYPOINT (or use a base image that runs as non-root); in Compose, set user to a non-root UID.',
    fixSafety: 'suggestion',
    languages: ['dockerfile', 'yaml'],
    // A Dockerfile always has FROM; a Compose finding needs a user key.
    prefilter: ['FROM', 'user:'],
    examples: {
      dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "server.js"]',
      yaml: 'services:\n  api:\n    image: registry.example/api:1.4\n    user: "10001:10001"',
    },
  },
  check,
};
