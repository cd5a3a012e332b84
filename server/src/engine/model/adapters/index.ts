import type { CodeLanguage } from '../../contract';
import type { LanguageAdapter } from '../adapter';
import { csharpAdapter } from './csharp';
import { goAdapter } from './go';
import { javaAdapter } from './java';
import { javascriptAdapter } from './javascript';
import { phpAdapter } from './php';
import { pythonAdapter } from './python';
import { rubyAdapter } from './ruby';
import { shellAdapter } from './shell';

const ADAPTERS: Readonly<Record<CodeLanguage, LanguageAdapter>> = {
  javascript: javascriptAdapter('javascript'),
  typescript: javascriptAdapter('typescript'),
  tsx: javascriptAdapter('tsx'),
  python: pythonAdapter,
  java: javaAdapter,
  csharp: csharpAdapter,
  go: goAdapter,
  php: phpAdapter,
  ruby: rubyAdapter,
  shell: shellAdapter,
};

export function adapterFor(language: CodeLanguage): LanguageAdapter {
  return ADAPTERS[language];
}
