/** Files that are not readable lists: each refused with a Vietnamese AppError that says what to do. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { findSoffice } from './libreoffice';
import { openWorkbook } from './open-workbook';
import { readPeopleSheet } from './read-people';
import { tempDir, workbookWith } from '../../../test-support/sheets';

async function refusal(file: string, options: { soffice?: string | null } = {}): Promise<AppError> {
  const error = await openWorkbook(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('openWorkbook refuses', () => {
  it('a file that does not exist', async () => {
    const error = await refusal(path.join(tempDir(), 'khong-co.xlsx'));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Không tìm thấy tệp «khong-co.xlsx». Hãy chọn lại tệp cần nhập.');
  });

  it.each(['danh-sach.docx', 'danh-sach.pdf', 'danh-sach.csv', 'danh-sach'])(
    '%s, which is not a spreadsheet',
    async (name) => {
      const error = await refusal(write(name, 'Họ và tên\nNguyễn Văn An\n'));
      expect(error.code).toBe('validation');
      expect(error.message).toContain('không phải bảng tính');
      expect(error.message).toContain('.xlsx, .xls');
    },
  );

  it('an empty file', async () => {
    const error = await refusal(write('trong.xlsx', ''));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('trống (0 byte)');
  });

  it('an .xlsx that is not a zip', async () => {
    const error = await refusal(write('hong.xlsx', 'this is not a workbook'));
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^Không đọc được tệp «hong\.xlsx»: tệp bị hỏng/u);
  });

  it('a truncated .xlsx', async () => {
    const { workbook } = workbookWith([
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', 1978],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const error = await refusal(write('cut.xlsx', bytes.subarray(0, bytes.length / 2)));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('tệp bị hỏng');
  });

  it('an old .xls when LibreOffice is not installed, saying how to save it as .xlsx', async () => {
    const error = await refusal(write('cu.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex')), { soffice: null });
    expect(error.code).toBe('validation');
    expect(error.message).toContain('Lưu thành (Save As) kiểu .xlsx');
  });
});

describe('openWorkbook trusts the bytes over the name', () => {
  it('reads an .xls that is really an .xlsx without LibreOffice', async () => {
    const { workbook } = workbookWith([
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', 1978],
    ]);
    const file = write('doi-ten.xls', Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await readPeopleSheet(file, { soffice: null });
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it.skipIf(findSoffice() === null)(
    'reads an .xlsx that is really an old .xls through LibreOffice',
    async () => {
      const file = path.join(tempDir(), 'doi-ten.xlsx');
      fs.copyFileSync(
        path.join(__dirname, '../../../test-support/fixtures/spreadsheets/saved-by-libreoffice.xls'),
        file,
      );
      const result = await readPeopleSheet(file);
      expect(result.rows).toHaveLength(5);
    },
  );
});
