import { describe, expect, it } from 'vitest';
import { readParams, readSection } from '../../app/router';
import { activityLogHref } from './activity-link';

describe('the link to the activities behind a figure', () => {
  it('is the agreed address of the activity log, with only the filters given', () => {
    expect(activityLogHref({ period: '2026-Q2', indicator: 'vneid_activated' })).toBe(
      '#/hoat-dong?period=2026-Q2&indicator=vneid_activated',
    );
    const href = activityLogHref({ period: '2026', team: 'a b', pillar: 'digital_economy' });
    expect(readSection(href)).toBe('hoat-dong');
    expect(Object.fromEntries(readParams(href))).toEqual({
      period: '2026',
      team: 'a b',
      pillar: 'digital_economy',
    });
  });
});
