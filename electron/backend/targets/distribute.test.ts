import { describe, expect, it } from 'vitest';
import { splitByHouseholds } from './distribute';

describe('splitByHouseholds', () => {
  it('splits in proportion, in whole numbers that add up to the total', () => {
    const split = splitByHouseholds(1000, [
      { key: 'a', households: 300 },
      { key: 'b', households: 100 },
    ]);
    expect([...split]).toEqual([
      ['a', 750],
      ['b', 250],
    ]);
  });

  it('gives the remainders to the largest fractions, then the larger village', () => {
    const split = splitByHouseholds(10, [
      { key: 'a', households: 1 },
      { key: 'b', households: 1 },
      { key: 'c', households: 1 },
    ]);
    expect([...split.values()].reduce((s, v) => s + v, 0)).toBe(10);
    expect(split.get('a')).toBe(4);
    const uneven = splitByHouseholds(7, [
      { key: 'small', households: 120 },
      { key: 'big', households: 412 },
      { key: 'mid', households: 260 },
    ]);
    expect([...uneven.values()].reduce((s, v) => s + v, 0)).toBe(7);
    expect(uneven.get('big')).toBe(4);
  });

  it('gives nothing when no village has households, and handles a zero total', () => {
    expect([...splitByHouseholds(50, [{ key: 'a', households: 0 }]).values()]).toEqual([0]);
    expect([...splitByHouseholds(0, [{ key: 'a', households: 10 }]).values()]).toEqual([0]);
  });

  it('always sums exactly (random cases)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let n = 0; n < 200; n += 1) {
      const shares = Array.from({ length: 1 + (next() % 12) }, (_, i) => ({
        key: `v${i}`,
        households: next() % 900,
      }));
      const total = next() % 100_000;
      const split = splitByHouseholds(total, shares);
      const sum = [...split.values()].reduce((s, v) => s + v, 0);
      expect(sum).toBe(shares.some((s) => s.households > 0) ? total : 0);
    }
  });
});
