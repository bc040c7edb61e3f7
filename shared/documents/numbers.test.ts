import { describe, expect, it } from 'vitest';
import { nextNumber, nextNumberAfter, numberText, padNumber } from './numbers';

describe('document numbers', () => {
  it('takes one more than the largest number ever given in the year', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([{ number: 1 }, { number: 7 }, { number: null }, { number: 3 }])).toBe(8);
    expect(nextNumberAfter(null)).toBe(1);
    expect(nextNumberAfter(41)).toBe(42);
  });

  it('pads numbers below 10', () => {
    expect(padNumber(1)).toBe('01');
    expect(padNumber(12)).toBe('12');
  });

  it('writes the number before the symbol, blank on the copy for signing', () => {
    expect(numberText(7, 'QĐ-UBND')).toBe('07/QĐ-UBND');
    expect(numberText(123, 'QĐ-UBND')).toBe('123/QĐ-UBND');
    expect(numberText(null, 'QĐ-UBND')).toBe('      /QĐ-UBND');
  });
});
