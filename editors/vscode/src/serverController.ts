// Starts, restarts and stops the ScoreLang language server (the CLI's `lsp` subcommand over stdio). Every failure
// ends in a message that says what to do; none escapes as an exception into VS Code.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { crashingMessage, startFailedMessage } from './messages';
import { RestartPolicy } from './restartPolicy';
import { resolveServerCommand, type ServerEnvironment } from './serverCommand';
import { clientName, commandIds, configurationSection, languageId, serverArgsKey, serverPathKey, watchedFilesGlob } from './settings';

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Serialises start/stop so that quick setting changes cannot start two servers. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly output: vscode.LogOutputChannel,
    /** The extension's own `server` folder, where a packaged CLI may be. */
    private readonly bundledServerFolder?: string,
  ) {}

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  dispose(): void {
    void this.stop();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(work, work);
    return this.pending;
  }

  private async doStart(): Promise<void> {
    const configuration = vscode.workspace.getConfiguration(configurationSection);
    const resolved = resolveServerCommand(
      { path: configuration.get(serverPathKey), args: configuration.get(serverArgsKey) },
      nodeEnvironment(this.bundledServerFolder),
    );
    if (resolved.kind === 'missing') {
      this.output.error(resolved.message);
      void this.showError(resolved.message);
      return;
    }

    this.output.info(`Starting ${resolved.display}`);
    const policy = new RestartPolicy();
    const serverOptions: ServerOptions = {
      command: resolved.command,
      args: [...resolved.args],
      options: { cwd: workspaceFolder(), shell: resolved.shell },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: languageId },
        { scheme: 'untitled', language: languageId },
      ],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(watchedFilesGlob) },
      outputChannel: this.output,
      // A failed initialize is reported once, by doStart, with what to do; the client's own pop-ups would add three
      // more saying the same thing less usefully.
      initializationFailedHandler: () => false,
      errorHandler: {
        // Single read/write errors only go to the output; a run of them shuts the connection down, visibly.
        error: (_error, _message, count) =>
          policy.onError(count) === 'continue' ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown },
        closed: () => {
          const decision = policy.onClosed();
          if (decision.restart) return { action: CloseAction.Restart };
          if (decision.reason === 'never-started') return { action: CloseAction.DoNotRestart, handled: true };
          const message = crashingMessage(policy.maxRestarts, policy.windowMs / 60000);
          void this.showError(message);
          return { action: CloseAction.DoNotRestart, message, handled: true };
        },
      },
    };

    const client = new LanguageClient(languageId, clientName, serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
      policy.markStarted();
    } catch (error) {
      this.client = undefined;
      const message = startFailedMessage(resolved.display, error);
      this.output.error(message);
      void this.showError(message);
      await client.dispose().catch(() => undefined);
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      await client.dispose(2000);
    } catch (error) {
      this.output.warn(`Stopping the server failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async showError(message: string): Promise<void> {
    const openSettings = 'Open Settings';
    const showOutput = 'Show Output';
    const choice = await vscode.window.showErrorMessage(message, openSettings, showOutput);
    if (choice === openSettings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', `${configurationSection}.server`);
    } else if (choice === showOutput) {
      await vscode.commands.executeCommand(commandIds.showServerOutput);
    }
  }
}

function workspaceFolder(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

export function nodeEnvironment(bundledServerFolder?: string): ServerEnvironment {
  return {
    bundledServerFolder,
    fileExists: (file) => fs.existsSync(file),
    platform: process.platform,
    pathVariable: process.env.PATH ?? process.env.Path,
    pathExtensions: process.env.PATHEXT,
    homeDir: os.homedir(),
    workspaceFolder: workspaceFolder(),
    isExecutableFile,
  };
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
