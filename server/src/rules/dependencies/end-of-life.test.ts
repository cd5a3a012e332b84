/**
 * Cases for dependencies/end-of-life, judged on TEST_TODAY (2026-11-27) against the bundled
 * table: images, version files, manifests and setup actions; past, long past and soon-ending
 * support; minimum-version declarations; and an eolData override.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { endOfLife } from './end-of-life';

const MINIMUM =
  'MoJ treats missing or expired vendor support as a vulnerability and expects unsupported software to be upgraded or removed (Vulnerability Scanning and Patch Management: Minimum software requirements).';
const AHEAD =
  "MoJ's scanning guide asks for vendor-support expiry within one year to be flagged, so the upgrade can be planned (Vulnerability Scanning: Scanning requirements).";
const ended = (name: string, when: string, target: string): string =>
  `${name} reached end of life ${when}, so it no longer gets security fixes. ${MINIMUM} Move to a supported release such as ${target}.`;
const ending = (name: string, date: string, target: string): string =>
  `${name} reaches end of life on ${date}. ${AHEAD} Plan the move to a supported release such as ${target}.`;
const minimum = (name: string, when: string, target: string): string =>
  `This still declares support for ${name}, which reached end of life ${when} and gets no security fixes, so builds and users may run on it. ${MINIMUM} Raise the minimum to a supported release such as ${target}.`;

export const table: RuleTable = {
  rule: endOfLife,
  invalid: [
    {
      name: 'a runtime and the Alpine release its tag names, both long past end of life',
      path: 'Dockerfile',
      code: `FROM node:16-alpine3.15 AS build
FROM python:3.10-slim-bookworm
`,
      findings: [
        { line: 1, column: 6, endColumn: 24, severity: 'high', confidence: 'high', message: ended('Node.js 16', 'on 2023-09-11', 'Node.js 26'), fix: null },
        { line: 1, column: 6, endColumn: 24, severity: 'high', confidence: 'high', message: ended('Alpine Linux 3.15', 'on 2023-11-01', 'Alpine Linux 3.23'), fix: null },
        { line: 2, column: 6, endColumn: 31, severity: 'medium', confidence: 'high', message: ended('Python 3.10', 'on 2026-10-31', 'Python 3.14'), fix: null },
      ],
    },
    {
      name: 'distributions, .NET, Go, PHP, Ruby and Java images',
      path: 'images/Dockerfile',
      code: `FROM debian:buster-slim
FROM ubuntu:22.04
FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS runtime
FROM golang:1.20
FROM php:7.4-fpm
FROM ruby:2.7
FROM eclipse-temurin:11-jre
FROM node:hydrogen
`,
      findings: [
        { line: 1, column: 6, endColumn: 24, severity: 'high', message: ended('Debian 10', 'on 2024-06-30', 'Debian 13'), fix: null },
        { line: 2, column: 6, endColumn: 18, severity: 'low', message: ending('Ubuntu 22.04', '2027-06-01', 'Ubuntu 24.04'), fix: null },
        { line: 3, column: 6, endColumn: 41, severity: 'medium', message: ended('.NET 8.0', 'on 2026-11-10', '.NET 10.0'), fix: null },
        { line: 4, column: 6, endColumn: 17, severity: 'high', message: ended('Go 1.20', 'on 2024-02-06', 'Go 1.26'), fix: null },
        { line: 5, column: 6, endColumn: 17, severity: 'high', message: ended('PHP 7.4', 'on 2022-11-28', 'PHP 8.4'), fix: null },
        { line: 6, column: 6, endColumn: 14, severity: 'high', message: ended('Ruby 2.7', 'on 2023-03-31', 'Ruby 3.4'), fix: null },
        { line: 7, column: 6, endColumn: 28, severity: 'low', message: ending('Java 11', '2027-10-31', 'Java 25'), fix: null },
        { line: 8, column: 6, endColumn: 19, severity: 'medium', message: ended('Node.js 18', 'on 2025-04-30', 'Node.js 26'), fix: null },
      ],
    },
    {
      name: 'a version older than every line in the table',
      path: 'Dockerfile',
      code: `FROM node:6
`,
      findings: [{ line: 1, column: 6, endColumn: 12, severity: 'high', message: ended('Node.js 6', 'before 2019-12-31', 'Node.js 26'), fix: null }],
    },
    {
      name: 'Compose and Kubernetes images',
      path: 'deploy/docker-compose.yml',
      code: `services:
  api:
    image: node:20-bookworm
`,
      findings: [{ line: 3, column: 12, endColumn: 28, severity: 'medium', message: ended('Node.js 20', 'on 2026-04-30', 'Node.js 26'), fix: null }],
    },
    {
      name: '.nvmrc',
      path: '.nvmrc',
      code: `v16.20.2
`,
      findings: [{ line: 1, column: 1, endColumn: 9, severity: 'high', message: ended('Node.js 16', 'on 2023-09-11', 'Node.js 26'), fix: null }],
    },
    {
      name: '.python-version ending within a year',
      path: 'service/.python-version',
      code: `3.11.9
`,
      findings: [{ line: 1, column: 1, endColumn: 7, severity: 'low', message: ending('Python 3.11', '2027-10-31', 'Python 3.14'), fix: null }],
    },
    {
      name: '.ruby-version with the ruby- prefix',
      path: '.ruby-version',
      code: `ruby-3.1.2
`,
      findings: [{ line: 1, column: 6, endColumn: 11, severity: 'medium', message: ended('Ruby 3.1', 'on 2025-03-26', 'Ruby 3.4'), fix: null }],
    },
    {
      name: '.tool-versions',
      path: '.tool-versions',
      code: `nodejs 18.19.0
python 3.13.1
`,
      findings: [{ line: 1, column: 8, endColumn: 15, severity: 'medium', message: ended('Node.js 18', 'on 2025-04-30', 'Node.js 26'), fix: null }],
    },
    {
      name: 'package.json engines: a pinned line and a minimum',
      path: 'package.json',
      code: `{ "engines": { "node": "16.x", "npm": ">=8" } }
`,
      findings: [{ line: 1, column: 25, endColumn: 27, severity: 'high', message: ended('Node.js 16', 'on 2023-09-11', 'Node.js 26'), fix: null }],
    },
    {
      name: 'a minimum past end of life is low confidence',
      path: 'lib/package.json',
      code: `{ "engines": { "node": ">=14" } }
`,
      findings: [{ line: 1, column: 27, endColumn: 29, severity: 'low', confidence: 'low', message: minimum('Node.js 14', 'on 2023-04-30', 'Node.js 26'), fix: null }],
    },
    {
      name: 'pyproject requires-python',
      path: 'pyproject.toml',
      code: `[project]
requires-python = ">=3.8"
`,
      findings: [{ line: 2, column: 22, endColumn: 25, severity: 'low', confidence: 'low', message: minimum('Python 3.8', 'on 2024-10-07', 'Python 3.14'), fix: null }],
    },
    {
      name: '.NET target frameworks',
      path: 'src/Api/Api.csproj',
      code: `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFrameworks>net6.0;net10.0</TargetFrameworks>
  </PropertyGroup>
</Project>
`,
      findings: [{ line: 3, column: 23, endColumn: 29, severity: 'high', message: ended('.NET 6.0', 'on 2024-11-12', '.NET 10.0'), fix: null }],
    },
    {
      name: 'Gemfile ruby version',
      path: 'Gemfile',
      code: `source 'https://rubygems.org'
ruby '2.7.0'
`,
      findings: [{ line: 2, column: 7, endColumn: 12, severity: 'high', message: ended('Ruby 2.7', 'on 2023-03-31', 'Ruby 3.4'), fix: null }],
    },
    {
      name: 'Gemfile pessimistic ruby requirement is a minimum',
      path: 'Gemfile',
      code: `ruby '~> 3.1'
`,
      findings: [{ line: 1, column: 10, endColumn: 13, severity: 'low', confidence: 'low', message: minimum('Ruby 3.1', 'on 2025-03-26', 'Ruby 3.4'), fix: null }],
    },
    {
      name: 'composer.json PHP requirement',
      path: 'composer.json',
      code: `{ "require": { "php": "^7.4|^8.0" } }
`,
      findings: [{ line: 1, column: 25, endColumn: 28, severity: 'low', confidence: 'low', message: minimum('PHP 7.4', 'on 2022-11-28', 'PHP 8.4'), fix: null }],
    },
    {
      name: 'pom.xml Java version',
      path: 'pom.xml',
      code: `<project>
  <properties><java.version>16</java.version></properties>
</project>
`,
      findings: [{ line: 2, column: 29, endColumn: 31, severity: 'low', confidence: 'low', message: minimum('Java 16', 'on 2021-09-14', 'Java 25'), fix: null }],
    },
    {
      name: 'go.mod go directive (a minimum) and toolchain',
      path: 'go.mod',
      code: `module example.org/app

go 1.20

toolchain go1.22.4
`,
      findings: [
        { line: 3, column: 4, endColumn: 8, severity: 'low', confidence: 'low', message: minimum('Go 1.20', 'on 2024-02-06', 'Go 1.26'), fix: null },
        { line: 5, column: 13, endColumn: 19, severity: 'medium', message: ended('Go 1.22', 'on 2025-02-11', 'Go 1.26'), fix: null },
      ],
    },
    {
      name: 'GitHub Actions setup-node and setup-python',
      path: '.github/workflows/ci.yml',
      code: `jobs:
  test:
    steps:
      - uses: actions/setup-node@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          node-version: 16
      - uses: actions/setup-python@v5
        with:
          python-version: '3.9'
`,
      findings: [
        { line: 6, column: 25, endColumn: 27, severity: 'high', message: ended('Node.js 16', 'on 2023-09-11', 'Node.js 26'), fix: null },
        { line: 9, column: 28, endColumn: 31, severity: 'medium', message: ended('Python 3.9', 'on 2025-10-31', 'Python 3.14'), fix: null },
      ],
    },
    {
      name: 'an eolData override moves a date',
      path: 'Dockerfile',
      code: `FROM node:24
`,
      eolData: { products: { node: [{ cycle: '24', eol: '2026-01-01' }] } },
      findings: [{ line: 1, column: 6, endColumn: 13, severity: 'medium', message: ended('Node.js 24', 'on 2026-01-01', 'Node.js 26'), fix: null }],
    },
  ],
  valid: [
    {
      name: 'a published library states the oldest Node.js it supports, not one anything runs on',
      path: 'package.json',
      code: `{ "name": "@acme/glob", "main": "index.js", "engines": { "node": ">=12" } }
`,
    },
    {
      name: 'supported images',
      path: 'Dockerfile',
      code: `FROM node:24-bookworm-slim
FROM python:3.13-slim-trixie
FROM ubuntu:noble
FROM mcr.microsoft.com/dotnet/sdk:10.0
FROM eclipse-temurin:21-jdk
`,
    },
    {
      name: 'tags that name no release line, and namespaced images',
      path: 'Dockerfile',
      code: `FROM node:lts
FROM python:3
FROM bitnami/node:16
FROM acme/python:3.6
FROM node
`,
    },
    {
      name: 'an eolData override that extends support',
      path: 'Dockerfile',
      code: `FROM node:20
`,
      eolData: { products: { node: [{ cycle: '20', eol: '2028-04-30' }] } },
    },
    {
      name: 'a version file asking for the current LTS',
      path: '.nvmrc',
      code: `lts/*
`,
    },
    {
      name: 'a minimum that is still supported',
      path: 'package.json',
      code: `{ "engines": { "node": ">=22" } }
`,
    },
    {
      name: '.NET Framework and .NET Standard are not .NET releases',
      path: 'Legacy.csproj',
      code: `<Project><PropertyGroup><TargetFrameworks>net48;netstandard2.0</TargetFrameworks></PropertyGroup></Project>
`,
    },
    {
      name: 'a test matrix over old runtimes, and an expression',
      path: '.github/workflows/test.yml',
      code: `jobs:
  test:
    strategy:
      matrix:
        node: [16, 18, 20]
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
`,
    },
    {
      name: 'a go.mod on a supported Go',
      path: 'go.mod',
      code: `module example.org/app

go 1.26 // the toolchain is newer

require golang.org/x/net v0.30.0
`,
    },
    {
      name: 'a Java compile target that is supported',
      path: 'pom.xml',
      code: `<project><properties><maven.compiler.release>17</maven.compiler.release></properties></project>
`,
    },
    {
      name: 'an engines field outside package.json',
      path: 'fixtures/old.json',
      code: `{ "engines": { "node": "16" } }
`,
    },
  ],
};

describeRule(table);
