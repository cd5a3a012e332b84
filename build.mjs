// Bundles the client, the language server (and its scan host), the CLI and the scan worker into dist/,
// and copies the WebAssembly the engine loads at run time beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');

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
  // The engine falls back to require.resolve only when run from source, never from the bundle.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/cli/scan-worker.ts'], outfile: 'dist/scan-worker.js' }),
  // The child process the language server runs each workspace scan's worker threads in.
  build({ ...common, entryPoints: ['server/src/lsp/scan-host.ts'], outfile: 'dist/scan-host.js' }),
  // The extension-host test suite, with mocha bundled in: VS Code's own Node may be too old to
  // require() mocha 12, and the suite must run without node_modules. It is never shipped.
  build({ ...common, entryPoints: ['test/extension/suite/index.ts'], outfile: 'dist/test/extension/index.js', external: ['vscode'] }),
]);

copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/grammars/tree-sitter.wasm');
// The grammars the engine loads, from the one list it reads too.
const grammarFiles = JSON.parse(readFileSync('server/src/engine/parse/grammar-files.json', 'utf8'));
for (const { package: packageName, file } of Object.values(grammarFiles)) {
  copyFileSync(require.resolve(`${packageName}/${file}`), path.join('dist/grammars', path.basename(file)));
}
