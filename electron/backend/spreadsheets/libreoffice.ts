/**
 * LibreOffice as a converter: old .xls → .xlsx for reading, .docx → .pdf for documents. Optional
 * everywhere: callers ask `findSoffice()` first and fall back with a Vietnamese message.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/contract/errors';
import { oneAtATime } from '../one-at-a-time';

export interface SofficeLookup {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Whether a file exists and is a file; replaced in tests. */
  isFile?: (file: string) => boolean;
}

function isFileOnDisk(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The usual install folders, for when the installer did not put LibreOffice on PATH (Windows never does). */
function usualLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [
      env.ProgramFiles,
      env['ProgramFiles(x86)'],
      env.ProgramW6432,
      'C:\\Program Files',
      'C:\\Program Files (x86)',
    ].filter((r): r is string => typeof r === 'string' && r !== '');
    return [...new Set(roots)].map((root) => path.win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ];
}

function onPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const value = (platform === 'win32' ? (env.Path ?? env.PATH) : env.PATH) ?? '';
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  return value
    .split(platform === 'win32' ? ';' : ':')
    .filter((dir) => dir !== '')
    .flatMap((dir) => names.map((name) => pathApi.join(dir.replace(/^"|"$/gu, ''), name)));
}

/**
 * Where soffice is: `TO_CNSCD_SOFFICE` (an explicit override), then PATH, then the usual install
 * folders (C:\Program Files\LibreOffice\program\soffice.exe and the x86 one on Windows). Null when
 * LibreOffice is not installed.
 */
export function findSoffice(lookup: SofficeLookup = {}): string | null {
  const platform = lookup.platform ?? process.platform;
  const env = lookup.env ?? process.env;
  const isFile = lookup.isFile ?? isFileOnDisk;
  const override = env.TO_CNSCD_SOFFICE;
  const candidates = [
    ...(override !== undefined && override !== '' ? [override] : []),
    ...onPath(platform, env),
    ...usualLocations(platform, env),
  ];
  return candidates.find((file) => isFile(file)) ?? null;
}

export interface ConvertOptions {
  /** A soffice found earlier; null = behave as if LibreOffice were not installed; undefined = look for it. */
  soffice?: string | null;
  /** Conversion of a large sheet takes seconds; a hung LibreOffice must not hang the app. */
  timeoutMs?: number;
  /** Where the throw-away LibreOffice profile goes; the system temp folder by default. */
  tempRoot?: string;
}

/**
 * On Windows, soffice.com beside soffice.exe is the console launcher: it waits for the conversion
 * and passes on LibreOffice's messages, where the GUI launcher may return before the file exists.
 */
function consoleLauncher(soffice: string): string {
  if (!/soffice\.exe$/iu.test(soffice)) return soffice;
  const launcher = soffice.replace(/\.exe$/iu, '.com');
  return isFileOnDisk(launcher) ? launcher : soffice;
}

/** One soffice at a time in this process (see one-at-a-time.ts); each waits its turn, then has its full timeout. */
const sofficeQueue = oneAtATime();

function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: timeoutMs, windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null) reject(Object.assign(error, { stdout, stderr }));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** What went wrong when soffice did not finish normally, in words the officer can act on. */
function runFailure(error: unknown, soffice: string, name: string): string {
  const failure = error as { code?: unknown; killed?: boolean };
  if (failure.code === 'ENOENT' || failure.code === 'EACCES') {
    return `Không chạy được LibreOffice ở «${soffice}». Hãy cài lại LibreOffice (miễn phí, libreoffice.org) rồi thử lại.`;
  }
  if (failure.killed === true) {
    return `LibreOffice chạy quá lâu khi chuyển đổi tệp «${name}» nên đã bị dừng. Hãy đóng LibreOffice nếu đang mở rồi thử lại.`;
  }
  return `LibreOffice không chuyển đổi được tệp «${name}». Hãy mở tệp bằng LibreOffice hoặc Excel để kiểm tra tệp có hỏng không, rồi thử lại.`;
}

/**
 * Converts `file` with `soffice --headless --convert-to <targetExt>` into `outDir` and returns the
 * path of the result. `targetExt` is what LibreOffice takes: "xlsx", "pdf", or with a filter
 * ("pdf:writer_pdf_Export"). A fresh profile per call keeps it working while the officer has
 * LibreOffice open (it would otherwise hand the job to the running instance) and keeps two
 * conversions from fighting over one profile.
 */
export async function convertWithLibreOffice(
  file: string,
  targetExt: string,
  outDir: string,
  options: ConvertOptions = {},
): Promise<string> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (soffice === null) {
    throw new AppError(
      'unavailable',
      'Chưa cài LibreOffice nên không chuyển đổi được tệp. Hãy cài LibreOffice (miễn phí, libreoffice.org) rồi thử lại.',
    );
  }
  const source = path.resolve(file);
  const extension = (targetExt.split(':')[0] ?? targetExt).toLowerCase();
  const expected = path.join(outDir, `${path.parse(source).name}.${extension}`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.rmSync(expected, { force: true });
  const profile = fs.mkdtempSync(path.join(options.tempRoot ?? os.tmpdir(), 'to-cnscd-lo-profile-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--convert-to',
      targetExt,
      '--outdir',
      outDir,
      source,
    ];
    let stderr = '';
    try {
      const launcher = consoleLauncher(soffice);
      stderr = (await sofficeQueue.run(() => run(launcher, args, options.timeoutMs ?? 120_000))).stderr;
    } catch (error) {
      throw new AppError('unavailable', runFailure(error, soffice, path.basename(source)), {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    // soffice exits 0 even when it could not load the file ("Error: source file could not be loaded").
    if (!isFileOnDisk(expected)) {
      throw new AppError(
        'validation',
        `LibreOffice không đọc được tệp «${path.basename(source)}»: tệp hỏng, có mật khẩu, không phải loại tệp này, ` +
          'hoặc LibreOffice được cài thiếu phần cần cho loại tệp này (Calc cho bảng tính, Writer cho văn bản). ' +
          'Hãy mở tệp bằng Excel hoặc LibreOffice để kiểm tra, rồi thử lại.',
        { detail: stderr.trim() },
      );
    }
    return expected;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
