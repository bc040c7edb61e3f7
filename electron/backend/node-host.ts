/**
 * The Host for plain Node (the CLI and the web preview): no dialogs; files are opened and
 * printed through the operating system's own programs. The OS layer (`launch`) can be replaced,
 * so tests check the exact commands without starting anything.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { Host, PrintAvailability, SaveRequest } from './host';

/** One program to start; `alternatives` are tried in order when the program is not installed. */
export interface OsCommand {
  command: string;
  args: string[];
  /** Windows only: pass the arguments as written (needed for `cmd /c start`). */
  verbatim?: boolean;
}

export interface LaunchOptions {
  /** Start and forget (a viewer that stays open); otherwise wait for the program to finish. */
  detached: boolean;
}

/** Starts a program; rejects with the spawn error (code `ENOENT` when it is not installed). */
export type Launcher = (command: OsCommand, options: LaunchOptions) => Promise<void>;

/**
 * The names of the printers installed here. Rejects with code `ENOENT` when the system has no
 * printing service to ask (no CUPS `lpstat`), with another error when the service does not answer.
 */
export type PrinterLister = (platform: NodeJS.Platform) => Promise<string[]>;

export interface NodeHostOptions {
  platform?: NodeJS.Platform;
  launch?: Launcher;
  listPrinters?: PrinterLister;
}

/** The real lister: CUPS' `lpstat -e` (one destination a line), PowerShell's Get-Printer on Windows. */
export const systemPrinters: PrinterLister = (platform) =>
  new Promise((resolve, reject) => {
    const [command, args] =
      platform === 'win32'
        ? [
            'powershell.exe',
            ['-NoProfile', '-NonInteractive', '-Command', 'Get-Printer | ForEach-Object Name'],
          ]
        : ['lpstat', ['-e']];
    execFile(command, args, { windowsHide: true, timeout: 15_000 }, (error, stdout) => {
      if (error) reject(error);
      else
        resolve(
          String(stdout)
            .split(/\r?\n/u)
            .map((line) => line.trim())
            .filter(Boolean),
        );
    });
  });

const printElsewhere = 'Hãy bấm “Tải về” hoặc “Lưu…” rồi in tệp từ Word/LibreOffice trên máy có máy in.';

/** Extensions `lp` (CUPS) prints directly; other files go through LibreOffice. */
const directlyPrintable = new Set(['.pdf', '.txt', '.ps', '.png', '.jpg', '.jpeg']);

/** The programs that open `file` with its default application, in the order to try. */
export function openCommands(file: string, platform: NodeJS.Platform): OsCommand[] {
  if (platform === 'win32') {
    // As Node's own `shell: true` does: cmd strips the outer quotes, then runs `start "" "file"`.
    return [{ command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${file}""`], verbatim: true }];
  }
  if (platform === 'darwin') return [{ command: 'open', args: [file] }];
  return [
    { command: 'xdg-open', args: [file] },
    { command: 'gio', args: ['open', file] },
  ];
}

/** The programs that send `file` to the default printer, in the order to try. */
export function printCommands(file: string, platform: NodeJS.Platform): OsCommand[] {
  if (platform === 'win32') {
    const quoted = `'${file.replace(/'/gu, "''")}'`;
    return [
      {
        command: 'powershell.exe',
        args: ['-NoProfile', '-NonInteractive', '-Command', `Start-Process -FilePath ${quoted} -Verb Print`],
      },
    ];
  }
  if (directlyPrintable.has(path.extname(file).toLowerCase())) return [{ command: 'lp', args: [file] }];
  return [
    { command: 'soffice', args: ['--headless', '-p', file] },
    { command: 'libreoffice', args: ['--headless', '-p', file] },
  ];
}

/** The real OS layer: child_process.spawn. */
export const spawnLauncher: Launcher = (command, { detached }) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command.command, command.args, {
      detached,
      stdio: 'ignore',
      windowsHide: true,
      windowsVerbatimArguments: command.verbatim ?? false,
    });
    child.once('error', reject);
    if (detached) {
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
      return;
    }
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command.command} kết thúc với mã ${code ?? signal ?? '?'}`));
    });
  });

function isNotInstalled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export class NodeHost implements Host {
  private readonly platform: NodeJS.Platform;
  private readonly launch: Launcher;
  private readonly listPrinters: PrinterLister;
  /** No dialog here: the web preview's screens download the file instead. */
  readonly asksWhereToSave = false;

  constructor(
    readonly dataDir: string,
    options: NodeHostOptions = {},
  ) {
    this.platform = options.platform ?? process.platform;
    this.launch = options.launch ?? spawnLauncher;
    this.listPrinters = options.listPrinters ?? systemPrinters;
  }

  /** Asks the printing service; a machine without one, or without a printer, cannot print. */
  async printAvailability(): Promise<PrintAvailability> {
    let printers: string[];
    try {
      printers = await this.listPrinters(this.platform);
    } catch (error) {
      const reason = isNotInstalled(error)
        ? 'Máy này chưa có dịch vụ in (CUPS) nên không in trực tiếp được.'
        : 'Dịch vụ in của máy không trả lời (có thể chưa chạy) nên không in trực tiếp được.';
      return { available: false, reason: `${reason} ${printElsewhere}` };
    }
    return printers.length > 0
      ? { available: true, reason: null }
      : { available: false, reason: `Máy này chưa cài máy in nào. ${printElsewhere}` };
  }

  /** No dialog without a window: callers that write files take the path from the user (e.g. `--out`). */
  async chooseSavePath(_request: SaveRequest): Promise<string | null> {
    return null;
  }

  async openPath(file: string): Promise<void> {
    const target = this.existing(file);
    await this.tryEach(
      openCommands(target, this.platform),
      { detached: true },
      (detail) =>
        new AppError(
          'unavailable',
          `Không mở được tệp "${target}" bằng chương trình mặc định (${detail}). ` +
            'Hãy mở tệp đó bằng tay từ thư mục chứa nó.',
        ),
    );
  }

  async printFile(file: string): Promise<void> {
    const target = this.existing(file);
    // LibreOffice's `-p` reports success even with no printer: ask first, never claim a print.
    const printing = await this.printAvailability();
    if (!printing.available) throw new AppError('unavailable', printing.reason ?? printElsewhere);
    await this.tryEach(
      printCommands(target, this.platform),
      { detached: false },
      (detail) =>
        new AppError(
          'unavailable',
          `Không in được tệp "${target}" (${detail}). ` +
            'Hãy mở tệp bằng chương trình soạn thảo rồi in từ đó, hoặc cài LibreOffice để in trực tiếp.',
        ),
    );
  }

  private existing(file: string): string {
    const target = path.resolve(file);
    if (!fs.existsSync(target)) {
      throw new AppError('not_found', `Không tìm thấy tệp "${target}". Hãy tạo lại tệp rồi thử lại.`);
    }
    return target;
  }

  private async tryEach(
    commands: readonly OsCommand[],
    options: LaunchOptions,
    fail: (detail: string) => AppError,
  ): Promise<void> {
    const missing: string[] = [];
    for (const command of commands) {
      try {
        await this.launch(command, options);
        return;
      } catch (error) {
        if (isNotInstalled(error)) {
          missing.push(command.command);
          continue;
        }
        throw fail(error instanceof Error ? error.message : String(error));
      }
    }
    throw fail(`máy chưa có chương trình ${missing.join(' hoặc ')}`);
  }
}
