// Decides what to do when the server process goes away, free of the vscode API so it can be unit tested.
//
// A server that never finished starting (no `lsp` subcommand in an older CLI, a crash on start) is not restarted:
// restarting would fail the same way four more times, and the start failure is reported once by the controller.
// A server that ran and then crashed is restarted, unless it crashed too often recently.

export type CloseDecision =
  | { readonly restart: true }
  | { readonly restart: false; readonly reason: 'never-started' | 'crashing' };

export class RestartPolicy {
  private readonly crashTimes: number[] = [];
  private hasStarted = false;

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server answered `initialize`: from now on a close is a crash worth a restart. */
  markStarted(): void {
    this.hasStarted = true;
  }

  onClosed(): CloseDecision {
    if (!this.hasStarted) return { restart: false, reason: 'never-started' };
    const time = this.now();
    this.crashTimes.push(time);
    while (this.crashTimes.length > 0 && time - this.crashTimes[0] > this.windowMs) this.crashTimes.shift();
    if (this.crashTimes.length > this.maxRestarts) return { restart: false, reason: 'crashing' };
    return { restart: true };
  }

  /** Errors reading or writing the connection: tolerate a few in a row, then shut the connection down. */
  onError(consecutiveErrors: number | undefined): 'continue' | 'shutdown' {
    return (consecutiveErrors ?? 1) <= 3 ? 'continue' : 'shutdown';
  }
}
