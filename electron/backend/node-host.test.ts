import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import {
  NodeHost,
  openCommands,
  printCommands,
  spawnLauncher,
  type LaunchOptions,
  type OsCommand,
} from './node-host';
import { tempDir } from '../../test-support/temp';

interface Call {
  command: OsCommand;
  options: LaunchOptions;
}

/** A fake OS layer: records each call; programs listed in `missing` are "not installed". */
function fakeLauncher(missing: readonly string[] = [], failWith?: Error) {
  const calls: Call[] = [];
  const launch = async (command: OsCommand, options: LaunchOptions) => {
    calls.push({ command, options });
    if (missing.includes(command.command)) {
      throw Object.assign(new Error(`spawn ${command.command} ENOENT`), { code: 'ENOENT' });
    }
    if (failWith) throw failWith;
  };
  return { calls, launch };
}

/** A machine with one printer installed. */
const onePrinter = async () => ['HP_LaserJet_P1102'];

let dir: string;
let file: string;

beforeEach(() => {
  dir = tempDir('to-cnscd-host-');
  file = path.join(dir, "QD thanh lap to 'Đông Sơn'.docx");
  fs.writeFileSync(file, 'x');
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('NodeHost', () => {
  it('keeps the data folder it was made with and never shows a dialog', async () => {
    const host = new NodeHost(dir);
    expect(host.dataDir).toBe(dir);
    expect(await host.chooseSavePath({ suggestedName: 'a.docx', filters: [] })).toBeNull();
  });

  it('opens with xdg-open on Linux, detached, with the absolute path', async () => {
    const fake = fakeLauncher();
    await new NodeHost(dir, { platform: 'linux', launch: fake.launch }).openPath(file);
    expect(fake.calls).toEqual([
      { command: { command: 'xdg-open', args: [file] }, options: { detached: true } },
    ]);
  });

  it('falls back to gio when xdg-open is missing, and says what is missing when both are', async () => {
    const one = fakeLauncher(['xdg-open']);
    await new NodeHost(dir, { platform: 'linux', launch: one.launch }).openPath(file);
    expect(one.calls.map((c) => c.command.command)).toEqual(['xdg-open', 'gio']);

    const none = fakeLauncher(['xdg-open', 'gio']);
    const error = await refusal(new NodeHost(dir, { platform: 'linux', launch: none.launch }).openPath(file));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('xdg-open hoặc gio');
    expect(error.message).toContain(file);
  });

  it('opens with `open` on macOS and `cmd /c start ""` on Windows', async () => {
    expect(openCommands('/a/b.docx', 'darwin')).toEqual([{ command: 'open', args: ['/a/b.docx'] }]);
    expect(openCommands('C:\\Dữ liệu\\b.docx', 'win32')).toEqual([
      { command: 'cmd.exe', args: ['/d', '/s', '/c', '"start "" "C:\\Dữ liệu\\b.docx""'], verbatim: true },
    ]);
  });

  it('prints PDFs with lp and documents through LibreOffice on Linux, waiting for the result', async () => {
    const pdf = path.join(dir, 'a.pdf');
    fs.writeFileSync(pdf, 'x');
    const fake = fakeLauncher(['soffice']);
    const host = new NodeHost(dir, { platform: 'linux', launch: fake.launch, listPrinters: onePrinter });
    await host.printFile(pdf);
    await host.printFile(file);
    expect(fake.calls).toEqual([
      { command: { command: 'lp', args: [pdf] }, options: { detached: false } },
      { command: { command: 'soffice', args: ['--headless', '-p', file] }, options: { detached: false } },
      { command: { command: 'libreoffice', args: ['--headless', '-p', file] }, options: { detached: false } },
    ]);
  });

  it("prints through the shell's Print verb on Windows, quoting the path for PowerShell", () => {
    expect(printCommands("C:\\a\\Tờ 'trình'.docx", 'win32')).toEqual([
      {
        command: 'powershell.exe',
        args: [
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          "Start-Process -FilePath 'C:\\a\\Tờ ''trình''.docx' -Verb Print",
        ],
      },
    ]);
  });

  it('a program that fails is reported in Vietnamese, without trying others', async () => {
    const fake = fakeLauncher([], new Error('lp kết thúc với mã 1'));
    const error = await refusal(
      new NodeHost(dir, { platform: 'linux', launch: fake.launch, listPrinters: onePrinter }).printFile(file),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/^Không in được tệp/u);
    expect(fake.calls).toHaveLength(1);
  });

  it('says it cannot print, and starts nothing, on a machine without a printer or a printing service', async () => {
    const fake = fakeLauncher();
    const noPrinter = new NodeHost(dir, {
      platform: 'linux',
      launch: fake.launch,
      listPrinters: async () => [],
    });
    expect(await noPrinter.printAvailability()).toEqual({
      available: false,
      reason: expect.stringContaining('chưa cài máy in nào') as string,
    });
    const refused = await refusal(noPrinter.printFile(file));
    expect(refused.code).toBe('unavailable');
    expect(refused.message).toContain('chưa cài máy in nào');
    const noCups = new NodeHost(dir, {
      platform: 'linux',
      launch: fake.launch,
      listPrinters: async () => {
        throw Object.assign(new Error('spawn lpstat ENOENT'), { code: 'ENOENT' });
      },
    });
    expect((await noCups.printAvailability()).reason).toContain('chưa có dịch vụ in (CUPS)');
    const silent = new NodeHost(dir, {
      platform: 'linux',
      launch: fake.launch,
      listPrinters: async () => {
        throw new Error('lpstat: Scheduler is not running.');
      },
    });
    expect((await silent.printAvailability()).reason).toContain('không trả lời');
    expect((await refusal(silent.printFile(file))).code).toBe('unavailable');
    expect(fake.calls).toEqual([]);
    const ready = new NodeHost(dir, { platform: 'linux', listPrinters: onePrinter });
    expect(await ready.printAvailability()).toEqual({ available: true, reason: null });
    expect(ready.asksWhereToSave).toBe(false);
  });

  it('refuses a file that does not exist, starting nothing', async () => {
    const fake = fakeLauncher();
    const host = new NodeHost(dir, { platform: 'linux', launch: fake.launch });
    expect((await refusal(host.openPath(path.join(dir, 'không có.docx')))).code).toBe('not_found');
    expect((await refusal(host.printFile(path.join(dir, 'không có.pdf')))).code).toBe('not_found');
    expect(fake.calls).toEqual([]);
  });
});

describe('spawnLauncher (the real OS layer)', () => {
  it('waits for a program and reports its exit code', async () => {
    await expect(
      spawnLauncher({ command: process.execPath, args: ['-e', ''] }, { detached: false }),
    ).resolves.toBeUndefined();
    await expect(
      spawnLauncher({ command: process.execPath, args: ['-e', 'process.exit(3)'] }, { detached: false }),
    ).rejects.toThrow('mã 3');
  });

  it('resolves as soon as a detached program has started', async () => {
    await expect(
      spawnLauncher(
        { command: process.execPath, args: ['-e', 'setTimeout(() => {}, 200)'] },
        { detached: true },
      ),
    ).resolves.toBeUndefined();
  });

  it('rejects with ENOENT for a program that is not installed', async () => {
    await expect(
      spawnLauncher({ command: 'chuong-trinh-khong-co-that', args: [] }, { detached: false }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
