/**
 * access/kubernetes-privilege: Kubernetes workloads and Docker Compose services given more
 * privilege than a process needs (CONTRACTS §10: container and Kubernetes privileges are
 * `access`).
 *
 * What it reports, in any Kubernetes document (one with `apiVersion` and `kind`) that holds a pod
 * spec, wherever the spec sits (`spec` of a Pod, `spec.template.spec` of a Deployment,
 * StatefulSet, DaemonSet, ReplicaSet or Job, `spec.jobTemplate.spec.template.spec` of a CronJob,
 * and the same shapes in operators' custom resources): the pod spec is found as the mapping that
 * holds `containers`, so Helm-rendered and multi-document files work the same way.
 * - `privileged: true` (high): the container gets every device and capability of the node;
 * - `capabilities.add` with a capability that gives the host away (`SYS_ADMIN`, `ALL`,
 *   `SYS_MODULE`, `SYS_RAWIO`, `DAC_READ_SEARCH`: high) or widens what root can do
 *   (`NET_ADMIN`, `SYS_PTRACE`, `SYS_BOOT`, `SYS_TIME`, `BPF`, `PERFMON`: medium);
 * - `allowPrivilegeEscalation: true`, `runAsNonRoot: false`, `runAsUser: 0` (medium);
 * - `hostNetwork`, `hostPID`, `hostIPC: true` and `hostPath` volumes (medium; high for the
 *   container runtime's socket and the node's root, `/etc`, `/proc`, `/sys`, kubelet folders);
 * - a container for which neither it nor its pod sets `runAsNonRoot: true` or a non-zero
 *   `runAsUser` (medium severity, medium confidence: the image may still set a non-root USER,
 *   which the rule cannot see), flagged on its image. Images published to run as non-root, and
 *   containers without an image (Kustomize and Helm patches, whose base sets the rest), are left alone.
 * In Compose files (`services:` without `apiVersion`): `privileged: true`, the same `cap_add`
 * list, `network_mode`, `pid` or `ipc: host`, and a bind mount of the Docker socket. In Terraform:
 * the same settings on the kubernetes provider's workloads (`privileged`,
 * `allow_privilege_escalation`, `host_network`, `run_as_user = 0`, `capabilities.add`,
 * `host_path`) and on `docker_container` (`privileged`, `network_mode = "host"`, the socket).
 *
 * What it leaves alone: YAML that is neither (no `apiVersion` + `kind`, no `services`), quoted
 * `"true"` (Kubernetes rejects it, so it never runs), `capabilities.drop`, and ephemeral debug
 * containers for the missing-runAsNonRoot check. A root user chosen in a Dockerfile or Compose
 * `user:` belongs to access/container-root.
 *
 * Fix: a suggestion that turns the flag off (`true` → `false`, `runAsNonRoot: false` → `true`);
 * a workload may genuinely need the privilege, so it never joins "fix all".
 */
import type { ConfigEntry, ConfigModel, Confidence, Range, Rule, RuleContext, Severity, TextEdit } from '../../engine/contract';

const CONTROL =
  'MoJ expects least privilege, with privileges granted only where needed (Access Control guide; Technical Controls Policy: Privilege Management).';

const HIGH_CAPABILITIES: ReadonlySet<string> = new Set(['SYS_ADMIN', 'ALL', 'SYS_MODULE', 'SYS_RAWIO', 'DAC_READ_SEARCH']);
const MEDIUM_CAPABILITIES: ReadonlySet<string> = new Set(['NET_ADMIN', 'SYS_PTRACE', 'SYS_BOOT', 'SYS_TIME', 'BPF', 'PERFMON']);

const HOST_NAMESPACES: Readonly<Record<string, (machine: string) => string>> = {
  hostNetwork: (machine) => `the ${machine}'s network namespace, so it can reach every port on the ${machine} and sniff its traffic`,
  hostPID: (machine) => `the ${machine}'s process namespace, so it can see and signal every process on the ${machine}`,
  hostIPC: (machine) => `the ${machine}'s IPC namespace, so it can read other processes' shared memory`,
};

