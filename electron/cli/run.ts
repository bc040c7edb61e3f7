/**
 * The CLI, callable in-process (tests) and from `main.ts`. Every request the contract covers goes
 * through the backend's own dispatch (same validation, same errors as the application).
 *
 * Exit codes: 0 success; 1 the request was refused (an AppError other than `internal`: the
 * Vietnamese message on stderr, nothing written); 2 usage error (Vietnamese message and short
 * help on stderr, the database not even opened); 3 internal error.
 */
import path from 'node:path';
import { createClient } from '../../shared/contract/client';
import { AppError } from '../../shared/contract/errors';
import { createBackend, type Backend } from '../backend/backend';
import { toAppError } from '../backend/dispatch';
import { NodeHost } from '../backend/node-host';
import { defaultDatabasePath } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import {
  parseCommandArgs,
  UsageError,
  type Command,
  type CommandContext,
  type OfflineServices,
} from './args';
import { examine } from '../backend/backups/doctor';
import { verifyFile } from '../backend/backups/restore';
import { latestSchemaVersion } from '../backend/db/migrations';
import { commands } from './commands';
import { commandHelp, commandName, commandUsage, generalHelp, groupHelp, PROGRAM } from './help';
import { Output, terminalSafe, type Stream } from './output';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface CliIo {
  stdout: Stream;
  stderr: Stream;
  /** Folder that relative paths (--db) are resolved against; default process.cwd(). */
  cwd?: string;
}

export interface CliDeps {
  /** The desktop application's database (default: `defaultDatabasePath()`). */
  defaultDatabasePath?: () => string;
  /** Opens the backend (tests replace it to simulate faults). */
  openBackend?: (databasePath: string, log: (error: unknown) => void) => Promise<Backend>;
}

export function openNodeBackend(databasePath: string, log: (error: unknown) => void): Promise<Backend> {
  return createBackend({
    databasePath,
    host: new NodeHost(path.dirname(databasePath)),
    appVersion: APP_VERSION,
    log,
  });
}

type Invocation =
  | { kind: 'text'; text: string }
  | {
      kind: 'command';
      command: Command;
      values: Record<string, unknown>;
      db: string | undefined;
      json: boolean;
    };

function findCommand(words: readonly string[]): Command | undefined {
  return commands.find((c) => c.words.length === words.length && c.words.every((w, i) => w === words[i]));
}

function isGroup(word: string): boolean {
  return commands.some((c) => c.words.length > 1 && c.words[0] === word);
}

/** Reads the words of the command line; throws UsageError for anything it cannot understand. */
function parseInvocation(argv: readonly string[], defaultDatabase: string): Invocation {
  let db: string | undefined;
  let json = false;
  let i = 0;
  // Options before the command: --db, --json, --help, --version.
  for (; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) break;
    if (arg === '-h' || arg === '--help') {
      return { kind: 'text', text: generalHelp(commands, defaultDatabase, APP_VERSION) };
    }
    if (arg === '--version') return { kind: 'text', text: `${APP_VERSION}\n` };
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--db' || arg.startsWith('--db=')) {
      const value = arg === '--db' ? argv[(i += 1)] : arg.slice('--db='.length);
      if (value === undefined || value === '' || (arg === '--db' && value.startsWith('--'))) {
        throw new UsageError('Tùy chọn "--db" thiếu tên tệp dữ liệu (--db TỆP).');
      }
      if (db !== undefined) throw new UsageError('Tùy chọn "--db" chỉ được ghi một lần.');
      db = value;
      continue;
    }
    throw new UsageError(`Tùy chọn "${arg}" không hợp lệ ở vị trí này.`);
  }

  const word = argv[i];
  if (word === undefined) throw new UsageError('Chưa ghi lệnh cần chạy.');

  if (word === 'help') {
    const topic = argv.slice(i + 1);
    if (topic.length === 0)
      return { kind: 'text', text: generalHelp(commands, defaultDatabase, APP_VERSION) };
    const command = findCommand(topic);
    if (command) return { kind: 'text', text: commandHelp(command, defaultDatabase) };
    if (topic.length === 1 && isGroup(topic[0] ?? '')) {
      return { kind: 'text', text: groupHelp(topic[0] ?? '', commands) };
    }
    throw new UsageError(`Không có lệnh "${topic.join(' ')}".`);
  }

  let command = findCommand([word]);
  let rest = argv.slice(i + 1);
  if (command === undefined && isGroup(word)) {
    const sub = argv[i + 1];
    if (sub === '-h' || sub === '--help') return { kind: 'text', text: groupHelp(word, commands) };
    command = sub === undefined ? undefined : findCommand([word, sub]);
    if (command === undefined) {
      const subs = commands.filter((c) => c.words[0] === word).map((c) => c.words[1]);
      throw new UsageError(
        sub === undefined
          ? `Lệnh "${word}" cần thêm lệnh con: ${subs.join(', ')}.`
          : `Không có lệnh "${word} ${sub}". Lệnh con có: ${subs.join(', ')}.`,
      );
    }
    rest = argv.slice(i + 2);
  }
  if (command === undefined) throw new UsageError(`Không có lệnh "${word}".`);

  const parsed = parseCommandArgs(command, rest);
  if (parsed.help) return { kind: 'text', text: commandHelp(command, defaultDatabase) };
  const problem = command.validate?.(parsed.values) ?? null;
  if (problem !== null) throw new UsageError(problem, command);
  const commandDb = parsed.values.db as string | undefined;
  if (commandDb !== undefined) {
    if (db !== undefined) throw new UsageError('Tùy chọn "--db" chỉ được ghi một lần.', command);
    if (commandDb === '') throw new UsageError('Tùy chọn "--db" thiếu tên tệp dữ liệu (--db TỆP).', command);
    db = commandDb;
  }
  return { kind: 'command', command, values: parsed.values, db, json: json || parsed.values.json === true };
}

