import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { tempBackend } from '../../../test-support/temp';
import { exportRegister } from './register-export';
import { cancelDocument, createDecision, issueDocument } from './register-service';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
});
afterEach(() => backend.close());

it('exports the year’s register with the columns of Appendix IV, cancelled numbers kept', async () => {
  const team = (await backend.handlers.listTeams(undefined))[0];
  const a = await createDecision(backend.ctx, { kind: 'founding_commune', teamIds: [team?.id ?? ''] });
  await issueDocument(backend.ctx, { id: a.id, number: null, date: '2026-02-05', confirmWarnings: true });
  const b = await createDecision(backend.ctx, { kind: 'reorganization', teamIds: [team?.id ?? ''] });
  await issueDocument(backend.ctx, { id: b.id, number: null, date: '2026-03-09', confirmWarnings: true });
  await cancelDocument(backend.ctx, b.id);
  await expect(
    backend.dispatch('updateRegisterEntry', { id: a.id, copies: 6, sentOn: '2026-02-01', notes: null }),
  ).resolves.toMatchObject({
    ok: false,
    error: { code: 'validation', details: { fields: [{ path: 'sentOn' }] } },
  });
  await backend.dispatch('updateRegisterEntry', {
    id: a.id,
    copies: 6,
    sentOn: '2026-02-06',
    notes: 'Gửi qua bưu điện',
  });

  const file = await exportRegister(backend.ctx, { year: 2026 });
  expect(file.fileName).toBe('So-van-ban-di-2026.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('sheet');
  expect(sheet.getCell(2, 1).value).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026');
  const header = (sheet.getRow(4).values as unknown[]).slice(1);
  expect(header).toEqual([
    'Số, ký hiệu văn bản',
    'Ngày, tháng văn bản',
    'Tên loại và trích yếu nội dung văn bản',
    'Người ký',
    'Nơi nhận văn bản',
    'Đơn vị, người nhận bản lưu',
    'Số lượng bản',
    'Ngày chuyển',
    'Ghi chú',
  ]);
  const first = (sheet.getRow(5).values as unknown[]).slice(1);
  expect(first.slice(0, 2)).toEqual(['01/QĐ-UBND', '05/02/2026']);
  expect(String(first[2])).toContain('Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn');
  expect(first[4]).toBe('Như Điều 4; Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c); CT, các PCT UBND xã');
  expect(first[5]).toBe('VT, VHXH');
  expect(first.slice(6, 9)).toEqual([6, '06/02/2026', 'Gửi qua bưu điện']);
  const second = (sheet.getRow(6).values as unknown[]).slice(1);
  expect(second[0]).toBe('02/QĐ-UBND');
  expect(second[8]).toBe('Đã hủy');
});
