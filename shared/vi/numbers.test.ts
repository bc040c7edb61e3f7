import { describe, expect, it } from 'vitest';
import { formatCount } from './numbers';

describe('formatCount', () => {
  it('groups thousands with a dot, as Vietnamese text does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(3694)).toBe('3.694');
    expect(formatCount(1_048_587)).toBe('1.048.587');
  });
});
