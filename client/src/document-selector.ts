/**
 * The documents the server analyses (CONTRACTS §6): languages VS Code knows by id, and the
 * file kinds it has no language id for, by name.
 */
import type { DocumentSelector } from 'vscode-languageclient';

const LANGUAGE_IDS: readonly string[] = [
  'javascript',
  'javascriptreact',
  'typescript',
  'typescriptreact',
  'python',
  'java',
  'csharp',
  'go',
  'php',
  'ruby',
  'shellscript',
  'yaml',
  'json',
  'xml',
  'dockerfile',
  'terraform',
  'properties',
  'ini',
  // Templates (CONTRACTS §6), by the ids their usual extensions give them.
  'vue',
  'erb',
  'razor',
  'aspnetcorerazor',
  'blade',
  'jinja-html',
  'django-html',
];

/** File kinds by name, whatever language id an extension gives them. */
const FILE_PATTERNS: readonly string[] = [
  '**/{Dockerfile,Containerfile,Dockerfile.*,*.dockerfile}',
  '**/*.{tf,hcl,properties,ini,cfg,conf,config,csproj,gradle,gradle.kts,env}',
  '**/{.npmrc,.yarnrc,.env,.env.*,.htaccess,.gitconfig,sshd_config,kubeconfig,Gemfile,Rakefile,Vagrantfile}',
  '**/{requirements*.txt,constraints.txt}',
  '**/{*.toml,Pipfile,poetry.lock,uv.lock,.nvmrc,.node-version,.python-version,.ruby-version,.go-version,.java-version,.tool-versions}',
  '**/{yarn.lock,Gemfile.lock,gems.locked,go.sum,go.mod,gradle.lockfile,Pipfile.lock,composer.lock}',
  '**/*.{vue,erb,ejs,cshtml,jinja,jinja2,j2,djhtml,njk}',
  '**/templates/**/*.{html,htm}',
];

export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGE_IDS.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];
