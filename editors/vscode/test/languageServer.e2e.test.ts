// End to end: starts the real language server (`scorelang lsp`, the CLI that test.sh builds in Release) and talks to
// it over stdio with vscode-languageserver-protocol, as VS Code's client does: initialize, a broken file's
// diagnostics, a rule's decay schedule, a score's band distribution over configured sample data (scorelang.json),
// property completion, renaming a group, formatting, and running a code lens's tests.
//
// The server is src/ScoreLang.Cli/bin/Release/net10.0/scorelang (or $SCORELANG_SERVER). Without it the test is
// skipped, unless SCORELANG_E2E_REQUIRED=1 (test.sh sets it, so in CI a missing server fails the test).
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { cliInvocation, compileArgs, explainArgs, findSampleConfig, generatedSourceName } from '../src/cliCommands';

// The tests run from out/test/.
const repo = resolve(__dirname, '..', '..', '..', '..');
const samples = join(repo, 'samples');

function serverCommand(): { command: string; args: string[] } | undefined {
  const fromEnv = process.env.SCORELANG_SERVER;
  if (fromEnv) {
    return fromEnv.endsWith('.dll') ? { command: 'dotnet', args: [fromEnv, 'lsp'] } : { command: fromEnv, args: ['lsp'] };
  }

  const release = join(repo, 'src', 'ScoreLang.Cli', 'bin', 'Release', 'net10.0');
  const apphost = join(release, process.platform === 'win32' ? 'scorelang.exe' : 'scorelang');
  if (existsSync(apphost)) {
    return { command: apphost, args: ['lsp'] };
  }

  const dll = join(release, 'scorelang.dll');
  return existsSync(dll) ? { command: 'dotnet', args: [dll, 'lsp'] } : undefined;
}

const server = serverCommand();
const required = process.env.SCORELANG_E2E_REQUIRED === '1';
const skip = !server && !required ? 'no Release build of the CLI (run test.sh, or set SCORELANG_SERVER)' : false;

function position(text: string, marker: string, offsetInMarker: number, occurrence = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(marker, index + 1);
    assert.ok(index >= 0, `"${marker}" (occurrence ${occurrence}) is not in the text`);
  }

  const before = text.substring(0, index + offsetInMarker);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** Applies non-overlapping edits (line/character ranges) to a text, last first so that earlier offsets hold. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, e) => result.substring(0, offset(e.range.start)) + e.newText + result.substring(offset(e.range.end)), text);
}

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover was expected');
  return (hover.contents as MarkupContent).value;
}