/** hostPath folders that hand over the node: the container runtime's socket, the root, system and kubelet folders. */
const SENSITIVE_HOST_PATHS: readonly string[] = [
  '/', '/etc', '/proc', '/sys', '/root', '/boot', '/dev', '/var/run', '/run', '/var/lib/kubelet', '/var/lib/docker', '/var/run/docker.sock',
  '/run/containerd/containerd.sock', '/var/run/containerd/containerd.sock', '/var/run/crio/crio.sock', '/run/crio/crio.sock',
];

const DOCKER_SOCKET = '/var/run/docker.sock';

const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers', 'ephemeralContainers']);

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence?: Confidence;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
}

function key(path: readonly string[]): string {
  return path.join('\u0000');
}

class DocumentIndex {
  private readonly byPath = new Map<string, ConfigEntry>();
  private readonly byParent = new Map<string, ConfigEntry[]>();

  constructor(
    readonly entries: readonly ConfigEntry[],
    private readonly text: string,
  ) {
    for (const entry of entries) {
      if (!this.byPath.has(key(entry.path))) this.byPath.set(key(entry.path), entry);
      const parent = key(entry.path.slice(0, -1));
      const siblings = this.byParent.get(parent);
      if (siblings === undefined) this.byParent.set(parent, [entry]);
      else siblings.push(entry);
    }
  }

  get(path: readonly string[]): ConfigEntry | undefined {
    return this.byPath.get(key(path));
  }

  /** Entries directly below `path`: list items or mapping values, in document order. */
  children(path: readonly string[]): readonly ConfigEntry[] {
    return this.byParent.get(key(path)) ?? [];
  }

  /** A YAML boolean true, as written without quotes (Kubernetes rejects a quoted "true"). */
  isTrue(entry: ConfigEntry | undefined): entry is ConfigEntry & { valueRange: Range } {
    return entry?.valueRange !== undefined && ['true', 'True', 'TRUE'].includes(entry.value ?? '') && !this.quoted(entry.valueRange);
  }

  isFalse(entry: ConfigEntry | undefined): entry is ConfigEntry & { valueRange: Range } {
    return entry?.valueRange !== undefined && ['false', 'False', 'FALSE'].includes(entry.value ?? '') && !this.quoted(entry.valueRange);
  }

  private quoted(range: Range): boolean {
    const before = this.text.charAt(range.start - 1);
    return before === '"' || before === "'";
  }
}

function flip(entry: ConfigEntry & { valueRange: Range }, to: 'true' | 'false', setting: string): Hit['fix'] {
  return { title: `Set ${setting} to ${to}`, edits: [{ start: entry.valueRange.start, end: entry.valueRange.end, newText: to }] };
}

