/**
 * The Electron side of the backend's Host: native save dialogs, the default program, printing.
 * Remembering folders is the backend's job; this class only asks and reports.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { FolderRequest, Host, PrintAvailability, SaveRequest } from '../backend/host';

export interface PrintCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** Name of the variable that carries the file to PowerShell, so the path is never quoted. */
export const PRINT_FILE_VARIABLE = 'TO_CNSCD_PRINT_FILE';

/**
 * How to print a file through its default program: on Windows the shell's `print` verb (the
 * program registered for .docx/.pdf prints it), elsewhere CUPS' `lp`.
 */
export function printCommand(file: string, platform: NodeJS.Platform = process.platform): PrintCommand {
  if (platform === 'win32') {
    return {
      command: 'powershell.exe',
      args: [
        '-NoProfile',
        '-NonInteractive',
        '-ExecutionPolicy',
        'Bypass',
        '-Command',
        `Start-Process -FilePath $env:${PRINT_FILE_VARIABLE} -Verb Print`,
      ],
      env: { [PRINT_FILE_VARIABLE]: file },
    };
  }
  // `--` so that a file name starting with "-" is not read as an option.
  return { command: 'lp', args: ['--', file] };
}

function run(command: PrintCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      command.command,
      command.args,
      { env: { ...process.env, ...command.env }, windowsHide: true, timeout: 60_000 },
      (error, _stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr: String(stderr) }));
        else resolve();
      },
    );
  });
}

export interface ElectronHostOptions {
  dataDir: string;
  /** Folder a save dialog starts in when the backend remembers none (the user's Documents). */
  documentsDir: string;
  getWindow: () => BrowserWindow | null;
  platform?: NodeJS.Platform;
}

export class ElectronHost implements Host {
  readonly dataDir: string;
  readonly asksWhereToSave = true;
  private readonly documentsDir: string;
  private readonly getWindow: () => BrowserWindow | null;
  private readonly platform: NodeJS.Platform;

  constructor(options: ElectronHostOptions) {
    this.dataDir = options.dataDir;
    this.documentsDir = options.documentsDir;
    this.getWindow = options.getWindow;
    this.platform = options.platform ?? process.platform;
  }

  async chooseSavePath(request: SaveRequest): Promise<string | null> {
    const options: SaveDialogOptions = {
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: path.join(request.defaultFolder ?? this.documentsDir, request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = this.getWindow();
    const result =
      window && !window.isDestroyed()
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  async chooseFolder(request: FolderRequest): Promise<string | null> {
    const options: OpenDialogOptions = {
      title: request.title,
      buttonLabel: 'Chọn thư mục này',
      defaultPath: request.defaultFolder ?? this.documentsDir,
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = this.getWindow();
    const result =
      window && !window.isDestroyed()
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async openPath(file: string): Promise<void> {
    const problem = await shell.openPath(file);
    if (problem !== '') {
      throw new AppError(
        'unavailable',
        `Không mở được tệp "${path.basename(file)}": máy chưa có chương trình mở loại tệp này ` +
          `hoặc tệp đã bị xóa (${problem}). Tệp nằm ở: ${file}`,
      );
    }
  }

  /** Chromium's own list of the system's printers: none means printing cannot work. */
  async printAvailability(): Promise<PrintAvailability> {
    const window = this.getWindow();
    // Without a window there is nobody to ask; `lp` or the print verb then report for themselves.
    if (!window || window.isDestroyed()) return { available: true, reason: null };
    const printers = await window.webContents.getPrintersAsync();
    return printers.length > 0
      ? { available: true, reason: null }
      : {
          available: false,
          reason:
            'Máy này chưa cài máy in nào. Hãy cài máy in (hoặc nối lại máy in) rồi thử lại, ' +
            'hoặc bấm “Lưu…” rồi in tệp từ máy khác.',
        };
  }

  async printFile(file: string): Promise<void> {
    const printing = await this.printAvailability();
    if (!printing.available) throw new AppError('unavailable', printing.reason ?? 'Máy này chưa có máy in.');
    try {
      await run(printCommand(file, this.platform));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'unavailable',
        `Không in được tệp "${path.basename(file)}". Hãy kiểm tra máy in và chương trình mở tệp ` +
          '(ví dụ Microsoft Word), hoặc mở tệp rồi in từ chương trình đó.',
        { cause: detail },
      );
    }
  }
}
