import { describe, expect, it } from 'vitest';
import { countFilters, filtersFromParams, filtersToParams } from './activity-filters';

const team = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';

describe('filters in the route', () => {
  it('reads the agreed click-through parameters', () => {
    const params = new URLSearchParams(
      `period=2026-q2&team=${team}&indicator=vneid_activated&pillar=digital_society&kind=guidance&platform=vneid`,
    );
    expect(filtersFromParams(params)).toEqual({
      filters: {
        period: '2026-Q2',
        teamId: team,
        indicator: 'vneid_activated',
        pillar: 'digital_society',
        kind: 'guidance',
        platform: 'vneid',
      },
      ignored: [],
    });
  });
  it('leaves out and names a parameter that is not valid, and ignores other parameters', () => {
    const params = new URLSearchParams('period=2026-13&kind=party&team=abc&id=x&village=');
    expect(filtersFromParams(params)).toEqual({
      filters: {},
      ignored: ['period=2026-13', 'team=abc', 'kind=party'],
    });
  });
  it('writes back the same parameters, empty filters left out', () => {
    const filters = { period: '2026-05', teamId: team, kind: 'meeting' as const, platform: '' };
    const params = filtersToParams(filters);
    expect(params).toEqual({ period: '2026-05', team, kind: 'meeting' });
    expect(filtersFromParams(new URLSearchParams(params)).filters).toEqual({
      period: '2026-05',
      teamId: team,
      kind: 'meeting',
    });
    expect(countFilters(filters)).toBe(3);
    expect(countFilters({})).toBe(0);
  });
});
