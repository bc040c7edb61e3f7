import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['(0912) 345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['  0386 123 456  ', '0386123456'],
    ['ĐT: 0912345678', '0912345678'],
    ['0912345678 (Zalo)', '0912345678'],
    ['9.12345678E+8', '0912345678'],
  ])('reads %s as %s', (raw, phone) => {
    expect(normalizePhone(raw)).toEqual({ phone });
  });

  it('puts back the leading zero that a number cell lost', () => {
    expect(normalizePhone(912345678)).toEqual({ phone: '0912345678' });
    expect(normalizePhone(386123456)).toEqual({ phone: '0386123456' });
    expect(normalizePhone(2553822123)).toEqual({ phone: '02553822123' });
  });

  it.each([
    ['01629123456', '0329123456'],
    ['0169 123 4567', '0391234567'],
    ['01201234567', '0701234567'],
    ['01211234567', '0791234567'],
    ['01221234567', '0771234567'],
    ['01231234567', '0831234567'],
    ['01241234567', '0841234567'],
    ['01251234567', '0851234567'],
    ['01261234567', '0761234567'],
    ['01271234567', '0811234567'],
    ['01281234567', '0781234567'],
    ['01291234567', '0821234567'],
    ['01861234567', '0561234567'],
    ['01881234567', '0581234567'],
    ['01991234567', '0591234567'],
    ['+84 1689 123 456', '0389123456'],
  ])('renumbers the old 11-digit mobile %s to %s', (raw, phone) => {
    expect(normalizePhone(raw)).toEqual({ phone });
  });

  it('renumbers an old mobile typed as a number', () => {
    expect(normalizePhone(1689123456)).toEqual({ phone: '0389123456' });
  });

  it('keeps landlines with their full 11 digits', () => {
    expect(normalizePhone('0255 3822 123')).toEqual({ phone: '02553822123' });
    expect(normalizePhone('024.3825.1234')).toEqual({ phone: '02438251234' });
    expect(normalizePhone('+84 255 3822 123')).toEqual({ phone: '02553822123' });
  });

  it('gives nothing and no problem for an empty cell', () => {
    expect(normalizePhone(null)).toEqual({ phone: null });
    expect(normalizePhone('')).toEqual({ phone: null });
    expect(normalizePhone('   ')).toEqual({ phone: null });
  });

  it.each([
    'không có',
    'abc',
    '12345',
    '091234567890',
    '0112345678',
    '01301234567',
    '+1 202 555 0100',
    '0412345678',
  ])('refuses %s with a Vietnamese problem', (raw) => {
    const result = normalizePhone(raw);
    expect(result.phone).toBeNull();
    expect(result.problem).toMatch(/^Số điện thoại «.+» không dùng được: .+Hãy ghi số di động 10 chữ số/u);
  });

  it('keeps the first of two numbers and says so', () => {
    for (const raw of ['0912345678 / 0987654321', '0912345678; 0987654321', '0912.345.678 - 0987.654.321']) {
      const result = normalizePhone(raw);
      expect(result.phone).toBe('0912345678');
      expect(result.problem).toContain('có nhiều số');
    }
  });

  it('refuses fractions and negative numbers', () => {
    expect(normalizePhone(91234.5678).phone).toBeNull();
    expect(normalizePhone(-912345678).phone).toBeNull();
  });
});

describe('formatPhone', () => {
  it('groups mobiles 4-3-3 and landlines 4-4-3', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('02553822123')).toBe('0255 3822 123');
    expect(formatPhone('123')).toBe('123');
  });
});