function normaliseCapability(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

function capabilityHit(entry: ConfigEntry, where: string): Hit | undefined {
  if (entry.value === undefined || entry.valueRange === undefined) return undefined;
  const capability = normaliseCapability(entry.value);
  const high = HIGH_CAPABILITIES.has(capability);
  if (!high && !MEDIUM_CAPABILITIES.has(capability)) return undefined;
  const effect =
    capability === 'ALL'
      ? 'every Linux capability, which is close to a privileged container'
      : capability === 'SYS_ADMIN'
        ? 'CAP_SYS_ADMIN, which allows mounts and namespace changes that lead out of the container'
        : `CAP_${capability}, which gives root in the container power over the kernel, devices, network or processes of the machine it runs on`;
  return {
    range: entry.valueRange,
    message: `${where} adds ${effect}. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
    severity: high ? 'high' : 'medium',
  };
}

function isSensitiveHostPath(path: string): boolean {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return SENSITIVE_HOST_PATHS.includes(trimmed) || trimmed.endsWith('.sock');
}

/** Images published to run as a non-root user, for which a missing runAsNonRoot is no finding. */
function imageRunsAsNonRoot(image: string): boolean {
  const lower = image.toLowerCase();
  return (
    lower.includes('nonroot') ||
    lower.includes('-unprivileged') ||
    lower.includes('rootless') ||
    lower.includes('chiseled') ||
    lower.startsWith('bitnami/') ||
    lower.includes('/bitnami/') ||
    (lower.includes('cgr.dev/chainguard/') && !lower.includes('-dev'))
  );
}

function checkPodSpec(index: DocumentIndex, spec: readonly string[], kind: string, hits: Hit[]): void {
  for (const [setting, effect] of Object.entries(HOST_NAMESPACES)) {
    const entry = index.get([...spec, setting]);
    if (index.isTrue(entry)) {
      hits.push({
        range: entry.valueRange,
        message: `This ${kind} shares ${effect('node')}. ${CONTROL} Remove ${setting} unless the workload is a node agent that has been approved to need it.`,
        severity: 'medium',
        fix: flip(entry, 'false', setting),
      });
    }
  }
  for (const volume of index.children([...spec, 'volumes'])) {
    const hostPath = index.get([...volume.path, 'hostPath']);
    if (hostPath === undefined) continue;
    const path = index.get([...volume.path, 'hostPath', 'path'])?.value ?? '';
    const sensitive = isSensitiveHostPath(path);
    hits.push({
      range: hostPath.keyRange,
      message:
        `This ${kind} mounts ${path === '' ? 'a folder' : path} from the node with hostPath, ` +
        `${sensitive ? 'which hands the container control of the node' : 'which lets the container read or change files on the node'}. ${CONTROL} ` +
        'Use a persistentVolumeClaim, configMap, secret or emptyDir volume instead.',
      severity: sensitive ? 'high' : 'medium',
    });
  }
  const podContext = [...spec, 'securityContext'];
  const podNonRoot = index.get([...podContext, 'runAsNonRoot']);
  const podUser = index.get([...podContext, 'runAsUser']);
  const podExplicitRoot = runAsRootHits(index, podContext, `This ${kind}`, hits);
  for (const list of CONTAINER_LISTS) {
    for (const container of index.children([...spec, list])) {
      const name = index.get([...container.path, 'name'])?.value;
      const where = name === undefined ? 'This container' : `Container ${name}`;
      const context = [...container.path, 'securityContext'];
      const privileged = index.get([...context, 'privileged']);
      if (index.isTrue(privileged)) {
        hits.push({
          range: privileged.valueRange,
          message: `${where} is privileged, so it gets every device and capability of the node and root in it is root on the node. ${CONTROL} Remove privileged: true and grant only the capabilities the process needs.`,
          severity: 'high',
          fix: flip(privileged, 'false', 'privileged'),
        });
      }
      const escalation = index.get([...context, 'allowPrivilegeEscalation']);
      if (index.isTrue(escalation)) {
        hits.push({
          range: escalation.valueRange,
          message: `${where} allows privilege escalation, so a setuid binary or file capability can give its process more privilege than it started with. ${CONTROL} Set allowPrivilegeEscalation: false.`,
          severity: 'medium',
          fix: flip(escalation, 'false', 'allowPrivilegeEscalation'),
        });
      }
      for (const capability of index.children([...context, 'capabilities', 'add'])) {
        const hit = capabilityHit(capability, where);
        if (hit !== undefined) hits.push(hit);
      }
      const explicitRoot = runAsRootHits(index, context, where, hits);
      if (list === 'ephemeralContainers' || explicitRoot || podExplicitRoot) continue;
      const nonRoot = index.get([...context, 'runAsNonRoot']) ?? podNonRoot;
      const user = index.get([...context, 'runAsUser']) ?? podUser;
      if (nonRoot?.value === 'true' || (user?.value !== undefined && user.value !== '0' && user.value !== '')) continue;
      // A container without an image is a patch (Kustomize, Helm overrides) whose base sets the rest.
      const image = index.get([...container.path, 'image']);
      if (image?.value === undefined || image.valueRange === undefined || imageRunsAsNonRoot(image.value)) continue;
      const anchor = image.valueRange;
      hits.push({
        range: anchor,
        message: `${where} may run as root: neither it nor its pod sets runAsNonRoot: true or a non-zero runAsUser, so the image's default user (root for most images) is used. ${CONTROL} Set securityContext.runAsNonRoot: true and a non-zero runAsUser.`,
        severity: 'medium',
        confidence: 'medium',
      });
    }
  }
}

