// The CLI invocations behind the editor commands "Explain a Record" and "Show Compiled C#", and the sample-data config
// (scorelang.json, docs/editors.md) that "Explain a Record" reads. Free of the vscode API so that node's test runner
// checks every case (test/cliCommands.test.ts).
import * as path from 'node:path';

export const workspaceConfigName = 'scorelang.json';

/** The settings of a scorelang.json that the commands use: the data folder or manifest (absolute) and the date. */
export interface SampleConfig {
  readonly configPath: string;
  readonly dataPath: string;
  readonly asOf?: string;
}

export type SampleLookup = { readonly kind: 'found'; readonly config: SampleConfig } | { readonly kind: 'problem'; readonly message: string };

/**
 * The nearest scorelang.json in the folder of `filePath` or above it (as the language server finds it), with its
 * `sampleData` resolved against the config's folder. `readFile` answers undefined for a file that does not exist.
 */
export function findSampleConfig(filePath: string, readFile: (file: string) => string | undefined): SampleLookup {
  for (let folder = path.dirname(filePath); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, workspaceConfigName);
    const text = readFile(candidate);
    if (text !== undefined) return parseSampleConfig(candidate, text);
    if (path.dirname(folder) === folder) break;
  }

  return {
    kind: 'problem',
    message: `Explaining a record needs sample data: add a ${workspaceConfigName} with "sampleData" next to the score files (see docs/editors.md).`,
  };
}

function parseSampleConfig(configPath: string, text: string): SampleLookup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'problem', message: `${configPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }

  const settings = (typeof json === 'object' && json !== null ? json : {}) as { sampleData?: unknown; asOf?: unknown };
  if (typeof settings.sampleData !== 'string' || settings.sampleData === '') {
    return { kind: 'problem', message: `${configPath} has no "sampleData" (the data folder or manifest to explain records from).` };
  }

  return {
    kind: 'found',
    config: {
      configPath,
      dataPath: path.resolve(path.dirname(configPath), settings.sampleData),
      asOf: typeof settings.asOf === 'string' && settings.asOf !== '' ? settings.asOf : undefined,
    },
  };
}

/** `scorelang explain <file> --data <data> [--as-of <date>] --record <id>`: every score of the record, rule by rule. */
export function explainArgs(scoreFile: string, recordId: string, config: SampleConfig): string[] {
  const args = ['explain', scoreFile, '--data', config.dataPath];
  if (config.asOf !== undefined) args.push('--as-of', config.asOf);
  args.push('--record', recordId);
  return args;
}

/** `scorelang compile <file> --out <folder>`: writes the assembly, ScoreLang.Model.g.cs and a manifest. */
export function compileArgs(scoreFile: string, outFolder: string): string[] {
  return ['compile', scoreFile, '--out', outFolder];
}

/** The C# file `scorelang compile` writes into its output folder. */
export const generatedSourceName = 'ScoreLang.Model.g.cs';

/**
 * The CLI itself, from the command that starts the server: the same program and leading arguments (a .dll for
 * `dotnet`), without the trailing server arguments (`lsp`).
 */
export function cliInvocation(serverCommand: string, serverArgs: readonly string[], configuredServerArgs: readonly string[]): { command: string; args: string[] } {
  const tail = serverArgs.slice(serverArgs.length - configuredServerArgs.length);
  const endsWithServerArgs = tail.length === configuredServerArgs.length && tail.every((a, i) => a === configuredServerArgs[i]);
  return { command: serverCommand, args: endsWithServerArgs ? serverArgs.slice(0, serverArgs.length - configuredServerArgs.length) : [...serverArgs] };
}
