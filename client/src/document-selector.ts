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
];

/** File kinds by name, whatever language id an extension gives them. */
const FILE_PATTERNS: readonly string[] = [
  '**/{Dockerfile,Containerfile,Dockerfile.*,*.dockerfile}',
  '**/*.{tf,hcl,properties,ini,cfg,conf,config,csproj,gradle,gradle.kts,env}',
  '**/{.npmrc,.yarnrc,.env,.env.*,.htaccess,.gitconfig,sshd_config,kubeconfig,Gemfile,Rakefile,Vagrantfile}',
  '**/{requirements*.txt,constraints.txt}',
];

export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGE_IDS.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];
