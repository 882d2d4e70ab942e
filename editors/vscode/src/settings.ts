// Names shared by the manifest (package.json contributes) and the code; test/manifest.test.ts keeps them in step.

export const languageId = 'scorelang';
export const clientName = 'ScoreLang Language Server';

/** Settings live under "scorelang."; the language client reads "scorelang.trace.server" by itself. */
export const configurationSection = 'scorelang';
export const serverSection = 'scorelang.server';
export const serverPathKey = 'server.path';
export const serverArgsKey = 'server.args';
export const traceKey = 'trace.server';

/** Without a configured path the extension runs `scorelang lsp`: the CLI's language-server subcommand, from PATH. */
export const defaultServerCommand = 'scorelang';
export const defaultServerArgs: readonly string[] = ['lsp'];

export const commandIds = {
  restartServer: 'scorelang.restartServer',
  showServerOutput: 'scorelang.showServerOutput',
  runTestsInFile: 'scorelang.runTestsInCurrentFile',
  explainRecord: 'scorelang.explainRecord',
  showCompiledCSharp: 'scorelang.showCompiledCSharp',
} as const;

/** The file types whose changes the server hears about even when they are not open (a schema edited elsewhere). */
export const watchedFilesGlob = '**/*.{score,schema}';
