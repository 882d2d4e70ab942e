// Bundles the extension with esbuild into dist/extension.js (vscode stays external: VS Code provides it), or with
// --tests the unit tests into out/test/*.test.js for node's test runner. --production minifies and drops source maps.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.91 runs extensions on Node.js 20.
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  absWorkingDir: root,
};

if (tests) {
  const testDir = join(root, 'test');
  const entryPoints = readdirSync(testDir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(testDir, f));
  await esbuild.build({ ...common, entryPoints, outdir: join(root, 'out', 'test'), sourcemap: 'inline' });
  console.log(`build: ${entryPoints.length} test files -> out/test`);
} else {
  await esbuild.build({
    ...common,
    entryPoints: [join(root, 'src', 'extension.ts')],
    outfile: join(root, 'dist', 'extension.js'),
    minify: production,
    sourcemap: !production,
  });
  console.log(`build: src/extension.ts -> dist/extension.js${production ? ' (production)' : ''}`);
}
