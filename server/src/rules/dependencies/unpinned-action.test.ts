/**
 * Cases for dependencies/unpinned-action: steps, reusable workflows and composite actions that
 * reference a tag or branch, and the pinned or local look-alikes.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { unpinnedAction } from './unpinned-action';

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1), and build pipelines are in scope of its scanning guidance.";
const FIX = 'Pin the full 40-character commit SHA, with the version in a comment (uses: owner/repo@<sha> # v4.2.2).';
const tag = (action: string, reference: string): string =>
  `This action (${action}) is pinned to the tag "${reference}", which the action's owner, or anyone who takes over the repository, can move to other code that then runs with this pipeline's secrets and token. ${CONTROL} ${FIX}`;
const branch = (action: string, reference: string): string =>
  `This action (${action}) is pinned to "${reference}", which looks like a branch: it runs whatever was pushed last, with this pipeline's secrets and token. ${CONTROL} ${FIX}`;
const reusableBranch = (workflow: string, reference: string): string =>
  `This reusable workflow (${workflow}) is pinned to "${reference}", which looks like a branch: it runs whatever was pushed last, with this pipeline's secrets and token. ${CONTROL} ${FIX}`;

export const table: RuleTable = {
  rule: unpinnedAction,
  invalid: [
    {
      name: 'tags and a branch in steps',
      path: '.github/workflows/ci.yml',
      code: `on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: "actions/setup-node@v4.1.0"
        with:
          node-version: 22
      - uses: tj-actions/changed-files@main
`,
      findings: [
        { line: 6, column: 32, endColumn: 34, message: tag('actions/checkout', 'v4'), fix: null },
        { line: 7, column: 35, endColumn: 41, message: tag('actions/setup-node', 'v4.1.0'), fix: null },
        { line: 10, column: 40, endColumn: 44, message: branch('tj-actions/changed-files', 'main'), fix: null },
      ],
    },
    {
      name: 'a reusable workflow on a branch',
      path: '.github/workflows/release.yaml',
      code: `jobs:
  call:
    uses: acme/shared/.github/workflows/deploy.yml@main
    secrets: inherit
`,
      findings: [{ line: 3, column: 52, endColumn: 56, message: reusableBranch('acme/shared/.github/workflows/deploy.yml', 'main'), fix: null }],
    },
    {
      name: 'a composite action and a Docker action by tag',
      path: 'actions/setup/action.yml',
      code: `runs:
  using: composite
  steps:
    - uses: actions/cache@v4.2.0
    - uses: docker://alpine:3.20
`,
      findings: [
        { line: 4, column: 27, endColumn: 33, message: tag('actions/cache', 'v4.2.0'), fix: null },
        {
          line: 5, column: 13, endColumn: 33,
          message: `This Docker action (docker://alpine:3.20) is not pinned by digest, so whoever can push the image decides what runs with this pipeline's secrets and token. ${CONTROL} Pin the image digest (docker://image@sha256:…).`,
          fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'full SHA pins with a version comment',
      path: '.github/workflows/ci.yml',
      code: `jobs:
  build:
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: acme/shared/.github/workflows/x.yml@0123456789abcdef0123456789abcdef01234567
`,
    },
    {
      name: 'local actions and workflows, and a Docker action by digest',
      path: '.github/workflows/ci.yml',
      code: `jobs:
  call:
    uses: ./.github/workflows/build.yml
  build:
    steps:
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:0b2c3f4e5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c
`,
    },
    {
      name: 'a uses key outside a workflow',
      path: 'config/tools.yml',
      code: `steps:
  - uses: actions/checkout@v4
`,
    },
    {
      name: 'a uses key that is not a step',
      path: '.github/workflows/ci.yml',
      code: `env:
  uses: actions/checkout@v4
`,
    },
  ],
};

describeRule(table);
