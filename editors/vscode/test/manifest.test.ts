// Checks the extension manifest (package.json) against the code and the repository: ids and setting names match the
// constants in src/settings.ts, the grammar files were copied from grammar/ unchanged, and the bundle is self-contained.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { commandIds, defaultServerArgs, languageId, watchedFilesGlob } from '../src/settings';

// The tests run from out/test/.
const root = resolve(__dirname, '..', '..');
const grammarDir = resolve(root, '..', '..', 'grammar');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json', () => {
  it('contributes the scorelang language for .score and .schema files', () => {
    assert.equal(contributes.languages.length, 1);
    const language = contributes.languages[0];
    assert.equal(language.id, languageId);
    assert.deepEqual(language.extensions, ['.score', '.schema']);
    assert.deepEqual(manifest.activationEvents, [`onLanguage:${languageId}`]);
  });

  it('watches the same file types the language covers', () => {
    for (const extension of contributes.languages[0].extensions) {
      assert.ok(watchedFilesGlob.includes(extension.substring(1)), extension);
    }
  });

  it("contributes the grammar under the grammar file's own scope name", () => {
    const [grammar] = contributes.grammars;
    const source = JSON.parse(readFileSync(join(grammarDir, 'scorelang.tmLanguage.json'), 'utf8'));
    assert.equal(grammar.language, languageId);
    assert.equal(grammar.scopeName, source.scopeName);
  });

  it('ships grammar/ files copied unchanged by the build', () => {
    const pairs = [
      [join(grammarDir, 'scorelang.tmLanguage.json'), join(root, contributes.grammars[0].path)],
      [join(grammarDir, 'language-configuration.json'), join(root, contributes.languages[0].configuration)],
    ];
    for (const [source, copy] of pairs) {
      assert.ok(existsSync(copy), `${copy} is missing: run npm run build`);
      assert.equal(readFileSync(copy, 'utf8'), readFileSync(source, 'utf8'), `${copy} differs from ${source}`);
    }
  });

  it('declares the settings the code reads, with the same defaults', () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), ['scorelang.server.args', 'scorelang.server.path', 'scorelang.trace.server']);
    assert.equal(properties['scorelang.server.path'].default, '');
    assert.deepEqual(properties['scorelang.server.args'].default, defaultServerArgs);
    assert.deepEqual(properties['scorelang.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['scorelang.trace.server'].default, 'off');
  });

  it('keeps a workspace from choosing the server command in an untrusted folder', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.deepEqual([...restricted].sort(), ['scorelang.server.args', 'scorelang.server.path']);
  });

  it('contributes exactly the commands the extension registers', () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(commandIds).sort());
  });

  it('targets VS Code 1.91 with matching API typings and language client 11', () => {
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.match(manifest.devDependencies['@types/vscode'], /^1\.91\./);
    assert.match(manifest.devDependencies['vscode-languageclient'], /^11\./);
    // Everything is bundled, so the .vsix needs no node_modules.
    assert.equal(manifest.dependencies, undefined);
  });

  it('points main at a bundle that contains the language client and leaves vscode external', () => {
    const bundlePath = join(root, manifest.main);
    assert.ok(existsSync(bundlePath), `${bundlePath} is missing: run npm run build`);
    const bundle = readFileSync(bundlePath, 'utf8');
    assert.match(bundle, /require\("vscode"\)/);
    assert.doesNotMatch(bundle, /require\("vscode-languageclient/);
  });
});
