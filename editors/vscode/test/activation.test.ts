// Activates the real bundle (dist/extension.js, with the real vscode-languageclient inside) against a stand-in for
// the vscode module, and real processes as the server: none, a CLI without the `lsp` command, and a minimal LSP
// server. Checks that every case ends in a clear message or a running server, never in an exception.
import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createFakeVscode, type FakeVscode } from './support/fakeVscode';

const bundlePath = resolve(__dirname, '..', '..', 'dist', 'extension.js');
const posixOnly = { skip: process.platform === 'win32' ? 'uses POSIX shell scripts as fake servers' : false };

interface Extension {
  activate(context: { subscriptions: { dispose(): unknown }[] }): Promise<void>;
  deactivate(): Promise<void>;
}

// A language server that answers initialize and shutdown and records every method it receives.
const fakeServerSource = `
const fs = require('fs');
const logFile = process.argv[2];
// With "crash-after-start", exit with an error right after initialization (a server that crashes while running).
const crash = process.argv[3] === 'crash-after-start';
let buffer = Buffer.alloc(0);
function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  process.stdout.write('Content-Length: ' + body.length + '\\r\\n\\r\\n');
  process.stdout.write(body);
}
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\\r\\n\\r\\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    fs.appendFileSync(logFile, message.method + '\\n');
    if (message.method === 'initialize') send({ id: message.id, result: { capabilities: {}, serverInfo: { name: 'fake' } } });
    else if (message.method === 'initialized' && crash) process.exit(3);
    else if (message.method === 'shutdown') send({ id: message.id, result: null });
    else if (message.method === 'exit') process.exit(0);
  }
});
`;

describe('activation with the bundled extension', () => {
  let fake: FakeVscode;
  let dir: string;
  let savedPath: string | undefined;

  beforeEach(() => {
    assert.ok(existsSync(bundlePath), `${bundlePath} is missing: run npm run build`);
    dir = mkdtempSync(join(tmpdir(), 'scorelang-ext-'));
    savedPath = process.env.PATH;
    // Only the test's folder and node's own folder are on PATH, so no real scorelang is found.
    process.env.PATH = `${dir}:${resolve(process.execPath, '..')}`;
    fake = createFakeVscode();
    fake.install();
  });

  afterEach(() => {
    fake.uninstall();
    process.env.PATH = savedPath;
    delete require.cache[bundlePath];
    rmSync(dir, { recursive: true, force: true });
  });

  /** Activates a fresh copy of the bundle, lets the server start (or fail), and deactivates it. */
  async function activateAndStop(afterStart?: () => Promise<void>): Promise<void> {
    delete require.cache[bundlePath];
    const extension = require(bundlePath) as Extension;
    const context = { subscriptions: [] as { dispose(): unknown }[] };
    await extension.activate(context);
    await waitFor(() => fake.errors.length > 0 || fake.log.some((l) => /Starting|error/.test(l)), 'a start attempt');
    if (afterStart) await afterStart();
    await extension.deactivate();
    for (const d of context.subscriptions) d.dispose();
  }

  function writeScript(name: string, body: string): string {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it('registers its commands and explains how to install the CLI when scorelang is not on PATH', async () => {
    await activateAndStop();
    assert.deepEqual(fake.registeredCommands.sort(), [
      'scorelang.explainRecord',
      'scorelang.restartServer',
      'scorelang.runTestsInCurrentFile',
      'scorelang.showCompiledCSharp',
      'scorelang.showServerOutput',
    ]);
    assert.equal(fake.errors.length, 1);
    assert.match(fake.errors[0], /"scorelang" command was not found on PATH.*"scorelang\.server\.path"/);
  });

  it('names a configured server path that does not exist', async () => {
    fake.settings['scorelang.server.path'] = join(dir, 'missing', 'scorelang');
    await activateAndStop();
    assert.equal(fake.errors.length, 1);
    assert.match(fake.errors[0], /not found at .*missing\/scorelang \("scorelang\.server\.path"\)/);
  });

  it('reports a CLI without the lsp command once, and runs it only once', posixOnly, async () => {
    const runs = join(dir, 'runs.log');
    writeScript('scorelang', `echo run >> "${runs}"\necho "scorelang: unknown command '$1'" >&2\nexit 1`);
    await activateAndStop(async () => {
      await waitFor(() => fake.errors.some((e) => /did not start/.test(e)), 'the start failure message');
      // Give a restart, if the client attempted one, time to run the script again.
      await new Promise((r) => setTimeout(r, 500));
    });
    const mine = fake.errors.filter((e) => /did not start/.test(e));
    assert.equal(mine.length, 1, fake.errors.join('\n'));
    assert.match(mine[0], /"[^"]*scorelang lsp" stopped before it was ready .*no "lsp" command yet/);
    // Besides ours, only the language client's own (unavoidable) "couldn't create connection" notice.
    assert.ok(fake.errors.length <= 2, fake.errors.join('\n'));
    assert.equal(readFileSync(runs, 'utf8').trim().split('\n').length, 1, 'the server was restarted');
  });

  it('starts a server that speaks LSP with `scorelang lsp`, and shuts it down on deactivation', posixOnly, async () => {
    const serverFile = join(dir, 'server.js');
    const methods = join(dir, 'methods.log');
    const argsLog = join(dir, 'args.log');
    writeFileSync(serverFile, fakeServerSource);
    writeScript('scorelang', `echo "$@" > "${argsLog}"\nexec "${process.execPath}" "${serverFile}" "${methods}"`);
    await activateAndStop(() => waitFor(() => existsSync(methods) && readFileSync(methods, 'utf8').includes('initialized'), 'initialized'));
    assert.deepEqual(fake.errors, []);
    assert.equal(readFileSync(argsLog, 'utf8').trim(), 'lsp');
    await waitFor(() => readFileSync(methods, 'utf8').includes('exit'), 'exit');
    assert.deepEqual(readFileSync(methods, 'utf8').trim().split('\n'), ['initialize', 'initialized', 'shutdown', 'exit']);
  });

  it('restarts a server that crashes after it started', posixOnly, async () => {
    const serverFile = join(dir, 'server.js');
    const methods = join(dir, 'methods.log');
    const runs = join(dir, 'runs.log');
    writeFileSync(serverFile, fakeServerSource);
    // The first run crashes once it is up; the restarted one keeps running.
    writeScript(
      'scorelang',
      `echo run >> "${runs}"\nif [ "$(wc -l < "${runs}")" -eq 1 ]; then mode=crash-after-start; else mode=stay; fi\n` +
        `exec "${process.execPath}" "${serverFile}" "${methods}" "$mode"`,
    );
    const initializedTwice = () => existsSync(methods) && readFileSync(methods, 'utf8').split('\n').filter((m) => m === 'initialized').length === 2;
    await activateAndStop(() => waitFor(initializedTwice, 'the restarted server'));
    assert.equal(readFileSync(runs, 'utf8').trim().split('\n').length, 2);
    assert.deepEqual(fake.errors, []);
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
