import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { convertWithLibreOffice, findSoffice } from './libreoffice';
import { readZip, tempDir, workbookWith, zipText } from '../../../test-support/sheets';

describe('findSoffice', () => {
  const only =
    (...files: string[]) =>
    (file: string): boolean =>
      files.includes(file);

  it('finds LibreOffice in Program Files on Windows, where the installer does not touch PATH', () => {
    const env = { Path: 'C:\\Windows\\system32;C:\\Windows', ProgramFiles: 'C:\\Program Files' };
    const file = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(findSoffice({ platform: 'win32', env, isFile: only(file) })).toBe(file);
  });

  it('finds the 32-bit LibreOffice in Program Files (x86)', () => {
    const env = {
      Path: '',
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    };
    const file = 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe';
    expect(findSoffice({ platform: 'win32', env, isFile: only(file) })).toBe(file);
  });

  it('finds it on the Windows PATH first, quoted folders included', () => {
    const env = { Path: 'C:\\Windows;"D:\\Apps\\LibreOffice\\program"', ProgramFiles: 'C:\\Program Files' };
    const onPath = 'D:\\Apps\\LibreOffice\\program\\soffice.exe';
    const usual = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(findSoffice({ platform: 'win32', env, isFile: only(onPath, usual) })).toBe(onPath);
  });

  it('finds it on PATH, then in the usual places, on Linux and macOS', () => {
    expect(
      findSoffice({
        platform: 'linux',
        env: { PATH: '/opt/lo/bin:/usr/bin' },
        isFile: only('/opt/lo/bin/soffice'),
      }),
    ).toBe('/opt/lo/bin/soffice');
    expect(
      findSoffice({
        platform: 'linux',
        env: { PATH: '' },
        isFile: only('/usr/lib/libreoffice/program/soffice'),
      }),
    ).toBe('/usr/lib/libreoffice/program/soffice');
    const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(findSoffice({ platform: 'darwin', env: { PATH: '/usr/bin' }, isFile: only(mac) })).toBe(mac);
  });

  it('takes TO_CNSCD_SOFFICE before anything else', () => {
    const env = { PATH: '/usr/bin', TO_CNSCD_SOFFICE: '/custom/soffice' };
    expect(findSoffice({ platform: 'linux', env, isFile: only('/custom/soffice', '/usr/bin/soffice') })).toBe(
      '/custom/soffice',
    );
  });

  it('gives null when LibreOffice is not installed', () => {
    expect(findSoffice({ platform: 'win32', env: { Path: 'C:\\Windows' }, isFile: () => false })).toBeNull();
    expect(findSoffice({ platform: 'linux', env: { PATH: '/usr/bin' }, isFile: () => false })).toBeNull();
  });
});

describe('convertWithLibreOffice', () => {
  it('says LibreOffice is missing when soffice cannot be started', async () => {
    const error = await convertWithLibreOffice('/tmp/a.xls', 'xlsx', tempDir(), {
      soffice: path.join(tempDir(), 'no-soffice-here'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as AppError).message).toMatch(/^Không chạy được LibreOffice ở «.*no-soffice-here»/u);
  });

  it('says so when LibreOffice is not installed at all', async () => {
    const error = await convertWithLibreOffice('/tmp/a.docx', 'pdf', tempDir(), { soffice: null }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^Chưa cài LibreOffice/u),
    });
  });

  it.skipIf(findSoffice() === null)('refuses a file LibreOffice cannot load, in Vietnamese', async () => {
    const error = await convertWithLibreOffice(path.join(tempDir(), 'khong-co.docx'), 'pdf', tempDir()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^LibreOffice không đọc được tệp «khong-co\.docx»/u);
  });

  it.skipIf(findSoffice() === null)('converts a workbook and leaves no profile behind', async () => {
    const { workbook } = workbookWith([
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', 1978],
    ]);
    const dir = tempDir();
    const source = path.join(dir, 'danh sách (bản 1).xlsx');
    await workbook.xlsx.writeFile(source);
    const out = path.join(dir, 'kết quả');
    const profiles = tempDir();
    const converted = await convertWithLibreOffice(source, 'xlsx', out, { tempRoot: profiles });
    expect(converted).toBe(path.join(out, 'danh sách (bản 1).xlsx'));
    expect(zipText(readZip(fs.readFileSync(converted)), 'docProps/app.xml')).toContain('LibreOffice');
    expect(fs.readdirSync(profiles)).toEqual([]);
  });
});
