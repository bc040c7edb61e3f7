/**
 * Command definitions and a strict argument parser over node:util parseArgs tokens, with
 * Vietnamese messages: unknown options, missing values, stray words and repeated options are
 * usage errors (exit code 2), found before the database is touched.
 */
import { parseArgs } from 'node:util';
import type { DatabaseSummary, DoctorReport } from '../../shared/contract/backup-types';
import type { Api } from '../../shared/contract/client';
import type { Backend } from '../backend/backend';
import type { Output } from './output';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A string option that may be given several times (values kept in order). */
  multiple?: boolean;
  /** A string option the command cannot run without. */
  required?: boolean;
  /** Name of the value in the help, e.g. "MÃ". */
  value?: string;
  /** One line of Vietnamese help. */
  help: string;
  /** Checks a string value as typed: a Vietnamese usage message when it is wrong, else null. */
  check?: (value: string) => string | null;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** A word without an option name, e.g. the file of `people import TỆP_EXCEL`; always required. */
export interface ArgumentSpec {
  /** Key of the value in the parsed values. */
  name: string;
  /** Name of the value in the help, e.g. "TỆP_EXCEL". */
  value: string;
  /** One line of Vietnamese help. */
  help: string;
  /** The last argument only: takes every remaining word (at least one), as a list. */
  variadic?: boolean;
}

/** The parsed values, typed from the specs. */
export type Values<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['multiple'] extends true
      ? string[]
      : O[K]['required'] extends true
        ? string
        : string | undefined;
};

/** The values of the positional arguments, by name. */
export type ArgumentValues<A extends readonly ArgumentSpec[]> = {
  [S in A[number] as S['name']]: S['variadic'] extends true ? string[] : string;
};

/** Where the command line was typed: relative paths are resolved against `cwd`. */
export interface CommandEnv {
  cwd: string;
}

/** What a command receives: typed access to the backend and the output. */
export interface CommandContext extends CommandEnv {
  /** The contract's typed client over the backend's own dispatch (same validation as the app). */
  api: Api;
  /** The opened backend, for the few commands allowed to call a service directly (`--force`). */
  backend: Backend;
  out: Output;
  /** The database file (`--db`, or the application's). */
  databasePath: string;
  services: OfflineServices;
}

export interface Command {
  /** The words that name it: ["info"], ["villages", "list"]. */
  words: readonly string[];
  summary: string;
  /** Longer Vietnamese explanation for `help <command>`. */
  details?: readonly string[];
  examples?: readonly string[];
  options: OptionSpecs;
  /** Positional arguments, in order. */
  arguments?: readonly ArgumentSpec[];
  /**
   * Checks how the options go together (one of two required, one only with another): a
   * Vietnamese usage message (exit code 2, the database not opened), or null when they fit.
   */
  validate?(values: Record<string, unknown>): string | null;
  /**
   * Checks on the file system made before the database is opened (a file to read that is not
   * there): throws an AppError, so the refusal (exit code 1) leaves every file alone.
   */
  precheck?(values: Record<string, unknown>, env: CommandEnv): void;
  run(ctx: CommandContext, values: Record<string, unknown>): Promise<void>;
  /**
   * Set for the commands that look at files without opening the database through the backend
   * (`doctor`, `backup verify`): they work on a damaged database too.
   */
  offline?: boolean;
}

/** What the offline commands may do without the backend's dispatch (given by run.ts). */
export interface OfflineServices {
  /** The doctor's report on the database at this path. */
  examine(databasePath: string): DoctorReport;
  /** What a backup file holds, checked on a temporary copy; throws the refusal's AppError. */
  verifyBackupFile(file: string): Promise<DatabaseSummary>;
}

/** What an offline command receives instead of the opened backend. */
export interface OfflineContext extends CommandEnv {
  /** The database file the command would open (`--db`, or the application's). */
  databasePath: string;
  out: Output;
  services: OfflineServices;
}

/** What every command's definition says about itself (words, help, options, arguments). */
interface CommandSpec<O extends OptionSpecs, A extends readonly ArgumentSpec[]> {
  words: readonly string[];
  summary: string;
  details?: readonly string[];
  examples?: readonly string[];
  options: O;
  arguments?: A;
}

/** Defines a command with values typed from its option and argument specs. */
export function defineCommand<
  const O extends OptionSpecs,
  const A extends readonly ArgumentSpec[] = readonly [],
>(
  spec: CommandSpec<O, A> & {
    validate?(values: Values<O> & ArgumentValues<A>): string | null;
    precheck?(values: Values<O> & ArgumentValues<A>, env: CommandEnv): void;
    run(ctx: CommandContext, values: Values<O> & ArgumentValues<A>): Promise<void>;
  },
): Command {
  type All = Values<O> & ArgumentValues<A>;
  const { precheck, validate } = spec;
  return {
    ...spec,
    ...(validate ? { validate: (values) => validate(values as All) } : {}),
    ...(precheck ? { precheck: (values, env) => precheck(values as All, env) } : {}),
    run: (ctx, values) => spec.run(ctx, values as All),
  };
}