function usageText(error: UsageError): string {
  const lines = [`Lỗi cú pháp: ${error.message}`, ''];
  if (error.command) {
    lines.push(`Cách dùng: ${commandUsage(error.command)}`);
    lines.push(`Xem hướng dẫn: ${PROGRAM} help ${commandName(error.command)}`);
  } else {
    lines.push(`Cách dùng: ${PROGRAM} [--db TỆP] <lệnh> [tùy chọn]`);
    lines.push(`Các lệnh: ${commands.map(commandName).join(', ')}, help`);
    lines.push(`Xem hướng dẫn: ${PROGRAM} help`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What an offline command's `run` is given: no backend, and an api and backend that refuse to be
 * used (defineOfflineCommand hands only the path, the output and the folder to the command).
 */
const services: OfflineServices = {
  examine: (databasePath) => examine(databasePath, APP_VERSION),
  verifyBackupFile: (file) => verifyFile(file, latestSchemaVersion),
};

function offlineContext(databasePath: string, out: Output, cwd: string): CommandContext {
  const closed = (): never => {
    throw new AppError('internal', 'Lệnh này không mở tệp dữ liệu.');
  };
  return {
    api: new Proxy({} as CommandContext['api'], { get: closed }),
    backend: new Proxy({} as Backend, { get: closed }),
    out,
    cwd,
    databasePath,
    services,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], given: CliIo, deps: CliDeps = {}): Promise<number> {
  // What was typed is echoed in messages (a file name, a search): nothing reaches the terminal
  // with a control character that would drive it.
  const io: CliIo = { ...given, stdout: terminalSafe(given.stdout), stderr: terminalSafe(given.stderr) };
  const defaultDatabase = (deps.defaultDatabasePath ?? defaultDatabasePath)();
  let invocation: Invocation;
  try {
    invocation = parseInvocation(argv, defaultDatabase);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(usageText(error));
      return EXIT_USAGE;
    }
    io.stderr.write(`Lỗi nội bộ khi đọc dòng lệnh.\n${describe(error)}\n`);
    return EXIT_INTERNAL;
  }
  if (invocation.kind === 'text') {
    io.stdout.write(invocation.text);
    return EXIT_OK;
  }

  const cwd = io.cwd ?? process.cwd();
  const databasePath = path.resolve(cwd, invocation.db ?? defaultDatabase);
  const technical: unknown[] = [];
  const log = (error: unknown) => technical.push(error);
  let backend: Backend | undefined;
  let code: number;
  try {
    // A file to read that is not there is refused before the database is even opened.
    invocation.command.precheck?.(invocation.values, { cwd });
    const out = new Output(io.stdout, invocation.json, io.stderr);
    if (invocation.command.offline === true) {
      await invocation.command.run(offlineContext(databasePath, out, cwd), invocation.values);
    } else {
      const opened = await (deps.openBackend ?? openNodeBackend)(databasePath, log);
      backend = opened;
      const api = createClient((name, input) => opened.dispatch(name, input));
      await invocation.command.run(
        { api, backend: opened, out, cwd, databasePath, services },
        invocation.values,
      );
    }
    code = EXIT_OK;
  } catch (error) {
    // A file given to a command (a --text-file) that says something the command cannot take.
    if (error instanceof UsageError) {
      io.stderr.write(usageText(error));
      code = EXIT_USAGE;
    } else {
      const appError = error instanceof AppError ? error : toAppError(error, log, { file: databasePath });
      io.stderr.write(`Lỗi: ${appError.message}\n`);
      code = appError.code === 'internal' ? EXIT_INTERNAL : EXIT_REFUSED;
    }
  }
  try {
    await backend?.close();
  } catch (error) {
    log(error);
    if (code === EXIT_OK) {
      io.stderr.write('Lỗi: không đóng được tệp dữ liệu đúng cách.\n');
      code = EXIT_INTERNAL;
    }
  }
  if (technical.length > 0) {
    io.stderr.write(`Chi tiết kỹ thuật (gửi kèm khi báo lỗi):\n${technical.map(describe).join('\n')}\n`);
  }
  return code;
}
