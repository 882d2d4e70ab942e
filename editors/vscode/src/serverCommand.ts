// Works out which process to start as the language server from the user's settings. Kept free of the vscode API so
// that node's test runner can check every case (test/serverCommand.test.ts).
import * as path from 'node:path';
import { defaultServerArgs, defaultServerCommand } from './settings';

export interface ServerSettings {
  /** scorelang.server.path: the `scorelang` CLI (or a ScoreLang.Cli.dll); empty means `scorelang` from PATH. */
  readonly path?: unknown;
  /** scorelang.server.args: the arguments that make the CLI speak LSP over stdio. */
  readonly args?: unknown;
}

/** What the resolver may look at; the extension passes the real process environment and file system. */
export interface ServerEnvironment {
  readonly platform: NodeJS.Platform;
  readonly pathVariable: string | undefined;
  /** Windows executable extensions (PATHEXT). */
  readonly pathExtensions: string | undefined;
  readonly homeDir: string;
  /** The first workspace folder, against which relative paths are resolved. */
  readonly workspaceFolder: string | undefined;
  /** True when the path names a file this user may run. */
  readonly isExecutableFile: (file: string) => boolean;
  /** The extension's own `server` folder (a CLI published into the .vsix by `npm run package:with-server`), if any. */
  readonly bundledServerFolder?: string;
  /** True when the file exists (a bundled scorelang.dll need not be executable). */
  readonly fileExists?: (file: string) => boolean;
}

export type ServerCommand =
  | {
      readonly kind: 'found';
      readonly command: string;
      readonly args: readonly string[];
      /** Windows batch files (.cmd, .bat) can only be started through a shell. */
      readonly shell: boolean;
      /** How to show the command to a person: `scorelang lsp`. */
      readonly display: string;
    }
  | Missing;

type Missing = { readonly kind: 'missing'; readonly message: string };

const settingName = 'scorelang.server.path';

export function resolveServerCommand(settings: ServerSettings, env: ServerEnvironment): ServerCommand {
  const args = isStringArray(settings.args) ? settings.args : defaultServerArgs;
  const configured = typeof settings.path === 'string' ? settings.path.trim() : '';

  if (configured === '') {
    // The extension's own copy of the CLI comes first, then `scorelang` from PATH.
    const bundled = findBundled(env);
    if (bundled !== undefined) return bundled.kind === 'dll' ? withDotnet(bundled.file, args, env) : found(bundled.file, args, env);
    const onPath = findOnPath(defaultServerCommand, env);
    if (onPath === undefined) {
      return missing(
        `The ScoreLang language server cannot start: the "${defaultServerCommand}" command was not found on PATH. ` +
          `Install the ScoreLang CLI, or set "${settingName}" to its location.`,
      );
    }
    return found(onPath, args, env);
  }

  const located = locateConfigured(configured, env);
  if (located.kind === 'missing') return located;
  const file = located.file;

  // A framework-dependent build (bin/Debug/net10.0/ScoreLang.Cli.dll) runs through the dotnet host.
  if (file.toLowerCase().endsWith('.dll')) return withDotnet(file, args, env);
  return found(file, args, env);
}

function withDotnet(file: string, args: readonly string[], env: ServerEnvironment): ServerCommand {
  const dotnet = findOnPath('dotnet', env);
  if (dotnet === undefined) {
    return missing(`The ScoreLang CLI ${file} needs the "dotnet" command, but "dotnet" was not found on PATH.`);
  }
  return found(dotnet, [file, ...args], env);
}

/** The CLI in the extension's own server folder: its native launcher, or else its scorelang.dll (run with dotnet). */
function findBundled(env: ServerEnvironment): { kind: 'exe' | 'dll'; file: string } | undefined {
  if (env.bundledServerFolder === undefined) return undefined;
  const p = pathApi(env);
  const launcher = p.join(env.bundledServerFolder, env.platform === 'win32' ? `${defaultServerCommand}.exe` : defaultServerCommand);
  if (env.isExecutableFile(launcher)) return { kind: 'exe', file: launcher };
  const dll = p.join(env.bundledServerFolder, `${defaultServerCommand}.dll`);
  return (env.fileExists ?? env.isExecutableFile)(dll) ? { kind: 'dll', file: dll } : undefined;
}

/** Turns the configured value into an existing file: `~` is the home folder, relative paths start at the workspace. */
function locateConfigured(configured: string, env: ServerEnvironment): { kind: 'file'; file: string } | Missing {
  const p = pathApi(env);
  let candidate = configured;
  if (candidate === '~' || candidate.startsWith('~/') || candidate.startsWith('~\\')) {
    candidate = p.join(env.homeDir, candidate.substring(1));
  }

  const hasSeparator = /[\\/]/.test(candidate);
  if (!p.isAbsolute(candidate) && !hasSeparator) {
    // A bare name such as "scorelang-nightly" is looked up on PATH like a shell would.
    const onPath = findOnPath(candidate, env);
    if (onPath !== undefined) return { kind: 'file', file: onPath };
    return missing(`"${settingName}" is "${configured}", but no such command was found on PATH. Give the full path to the ScoreLang CLI.`);
  }

  if (!p.isAbsolute(candidate)) {
    if (env.workspaceFolder === undefined) {
      return missing(`"${settingName}" is the relative path "${configured}", but no folder is open to resolve it against. Use an absolute path.`);
    }
    candidate = p.resolve(env.workspaceFolder, candidate);
  }

  if (!env.isExecutableFile(candidate)) {
    return missing(
      `The ScoreLang language server was not found at ${candidate} ("${settingName}"). ` +
        `Correct the path, or clear the setting to run "${defaultServerCommand}" from PATH.`,
    );
  }
  return { kind: 'file', file: candidate };
}

/** Looks a command up in PATH the way the operating system would, including PATHEXT on Windows. */
export function findOnPath(name: string, env: ServerEnvironment): string | undefined {
  const p = pathApi(env);
  const windows = env.platform === 'win32';
  const directories = (env.pathVariable ?? '').split(windows ? ';' : ':').filter((d) => d.trim() !== '');
  const extensions = windows && p.extname(name) === '' ? (env.pathExtensions ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '') : [''];
  for (const directory of directories) {
    for (const extension of extensions) {
      const candidate = p.join(directory.trim().replace(/^"(.*)"$/, '$1'), name + extension.toLowerCase());
      if (env.isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function found(command: string, args: readonly string[], env: ServerEnvironment): ServerCommand {
  const shell = env.platform === 'win32' && /\.(cmd|bat)$/i.test(command);
  const display = [command, ...args].map((part) => (/\s/.test(part) ? `"${part}"` : part)).join(' ');
  return { kind: 'found', command, args: [...args], shell, display };
}

function missing(message: string): Missing {
  return { kind: 'missing', message };
}

function pathApi(env: ServerEnvironment): path.PlatformPath {
  return env.platform === 'win32' ? path.win32 : path.posix;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
