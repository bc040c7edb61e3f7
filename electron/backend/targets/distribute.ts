/**
 * Splitting the commune's target among village teams in proportion to their households, in
 * whole numbers that add up exactly to the commune's figure (largest remainder; ties go to the
 * larger village, then to the earlier one in the list).
 */
export interface HouseholdShare {
  key: string;
  households: number;
}

export function splitByHouseholds(total: number, shares: readonly HouseholdShare[]): Map<string, number> {
  const result = new Map<string, number>();
  const households = shares.reduce((sum, s) => sum + s.households, 0);
  if (households === 0) {
    for (const s of shares) result.set(s.key, 0);
    return result;
  }
  const exact = shares.map((s, index) => {
    const value = (total * s.households) / households;
    return { s, index, floor: Math.floor(value), remainder: value - Math.floor(value) };
  });
  let left = total - exact.reduce((sum, e) => sum + e.floor, 0);
  const order = [...exact].sort(
    (a, b) => b.remainder - a.remainder || b.s.households - a.s.households || a.index - b.index,
  );
  for (const e of order) {
    const extra = left > 0 ? 1 : 0;
    left -= extra;
    result.set(e.s.key, e.floor + extra);
  }
  return result;
}
