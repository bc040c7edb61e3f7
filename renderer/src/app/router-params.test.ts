import { describe, expect, it } from 'vitest';
import { hrefWith, readParams, readSection } from './router';

describe('hash parameters', () => {
  it('reads the record a section opens', () => {
    expect(readParams('#/nguoi?id=abc').get('id')).toBe('abc');
    expect(readParams('#/nguoi').get('id')).toBeNull();
    expect(readSection('#/to?id=abc')).toBe('to');
  });
  it('writes them, and nothing when there are none', () => {
    expect(hrefWith('nguoi', { id: 'abc' })).toBe('#/nguoi?id=abc');
    expect(hrefWith('to')).toBe('#/to');
    expect(readParams(hrefWith('to', { id: 'a b&c' })).get('id')).toBe('a b&c');
  });
});
