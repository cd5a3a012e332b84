/**
 * access/kubernetes-privilege: privileged containers, dangerous capabilities, host namespaces,
 * hostPath volumes, root users and missing runAsNonRoot in Kubernetes pod specs wherever they
 * nest (Pod, Deployment, CronJob, multi-document files), and the Compose equivalents; with the
 * look-alikes that must stay silent (hardened specs, quoted "true", non-Kubernetes YAML, Helm
 * values files, capabilities.drop).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { kubernetesPrivilege } from './kubernetes-privilege';

const CONTROL =
  "MoJ expects least privilege, with privileges granted only where needed (Access Control guide; Technical Controls Policy: Privilege Management).";

export const table: RuleTable = {
  rule: kubernetesPrivilege,
  invalid: [
    {
      name: "Deployment: privileged, escalation, SYS_ADMIN, hostNetwork, Docker socket hostPath, no runAsNonRoot",
      path: "k8s/deploy.yaml",
      code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: api\n          image: registry.example/api:1.0\n          securityContext:\n            privileged: true\n            allowPrivilegeEscalation: true\n            capabilities:\n              add: [\"SYS_ADMIN\", NET_BIND_SERVICE]\n      volumes:\n        - name: sock\n          hostPath:\n            path: /var/run/docker.sock\n",
      findings: [
        {
          line: 8, column: 20, endColumn: 24, severity: 'medium', confidence: 'high', // "true"
          message: `This Deployment shares the node's network namespace, so it can reach every port on the node and sniff its traffic. ${CONTROL} Remove hostNetwork unless the workload is a node agent that has been approved to need it.`,
          fix: { title: "Set hostNetwork to false", output: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      hostNetwork: false\n      containers:\n        - name: api\n          image: registry.example/api:1.0\n          securityContext:\n            privileged: true\n            allowPrivilegeEscalation: true\n            capabilities:\n              add: [\"SYS_ADMIN\", NET_BIND_SERVICE]\n      volumes:\n        - name: sock\n          hostPath:\n            path: /var/run/docker.sock\n" },
        },
        {
          line: 11, column: 18, endColumn: 42, severity: 'medium', confidence: 'medium', // "registry.example/api:1.0"
          message: `Container api may run as root: neither it nor its pod sets runAsNonRoot: true or a non-zero runAsUser, so the image's default user (root for most images) is used. ${CONTROL} Set securityContext.runAsNonRoot: true and a non-zero runAsUser.`,
          fix: null,
        },
        {
          line: 13, column: 25, endColumn: 29, severity: 'high', confidence: 'high', // "true"
          message: `Container api is privileged, so it gets every device and capability of the node and root in it is root on the node. ${CONTROL} Remove privileged: true and grant only the capabilities the process needs.`,
          fix: { title: "Set privileged to false", output: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: api\n          image: registry.example/api:1.0\n          securityContext:\n            privileged: false\n            allowPrivilegeEscalation: true\n            capabilities:\n              add: [\"SYS_ADMIN\", NET_BIND_SERVICE]\n      volumes:\n        - name: sock\n          hostPath:\n            path: /var/run/docker.sock\n" },
        },
        {
          line: 14, column: 39, endColumn: 43, severity: 'medium', confidence: 'high', // "true"
          message: `Container api allows privilege escalation, so a setuid binary or file capability can give its process more privilege than it started with. ${CONTROL} Set allowPrivilegeEscalation: false.`,
          fix: { title: "Set allowPrivilegeEscalation to false", output: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: api\n          image: registry.example/api:1.0\n          securityContext:\n            privileged: true\n            allowPrivilegeEscalation: false\n            capabilities:\n              add: [\"SYS_ADMIN\", NET_BIND_SERVICE]\n      volumes:\n        - name: sock\n          hostPath:\n            path: /var/run/docker.sock\n" },
        },
        {
          line: 16, column: 22, endColumn: 31, severity: 'high', confidence: 'high', // "SYS_ADMIN"
          message: `Container api adds CAP_SYS_ADMIN, which allows mounts and namespace changes that lead out of the container. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
          fix: null,
        },
        {
          line: 19, column: 11, endColumn: 19, severity: 'high', confidence: 'high', // "hostPath"
          message: `This Deployment mounts /var/run/docker.sock from the node with hostPath, which hands the container control of the node. ${CONTROL} Use a persistentVolumeClaim, configMap, secret or emptyDir volume instead.`,
          fix: null,
        },
      ],
    },
    {
      name: "CronJob nested pod spec running as UID 0",
      path: "k8s/cron.yaml",
      code: "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          securityContext:\n            runAsUser: 0\n          containers:\n            - name: job\n              image: busybox:1.36\n",
      findings: [
        {
          line: 12, column: 24, endColumn: 25, severity: 'medium', confidence: 'high', // "0"
          message: `This CronJob runs as root (runAsUser: 0), so a compromise of its process is root in the container. ${CONTROL} Use a non-zero runAsUser and set runAsNonRoot: true.`,
          fix: null,
        },
      ],
    },
    {
      name: "runAsNonRoot false at container level overrides the pod",
      path: "k8s/pod.yaml",
      code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: false\n",
      findings: [
        {
          line: 12, column: 23, endColumn: 28, severity: 'medium', confidence: 'high', // "false"
          message: `Container web sets runAsNonRoot: false, so it is allowed to run as root. ${CONTROL} Set runAsNonRoot: true with a non-zero runAsUser.`,
          fix: { title: "Set runAsNonRoot to true", output: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n" },
        },
      ],
    },
    {
      name: "multi-document file: only the second document is a problem",
      path: "k8s/all.yaml",
      code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: registry.example/web:2.1\n      securityContext:\n        allowPrivilegeEscalation: false\n        privileged: false\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n  volumes:\n    - name: cache\n      emptyDir: {}\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      hostPID: true\n      hostIPC: true\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n      initContainers:\n        - name: setup\n          image: registry.example/setup:1\n          securityContext:\n            capabilities:\n              add:\n                - CAP_SYS_PTRACE\n                - ALL\n      containers:\n        - name: agent\n          image: registry.example/agent:1\n      volumes:\n        - name: logs\n          hostPath:\n            path: /var/log/app\n",
      findings: [
        {
          line: 29, column: 16, endColumn: 20, severity: 'medium', confidence: 'high', // "true"
          message: `This DaemonSet shares the node's process namespace, so it can see and signal every process on the node. ${CONTROL} Remove hostPID unless the workload is a node agent that has been approved to need it.`,
          fix: { title: "Set hostPID to false", output: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: registry.example/web:2.1\n      securityContext:\n        allowPrivilegeEscalation: false\n        privileged: false\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n  volumes:\n    - name: cache\n      emptyDir: {}\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      hostPID: false\n      hostIPC: true\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n      initContainers:\n        - name: setup\n          image: registry.example/setup:1\n          securityContext:\n            capabilities:\n              add:\n                - CAP_SYS_PTRACE\n                - ALL\n      containers:\n        - name: agent\n          image: registry.example/agent:1\n      volumes:\n        - name: logs\n          hostPath:\n            path: /var/log/app\n" },
        },
        {
          line: 30, column: 16, endColumn: 20, severity: 'medium', confidence: 'high', // "true"
          message: `This DaemonSet shares the node's IPC namespace, so it can read other processes' shared memory. ${CONTROL} Remove hostIPC unless the workload is a node agent that has been approved to need it.`,
          fix: { title: "Set hostIPC to false", output: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: registry.example/web:2.1\n      securityContext:\n        allowPrivilegeEscalation: false\n        privileged: false\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n  volumes:\n    - name: cache\n      emptyDir: {}\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      hostPID: true\n      hostIPC: false\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n      initContainers:\n        - name: setup\n          image: registry.example/setup:1\n          securityContext:\n            capabilities:\n              add:\n                - CAP_SYS_PTRACE\n                - ALL\n      containers:\n        - name: agent\n          image: registry.example/agent:1\n      volumes:\n        - name: logs\n          hostPath:\n            path: /var/log/app\n" },
        },
        {
          line: 40, column: 19, endColumn: 33, severity: 'medium', confidence: 'high', // "CAP_SYS_PTRACE"
          message: `Container setup adds CAP_SYS_PTRACE, which gives root in the container power over the kernel, devices, network or processes of the machine it runs on. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
          fix: null,
        },
        {
          line: 41, column: 19, endColumn: 22, severity: 'high', confidence: 'high', // "ALL"
          message: `Container setup adds every Linux capability, which is close to a privileged container. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
          fix: null,
        },
        {
          line: 47, column: 11, endColumn: 19, severity: 'medium', confidence: 'high', // "hostPath"
          message: `This DaemonSet mounts /var/log/app from the node with hostPath, which lets the container read or change files on the node. ${CONTROL} Use a persistentVolumeClaim, configMap, secret or emptyDir volume instead.`,
          fix: null,
        },
      ],
    },
    {
      name: "Compose: privileged, host network and PID, NET_ADMIN, Docker socket",
      path: "docker-compose.yml",
      code: "services:\n  agent:\n    image: registry.example/agent:1\n    privileged: true\n    network_mode: host\n    pid: host\n    cap_add:\n      - NET_ADMIN\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n      - type: bind\n        source: /var/run/docker.sock\n        target: /sock\n",
      findings: [
        {
          line: 4, column: 17, endColumn: 21, severity: 'high', confidence: 'high', // "true"
          message: `Compose service agent is privileged, so it gets every device and capability of the host and root in it is root on the host. ${CONTROL} Remove privileged: true and add only the capabilities the process needs.`,
          fix: { title: "Set privileged to false", output: "services:\n  agent:\n    image: registry.example/agent:1\n    privileged: false\n    network_mode: host\n    pid: host\n    cap_add:\n      - NET_ADMIN\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n      - type: bind\n        source: /var/run/docker.sock\n        target: /sock\n" },
        },
        {
          line: 5, column: 19, endColumn: 23, severity: 'medium', confidence: 'high', // "host"
          message: `Compose service agent shares the host's network namespace, so it can reach every port on the host and sniff its traffic. ${CONTROL} Remove network_mode: host.`,
          fix: null,
        },
        {
          line: 6, column: 10, endColumn: 14, severity: 'medium', confidence: 'high', // "host"
          message: `Compose service agent shares the host's process namespace, so it can see and signal every process on the host. ${CONTROL} Remove pid: host.`,
          fix: null,
        },
        {
          line: 8, column: 9, endColumn: 18, severity: 'medium', confidence: 'high', // "NET_ADMIN"
          message: `Compose service agent adds CAP_NET_ADMIN, which gives root in the container power over the kernel, devices, network or processes of the machine it runs on. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
          fix: null,
        },
        {
          line: 10, column: 9, endColumn: 50, severity: 'high', confidence: 'high', // "/var/run/docker.sock:/var/run/docker.sock"
          message: `Compose service agent mounts the Docker socket, which gives it root control of the host through the Docker API. ${CONTROL} Do not mount the socket; use a narrower API or a rootless build tool.`,
          fix: null,
        },
        {
          line: 12, column: 17, endColumn: 37, severity: 'high', confidence: 'high', // "/var/run/docker.sock"
          message: `Compose service agent mounts the Docker socket, which gives it root control of the host through the Docker API. ${CONTROL} Do not mount the socket; use a narrower API or a rootless build tool.`,
          fix: null,
        },
      ],
    },
    {
      name: "Terraform kubernetes and docker providers",
      path: "infra/workloads.tf",
      code: "resource \"kubernetes_deployment\" \"api\" {\n  spec {\n    template {\n      spec {\n        host_network = true\n        container {\n          name  = \"api\"\n          image = \"x\"\n          security_context {\n            privileged = true\n            allow_privilege_escalation = true\n            capabilities {\n              add = [\"SYS_ADMIN\"]\n            }\n          }\n        }\n      }\n    }\n  }\n}\nresource \"docker_container\" \"agent\" {\n  image        = \"agent\"\n  privileged   = true\n  network_mode = \"host\"\n  volumes {\n    host_path      = \"/var/run/docker.sock\"\n    container_path = \"/var/run/docker.sock\"\n  }\n}\n",
      findings: [
        {
          line: 5, column: 24, endColumn: 28, severity: 'medium', confidence: 'high', // "true"
          message: `kubernetes_deployment.api shares the node's network namespace, so it can reach every port on the node and sniff its traffic. ${CONTROL} Remove host_network unless the workload is a node agent that has been approved to need it.`,
          fix: { title: "Set host_network to false", output: "resource \"kubernetes_deployment\" \"api\" {\n  spec {\n    template {\n      spec {\n        host_network = false\n        container {\n          name  = \"api\"\n          image = \"x\"\n          security_context {\n            privileged = true\n            allow_privilege_escalation = true\n            capabilities {\n              add = [\"SYS_ADMIN\"]\n            }\n          }\n        }\n      }\n    }\n  }\n}\nresource \"docker_container\" \"agent\" {\n  image        = \"agent\"\n  privileged   = true\n  network_mode = \"host\"\n  volumes {\n    host_path      = \"/var/run/docker.sock\"\n    container_path = \"/var/run/docker.sock\"\n  }\n}\n" },
        },
        {
          line: 10, column: 26, endColumn: 30, severity: 'high', confidence: 'high', // "true"
          message: `kubernetes_deployment.api runs a privileged container, so it gets every device and capability of the node and root in it is root there. ${CONTROL} Remove privileged = true and grant only the capabilities the process needs.`,
          fix: { title: "Set privileged to false", output: "resource \"kubernetes_deployment\" \"api\" {\n  spec {\n    template {\n      spec {\n        host_network = true\n        container {\n          name  = \"api\"\n          image = \"x\"\n          security_context {\n            privileged = false\n            allow_privilege_escalation = true\n            capabilities {\n              add = [\"SYS_ADMIN\"]\n            }\n          }\n        }\n      }\n    }\n  }\n}\nresource \"docker_container\" \"agent\" {\n  image        = \"agent\"\n  privileged   = true\n  network_mode = \"host\"\n  volumes {\n    host_path      = \"/var/run/docker.sock\"\n    container_path = \"/var/run/docker.sock\"\n  }\n}\n" },
        },
        {
          line: 11, column: 42, endColumn: 46, severity: 'medium', confidence: 'high', // "true"
          message: `kubernetes_deployment.api allows privilege escalation, so a setuid binary or file capability can give its process more privilege than it started with. ${CONTROL} Set allow_privilege_escalation = false.`,
          fix: { title: "Set allow_privilege_escalation to false", output: "resource \"kubernetes_deployment\" \"api\" {\n  spec {\n    template {\n      spec {\n        host_network = true\n        container {\n          name  = \"api\"\n          image = \"x\"\n          security_context {\n            privileged = true\n            allow_privilege_escalation = false\n            capabilities {\n              add = [\"SYS_ADMIN\"]\n            }\n          }\n        }\n      }\n    }\n  }\n}\nresource \"docker_container\" \"agent\" {\n  image        = \"agent\"\n  privileged   = true\n  network_mode = \"host\"\n  volumes {\n    host_path      = \"/var/run/docker.sock\"\n    container_path = \"/var/run/docker.sock\"\n  }\n}\n" },
        },
        {
          line: 13, column: 23, endColumn: 32, severity: 'high', confidence: 'high', // "SYS_ADMIN"
          message: `kubernetes_deployment.api adds CAP_SYS_ADMIN, which allows mounts and namespace changes that lead out of the container. ${CONTROL} Drop ALL capabilities and add back only the narrow ones the process needs.`,
          fix: null,
        },
        {
          line: 23, column: 18, endColumn: 22, severity: 'high', confidence: 'high', // "true"
          message: `docker_container.agent runs a privileged container, so it gets every device and capability of the host and root in it is root there. ${CONTROL} Remove privileged = true and grant only the capabilities the process needs.`,
          fix: { title: "Set privileged to false", output: "resource \"kubernetes_deployment\" \"api\" {\n  spec {\n    template {\n      spec {\n        host_network = true\n        container {\n          name  = \"api\"\n          image = \"x\"\n          security_context {\n            privileged = true\n            allow_privilege_escalation = true\n            capabilities {\n              add = [\"SYS_ADMIN\"]\n            }\n          }\n        }\n      }\n    }\n  }\n}\nresource \"docker_container\" \"agent\" {\n  image        = \"agent\"\n  privileged   = false\n  network_mode = \"host\"\n  volumes {\n    host_path      = \"/var/run/docker.sock\"\n    container_path = \"/var/run/docker.sock\"\n  }\n}\n" },
        },
        {
          line: 24, column: 19, endColumn: 23, severity: 'medium', confidence: 'high', // "host"
          message: `docker_container.agent shares the host's network namespace, so it can reach every port on the host and sniff its traffic. ${CONTROL} Remove network_mode = "host".`,
          fix: null,
        },
        {
          line: 26, column: 23, endColumn: 43, severity: 'high', confidence: 'high', // "/var/run/docker.sock"
          message: `docker_container.agent mounts the Docker socket, which gives it root control of the host through the Docker API. ${CONTROL} Do not mount the socket; use a narrower API or a rootless build tool.`,
          fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: "hardened Pod",
      path: "k8s/web.yaml",
      code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: registry.example/web:2.1\n      securityContext:\n        allowPrivilegeEscalation: false\n        privileged: false\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n  volumes:\n    - name: cache\n      emptyDir: {}\n",
    },
    {
      name: "runAsUser non-zero without runAsNonRoot",
      path: "k8s/deploy.yaml",
      code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example/app:1\n          securityContext:\n            runAsUser: 1000\n",
    },
    {
      name: "image published to run as non-root",
      path: "k8s/deploy.yaml",
      code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: gcr.io/distroless/static-debian12:nonroot\n",
    },
    {
      name: "quoted \"true\" is rejected by Kubernetes, so it never runs",
      path: "k8s/pod.yaml",
      code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: \"true\"\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: app\n      image: app:1\n",
    },
    {
      name: "Helm values file: not a Kubernetes document",
      path: "chart/values.yaml",
      code: "containers:\n  - name: x\n    securityContext:\n      privileged: true\nhostNetwork: true\n",
    },
    {
      name: "a ConfigMap mentioning privileged in its data",
      path: "k8s/cm.yaml",
      code: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  privileged: \"true\"\n",
    },
    {
      name: "Compose service with ordinary settings",
      path: "compose.yaml",
      code: "services:\n  web:\n    image: nginx\n    network_mode: bridge\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n    volumes:\n      - ./site:/usr/share/nginx/html:ro\n",
    },
    {
      name: "Kustomize patch: a container without an image is not judged for runAsNonRoot",
      path: "k8s/job.yaml",
      code: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      containers:\n        - name: migrate\n          command: [\"./migrate\"]\n",
    },
    {
      name: "Terraform: hardened kubernetes workload and an unrelated privileged attribute",
      path: "infra/ok.tf",
      code: "resource \"kubernetes_pod\" \"web\" {\n  spec {\n    container {\n      name  = \"web\"\n      image = \"web:1\"\n      security_context {\n        privileged                 = false\n        allow_privilege_escalation = false\n        run_as_non_root            = true\n      }\n    }\n  }\n}\nresource \"aws_db_instance\" \"db\" {\n  privileged = true\n}\n",
    },
  ],
};

describeRule(table);
