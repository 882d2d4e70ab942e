// Entry point of the ScoreLang extension. Colouring, brackets and snippets come from the manifest; this adds the
// language server (the CLI's `lsp` subcommand), its two commands and the commands on the current file.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerFileCommands } from './fileCommands';
import { ServerController } from './serverController';
import { clientName, commandIds, serverSection } from './settings';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(clientName, { log: true });
  const bundledServerFolder = context.extensionPath ? path.join(context.extensionPath, 'server') : undefined;
  controller = new ServerController(output, bundledServerFolder);
  const server = controller;
  context.subscriptions.push(
    output,
    server,
    vscode.commands.registerCommand(commandIds.restartServer, () => server.restart()),
    vscode.commands.registerCommand(commandIds.showServerOutput, () => output.show(true)),
    ...registerFileCommands(output, bundledServerFolder),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(serverSection)) void server.restart();
    }),
  );
  // Not awaited: the server may take a while, and nothing else in activation depends on it.
  void server.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
