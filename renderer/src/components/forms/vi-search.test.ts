import { describe, expect, it } from 'vitest';
import { foldedFilter, searchKey } from './vi-search';

describe('foldedFilter', () => {
  const option = { search: searchKey('Tổ CNSCĐ thôn An Hải') };

  it('finds a name typed without diacritics or capitals, as officers type', () => {
    expect(foldedFilter('an hai', option)).toBe(true);
    expect(foldedFilter('CNSCD THON', option)).toBe(true);
    expect(foldedFilter('Hải', option)).toBe(true);
  });

  it('does not find what the name does not hold', () => {
    expect(foldedFilter('phu loc', option)).toBe(false);
    expect(foldedFilter('an hai', undefined)).toBe(false);
  });
});
