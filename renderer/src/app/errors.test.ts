import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { toShownError } from './errors';

describe('toShownError', () => {
  it('keeps code, message and field problems of an AppError', () => {
    const error = new AppError('conflict', 'Đã có thôn "Thôn 10".', {
      fields: [{ path: 'name', message: 'Tên "Thôn 10" đã có trong danh sách.' }],
    });
    expect(toShownError(error)).toEqual({
      code: 'conflict',
      message: 'Đã có thôn "Thôn 10".',
      fields: [{ path: 'name', message: 'Tên "Thôn 10" đã có trong danh sách.' }],
    });
  });
  it('reads a plain object of the same shape (another copy of the contract, a bridge)', () => {
    const shown = toShownError({ code: 'in_use', message: 'Không xóa được.', details: { reasons: ['x'] } });
    expect(shown).toEqual({ code: 'in_use', message: 'Không xóa được.', fields: [] });
  });
  it('skips malformed field problems', () => {
    const shown = toShownError({
      code: 'validation',
      message: 'Sai.',
      details: { fields: [{ path: 1 }, null] },
    });
    expect(shown.fields).toEqual([]);
  });
  it('gives a Vietnamese message for anything else', () => {
    expect(toShownError('boom').message).toMatch(/^Đã có lỗi không mong muốn/u);
    expect(toShownError(new Error('')).message).toMatch(/^Đã có lỗi không mong muốn/u);
    expect(toShownError(new Error('Mất kết nối.')).message).toBe('Mất kết nối.');
  });
});
