/** A sheet's texts are held to the forms' limits and cleaned by the same sanitiser. */
import { describe, expect, it } from 'vitest';
import { readRows } from '../../../test-support/sheets';

const header = ['STT', 'Họ và tên', 'Năm sinh', 'Thôn, tổ dân phố', 'Tổ', 'Ghi chú'];

describe('row texts against the contract', () => {
  it('refuses a name or a team name longer than the form allows, and keeps the other rows', async () => {
    const result = await readRows([
      header,
      [1, `Nguyễn ${'A'.repeat(1_048_580)}`, 1980, 'Thôn An Hải', null, null],
      [2, 'Trần Thị Bình', 1990, 'Thôn An Hải', `Tổ ${'B'.repeat(500_027)}`, null],
      [3, 'Lê Văn Cường', 1985, 'Thôn An Hải', null, 'x'.repeat(1001)],
      [4, 'Phạm Thị Dung', 1992, 'Thôn An Hải', null, null],
    ]);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Phạm Thị Dung']);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(errors[0]?.message).toContain('Họ và tên: dài quá 100 ký tự');
    expect(errors[1]?.message).toContain('Tên tổ: dài quá 200 ký tự');
    expect(errors[2]?.message).toContain('Ghi chú: dài quá 1000 ký tự');
    for (const error of errors) {
      expect(error.message).toContain('Dòng này chưa được nhập.');
      expect(error.message.length).toBeLessThan(300);
    }
  });

  it('removes control characters from the texts it reads', async () => {
    const result = await readRows([
      header,
      [1, 'Nguyễn\u001b[31m Văn\u0000 An', 1980, 'Thôn\u202e Đông', null, null],
    ]);
    expect(result.rows[0]?.fullName).toBe('Nguyễn[31m Văn An');
    expect(result.rows[0]?.villageName).toBe('Thôn Đông');
  });
});
