/**
 * access/container-root: the final Dockerfile stage running as root (explicitly or by never setting
 * USER), and Compose services with a root user; with the look-alikes that must stay silent
 * (builder stages, non-root base images, stages inheriting a non-root USER, USER from a build
 * argument, Kubernetes manifests).
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { containerRoot } from './container-root';

const CONTROL =
  "MoJ expects least privilege: privileged accounts only for administrative tasks (Access Control guide; Technical Controls Policy: Privilege Management).";
const CONSEQUENCE =
  "an attacker who compromises the process gets root inside the container, one step from the host through any kernel or runtime flaw";

export const table: RuleTable = {
  rule: containerRoot,
  invalid: [
    {
      name: "multi-stage build whose final stage never sets USER",
      path: "Dockerfile",
      code: "FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM debian:12-slim\nCOPY --from=build /app /app\nCMD [\"/app\"]\n",
      findings: [
        {
          line: 4, column: 1, endColumn: 20, severity: 'medium', confidence: 'medium', // "FROM debian:12-slim"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM debian:12-slim\nCOPY --from=build /app /app\nUSER 10001\nCMD [\"/app\"]\n" },
        },
      ],
    },
    {
      name: "switches back to root after a non-root USER",
      path: "Dockerfile",
      code: "FROM node:22\nUSER node\nRUN npm ci\nUSER root\n",
      findings: [
        {
          line: 4, column: 1, endColumn: 10, severity: 'medium', confidence: 'high', // "USER root"
          message: `The image's last USER is root, so ${CONSEQUENCE}. ${CONTROL} Switch to a non-root user (USER 10001) after the steps that need root.`,
          fix: { title: "Run as UID 10001 instead of root", output: "FROM node:22\nUSER node\nRUN npm ci\nUSER 10001\n" },
        },
      ],
    },
    {
      name: "USER 0:0 is root by UID",
      path: "build/api.Dockerfile",
      code: "FROM node:22\nUSER 0:0\nCMD [\"node\", \"server.js\"]\n",
      findings: [
        {
          line: 2, column: 1, endColumn: 9, severity: 'medium', confidence: 'high', // "USER 0:0"
          message: `The image's last USER is root, so ${CONSEQUENCE}. ${CONTROL} Switch to a non-root user (USER 10001) after the steps that need root.`,
          fix: { title: "Run as UID 10001 instead of root", output: "FROM node:22\nUSER 10001\nCMD [\"node\", \"server.js\"]\n" },
        },
      ],
    },
    {
      name: "root:root with a lower-case instruction",
      path: "Containerfile",
      code: "FROM alpine:3.20\nuser root:root\nENTRYPOINT [\"/bin/sh\"]\n",
      findings: [
        {
          line: 2, column: 1, endColumn: 15, severity: 'medium', confidence: 'high', // "user root:root"
          message: `The image's last USER is root, so ${CONSEQUENCE}. ${CONTROL} Switch to a non-root user (USER 10001) after the steps that need root.`,
          fix: { title: "Run as UID 10001 instead of root", output: "FROM alpine:3.20\nuser 10001\nENTRYPOINT [\"/bin/sh\"]\n" },
        },
      ],
    },
    {
      name: "no USER and no CMD: the fix appends USER",
      path: "Dockerfile",
      code: "FROM python:3.12-slim\nRUN pip install flask\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 22, severity: 'medium', confidence: 'medium', // "FROM python:3.12-slim"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM python:3.12-slim\nRUN pip install flask\nUSER 10001\n" },
        },
      ],
    },
    {
      name: "scratch image with a static binary: low confidence",
      path: "Dockerfile",
      code: "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 13, severity: 'medium', confidence: 'low', // "FROM scratch"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM scratch\nCOPY app /app\nUSER 10001\nENTRYPOINT [\"/app\"]\n" },
        },
      ],
    },
    {
      name: "base image from a build argument: low confidence",
      path: "Dockerfile",
      code: "ARG BASE=alpine\nFROM ${BASE}\nRUN true\n",
      findings: [
        {
          line: 2, column: 1, endColumn: 13, severity: 'medium', confidence: 'low', // "FROM ${BASE}"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "ARG BASE=alpine\nFROM ${BASE}\nRUN true\nUSER 10001\n" },
        },
      ],
    },
    {
      name: "dev container: low confidence",
      path: ".devcontainer/Dockerfile",
      code: "FROM mcr.microsoft.com/devcontainers/base:ubuntu\nRUN apt-get update\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 49, severity: 'medium', confidence: 'low', // "FROM mcr.microsoft.com/devcontainers/base:ubuntu"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM mcr.microsoft.com/devcontainers/base:ubuntu\nRUN apt-get update\nUSER 10001\n" },
        },
      ],
    },
    {
      name: "final stage built from a builder stage that ran as root",
      path: "Dockerfile",
      code: "FROM ubuntu:24.04 AS base\nRUN apt-get update\nFROM base\nCMD [\"bash\"]\n",
      findings: [
        {
          line: 3, column: 1, endColumn: 10, severity: 'medium', confidence: 'medium', // "FROM base"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM ubuntu:24.04 AS base\nRUN apt-get update\nFROM base\nUSER 10001\nCMD [\"bash\"]\n" },
        },
      ],
    },
    {
      name: "Compose services running as root, quoted and unquoted",
      path: "docker-compose.yml",
      code: "services:\n  api:\n    image: registry.example/api:1.4\n    user: root\n  worker:\n    image: registry.example/worker:1.4\n    user: \"0:0\"\n",
      findings: [
        {
          line: 4, column: 11, endColumn: 15, severity: 'medium', confidence: 'high', // "root"
          message: `Compose service api runs as root (user: root), so ${CONSEQUENCE}. ${CONTROL} Set user to a non-root UID such as "10001".`,
          fix: { title: "Run as UID 10001 instead of root", output: "services:\n  api:\n    image: registry.example/api:1.4\n    user: \"10001\"\n  worker:\n    image: registry.example/worker:1.4\n    user: \"0:0\"\n" },
        },
        {
          line: 7, column: 12, endColumn: 15, severity: 'medium', confidence: 'high', // "0:0"
          message: `Compose service worker runs as root (user: 0:0), so ${CONSEQUENCE}. ${CONTROL} Set user to a non-root UID such as "10001".`,
          fix: { title: "Run as UID 10001 instead of root", output: "services:\n  api:\n    image: registry.example/api:1.4\n    user: root\n  worker:\n    image: registry.example/worker:1.4\n    user: \"10001\"\n" },
        },
      ],
    },
    {
      name: "entrypoint drops privileges with gosu: low confidence",
      path: "Dockerfile",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y gosu\nENTRYPOINT [\"docker-entrypoint.sh\"]\n",
      findings: [
        {
          line: 1, column: 1, endColumn: 15, severity: 'medium', confidence: 'low', // "FROM debian:12"
          message: `The final stage never sets USER, so the container runs as the base image's default user, which is root for most images: ${CONSEQUENCE}. ${CONTROL} Add a non-root user and switch to it with USER before CMD/ENTRYPOINT.`,
          fix: { title: "Run as UID 10001", output: "FROM debian:12\nRUN apt-get update && apt-get install -y gosu\nUSER 10001\nENTRYPOINT [\"docker-entrypoint.sh\"]\n" },
        },
      ],
    },
  ],
  valid: [
    {
      name: "final stage switches to a non-root user",
      path: "Dockerfile",
      code: "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\nUSER node\nCMD [\"node\", \"/app/server.js\"]\n",
    },
    {
      name: "root only in a builder stage",
      path: "Dockerfile",
      code: "FROM golang:1.22 AS build\nUSER root\nRUN make\nFROM alpine:3.20\nUSER 10001:10001\nCOPY --from=build /app /app\n",
    },
    {
      name: "root for install steps, then a non-root user",
      path: "Dockerfile",
      code: "FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1000\n",
    },
    {
      name: "distroless nonroot image",
      path: "Dockerfile",
      code: "FROM golang:1.22 AS build\nRUN make\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n",
    },
    {
      name: "Chainguard image runs as non-root by default",
      path: "Dockerfile",
      code: "FROM cgr.dev/chainguard/python:latest\nCOPY app.py /app.py\n",
    },
    {
      name: "nginx unprivileged image",
      path: "Dockerfile",
      code: "FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site /usr/share/nginx/html\n",
    },
    {
      name: ".NET chiseled image",
      path: "Dockerfile",
      code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nCOPY out /app\n",
    },
    {
      name: "final stage inherits a non-root USER from an earlier stage",
      path: "Dockerfile",
      code: "FROM python:3.12 AS base\nRUN useradd app\nUSER app\nFROM base AS final\nCMD [\"python\"]\n",
    },
    {
      name: "USER from a build argument cannot be judged",
      path: "Dockerfile",
      code: "FROM alpine\nARG APP_USER=app\nUSER ${APP_USER}\n",
    },
    {
      name: "root in a comment",
      path: "Dockerfile",
      code: "FROM alpine\n# USER root\nUSER app\n",
    },
    {
      name: "Compose service with a non-root user",
      path: "compose.yaml",
      code: "services:\n  api:\n    user: \"1000:1000\"\n",
    },
    {
      name: "Kubernetes manifests belong to access/kubernetes-privilege",
      path: "k8s/pod.yaml",
      code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx\nservices:\n  user: root\n",
    },
    {
      name: "a user key outside Compose services",
      path: "config.yml",
      code: "database:\n  user: root\n",
    },
  ],
};

describeRule(table);