/**
 * Defines a command that does not open the database (it may be damaged): `run` receives the path
 * of the database and the output only.
 */
export function defineOfflineCommand<
  const O extends OptionSpecs,
  const A extends readonly ArgumentSpec[] = readonly [],
>(
  spec: CommandSpec<O, A> & {
    run(ctx: OfflineContext, values: Values<O> & ArgumentValues<A>): Promise<void>;
  },
): Command {
  type All = Values<O> & ArgumentValues<A>;
  return {
    ...spec,
    offline: true,
    run: (ctx, values) =>
      spec.run(
        { databasePath: ctx.databasePath, out: ctx.out, cwd: ctx.cwd, services: ctx.services },
        values as All,
      ),
  };
}

/** Options every command accepts. */
export const commonOptions = {
  db: {
    type: 'string',
    value: 'TỆP',
    help: 'Tệp dữ liệu (mặc định: tệp của ứng dụng trên máy); chưa có thì tạo mới',
  },
  json: { type: 'boolean', help: 'In kết quả dạng JSON (stdout chỉ có JSON)' },
  help: { type: 'boolean', help: 'In hướng dẫn của lệnh' },
} as const satisfies OptionSpecs;

/** A mistake in how the command was typed: exit code 2, with the short help. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to show, when known. */
    readonly command?: Command,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedCommand {
  values: Record<string, unknown>;
  help: boolean;
}

/** Parses the words after the command name against its options (and the common ones). */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedCommand {
  const specs: OptionSpecs = { ...command.options, ...commonOptions };
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        { type: spec.type, multiple: spec.multiple ?? false },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((t) => t.kind === 'option' && (t.name === 'help' || t.rawName === '-h'))) {
    return { values: {}, help: true };
  }

  const values: Record<string, unknown> = {};
  const positionals = command.arguments ?? [];
  let positional = 0;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      throw new UsageError('Dấu "--" không dùng được ở đây.', command);
    }
    if (token.kind === 'positional') {
      const last = positionals[positionals.length - 1];
      if (positional >= positionals.length && last?.variadic === true) {
        if (token.value === '') throw new UsageError(`${last.value} không được để trống.`, command);
        (values[last.name] as string[]).push(token.value);
        continue;
      }
      const argument = positionals[positional];
      if (argument === undefined) {
        throw new UsageError(
          positionals.length === 0
            ? `Thừa từ "${token.value}": lệnh này không nhận tham số không có tên tùy chọn.`
            : `Thừa từ "${token.value}": lệnh này chỉ nhận ${positionals.map((a) => a.value).join(' ')}.`,
          command,
        );
      }
      if (token.value === '') throw new UsageError(`${argument.value} không được để trống.`, command);
      values[argument.name] = argument.variadic === true ? [token.value] : token.value;
      positional += 1;
      continue;
    }
    const spec = specs[token.name];
    if (spec === undefined || !token.rawName.startsWith('--')) {
      throw new UsageError(`Tùy chọn "${token.rawName}" không có trong lệnh này.`, command);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(
          `Tùy chọn "--${token.name}" không nhận giá trị (bỏ "=${token.value}").`,
          command,
        );
      }
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    // "--db --json": the next word is another option, so the value was forgotten.
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      throw new UsageError(
        `Tùy chọn "--${token.name}" thiếu giá trị${spec.value ? ` (${spec.value})` : ''}. ` +
          `Giá trị bắt đầu bằng dấu gạch thì viết --${token.name}=GIÁ_TRỊ.`,
        command,
      );
    }
    const problem = spec.check?.(value);
    if (problem !== undefined && problem !== null) throw new UsageError(problem, command);
    if (spec.multiple) {
      const list = (values[token.name] as string[] | undefined) ?? [];
      list.push(value);
      values[token.name] = list;
    } else if (values[token.name] !== undefined) {
      throw new UsageError(`Tùy chọn "--${token.name}" chỉ được ghi một lần.`, command);
    } else {
      values[token.name] = value;
    }
  }

  const missing = positionals[positional];
  if (missing !== undefined) {
    throw new UsageError(`Thiếu ${missing.value} (${missing.help}).`, command);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (values[name] !== undefined) continue;
    if (spec.required) {
      throw new UsageError(
        `Thiếu tùy chọn bắt buộc --${name}${spec.value ? ` ${spec.value}` : ''}.`,
        command,
      );
    }
    values[name] = spec.type === 'boolean' ? false : spec.multiple ? [] : undefined;
  }
  return { values, help: false };
}
