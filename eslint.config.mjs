// Lint for this repository. Besides style, it enforces the architecture's one-way dependencies
// (ARCHITECTURE.md, invariant 1): faces → rules → engine → policy.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const EDITOR_APIS = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-languageclient', 'vscode-languageclient/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e/**', 'e2e/node_modules/**', '.bench/**', '.vscode-test/**', 'samples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'bench/*.mjs', 'test/support/*.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', fetch: 'readonly' },
    },
  },
  {
    // CommonJS preloads and reporters are loaded by `node --require` and mocha, so they use require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: EDITOR_APIS.map((name) => ({ name, message: 'The engine is pure: no editor or LSP imports.' })),
        patterns: [
          { group: ['**/rules', '**/rules/**'], message: 'The engine takes rules as an argument; it never imports them.' },
          { group: ['**/cli/**', '**/lsp/**'], message: 'The engine never imports the faces.' },
        ],
      }],
    },
  },
  {
    files: ['server/src/rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: EDITOR_APIS.map((name) => ({ name, message: 'Rules import only the engine contract.' })),
        patterns: [
          { group: ['**/engine/**', '!**/engine/contract'], message: 'Rules import only the engine contract (server/src/engine/contract.ts).' },
          { group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'net', 'http', 'https'], message: 'Rules do no I/O.' },
          { group: ['**/cli/**', '**/lsp/**', '**/policy/**'], message: 'Rules import only the engine contract.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: 'Literal[regex]', message: 'Build regular expressions with safeRegex() so the ReDoS harness checks them.' },
        { selector: "NewExpression[callee.name='RegExp']", message: 'Build regular expressions with safeRegex() so the ReDoS harness checks them.' },
      ],
    },
  },
  {
    files: ['server/src/policy/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: EDITOR_APIS.map((name) => ({ name, message: 'The policy catalogue is pure data.' })),
        patterns: [{ group: ['**/rules/**', '**/cli/**', '**/lsp/**'], message: 'The policy catalogue depends on nothing above it.' }],
      }],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server/**'], message: 'The client is thin: no analysis logic; talk to the server.' }],
      }],
    },
  },
);
