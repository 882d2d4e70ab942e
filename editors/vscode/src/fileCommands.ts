// The editor commands that act on the current score file: run its tests (through the server's own command),
// explain a record of the sample data, and show the C# the compiler generates. Every failure ends in a message.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cliInvocation, compileArgs, explainArgs, findSampleConfig, generatedSourceName } from './cliCommands';
import { resolveServerCommand } from './serverCommand';
import { nodeEnvironment } from './serverController';
import { commandIds, configurationSection, defaultServerArgs, languageId, serverArgsKey, serverPathKey } from './settings';

/** The language server's command (registered by the language client from the server's executeCommandProvider). */
const serverRunTestsInFile = 'scorelang.runTestsInFile';

export function registerFileCommands(output: vscode.LogOutputChannel, bundledServerFolder: string | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(commandIds.runTestsInFile, async () => {
      const document = await savedScoreDocument();
      if (document) await vscode.commands.executeCommand(serverRunTestsInFile, document.uri.toString());
    }),
    vscode.commands.registerCommand(commandIds.explainRecord, () => explainRecord(output, bundledServerFolder)),
    vscode.commands.registerCommand(commandIds.showCompiledCSharp, () => showCompiledCSharp(output, bundledServerFolder)),
  ];
}

async function explainRecord(output: vscode.LogOutputChannel, bundledServerFolder: string | undefined): Promise<void> {
  const document = await savedScoreDocument();
  if (!document) return;
  const sample = findSampleConfig(document.uri.fsPath, readIfExists);
  if (sample.kind === 'problem') {
    void vscode.window.showErrorMessage(sample.message);
    return;
  }

  const recordId = await vscode.window.showInputBox({ prompt: `Id of the record to explain (from ${sample.config.dataPath})`, ignoreFocusOut: true });
  if (!recordId) return;
  const result = await runCli(explainArgs(document.uri.fsPath, recordId, sample.config), path.dirname(document.uri.fsPath), output, bundledServerFolder);
  if (result !== undefined) {
    const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content: result });
    await vscode.window.showTextDocument(shown, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}

async function showCompiledCSharp(output: vscode.LogOutputChannel, bundledServerFolder: string | undefined): Promise<void> {
  const document = await savedScoreDocument();
  if (!document) return;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelang-compiled-'));
  if ((await runCli(compileArgs(document.uri.fsPath, folder), path.dirname(document.uri.fsPath), output, bundledServerFolder)) === undefined) return;
  const shown = await vscode.workspace.openTextDocument(path.join(folder, generatedSourceName));
  await vscode.window.showTextDocument(shown, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** The active ScoreLang file, saved (the CLI reads the disk); undefined with a message when there is none. */
async function savedScoreDocument(): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== languageId || document.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('Open a saved .score file first.');
    return undefined;
  }

  if (document.isDirty && !(await document.save())) {
    void vscode.window.showErrorMessage('Save the file first: the command reads it from disk.');
    return undefined;
  }

  return document;
}

/** Runs the CLI the server setting names; its standard output, or undefined after showing what went wrong. */
function runCli(args: string[], cwd: string, output: vscode.LogOutputChannel, bundledServerFolder: string | undefined): Promise<string | undefined> {
  const configuration = vscode.workspace.getConfiguration(configurationSection);
  const configuredArgs = configuration.get<string[]>(serverArgsKey) ?? [...defaultServerArgs];
  const resolved = resolveServerCommand({ path: configuration.get(serverPathKey), args: configuredArgs }, nodeEnvironment(bundledServerFolder));
  if (resolved.kind === 'missing') {
    void vscode.window.showErrorMessage(resolved.message);
    return Promise.resolve(undefined);
  }

  const cli = cliInvocation(resolved.command, resolved.args, configuredArgs);
  output.info(`Running ${cli.command} ${[...cli.args, ...args].join(' ')}`);
  return new Promise((resolve) => {
    execFile(cli.command, [...cli.args, ...args], { cwd, shell: resolved.shell, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const detail = (stderr || stdout || error.message).trim().split('\n')[0];
        output.error(`${cli.command} ${args[0]} failed: ${stderr || error.message}`);
        void vscode.window.showErrorMessage(`scorelang ${args[0]} failed: ${detail}`);
        resolve(undefined);
      } else {
        resolve(stdout);
      }
    });
  });
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
