import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type ExecCallback = (error: Error | null, stdout: string, stderr: string) => void;

const mocks = vi.hoisted(() => ({
  execFile: vi.fn(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  openPath: vi.fn(),
}));

vi.mock('node:child_process', () => ({ execFile: mocks.execFile }));
vi.mock('electron', () => ({
  dialog: { showSaveDialog: mocks.showSaveDialog, showOpenDialog: mocks.showOpenDialog },
  shell: { openPath: mocks.openPath },
}));

import { AppError } from '../../shared/contract/errors';
import type { BrowserWindow } from 'electron';
import { ElectronHost, PRINT_FILE_VARIABLE, printCommand } from './host';

function host(platform: NodeJS.Platform) {
  return new ElectronHost({
    dataDir: '/data',
    documentsDir: '/home/u/Documents',
    getWindow: () => null,
    platform,
  });
}

function execSucceeds() {
  mocks.execFile.mockImplementation((_cmd: string, _args: string[], _opts: unknown, cb: ExecCallback) =>
    cb(null, '', ''),
  );
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('printing', () => {
  it("on Windows uses the shell's print verb, passing the path in the environment (never quoted)", async () => {
    execSucceeds();
    const file = "C:\\Users\\Văn thư\\QĐ 'thành lập'.docx";
    await host('win32').printFile(file);
    expect(mocks.execFile).toHaveBeenCalledOnce();
    const [command, args, options] = mocks.execFile.mock.calls[0] as [
      string,
      string[],
      { env: NodeJS.ProcessEnv },
    ];
    expect(command).toBe('powershell.exe');
    expect(args.at(-1)).toBe(`Start-Process -FilePath $env:${PRINT_FILE_VARIABLE} -Verb Print`);
    expect(args.join(' ')).not.toContain(file);
    expect(options.env[PRINT_FILE_VARIABLE]).toBe(file);
  });

  it('elsewhere prints with lp, the file after "--"', async () => {
    execSucceeds();
    await host('linux').printFile('/tmp/-bao-cao.docx');
    expect(mocks.execFile.mock.calls[0]?.slice(0, 2)).toEqual(['lp', ['--', '/tmp/-bao-cao.docx']]);
    expect(printCommand('/x.pdf', 'darwin').command).toBe('lp');
  });

  it('turns a failed print into a Vietnamese application error', async () => {
    mocks.execFile.mockImplementation((_c: string, _a: string[], _o: unknown, cb: ExecCallback) =>
      cb(new Error('lp: No default destination'), '', 'lp: No default destination'),
    );
    const error = await host('linux')
      .printFile('/tmp/a.docx')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect((error as AppError).message).toMatch(/^Không in được tệp "a\.docx"/u);
  });
});

describe('opening and saving', () => {
  it('opens a file with the default program and reports a failure in Vietnamese', async () => {
    mocks.openPath.mockResolvedValueOnce('');
    await expect(host('linux').openPath('/tmp/a.docx')).resolves.toBeUndefined();
    expect(mocks.openPath).toHaveBeenCalledWith('/tmp/a.docx');
    mocks.openPath.mockResolvedValueOnce('No application');
    await expect(host('linux').openPath('/tmp/a.docx')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('starts the save dialog in the folder the backend remembers, else in Documents', async () => {
    mocks.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/chosen/a.docx' });
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    await expect(
      host('linux').chooseSavePath({ suggestedName: 'a.docx', defaultFolder: '/last', filters }),
    ).resolves.toBe('/chosen/a.docx');
    expect(mocks.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join('/last', 'a.docx'),
      filters,
      title: 'Lưu tệp',
    });
    await host('linux').chooseSavePath({ suggestedName: 'b.docx', filters });
    expect(mocks.showSaveDialog.mock.calls[1]?.[0]).toMatchObject({
      defaultPath: path.join('/home/u/Documents', 'b.docx'),
    });
  });

  it('answers null when the user cancels', async () => {
    mocks.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(host('linux').chooseSavePath({ suggestedName: 'a.docx', filters: [] })).resolves.toBeNull();
  });

  it('asks for a folder (openDirectory) starting in the one set before, else Documents; null when cancelled', async () => {
    mocks.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb'] });
    await expect(
      host('linux').chooseFolder({ title: 'Thư mục dùng chung', defaultFolder: '/shared' }),
    ).resolves.toBe('/media/usb');
    expect(mocks.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Thư mục dùng chung',
      defaultPath: '/shared',
      properties: expect.arrayContaining(['openDirectory']),
    });
    mocks.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(host('linux').chooseFolder({ title: 'Thư mục' })).resolves.toBeNull();
    expect(mocks.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({ defaultPath: '/home/u/Documents' });
  });
});

describe('print availability', () => {
  function withPrinters(printers: { name: string }[]) {
    const window = { isDestroyed: () => false, webContents: { getPrintersAsync: async () => printers } };
    return new ElectronHost({
      dataDir: '/data',
      documentsDir: '/home/u/Documents',
      getWindow: () => window as unknown as BrowserWindow,
      platform: 'linux',
    });
  }

  it('asks Chromium for the printers and refuses to print, starting nothing, when there is none', async () => {
    const none = withPrinters([]);
    expect(none.asksWhereToSave).toBe(true);
    const availability = await none.printAvailability();
    expect(availability.available).toBe(false);
    expect(availability.reason).toContain('chưa cài máy in nào');
    const error = await none.printFile('/tmp/a.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect(mocks.execFile).not.toHaveBeenCalled();
    expect(await withPrinters([{ name: 'HP' }]).printAvailability()).toEqual({
      available: true,
      reason: null,
    });
  });
});
