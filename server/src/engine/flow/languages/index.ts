/** The data-flow syntax of each tree-sitter language; shell scripts have none. */
import type { CodeLanguage } from '../../contract';
import type { FlowSyntax } from '../syntax';
import { csharpFlow } from './csharp';
import { goFlow } from './go';
import { javaFlow } from './java';
import { javascriptFlow } from './javascript';
import { phpFlow } from './php';
import { pythonFlow } from './python';
import { rubyFlow } from './ruby';

const SYNTAX: Readonly<Partial<Record<CodeLanguage, FlowSyntax>>> = {
  javascript: javascriptFlow,
  typescript: javascriptFlow,
  tsx: javascriptFlow,
  python: pythonFlow,
  java: javaFlow,
  csharp: csharpFlow,
  go: goFlow,
  php: phpFlow,
  ruby: rubyFlow,
};

export function flowSyntaxFor(language: CodeLanguage): FlowSyntax | undefined {
  return SYNTAX[language];
}
