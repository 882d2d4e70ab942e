// Packages the extension with vsce exactly as a release would (`npm run package`: the production build runs first,
// through vscode:prepublish) and checks what the .vsix holds: the manifest, the bundle, the grammar files, the snippets,
// the README and the licence, and nothing else (no sources, tests or node_modules). Runs after the unit tests, not
// beside them, because the production build rewrites dist/extension.js, which the activation tests load.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The names of the entries of a zip file, read from its central directory. */
function zipEntries(buffer) {
  const endOfDirectory = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'not a zip file');
  const count = buffer.readUInt16LE(endOfDirectory + 10);
  let offset = buffer.readUInt32LE(endOfDirectory + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50, 'bad central directory entry');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }

  return names;
}

describe('vsce package', () => {
  const out = mkdtempSync(join(tmpdir(), 'scorelang-vsix-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('builds a .vsix with the bundle, grammar, snippets, README and licence only', () => {
    const vsix = join(out, 'scorelang.vsix');
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const flags = manifest.scripts.package.split(' ').slice(2);
    execFileSync(process.execPath, [vsce, 'package', ...flags, '--out', vsix], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });

    const all = zipEntries(readFileSync(vsix)).filter((e) => e.startsWith('extension/'));
    // A CLI published into server/ (npm run package:with-server) ships too; CI packages without one.
    const bundled = all.filter((e) => e.startsWith('extension/server/'));
    assert.equal(bundled.length > 0, existsSync(join(root, 'server')), 'server/ is packaged exactly when it exists');
    if (bundled.length > 0) assert.ok(bundled.includes('extension/server/scorelang.dll'));
    const entries = all.filter((e) => !e.startsWith('extension/server/'));
    assert.deepEqual(entries.sort(), [
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md', // vsce stores the README under this name
      'extension/snippets/scorelang.json',
      'extension/syntaxes/scorelang.tmLanguage.json',
    ]);
  });

  it('declares the MIT licence of the repository and ships its text', () => {
    assert.equal(manifest.license, 'MIT');
    const repositoryLicence = readFileSync(join(root, '..', '..', 'LICENSE'), 'utf8');
    assert.equal(readFileSync(join(root, 'LICENSE.txt'), 'utf8'), repositoryLicence);
  });
});
