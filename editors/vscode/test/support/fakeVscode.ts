// A stand-in for the `vscode` module, enough to activate the bundled extension under node's test runner (VS Code
// itself cannot run here). The parts the extension's own code uses are explicit and recorded; everything else the
// language client touches is answered by a permissive proxy that accepts any call and returns a disposable.
import Module = require('node:module');

export interface FakeVscode {
  readonly settings: Record<string, unknown>;
  readonly errors: string[];
  readonly log: string[];
  readonly registeredCommands: string[];
  install(): void;
  uninstall(): void;
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

/** Any property, call or `new` yields another permissive value; `then` is absent so it is never awaited as a promise. */
function permissive(name: string): any {
  const target = function () {} as any;
  return new Proxy(target, {
    get(_t, property) {
      if (property === 'then' || typeof property === 'symbol') return undefined;
      if (property === 'dispose') return () => undefined;
      if (property === 'toString') return () => `[fake ${name}]`;
      return permissive(`${name}.${String(property)}`);
    },
    apply: () => permissive(`${name}()`),
    construct: () => permissive(`new ${name}`),
  });
}

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (listener: (e: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly callOnDispose: () => unknown) {}
  static from(...items: { dispose(): unknown }[]) {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose() {
    this.callOnDispose();
  }
}

export function createFakeVscode(): FakeVscode {
  const settings: Record<string, unknown> = {};
  const errors: string[] = [];
  const log: string[] = [];
  const registeredCommands: string[] = [];
  const noEvent = () => ({ dispose: () => undefined });
  const outputChannel = (name: string) => {
    const write = (level: string) => (message: string) => log.push(`[${name}] ${level}: ${message}`);
    return new Proxy(
      {
        name,
        logLevel: 2,
        onDidChangeLogLevel: noEvent,
        trace: write('trace'),
        debug: write('debug'),
        info: write('info'),
        warn: write('warn'),
        error: (e: unknown) => write('error')(e instanceof Error ? e.message : String(e)),
        append: write('append'),
        appendLine: write('line'),
        replace: write('replace'),
        clear: () => undefined,
        show: () => undefined,
        hide: () => undefined,
        dispose: () => undefined,
      } as Record<string | symbol, unknown>,
      { get: (t, p) => (p in t ? t[p] : permissive(`OutputChannel.${String(p)}`)) },
    );
  };

  const explicit: Record<string, unknown> = {
    version: '1.91.0',
    EventEmitter,
    Disposable,
    window: {
      createOutputChannel: outputChannel,
      showErrorMessage: async (message: string) => {
        errors.push(message);
        return undefined;
      },
      showWarningMessage: async () => undefined,
      showInformationMessage: async () => undefined,
      onDidChangeActiveTextEditor: noEvent,
      onDidChangeVisibleTextEditors: noEvent,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
    },
    workspace: {
      getConfiguration: (section?: string) => ({
        get: (key: string, defaultValue?: unknown) => {
          const full = section ? `${section}.${key}` : key;
          return full in settings ? settings[full] : defaultValue;
        },
      }),
      workspaceFolders: undefined,
      textDocuments: [],
      notebookDocuments: [],
      createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose: () => undefined }),
      onDidChangeConfiguration: noEvent,
      onDidOpenTextDocument: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidSaveTextDocument: noEvent,
      onWillSaveTextDocument: noEvent,
      onDidChangeWorkspaceFolders: noEvent,
      onDidOpenNotebookDocument: noEvent,
      onDidCloseNotebookDocument: noEvent,
      onDidChangeNotebookDocument: noEvent,
      onDidSaveNotebookDocument: noEvent,
      onDidCreateFiles: noEvent,
      onDidRenameFiles: noEvent,
      onDidDeleteFiles: noEvent,
      onWillCreateFiles: noEvent,
      onWillRenameFiles: noEvent,
      onWillDeleteFiles: noEvent,
    },
    commands: {
      registerCommand: (id: string) => {
        registeredCommands.push(id);
        return { dispose: () => undefined };
      },
      executeCommand: async () => undefined,
    },
  };

  const vscode = new Proxy(explicit, {
    get(target, property) {
      if (typeof property === 'symbol') return undefined;
      if (property in target) {
        const value = target[property];
        // Unknown members of the explicit namespaces fall back to the permissive proxy too.
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          return new Proxy(value as Record<string, unknown>, { get: (t, p) => (typeof p === 'symbol' || p in t ? t[p as string] : permissive(`vscode.${property}.${p}`)) });
        }
        return value;
      }
      // Marked as an ES module so that `import * as vscode` (TypeScript's __importStar, esbuild's __toESM) keeps this
      // object itself instead of copying its enumerable keys, which would lose the permissive members.
      if (property === '__esModule') return true;
      if (property === 'default' || property === 'then') return undefined;
      return permissive(`vscode.${property}`);
    },
  });

  const moduleWithLoad = Module as unknown as { _load: Loader };
  const originalLoad = moduleWithLoad._load;
  return {
    settings,
    errors,
    log,
    registeredCommands,
    install() {
      moduleWithLoad._load = (request, parent, isMain) => (request === 'vscode' ? vscode : originalLoad(request, parent, isMain));
    },
    uninstall() {
      moduleWithLoad._load = originalLoad;
    },
  };
}
