// Bundles the client, the server and the CLI into one file each, so the packaged extension needs no node_modules.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'utf8',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  // ESM dependencies (fdir, under tinyglobby) read import.meta.url, which CommonJS output lacks.
  define: { GKREPORT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

// One core for the three bundles: the client (the preview runs it), the server and the CLI require dist/core.js
// instead of carrying a copy each (the .vsix holds it once).
const CORE = path.resolve('server/src/core');
const sharedCore = {
  name: 'shared-core',
  setup(build) {
    build.onResolve({ filter: /core$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return resolved === CORE ? { path: './core.js', external: true } : undefined;
    });
  },
};

// The writers (docx, the HTML page) are one bundle too, which the server and the CLI require only when an export
// runs: docx is the largest library we ship, and a check never needs it.
const WRITERS = path.resolve('server/src/writers/export');
const sharedWriters = {
  name: 'shared-writers',
  setup(build) {
    build.onResolve({ filter: /writers\/export$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return resolved === WRITERS ? { path: './writers.js', external: true } : undefined;
    });
  },
};

// The readers (the web page's, the .docx's) are one bundle as well: the server's paste and the CLI's import share it,
// and the CLI requires it only when a file is imported.
const READERS = path.resolve('server/src/readers');
const sharedReaders = {
  name: 'shared-readers',
  setup(build) {
    build.onResolve({ filter: /readers$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return resolved === READERS ? { path: './readers.js', external: true } : undefined;
    });
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', plugins: [sharedCore] }),
  esbuild.build({ ...common, entryPoints: ['server/src/writers/export.ts'], outfile: 'dist/writers.js', plugins: [sharedCore] }),
  esbuild.build({ ...common, entryPoints: ['server/src/readers/index.ts'], outfile: 'dist/readers.js', plugins: [sharedCore] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [sharedCore, sharedWriters, sharedReaders] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [sharedCore, sharedWriters, sharedReaders], banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } }),
]);
