// Bundles the client, the language server, the CLI and the CLI's scan worker into dist/,
// and copies the WebAssembly the engine loads at run time beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');

/** Grammars the engine parses with; keep in step with server/src/engine/parse/grammars.ts. */
export const SHIPPED_GRAMMARS = [
  'javascript', 'typescript', 'tsx', 'python', 'java', 'c_sharp', 'go', 'php', 'ruby', 'bash',
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/grammars', { recursive: true });

const common = {
  bundle: true,
  // jsonc-parser's default entry is a UMD build that loads its parts at run time; its ESM
  // build bundles cleanly.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [
    {
      // web-tree-sitter's ESM build calls createRequire(import.meta.url), which is empty in
      // CommonJS output; its CommonJS build is the one to bundle.
      name: 'cjs-web-tree-sitter',
      setup(builder) {
        builder.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
      },
    },
  ],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/cli/scan-worker.ts'], outfile: 'dist/scan-worker.js' }),
]);

copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/grammars/tree-sitter.wasm');
const grammarDir = path.dirname(require.resolve('tree-sitter-wasms/out/tree-sitter-python.wasm'));
for (const name of SHIPPED_GRAMMARS) {
  copyFileSync(path.join(grammarDir, `tree-sitter-${name}.wasm`), `dist/grammars/tree-sitter-${name}.wasm`);
}