describe('the real language server over stdio', { skip }, () => {
  let folder = '';
  let child: ChildProcess;
  let connection: ProtocolConnection;
  let stderr = '';
  const diagnostics = new Map<string, Diagnostic[]>();

  async function waitForDiagnostics(uri: string): Promise<Diagnostic[]> {
    for (let i = 0; i < 600; i++) {
      const found = diagnostics.get(uri);
      if (found) {
        return found;
      }

      await new Promise((done) => setTimeout(done, 100));
    }

    throw new Error(`no diagnostics for ${uri}`);
  }

  function open(uri: string, text: string): Promise<void> {
    return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'scorelang', version: 1, text } });
  }

  before(async () => {
    assert.ok(server, 'the Release build of the CLI is missing: build ScoreLang.sln in Release (test.sh does) or set SCORELANG_SERVER');
    folder = mkdtempSync(join(tmpdir(), 'scorelang-node-e2e-'));
    for (const name of ['crm.schema', 'lead-scoring.score', 'scorelang.json', 'data']) {
      cpSync(join(samples, name), join(folder, name), { recursive: true });
    }

    child = spawn(server.command, server.args, { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      diagnostics.set(params.uri, params.diagnostics);
    });
    connection.listen();

    const initialized = await connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'node-e2e' },
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'samples' }],
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    assert.ok((initialized as { capabilities: { hoverProvider?: boolean } }).capabilities.hoverProvider);
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    if (connection) {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await new Promise<number | null>((done) => {
        const timer = setTimeout(() => done(null), 30_000);
        child.on('exit', (exitCode) => {
          clearTimeout(timer);
          done(exitCode);
        });
      });
      connection.dispose();
      assert.equal(code, 0, `the server exits with 0 after shutdown and exit; stderr:\n${stderr}`);
      assert.doesNotMatch(stderr, /Exception/);
    }

    if (folder) {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const scoreUri = () => pathToFileURL(join(folder, 'lead-scoring.score')).href;
  const scoreText = () => readFileSync(join(folder, 'lead-scoring.score'), 'utf8');

  it('publishes an unknown property with its SL code, precise range and suggestion', async () => {
    const uri = pathToFileURL(join(folder, 'broken.score')).href;
    await open(uri, 'import "crm.schema"\nscore s for contact {\n  kind fit\n  group g {\n    when job_titel contains "CTO" +10\n  }\n}\n');
    const errors = (await waitForDiagnostics(uri)).filter((d) => d.severity === 1);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.deepEqual(errors[0].range.start, { line: 4, character: 9 });
    assert.deepEqual(errors[0].range.end, { line: 4, character: 18 });
    assert.match(String(errors[0].code), /^SL2\d{3}$/);
    assert.match(String(errors[0].message), /job_title/);
  });

  it("hovers a rule and shows its decay schedule", async () => {
    await open(scoreUri(), scoreText());
    const hover = await connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: scoreUri() }, position: position(scoreText(), '+6', 1) });
    assert.match(markdown(hover), /6 → 3 after 1 month → 0 after 2 months/);
  });

  it('hovers a score and shows how the sample records fall into its bands', async () => {
    const at = { textDocument: { uri: scoreUri() }, position: position(scoreText(), 'score contact_engagement', 8) };
    let text = '';
    // The first hover may arrive while the sample data is still loading (it says so); the data loads in the background.
    for (let attempt = 0; attempt < 30; attempt++) {
      text = markdown(await connection.sendRequest<Hover | null>('textDocument/hover', at));
      if (!text.includes('Loading the sample data')) {
        break;
      }

      await new Promise((done) => setTimeout(done, 500));
    }

    // One contact per line of contact.csv after its header.
    const contacts = readFileSync(join(samples, 'data', 'contact.csv'), 'utf8').split('\n').filter((l) => l.length > 0).length - 1;
    assert.ok(text.includes(`**Sample data** \`data\` as of 2024-07-01: ${contacts} \`contact\` records`), text);
    assert.match(text, /\| Band \| Records \| Share \|/);
    const counts = ['high', 'medium', 'low'].map((band) => {
      const row = new RegExp(`\\| ${band} \\| (\\d+) \\| [\\d.]+% \\|`).exec(text);
      assert.ok(row, `no row for band ${band} in:\n${text}`);
      return Number(row[1]);
    });
    const notScored = Number(/Not scored \(filtered out, S20\): (\d+)/.exec(text)?.[1] ?? '0');
    assert.equal(counts.reduce((a, b) => a + b, 0) + notScored, contacts, text);
  });

  it('completes a property name', async () => {
    const result = await connection.sendRequest<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri: scoreUri() },
      position: position(scoreText(), 'job_title starts', 4),
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    assert.ok(items.some((i) => i.label === 'job_title' && i.kind === 10), JSON.stringify(items.map((i) => i.label)));
  });

  it('renames a group, in its declaration and in the tests that expect it', async () => {
    const text = scoreText();
    const edit = await connection.sendRequest<WorkspaceEdit | null>('textDocument/rename', {
      textDocument: { uri: scoreUri() },
      position: position(text, 'group sales', 7),
      newName: 'sales_team',
    });
    const edits = edit?.changes?.[scoreUri()] ?? [];
    assert.ok(edits.every((e) => e.newText === 'sales_team'));
    const starts = edits.map((e) => JSON.stringify(e.range.start));
    assert.ok(starts.includes(JSON.stringify(position(text, 'group sales', 6))), starts.join());
    assert.ok(starts.includes(JSON.stringify(position(text, 'expect sales', 7))), starts.join());
  });

  it('formats a document', async () => {
    const uri = pathToFileURL(join(folder, 'messy.schema')).href;
    await open(uri, 'list   a  of contact\n');
    const edits = await connection.sendRequest<TextEdit[] | null>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits && edits.length > 0);
    assert.equal(applyEdits('list   a  of contact\n', edits), 'list a of contact\n', JSON.stringify(edits));
  });

  it('the file commands’ CLI calls work: explain a record of the sample data, compile to C#', () => {
    const cli = cliInvocation(server!.command, server!.args, ['lsp']);
    const file = join(folder, 'lead-scoring.score');
    const sample = findSampleConfig(file, (f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined));
    assert.equal(sample.kind, 'found');
    if (sample.kind !== 'found') return;
    const explanation = execFileSync(cli.command, [...cli.args, ...explainArgs(file, 'worked-example', sample.config)], { cwd: folder, encoding: 'utf8' });
    assert.match(explanation, /contact_engagement/);
    assert.match(explanation, /\b29\b/);

    const out = join(folder, 'compiled');
    execFileSync(cli.command, [...cli.args, ...compileArgs(file, out)], { cwd: folder, encoding: 'utf8' });
    assert.match(readFileSync(join(out, generatedSourceName), 'utf8'), /contact_engagement/);
  });

  it("runs a code lens's tests", async () => {
    const lenses = await connection.sendRequest<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri: scoreUri() } });
    const run = lenses?.find((l) => l.command?.command === 'scorelang.runTestsInFile')?.command;
    assert.ok(run, JSON.stringify(lenses));
    const result = await connection.sendRequest<{ passed: number; failed: number }>('workspace/executeCommand', { command: run.command, arguments: run.arguments });
    assert.equal(result.failed, 0);
    assert.ok(result.passed >= 3, JSON.stringify(result));
  });
});
