import { describe, expect, it } from 'vitest';
import { formatCount, formatCountInText, formatDecimal, parseTypedNumber } from './numbers';

describe('formatCount', () => {
  it('groups thousands with a dot, as Vietnamese text does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(3694)).toBe('3.694');
    expect(formatCount(1_048_587)).toBe('1.048.587');
  });
});

describe('formatDecimal and formatCountInText', () => {
  it('writes decimals with a comma and at most the digits asked', () => {
    expect(formatDecimal(69.85)).toBe('69,85');
    expect(formatDecimal(20.9166)).toBe('20,92');
    expect(formatDecimal(1200.5)).toBe('1.200,5');
    expect(formatDecimal(0)).toBe('0');
    expect(formatDecimal(7.25, 1)).toBe('7,3');
  });

  it('pads counts under 10 with a zero in sentences, groups the others', () => {
    expect(formatCountInText(1)).toBe('01');
    expect(formatCountInText(9)).toBe('09');
    expect(formatCountInText(10)).toBe('10');
    expect(formatCountInText(1064)).toBe('1.064');
    expect(formatCountInText(3.5)).toBe('3,5');
  });
});

describe('parseTypedNumber', () => {
  it('reads counts typed as text, with a dot for thousands and a comma or dot for decimals', () => {
    expect(parseTypedNumber('12')).toBe(12);
    expect(parseTypedNumber(' 1.200 ')).toBe(1200);
    expect(parseTypedNumber('1 048 587')).toBe(1_048_587);
    expect(parseTypedNumber('1.048.587')).toBe(1_048_587);
    expect(parseTypedNumber('2,5')).toBe(2.5);
    expect(parseTypedNumber('2.5')).toBe(2.5);
    expect(parseTypedNumber('-3')).toBe(-3);
  });

  it('says null for what is not a number', () => {
    for (const text of ['', 'mười', '12a', '1.2.3', '--1', '1,200,000']) {
      expect(parseTypedNumber(text), text).toBeNull();
    }
  });
});