/** runAsNonRoot: false and runAsUser: 0 in one securityContext; true when either was found. */
function runAsRootHits(index: DocumentIndex, context: readonly string[], where: string, hits: Hit[]): boolean {
  let found = false;
  const nonRoot = index.get([...context, 'runAsNonRoot']);
  if (index.isFalse(nonRoot)) {
    hits.push({
      range: nonRoot.valueRange,
      message: `${where} sets runAsNonRoot: false, so it is allowed to run as root. ${CONTROL} Set runAsNonRoot: true with a non-zero runAsUser.`,
      severity: 'medium',
      fix: flip(nonRoot, 'true', 'runAsNonRoot'),
    });
    found = true;
  }
  const user = index.get([...context, 'runAsUser']);
  if (user?.value === '0' && user.valueRange !== undefined) {
    hits.push({
      range: user.valueRange,
      message: `${where} runs as root (runAsUser: 0), so a compromise of its process is root in the container. ${CONTROL} Use a non-zero runAsUser and set runAsNonRoot: true.`,
      severity: 'medium',
    });
    found = true;
  }
  return found;
}

function checkKubernetes(index: DocumentIndex, hits: Hit[]): void {
  const kind = index.get(['kind'])?.value ?? 'workload';
  const seen = new Set<string>();
  for (const entry of index.entries) {
    if (!CONTAINER_LISTS.has(entry.key) || entry.value !== undefined) continue;
    const spec = entry.path.slice(0, -1);
    if (seen.has(key(spec))) continue;
    seen.add(key(spec));
    checkPodSpec(index, spec, kind, hits);
  }
}

