/**
 * Cases for dependencies/unpinned-version: wildcard, missing, open and ranged versions in every
 * manifest the rule reads, with and without a lockfile beside the manifest.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { unpinnedVersion } from './unpinned-version';

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1; Configuration Management Policy).";
const NPM = 'Pin an exact version, or commit package-lock.json (or yarn.lock, pnpm-lock.yaml).';
const PYTHON = 'Pin an exact version (==1.2.3), or commit a lockfile such as poetry.lock or uv.lock.';
const any = (name: string, version: string, hint: string): string =>
  `"${name}" asks for any version (${version}), and no lockfile records which one was tested, so every install takes whatever is newest, including a new major release or a compromised one. ${CONTROL} ${hint}`;
const anyLocked = (name: string, version: string): string =>
  `"${name}" asks for any version (${version}), so the next lockfile refresh takes whatever is newest, including a new major release or a compromised one, without review. ${CONTROL} Declare the version range you tested instead.`;
const missing = (name: string, hint: string): string =>
  `"${name}" names no version, and no lockfile records which one was tested, so every install takes whatever is newest, including a new major release or a compromised one. ${CONTROL} ${hint}`;
const open = (name: string, version: string, hint: string): string =>
  `"${name}" sets only a lower bound ("${version}"), and no lockfile records which version was tested, so every install takes the newest release, including new major versions. ${CONTROL} ${hint}`;
const range = (name: string, version: string, hint: string): string =>
  `"${name}" accepts a range of versions ("${version}"), and no lockfile records which one was tested, so two installs of the same commit can run different code. ${CONTROL} ${hint}`;

const LOCK = { path: 'package-lock.json', text: '{}' };

export const table: RuleTable = {
  rule: unpinnedVersion,
  invalid: [
    // package.json
    {
      name: 'wildcard, latest, empty and x without a lockfile',
      path: 'package.json',
      code: `{
  "dependencies": { "express": "*", "lodash": "latest", "left-pad": "", "chalk": "x" }
}
`,
      findings: [
        { line: 2, column: 33, endColumn: 34, confidence: 'high', message: any('express', '"*"', NPM), fix: null },
        { line: 2, column: 48, endColumn: 54, confidence: 'high', message: any('lodash', '"latest"', NPM), fix: null },
        { line: 2, column: 70, endColumn: 70, confidence: 'high', message: any('left-pad', 'an empty version', NPM), fix: null },
        { line: 2, column: 83, endColumn: 84, confidence: 'high', message: any('chalk', '"x"', NPM), fix: null },
      ],
    },
    {
      name: 'caret, tilde and open ranges without a lockfile are low confidence',
      path: 'web/package.json',
      code: `{
  "dependencies": { "react": "^18.2.0" },
  "devDependencies": { "mocha": "~10.2.0", "eslint": ">=8" }
}
`,
      findings: [
        { line: 2, column: 31, endColumn: 38, confidence: 'low', message: range('react', '^18.2.0', NPM), fix: null },
        { line: 3, column: 34, endColumn: 41, confidence: 'low', message: range('mocha', '~10.2.0', NPM), fix: null },
        { line: 3, column: 55, endColumn: 58, confidence: 'low', message: open('eslint', '>=8', NPM), fix: null },
      ],
    },
    {
      name: 'a private package with an entry point is an application: its ranges are reported',
      path: 'service/package.json',
      code: `{ "private": true, "main": "server.js", "dependencies": { "express": "^4.19.2" } }
`,
      findings: [{ line: 1, column: 71, endColumn: 78, confidence: 'low', message: range('express', '^4.19.2', NPM), fix: null }],
    },
    {
      name: 'a library still may not ask for any version',
      path: 'lib/package.json',
      code: `{ "main": "index.js", "dependencies": { "chalk": "*" } }
`,
      findings: [{ line: 1, column: 51, endColumn: 52, confidence: 'high', message: any('chalk', '"*"', NPM), fix: null }],
    },
    {
      name: 'a wildcard stays reported, at low confidence, with a lockfile',
      path: 'package.json',
      code: `{ "optionalDependencies": { "fsevents": "*" }, "dependencies": { "react": "^18.2.0" } }
`,
      project: [LOCK],
      findings: [{ line: 1, column: 42, endColumn: 43, confidence: 'low', message: anyLocked('fsevents', '"*"'), fix: null }],
    },
    {
      name: 'a Git dependency on a branch and an npm alias to a tag',
      path: 'package.json',
      code: `{ "dependencies": { "tool": "github:acme/tool", "old": "npm:lodash@next" } }
`,
      findings: [
        { line: 1, column: 30, endColumn: 46, confidence: 'high', message: any('tool', '"github:acme/tool"', NPM), fix: null },
        { line: 1, column: 57, endColumn: 72, confidence: 'high', message: any('old', '"npm:lodash@next"', NPM), fix: null },
      ],
    },
    // requirements files
    {
      name: 'no specifier, lower bound only and compatible release',
      path: 'requirements.txt',
      code: `flask
requests>=2.31 ; python_version > "3.8"
django~=4.2
numpy==1.26.4
`,
      findings: [
        { line: 1, column: 1, endColumn: 6, confidence: 'medium', message: missing('flask', PYTHON), fix: null },
        { line: 2, column: 9, endColumn: 15, confidence: 'low', message: open('requests', '>=2.31', PYTHON), fix: null },
        { line: 3, column: 7, endColumn: 12, confidence: 'low', message: range('django', '~=4.2', PYTHON), fix: null },
      ],
    },
    {
      name: 'extras and a wildcard equality',
      path: 'requirements-dev.txt',
      code: `uvicorn[standard]
pytest==8.*
`,
      findings: [
        { line: 1, column: 1, endColumn: 8, confidence: 'medium', message: missing('uvicorn', PYTHON), fix: null },
        { line: 2, column: 7, endColumn: 12, confidence: 'low', message: range('pytest', '==8.*', PYTHON), fix: null },
      ],
    },
    // pyproject.toml
    {
      name: 'PEP 621 dependencies without a version',
      path: 'pyproject.toml',
      code: `[project]
name = "service"
dependencies = [
  "httpx",
  "pydantic>=2",
  "rich==13.9.4",
]
[project.optional-dependencies]
docs = ["mkdocs"]
`,
      findings: [
        { line: 4, column: 4, endColumn: 9, confidence: 'medium', message: missing('httpx', PYTHON), fix: null },
        { line: 5, column: 4, endColumn: 15, confidence: 'low', message: open('pydantic', '>=2', PYTHON), fix: null },
        { line: 9, column: 10, endColumn: 16, confidence: 'medium', message: missing('mkdocs', PYTHON), fix: null },
      ],
    },
    {
      name: 'Poetry wildcard and caret without poetry.lock',
      path: 'pyproject.toml',
      code: `[tool.poetry.dependencies]
python = "^3.12"
requests = "*"
boto3 = { version = "^1.35", optional = true }

[tool.poetry.group.dev.dependencies]
pytest = "8.3.3"
`,
      findings: [
        { line: 3, column: 13, endColumn: 14, confidence: 'high', message: any('requests', '"*"', PYTHON), fix: null },
        { line: 4, column: 22, endColumn: 27, confidence: 'low', message: range('boto3', '^1.35', PYTHON), fix: null },
      ],
    },
    {
      name: 'Pipfile wildcard without Pipfile.lock',
      path: 'Pipfile',
      code: `[packages]
flask = "*"
gunicorn = "==23.0.0"
`,
      findings: [{ line: 2, column: 10, endColumn: 11, confidence: 'high', message: any('flask', '"*"', 'Pin an exact version, or commit Pipfile.lock.'), fix: null }],
    },
    // Maven
    {
      name: 'LATEST, RELEASE and an open range',
      path: 'pom.xml',
      code: `<project>
  <properties><jackson.version>RELEASE</jackson.version></properties>
  <dependencies>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>LATEST</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>\${jackson.version}</version></dependency>
    <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>[4.13,)</version></dependency>
  </dependencies>
</project>
`,
      findings: [
        { line: 4, column: 88, endColumn: 94, confidence: 'high', message: any('slf4j-api', '"LATEST"', 'Pin an exact version.'), fix: null },
        { line: 5, column: 112, endColumn: 130, confidence: 'high', message: any('jackson-databind', '"RELEASE"', 'Pin an exact version.'), fix: null },
        { line: 6, column: 80, endColumn: 87, confidence: 'low', message: open('junit', '[4.13,)', 'Pin an exact version.'), fix: null },
      ],
    },
    // Gradle
    {
      name: 'dynamic versions in Groovy and Kotlin notation',
      path: 'build.gradle',
      code: `dependencies {
    implementation 'org.apache.commons:commons-lang3:+'
    implementation("com.squareup.okhttp3:okhttp:latest.release")
    testImplementation 'org.junit.jupiter:junit-jupiter:5.+'
}
`,
      findings: [
        {
          line: 2, column: 54, endColumn: 55, confidence: 'high',
          message: any('org.apache.commons:commons-lang3', '"+"', 'Pin an exact version, or enable dependency locking and commit gradle.lockfile.'), fix: null,
        },
        {
          line: 3, column: 49, endColumn: 63, confidence: 'high',
          message: any('com.squareup.okhttp3:okhttp', '"latest.release"', 'Pin an exact version, or enable dependency locking and commit gradle.lockfile.'), fix: null,
        },
        {
          line: 4, column: 57, endColumn: 60, confidence: 'low',
          message: range('org.junit.jupiter:junit-jupiter', '5.+', 'Pin an exact version, or enable dependency locking and commit gradle.lockfile.'), fix: null,
        },
      ],
    },
    // Gemfile
    {
      name: 'gems without a version and with an open requirement, no Gemfile.lock',
      path: 'Gemfile',
      code: `source 'https://rubygems.org'
gem 'rails'
gem 'pg', '>= 1.1'
gem 'puma', '~> 6.4'
gem 'bootsnap', '1.18.4', require: false
`,
      findings: [
        { line: 2, column: 6, endColumn: 11, confidence: 'medium', message: missing('rails', 'Pin an exact version, or commit Gemfile.lock.'), fix: null },
        { line: 3, column: 12, endColumn: 18, confidence: 'low', message: open('pg', '>= 1.1', 'Pin an exact version, or commit Gemfile.lock.'), fix: null },
        { line: 4, column: 14, endColumn: 20, confidence: 'low', message: range('puma', '~> 6.4', 'Pin an exact version, or commit Gemfile.lock.'), fix: null },
      ],
    },
    // Composer
    {
      name: 'wildcard and branch constraints',
      path: 'composer.json',
      code: `{
  "require": { "php": ">=8.2", "monolog/monolog": "*", "acme/sdk": "dev-master", "guzzlehttp/guzzle": "7.9.2" }
}
`,
      findings: [
        { line: 2, column: 52, endColumn: 53, confidence: 'high', message: any('monolog/monolog', '"*"', 'Pin an exact version, or commit composer.lock.'), fix: null },
        { line: 2, column: 69, endColumn: 79, confidence: 'high', message: any('acme/sdk', '"dev-master"', 'Pin an exact version, or commit composer.lock.'), fix: null },
      ],
    },
    // NuGet
    {
      name: 'floating PackageReference versions',
      path: 'src/Api/Api.csproj',
      code: `<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="Serilog" Version="*" />
    <PackageReference Include="Dapper" Version="2.*" />
    <PackageReference Include="Polly"><Version>[8.0,)</Version></PackageReference>
  </ItemGroup>
</Project>
`,
      findings: [
        {
          line: 3, column: 50, endColumn: 51, confidence: 'high',
          message: any('Serilog', '"*"', 'Pin an exact version, or enable RestorePackagesWithLockFile and commit packages.lock.json.'), fix: null,
        },
        {
          line: 4, column: 49, endColumn: 52, confidence: 'low',
          message: range('Dapper', '2.*', 'Pin an exact version, or enable RestorePackagesWithLockFile and commit packages.lock.json.'), fix: null,
        },
        {
          line: 5, column: 48, endColumn: 54, confidence: 'low',
          message: open('Polly', '[8.0,)', 'Pin an exact version, or enable RestorePackagesWithLockFile and commit packages.lock.json.'), fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'exact npm versions',
      path: 'package.json',
      code: `{ "dependencies": { "express": "4.21.2", "react": "=18.3.1", "left": "v1.3.0", "x": "1.0.0-rc.1" } }
`,
    },
    {
      name: 'ranges with package-lock.json beside the manifest',
      path: 'package.json',
      code: `{ "dependencies": { "react": "^18.2.0", "eslint": ">=8" } }
`,
      project: [LOCK],
    },
    {
      name: 'ranges in a workspace package with the lockfile at the root',
      path: 'packages/ui/package.json',
      code: `{ "dependencies": { "react": "^18.2.0" } }
`,
      project: [{ path: 'yarn.lock', text: '' }],
    },
    {
      name: 'a published library declares ranges: npm never ships its lockfile, the installing application pins them',
      path: 'packages/parser/package.json',
      code: `{
  "name": "@acme/parser",
  "main": "dist/index.js",
  "dependencies": { "yaml": "^2.4.0", "picomatch": ">=2" }
}
`,
    },
    {
      name: 'peer ranges are how plugins declare compatibility',
      path: 'package.json',
      code: `{ "peerDependencies": { "react": "*", "eslint": ">=8" } }
`,
    },
    {
      name: 'local, workspace, tarball and commit-pinned Git references',
      path: 'package.json',
      code: `{ "dependencies": { "a": "file:../a", "b": "workspace:*", "c": "https://host/c-1.0.0.tgz", "d": "github:acme/d#3f2c1b0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", "e": "git+https://g/e.git#v1.2.3" } }
`,
    },
    {
      name: 'scripts and engines are not dependencies',
      path: 'package.json',
      code: `{ "version": "*", "engines": { "node": ">=20" }, "scripts": { "test": "mocha" } }
`,
    },
    {
      name: 'a package.json-like file with another name',
      path: 'fixtures/data.json',
      code: `{ "dependencies": { "express": "*" } }
`,
    },
    {
      name: 'pinned requirements, options, URLs and direct references',
      path: 'requirements.txt',
      code: `--index-url https://pypi.org/simple
requests==2.32.3
-e ./libs/shared
https://files.example/pkg-1.0.whl
pkg @ https://files.example/pkg-2.0.zip
`,
    },
    {
      name: 'a requirements file constrained by another file takes its versions there',
      path: 'requirements.txt',
      code: `-c constraints.txt
flask
`,
    },
    {
      name: 'hash-checked requirements',
      path: 'requirements.txt',
      code: `flask --hash=sha256:4d3e4c4b1f2a
`,
    },
    {
      name: 'Poetry ranges with poetry.lock',
      path: 'pyproject.toml',
      code: `[tool.poetry.dependencies]
python = "^3.12"
requests = "^2.32"
`,
      project: [{ path: 'poetry.lock', text: '' }],
    },
    {
      name: 'PEP 621 with uv.lock and a Git source',
      path: 'pyproject.toml',
      code: `[project]
dependencies = ["httpx", "pydantic>=2"]
[tool.poetry.dependencies]
lib = { git = "https://github.com/acme/lib.git", branch = "main" }
`,
      project: [{ path: 'uv.lock', text: '' }],
    },
    {
      name: 'pipenv writes "*" and pins in Pipfile.lock',
      path: 'Pipfile',
      code: `[packages]
flask = "*"
`,
      project: [{ path: 'Pipfile.lock', text: '{}' }],
    },
    {
      name: 'a Maven version missing because a parent or BOM manages it',
      path: 'pom.xml',
      code: `<project>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version></dependency>
    <dependency><groupId>x</groupId><artifactId>y</artifactId><version>\${undefined.version}</version></dependency>
  </dependencies>
</project>
`,
    },
    {
      name: 'the project version itself is not a dependency',
      path: 'pom.xml',
      code: `<project><version>LATEST</version></project>
`,
    },
    {
      name: 'exact Gradle versions and a version variable',
      path: 'build.gradle.kts',
      code: `dependencies {
    implementation("com.google.guava:guava:33.3.1-jre")
    implementation("org.slf4j:slf4j-api:\${slf4jVersion}")
}
`,
    },
    {
      name: 'Gradle ranges with gradle.lockfile',
      path: 'build.gradle',
      code: `dependencies {
    implementation 'org.junit.jupiter:junit-jupiter:5.+'
}
`,
      project: [{ path: 'gradle.lockfile', text: '' }],
    },
    {
      name: 'gems without a version when Gemfile.lock is committed',
      path: 'Gemfile',
      code: `gem 'rails'
gem 'puma', '~> 6.4'
`,
      project: [{ path: 'Gemfile.lock', text: '' }],
    },
    {
      name: 'gems from a path or Git, and an exact gem',
      path: 'Gemfile',
      code: `gem 'engine', path: 'engines/engine'
gem 'tool', git: 'https://github.com/acme/tool.git'
gem 'nokogiri', '= 1.16.7'
`,
    },
    {
      name: 'gem calls outside a Gemfile',
      path: 'lib/installer.rb',
      code: `gem 'rails'
`,
    },
    {
      name: 'Composer ranges with composer.lock, and platform packages',
      path: 'composer.json',
      code: `{ "require": { "php": "*", "ext-json": "*", "laravel/framework": "^11.0" } }
`,
      project: [{ path: 'composer.lock', text: '{}' }],
    },
    {
      name: 'exact NuGet versions',
      path: 'App.csproj',
      code: `<Project><ItemGroup><PackageReference Include="Serilog" Version="4.1.0" /></ItemGroup></Project>
`,
    },
    {
      name: 'NuGet floating versions with packages.lock.json',
      path: 'App.csproj',
      code: `<Project><ItemGroup><PackageReference Include="Dapper" Version="2.*" /></ItemGroup></Project>
`,
      project: [{ path: 'packages.lock.json', text: '{}' }],
    },
  ],
};

describeRule(table);
