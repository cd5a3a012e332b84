/**
 * Cases for dependencies/unpinned-image: images without a tag or with `latest` in Dockerfiles,
 * Compose, Kubernetes, Helm values, GitHub Actions and GitLab CI, and the pinned look-alikes.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { unpinnedImage } from './unpinned-image';

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1; Configuration Management Policy).";
const FIX = 'Pin a version tag, or better a digest (image:1.2.3@sha256:…).';
const baseNoTag = (image: string): string =>
  `This base image (${image}) has no tag or digest, so it means "latest", which moves whenever a new image is pushed, so each build can start from different, untested software. ${CONTROL} ${FIX}`;
const baseLatest = (image: string): string =>
  `This base image (${image}) uses the "latest" tag, which moves whenever a new image is pushed, so each build can start from different, untested software. ${CONTROL} ${FIX}`;
const runNoTag = (image: string): string =>
  `This container image (${image}) has no tag or digest, so it means "latest", which moves whenever a new image is pushed, so each restart or new node can run different, untested software. ${CONTROL} ${FIX}`;
const runLatest = (image: string): string =>
  `This container image (${image}) uses the "latest" tag, which moves whenever a new image is pushed, so each restart or new node can run different, untested software. ${CONTROL} ${FIX}`;

export const table: RuleTable = {
  rule: unpinnedImage,
  invalid: [
    {
      name: 'FROM without a tag and FROM latest',
      path: 'Dockerfile',
      code: `FROM python AS build
RUN pip wheel -w /wheels .
FROM --platform=linux/amd64 gcr.io/distroless/python3:latest
COPY --from=build /wheels /wheels
`,
      findings: [
        { line: 1, column: 6, endColumn: 12, severity: 'low', message: baseNoTag('python'), fix: null },
        { line: 3, column: 29, endColumn: 61, severity: 'low', message: baseLatest('gcr.io/distroless/python3:latest'), fix: null },
      ],
    },
    {
      name: 'an ARG default without a tag',
      path: 'docker/Dockerfile.api',
      code: `ARG BASE_IMAGE=node
FROM \${BASE_IMAGE}
`,
      findings: [{ line: 2, column: 6, endColumn: 19, severity: 'low', message: baseNoTag('BASE_IMAGE = node'), fix: null }],
    },
    {
      name: 'a registry with a port and no tag',
      path: 'Dockerfile',
      code: `FROM registry.internal:5000/base/jdk
`,
      findings: [{ line: 1, column: 6, endColumn: 37, severity: 'low', message: baseNoTag('registry.internal:5000/base/jdk'), fix: null }],
    },
    {
      name: 'Compose services',
      path: 'docker-compose.yml',
      code: `services:
  db:
    image: postgres
  cache:
    image: "redis:latest"
  api:
    image: ghcr.io/acme/api:1.4.2
`,
      findings: [
        { line: 3, column: 12, endColumn: 20, severity: 'medium', message: runNoTag('postgres'), fix: null },
        { line: 5, column: 13, endColumn: 25, severity: 'medium', message: runLatest('redis:latest'), fix: null },
      ],
    },
    {
      name: 'Kubernetes containers and init containers',
      path: 'k8s/deployment.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: acme/migrate:latest
      containers:
        - name: api
          image: acme/api
`,
      findings: [
        { line: 8, column: 18, endColumn: 37, severity: 'medium', message: runLatest('acme/migrate:latest'), fix: null },
        { line: 11, column: 18, endColumn: 26, severity: 'medium', message: runNoTag('acme/api'), fix: null },
      ],
    },
    {
      name: 'Helm values with the latest tag',
      path: 'charts/api/values.yaml',
      code: `image:
  repository: ghcr.io/acme/api
  tag: latest
`,
      findings: [{ line: 3, column: 8, endColumn: 14, severity: 'medium', message: runLatest('tag: latest'), fix: null }],
    },
    {
      name: 'GitHub Actions job container and service',
      path: '.github/workflows/test.yml',
      code: `jobs:
  test:
    runs-on: ubuntu-24.04
    container: node
    services:
      postgres:
        image: postgres:latest
`,
      findings: [
        { line: 4, column: 16, endColumn: 20, severity: 'medium', message: runNoTag('node'), fix: null },
        { line: 7, column: 16, endColumn: 31, severity: 'medium', message: runLatest('postgres:latest'), fix: null },
      ],
    },
    {
      name: 'GitLab CI default image and a job image name',
      path: '.gitlab-ci.yml',
      code: `image: ruby
test:
  image:
    name: alpine:latest
  script: bundle exec rspec
`,
      findings: [
        { line: 1, column: 8, endColumn: 12, severity: 'medium', message: runNoTag('ruby'), fix: null },
        { line: 4, column: 11, endColumn: 24, severity: 'medium', message: runLatest('alpine:latest'), fix: null },
      ],
    },
  ],
  valid: [
    {
      name: 'scratch, an earlier stage and a tagged image',
      path: 'Dockerfile',
      code: `FROM golang:1.23-alpine AS builder
RUN go build -o /app .
FROM builder AS test
FROM scratch
COPY --from=builder /app /app
`,
    },
    {
      name: 'a digest pins the image even without a tag',
      path: 'Dockerfile',
      code: `FROM node@sha256:0b2c3f4e5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c
FROM nginx:latest@sha256:0b2c3f4e5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c
`,
    },
    {
      name: 'an ARG whose default is pinned, and one without a default',
      path: 'Dockerfile',
      code: `ARG BASE=python:3.12-slim
ARG RUNTIME
FROM \${BASE}
FROM $RUNTIME
`,
    },
    {
      name: 'templated and variable images',
      path: 'docker-compose.yml',
      code: `services:
  api:
    image: \${REGISTRY}/api:\${TAG}
  web:
    image: "{{ web_image }}"
`,
    },
    {
      name: 'an image key that is not a container (a picture in a CMS file)',
      path: 'content/post.yaml',
      code: `title: Hello
image: banner.png
`,
    },
    {
      name: 'an image key in an unrelated YAML file',
      path: 'config/settings.yaml',
      code: `image: builder
`,
    },
    {
      name: 'tagged images everywhere',
      path: 'k8s/pod.yaml',
      code: `spec:
  containers:
    - name: api
      image: ghcr.io/acme/api:1.4.2
`,
    },
  ],
};

describeRule(table);