function checkCompose(index: DocumentIndex, hits: Hit[]): void {
  for (const service of index.children(['services'])) {
    const name = service.key;
    const where = `Compose service ${name}`;
    const privileged = index.get([...service.path, 'privileged']);
    if (index.isTrue(privileged)) {
      hits.push({
        range: privileged.valueRange,
        message: `${where} is privileged, so it gets every device and capability of the host and root in it is root on the host. ${CONTROL} Remove privileged: true and add only the capabilities the process needs.`,
        severity: 'high',
        fix: flip(privileged, 'false', 'privileged'),
      });
    }
    for (const capability of index.children([...service.path, 'cap_add'])) {
      const hit = capabilityHit(capability, where);
      if (hit !== undefined) hits.push(hit);
    }
    for (const [setting, namespace] of [['network_mode', 'hostNetwork'], ['pid', 'hostPID'], ['ipc', 'hostIPC']] as const) {
      const entry = index.get([...service.path, setting]);
      if (entry?.value !== 'host' || entry.valueRange === undefined) continue;
      hits.push({
        range: entry.valueRange,
        message: `${where} shares ${HOST_NAMESPACES[namespace]?.('host') ?? 'a host namespace'}. ${CONTROL} Remove ${setting}: host.`,
        severity: 'medium',
      });
    }
    for (const volume of index.children([...service.path, 'volumes'])) {
      const source = volume.value ?? index.get([...volume.path, 'source'])?.value ?? '';
      const sourceRange = volume.valueRange !== undefined && volume.value !== undefined ? volume.valueRange : index.get([...volume.path, 'source'])?.valueRange;
      if (!source.startsWith(DOCKER_SOCKET) || sourceRange === undefined) continue;
      hits.push({
        range: sourceRange,
        message: `${where} mounts the Docker socket, which gives it root control of the host through the Docker API. ${CONTROL} Do not mount the socket; use a narrower API or a rootless build tool.`,
        severity: 'high',
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Terraform: the kubernetes provider's workloads and the docker provider's containers
// ---------------------------------------------------------------------------------------------

const TERRAFORM_NAMESPACES: Readonly<Record<string, string>> = { host_network: 'hostNetwork', host_pid: 'hostPID', host_ipc: 'hostIPC' };
const DOCKER_HOST_MODES: Readonly<Record<string, string>> = { network_mode: 'hostNetwork', pid_mode: 'hostPID', ipc_mode: 'hostIPC' };

function terraformHits(config: ConfigModel, text: string): Hit[] {
  const hits: Hit[] = [];
  const isTrue = (entry: ConfigEntry): entry is ConfigEntry & { valueRange: Range } => entry.value === 'true' && entry.valueRange !== undefined && text.charAt(entry.valueRange.start - 1) !== '"';
  for (const entry of config.entries()) {
    const [kind, type = '', name = ''] = entry.path;
    if (kind !== 'resource' || entry.valueRange === undefined) continue;
    const kubernetes = type.startsWith('kubernetes_');
    const docker = type === 'docker_container';
    if (!kubernetes && !docker) continue;
    const where = `${type}.${name}`;
    const parent = entry.path[entry.path.length - 2] ?? '';
    if (entry.key === 'privileged' && isTrue(entry)) {
      hits.push({
        range: entry.valueRange,
        message: `${where} runs a privileged container, so it gets every device and capability of the ${docker ? 'host' : 'node'} and root in it is root there. ${CONTROL} Remove privileged = true and grant only the capabilities the process needs.`,
        severity: 'high',
        fix: flip(entry, 'false', 'privileged'),
      });
    } else if (kubernetes && entry.key === 'allow_privilege_escalation' && isTrue(entry)) {
      hits.push({
        range: entry.valueRange,
        message: `${where} allows privilege escalation, so a setuid binary or file capability can give its process more privilege than it started with. ${CONTROL} Set allow_privilege_escalation = false.`,
        severity: 'medium',
        fix: flip(entry, 'false', 'allow_privilege_escalation'),
      });
    } else if (kubernetes && TERRAFORM_NAMESPACES[entry.key] !== undefined && isTrue(entry)) {
      hits.push({
        range: entry.valueRange,
        message: `${where} shares ${HOST_NAMESPACES[TERRAFORM_NAMESPACES[entry.key] ?? '']?.('node') ?? 'a node namespace'}. ${CONTROL} Remove ${entry.key} unless the workload is a node agent that has been approved to need it.`,
        severity: 'medium',
        fix: flip(entry, 'false', entry.key),
      });
    } else if (docker && DOCKER_HOST_MODES[entry.key] !== undefined && entry.value === 'host') {
      hits.push({
        range: entry.valueRange,
        message: `${where} shares ${HOST_NAMESPACES[DOCKER_HOST_MODES[entry.key] ?? '']?.('host') ?? 'a host namespace'}. ${CONTROL} Remove ${entry.key} = "host".`,
        severity: 'medium',
      });
    } else if (kubernetes && entry.key === 'run_as_user' && entry.value === '0') {
      hits.push({
        range: entry.valueRange,
        message: `${where} runs as root (run_as_user = 0), so a compromise of its process is root in the container. ${CONTROL} Use a non-zero run_as_user and set run_as_non_root = true.`,
        severity: 'medium',
      });
    } else if (kubernetes && entry.key === 'run_as_non_root' && entry.value === 'false') {
      hits.push({
        range: entry.valueRange,
        message: `${where} sets run_as_non_root = false, so it is allowed to run as root. ${CONTROL} Set run_as_non_root = true with a non-zero run_as_user.`,
        severity: 'medium',
        fix: { title: 'Set run_as_non_root to true', edits: [{ start: entry.valueRange.start, end: entry.valueRange.end, newText: 'true' }] },
      });
    } else if (parent === 'add' && entry.path[entry.path.length - 3] === 'capabilities') {
      const hit = capabilityHit(entry, where);
      if (hit !== undefined) hits.push(hit);
    } else if (entry.key === 'path' && parent === 'host_path' && kubernetes) {
      const sensitive = isSensitiveHostPath(entry.value ?? '');
      hits.push({
        range: entry.valueRange,
        message:
          `${where} mounts ${entry.value ?? 'a folder'} from the node with host_path, ` +
          `${sensitive ? 'which hands the container control of the node' : 'which lets the container read or change files on the node'}. ${CONTROL} ` +
          'Use a persistent volume claim, config map, secret or empty_dir volume instead.',
        severity: sensitive ? 'high' : 'medium',
      });
    } else if (docker && entry.key === 'host_path' && parent === 'volumes' && (entry.value ?? '').startsWith(DOCKER_SOCKET)) {
      hits.push({
        range: entry.valueRange,
        message: `${where} mounts the Docker socket, which gives it root control of the host through the Docker API. ${CONTROL} Do not mount the socket; use a narrower API or a rootless build tool.`,
        severity: 'high',
      });
    }
  }
  return hits;
}

function check(context: RuleContext): void {
  const config = context.config;
  if (config?.format === 'terraform') {
    report(context, terraformHits(config, context.document.text));
    return;
  }
  if (config === undefined || config.format !== 'yaml') return;
  const byDocument = new Map<number, ConfigEntry[]>();
  for (const entry of config.entries()) {
    const list = byDocument.get(entry.blockId ?? -1) ?? [];
    list.push(entry);
    byDocument.set(entry.blockId ?? -1, list);
  }
  const hits: Hit[] = [];
  for (const entries of byDocument.values()) {
    const index = new DocumentIndex(entries, context.document.text);
    if (index.get(['apiVersion']) !== undefined && index.get(['kind']) !== undefined) checkKubernetes(index, hits);
    else if (index.get(['services']) !== undefined) checkCompose(index, hits);
  }
  report(context, hits);
}

function report(context: RuleContext, hits: Hit[]): void {
  hits.sort((a, b) => a.range.start - b.range.start);
  for (const hit of hits) {
    context.report({
      range: hit.range,
      message: hit.message,
      severity: hit.severity,
      ...(hit.confidence === undefined ? {} : { confidence: hit.confidence }),
      ...(hit.fix === undefined ? {} : { fix: hit.fix }),
    });
  }
}

export const kubernetesPrivilege: Rule = {
  meta: {
    id: 'access/kubernetes-privilege',
    title: 'Privileged Kubernetes workload or Compose service',
    area: 'access',
    severity: 'high',
    confidence: 'high',
    cwe: [250, 269],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'access-control-guide#information-security-principles-for-access-control',
      'technical-controls-policy#privilege-management',
      'privileged-user-guide#management-of-privileged-user-accounts',
    ],
    basis: 'indirect',
    why:
      'Privileged containers, added capabilities, host namespaces and hostPath mounts turn a compromise of one process into control of the node and every workload on it. ' +
      'MoJ expects least privilege, with extra privileges only where a business case needs them (Access Control guide; Technical Controls Policy POL.TCP.041).',
    howToFix:
      'Set securityContext with runAsNonRoot: true, a non-zero runAsUser, allowPrivilegeEscalation: false and capabilities.drop: [ALL]; remove privileged, host namespaces and hostPath volumes.',
    fixSafety: 'suggestion',
    languages: ['yaml', 'terraform'],
    prefilter: ['containers', 'services', 'kubernetes_', 'docker_container'],
    examples: {
      yaml:
        'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop: [ALL]',
    },
  },
  check,
};
