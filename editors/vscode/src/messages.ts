// The texts a person sees when the server cannot run. Kept here so tests can check that each one says what happened
// and what to do.

export function startFailedMessage(commandDisplay: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `The ScoreLang language server did not start: "${commandDisplay}" stopped before it was ready (${reason}). ` +
    'If your ScoreLang CLI has no "lsp" command yet, update it, or set "scorelang.server.path" to a build that has one; ' +
    'what the server printed is in the "ScoreLang Language Server" output. Colouring and snippets work without it.'
  );
}

export function crashingMessage(maxRestarts: number, windowMinutes: number): string {
  return (
    `The ScoreLang language server stopped ${maxRestarts + 1} times in ${windowMinutes} minutes and will not be restarted. ` +
    'See the "ScoreLang Language Server" output, then run "ScoreLang: Restart Language Server".'
  );
}
