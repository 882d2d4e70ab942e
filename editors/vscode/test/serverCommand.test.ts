import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOnPath, resolveServerCommand, type ServerEnvironment, type ServerSettings } from '../src/serverCommand';

/** A fake machine: `files` are the executable files that exist. */
function posix(files: string[], overrides: Partial<ServerEnvironment> = {}): ServerEnvironment {
  const existing = new Set(files);
  return {
    platform: 'linux',
    pathVariable: '/usr/local/bin:/usr/bin:/home/ana/.dotnet/tools',
    pathExtensions: undefined,
    homeDir: '/home/ana',
    workspaceFolder: '/work/crm',
    isExecutableFile: (file) => existing.has(file),
    ...overrides,
  };
}

function resolve(settings: ServerSettings, env: ServerEnvironment) {
  return resolveServerCommand(settings, env);
}

describe('resolveServerCommand', () => {
  it('runs `scorelang lsp` from PATH when no path is configured', () => {
    const result = resolve({}, posix(['/home/ana/.dotnet/tools/scorelang']));
    assert.deepEqual(result, {
      kind: 'found',
      command: '/home/ana/.dotnet/tools/scorelang',
      args: ['lsp'],
      shell: false,
      display: '/home/ana/.dotnet/tools/scorelang lsp',
    });
  });

  it("prefers the CLI in the extension's own server folder, then runs a bundled scorelang.dll with dotnet", () => {
    const folder = '/ext/scorelang-0.1.0/server';
    const native = resolve({}, posix(['/ext/scorelang-0.1.0/server/scorelang', '/usr/bin/scorelang'], { bundledServerFolder: folder }));
    assert.equal(native.kind === 'found' && native.display, '/ext/scorelang-0.1.0/server/scorelang lsp');

    const dll = resolve({}, posix(['/usr/bin/dotnet', '/usr/bin/scorelang'], { bundledServerFolder: folder, fileExists: (f) => f === `${folder}/scorelang.dll` }));
    assert.equal(dll.kind === 'found' && dll.display, `/usr/bin/dotnet ${folder}/scorelang.dll lsp`);

    const none = resolve({}, posix(['/usr/bin/scorelang'], { bundledServerFolder: folder, fileExists: () => false }));
    assert.equal(none.kind === 'found' && none.command, '/usr/bin/scorelang');
  });

  it('lets a configured path win over the bundled CLI', () => {
    const result = resolve({ path: '/opt/scorelang' }, posix(['/opt/scorelang', '/ext/server/scorelang'], { bundledServerFolder: '/ext/server' }));
    assert.equal(result.kind === 'found' && result.command, '/opt/scorelang');
  });

  it('takes the first match in PATH order', () => {
    const result = resolve({ path: '' }, posix(['/usr/bin/scorelang', '/usr/local/bin/scorelang']));
    assert.equal(result.kind === 'found' && result.command, '/usr/local/bin/scorelang');
  });

  it('treats a blank setting like no setting', () => {
    const result = resolve({ path: '   ' }, posix(['/usr/bin/scorelang']));
    assert.equal(result.kind === 'found' && result.command, '/usr/bin/scorelang');
  });

  it('says to install the CLI or set scorelang.server.path when scorelang is not on PATH', () => {
    const result = resolve({}, posix([]));
    assert.equal(result.kind, 'missing');
    assert.match(result.kind === 'missing' ? result.message : '', /"scorelang" command was not found on PATH.*Install the ScoreLang CLI.*"scorelang\.server\.path"/);
  });

  it('handles an empty or absent PATH', () => {
    assert.equal(resolve({}, posix(['/usr/bin/scorelang'], { pathVariable: undefined })).kind, 'missing');
    assert.equal(resolve({}, posix(['/usr/bin/scorelang'], { pathVariable: '' })).kind, 'missing');
  });

  it('uses a configured absolute path as it is, with the lsp subcommand', () => {
    const result = resolve({ path: '/opt/scorelang/scorelang' }, posix(['/opt/scorelang/scorelang', '/usr/bin/scorelang']));
    assert.equal(result.kind === 'found' && result.display, '/opt/scorelang/scorelang lsp');
  });

  it('reports a configured path that does not exist, naming the path and the setting', () => {
    const result = resolve({ path: '/opt/nowhere/scorelang' }, posix(['/usr/bin/scorelang']));
    assert.equal(result.kind, 'missing');
    assert.match(result.kind === 'missing' ? result.message : '', /not found at \/opt\/nowhere\/scorelang \("scorelang\.server\.path"\)/);
  });

  it('expands ~ to the home folder', () => {
    const result = resolve({ path: '~/tools/scorelang' }, posix(['/home/ana/tools/scorelang']));
    assert.equal(result.kind === 'found' && result.command, '/home/ana/tools/scorelang');
  });

  it('resolves a relative path against the workspace folder', () => {
    const result = resolve({ path: './bin/scorelang' }, posix(['/work/crm/bin/scorelang']));
    assert.equal(result.kind === 'found' && result.command, '/work/crm/bin/scorelang');
  });

  it('cannot resolve a relative path without an open folder', () => {
    const result = resolve({ path: 'bin/scorelang' }, posix(['/work/crm/bin/scorelang'], { workspaceFolder: undefined }));
    assert.equal(result.kind, 'missing');
    assert.match(result.kind === 'missing' ? result.message : '', /relative path "bin\/scorelang".*no folder is open/);
  });

  it('looks a bare command name up on PATH', () => {
    const result = resolve({ path: 'scorelang-nightly' }, posix(['/usr/bin/scorelang-nightly']));
    assert.equal(result.kind === 'found' && result.command, '/usr/bin/scorelang-nightly');
    assert.equal(resolve({ path: 'scorelang-nightly' }, posix([])).kind, 'missing');
  });

  it('runs a configured .dll through dotnet', () => {
    const dll = '/src/ScoreLang/src/ScoreLang.Cli/bin/Debug/net10.0/ScoreLang.Cli.dll';
    const result = resolve({ path: dll }, posix([dll, '/usr/bin/dotnet']));
    assert.equal(result.kind, 'found');
    if (result.kind === 'found') {
      assert.equal(result.command, '/usr/bin/dotnet');
      assert.deepEqual(result.args, [dll, 'lsp']);
    }
    assert.equal(resolve({ path: dll }, posix([dll])).kind, 'missing');
  });

  it('uses the configured arguments instead of lsp', () => {
    const result = resolve({ args: ['lsp', '--log', 'verbose'] }, posix(['/usr/bin/scorelang']));
    assert.deepEqual(result.kind === 'found' && result.args, ['lsp', '--log', 'verbose']);
  });

  it('ignores arguments that are not a list of strings', () => {
    for (const args of ['lsp', [1, 2], null, { a: 1 }]) {
      const result = resolve({ args }, posix(['/usr/bin/scorelang']));
      assert.deepEqual(result.kind === 'found' && result.args, ['lsp'], JSON.stringify(args));
    }
  });

  it('ignores a path setting that is not a string', () => {
    const result = resolve({ path: 42 }, posix(['/usr/bin/scorelang']));
    assert.equal(result.kind === 'found' && result.command, '/usr/bin/scorelang');
  });

  it('quotes parts with spaces when showing the command', () => {
    const result = resolve({ path: '/opt/Score Lang/scorelang' }, posix(['/opt/Score Lang/scorelang']));
    assert.equal(result.kind === 'found' && result.display, '"/opt/Score Lang/scorelang" lsp');
  });
});

