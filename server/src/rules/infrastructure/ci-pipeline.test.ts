/**
 * infrastructure/ci-pipeline: GitHub Actions script injection (untrusted event text in run: and
 * github-script), pull_request_target checkouts of the pull request head, secrets echoed to the
 * log, permissions: write-all, and GitLab credentials echoed in scripts. Safe cases: values passed
 * through env:, trusted contexts, base-branch checkouts, piped/redirected/masked secrets,
 * least-privilege permissions and workflow-like YAML outside .github.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { ciPipeline } from './ci-pipeline';

const SCANNING =
  'MoJ requires build pipelines to be scanned and kept free of injection flaws such as command injection (Vulnerability Scanning and Patch Management Guide).';
const SECRETS =
  'MoJ requires secrets never to be shown or stored in plain text (Secrets management).';
const UNTRUSTED_CODE =
  'MoJ requires secrets to be protected from disclosure (Secrets management) and build pipelines to be kept within security scanning and review (Vulnerability Scanning and Patch Management Guide).';
const LEAST =
  'MoJ requires access to follow least privilege (Access Control guide).';

export const table: RuleTable = {
  rule: ciPipeline,
  invalid: [
    {
      name: 'issue title expanded into a run script',
      path: '.github/workflows/triage.yml',
      code: 'on:\n  issues:\n    types: [opened]\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "New issue: ${{ github.event.issue.title }}"\n',
      findings: [
        { line: 8, column: 31, endColumn: 62, message: `This run script expands github.event.issue.title directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ github.event.issue.title }}) and use "$TITLE" in the script.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.event.issue.title }}"
      ],
    },
    {
      name: 'head_ref and a commit message in a multi-line script; github-script body',
      path: '.github/workflows/pr.yml',
      code: 'on: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Branch\n        run: |\n          BRANCH="${{ github.head_ref }}"\n          git log -1 --format=%s\n          echo "${{ github.event.commits[0].message }}"\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            const body = `${{ github.event.pull_request.body }}`;\n            console.log(body.length);\n',
      findings: [
        { line: 8, column: 19, endColumn: 41, message: `This run script expands github.head_ref directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ github.head_ref }}) and use "$TITLE" in the script.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.head_ref }}"
        { line: 10, column: 17, endColumn: 55, message: `This run script expands github.event.commits.*.message directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ github.event.commits.*.message }}) and use "$TITLE" in the script.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.event.commits[0].message }}"
        { line: 14, column: 27, endColumn: 64, message: `This github-script script expands github.event.pull_request.body directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ github.event.pull_request.body }}) and use "$TITLE" in the script.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.event.pull_request.body }}"
      ],
    },
    {
      name: 'pull_request_target checks out the pull request head',
      path: '.github/workflows/preview.yml',
      code: 'on:\n  pull_request_target:\n    types: [opened, synchronize]\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm run build\n',
      findings: [
        { line: 10, column: 16, endColumn: 57, message: `This pull_request_target workflow checks out the pull request's own code, and pull_request_target runs with the base repository's secrets and a write token, so anyone who opens a pull request can run code with them. ${UNTRUSTED_CODE} Build untrusted code under the pull_request trigger, or run nothing from this checkout.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.event.pull_request.head.sha }}"
      ],
    },
    {
      name: 'pull_request_target in a trigger list with refs/pull/.../merge',
      path: '.github/workflows/label.yml',
      code: 'on: [push, pull_request_target]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: refs/pull/${{ github.event.number }}/merge\n',
      findings: [
        { line: 8, column: 16, endColumn: 58, message: `This pull_request_target workflow checks out the pull request's own code, and pull_request_target runs with the base repository's secrets and a write token, so anyone who opens a pull request can run code with them. ${UNTRUSTED_CODE} Build untrusted code under the pull_request trigger, or run nothing from this checkout.`, severity: 'high', confidence: 'high', fix: null }, // "refs/pull/${{ github.event.number }}/merge"
      ],
    },
    {
      name: 'secrets echoed directly and through env',
      path: '.github/workflows/deploy.yml',
      code: 'on: push\nenv:\n  DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.NPM_TOKEN }}\n      - run: |\n          echo "Deploying with $DEPLOY_TOKEN"\n          ./deploy.sh\n      - env:\n          API_KEY: ${{ secrets.API_KEY }}\n        run: printf \'%s\\n\' "${API_KEY}" && ./smoke-test.sh\n',
      findings: [
        { line: 8, column: 19, endColumn: 43, message: `This step prints a secret (secrets.NPM_TOKEN) to the build log. GitHub masks the exact value but not a transformed or partial copy, and the log is kept and shared with everyone who can read the repository's runs. ${SECRETS} Pass the secret to the tool that needs it through an environment variable or stdin, never to echo.`, severity: 'medium', confidence: 'medium', fix: null }, // "${{ secrets.NPM_TOKEN }}"
        { line: 10, column: 32, endColumn: 45, message: `This step prints a secret (DEPLOY_TOKEN, from secrets.DEPLOY_TOKEN) to the build log. GitHub masks the exact value but not a transformed or partial copy, and the log is kept and shared with everyone who can read the repository's runs. ${SECRETS} Pass the secret to the tool that needs it through an environment variable or stdin, never to echo.`, severity: 'medium', confidence: 'medium', fix: null }, // "$DEPLOY_TOKEN"
        { line: 14, column: 29, endColumn: 39, message: `This step prints a secret (API_KEY, from secrets.API_KEY) to the build log. GitHub masks the exact value but not a transformed or partial copy, and the log is kept and shared with everyone who can read the repository's runs. ${SECRETS} Pass the secret to the tool that needs it through an environment variable or stdin, never to echo.`, severity: 'medium', confidence: 'medium', fix: null }, // "${API_KEY}"
      ],
    },
    {
      name: 'write-all for the workflow and for a job',
      path: '.github/workflows/release.yml',
      code: 'on: push\npermissions: write-all\njobs:\n  release:\n    permissions: write-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh\n',
      findings: [
        { line: 2, column: 14, endColumn: 23, message: `This workflow gives the GITHUB_TOKEN write access to everything (permissions: write-all), so any compromised step or third-party action can push code, change releases and packages, and approve pull requests. ${LEAST} Use read-all (or contents: read) and grant each job only the write scopes it needs.`, severity: 'medium', confidence: 'high', fix: { title: 'Use permissions: read-all', output: 'on: push\npermissions: read-all\njobs:\n  release:\n    permissions: write-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh\n' } }, // "write-all"
        { line: 5, column: 18, endColumn: 27, message: `This job gives the GITHUB_TOKEN write access to everything (permissions: write-all), so any compromised step or third-party action can push code, change releases and packages, and approve pull requests. ${LEAST} Use read-all (or contents: read) and grant each job only the write scopes it needs.`, severity: 'medium', confidence: 'high', fix: { title: 'Use permissions: read-all', output: 'on: push\npermissions: write-all\njobs:\n  release:\n    permissions: read-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh\n' } }, // "write-all"
      ],
    },
    {
      name: 'composite action: untrusted text in a run step',
      path: '.github/actions/notify/action.yml',
      code: 'name: notify\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: ./notify.sh "${{ github.event.pull_request.title }}"\n',
      findings: [
        { line: 6, column: 25, endColumn: 63, message: `This run script expands github.event.pull_request.title directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ github.event.pull_request.title }}) and use "$TITLE" in the script.`, severity: 'high', confidence: 'high', fix: null }, // "${{ github.event.pull_request.title }}"
      ],
    },
    {
      name: 'GitLab: CI_JOB_TOKEN and CI_REGISTRY_PASSWORD echoed',
      path: '.gitlab-ci.yml',
      code: 'build:\n  script:\n    - echo "token $CI_JOB_TOKEN"\n    - echo ${CI_REGISTRY_PASSWORD}\n    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"\n',
      findings: [
        { line: 3, column: 19, endColumn: 32, message: `This job prints CI_JOB_TOKEN to the job log. GitLab masks it only when it matches exactly, and the log is kept and shared with everyone who can read the pipeline. ${SECRETS} Pass it to the tool that needs it on stdin (for example docker login --password-stdin), never to echo.`, severity: 'medium', confidence: 'medium', fix: null }, // "$CI_JOB_TOKEN"
        { line: 4, column: 12, endColumn: 35, message: `This job prints CI_REGISTRY_PASSWORD to the job log. GitLab masks it only when it matches exactly, and the log is kept and shared with everyone who can read the pipeline. ${SECRETS} Pass it to the tool that needs it on stdin (for example docker login --password-stdin), never to echo.`, severity: 'medium', confidence: 'medium', fix: null }, // "${CI_REGISTRY_PASSWORD}"
      ],
    },
  ],
  valid: [
    {
      name: 'untrusted text passed through env and quoted',
      path: '.github/workflows/triage.yml',
      code: 'on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo "New issue: $TITLE"\n',
    },
    {
      name: 'trusted contexts in run: sha, repository, run id, inputs',
      path: '.github/workflows/build.yml',
      code: 'on: workflow_dispatch\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "${{ github.sha }} ${{ github.repository }} ${{ github.run_id }}"\n          echo "${{ inputs.environment }}"\n          echo "${{ github.event.pull_request.number }}"\n',
    },
    {
      name: 'pull_request_target that checks out the base branch',
      path: '.github/workflows/label.yml',
      code: 'on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/labeler@v5\n',
    },
    {
      name: 'pull_request (not _target) checking out the head',
      path: '.github/workflows/ci.yml',
      code: 'on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
    },
    {
      name: 'secrets piped, redirected, masked or passed as arguments',
      path: '.github/workflows/deploy.yml',
      code: 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n    steps:\n      - run: |\n          echo "$TOKEN" | docker login ghcr.io -u bot --password-stdin\n          echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n          echo "::add-mask::${{ secrets.DERIVED }}"\n          ./deploy.sh --token "$TOKEN"\n          echo "Deploying ${{ github.sha }}"\n          echo "TOKENISER=$TOKENISER"\n',
    },
    {
      name: 'least-privilege permissions',
      path: '.github/workflows/ok.yml',
      code: 'on: push\npermissions:\n  contents: read\njobs:\n  build:\n    permissions: read-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    },
    {
      name: 'workflow-like YAML outside .github is not read as a workflow',
      path: 'docs/example.yml',
      code: 'on: issues\njobs:\n  triage:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    },
    {
      name: 'GitLab: commit message used as data, token piped',
      path: '.gitlab-ci.yml',
      code: 'test:\n  script:\n    - echo "$CI_COMMIT_MESSAGE"\n    - echo "$CI_JOB_TOKEN" | helm registry login -u gitlab-ci-token --password-stdin registry.gitlab.com\n',
    },
  ],
};

describeRule(table);