describe('findOnPath on Windows', () => {
  const windows = (files: string[]): ServerEnvironment => ({
    platform: 'win32',
    pathVariable: 'C:\\Windows;"C:\\Users\\ana\\.dotnet\\tools";C:\\tools',
    pathExtensions: '.COM;.EXE;.BAT;.CMD',
    homeDir: 'C:\\Users\\ana',
    workspaceFolder: 'C:\\work\\crm',
    isExecutableFile: (file) => files.includes(file),
  });

  it('tries the PATHEXT extensions in each folder', () => {
    assert.equal(findOnPath('scorelang', windows(['C:\\Users\\ana\\.dotnet\\tools\\scorelang.exe'])), 'C:\\Users\\ana\\.dotnet\\tools\\scorelang.exe');
  });

  it('starts a .cmd shim through a shell', () => {
    const result = resolveServerCommand({}, windows(['C:\\tools\\scorelang.cmd']));
    assert.equal(result.kind === 'found' && result.shell, true);
  });

  it('resolves a relative configured path with Windows separators', () => {
    const result = resolveServerCommand({ path: '.\\bin\\scorelang.exe' }, windows(['C:\\work\\crm\\bin\\scorelang.exe']));
    assert.equal(result.kind === 'found' && result.command, 'C:\\work\\crm\\bin\\scorelang.exe');
    assert.equal(result.kind === 'found' && result.shell, false);
  });
});
