import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivitySaved, PeriodFigures } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

async function activity(teamId: string, date: string, people: number | null, households: number | null) {
  return call<ActivitySaved>('addActivity', {
    teamId,
    date,
    kind: 'guidance',
    platforms: ['vneid'],
    peopleReached: people,
    householdsReached: households,
  });
}

describe('period figures', () => {
  beforeEach(async () => {
    // Decree 09: May 2026 runs from 15/04 to 14/05.
    await activity(f.anHaiTeam.id, '2026-04-15', 20, 8);
    await activity(f.binhTriTeam.id, '2026-05-14', 5, null);
    await activity(f.anHaiTeam.id, '2026-05-15', 100, 40); // June.
    const gone = await activity(f.binhTriTeam.id, '2026-05-01', 70, 30);
    await call('deleteActivity', { id: gone.activity.id });
    const [a, b, c] = f.people;
    await call('addTraining', {
      date: '2026-04-20',
      topic: 'Kỹ năng số',
      organiser: 'VNPT',
      attendeeIds: [a, b],
    });
    await call('addTraining', {
      date: '2026-05-10',
      topic: 'An toàn trên mạng',
      organiser: 'Viettel',
      attendeeIds: [b, c],
    });
    await call('addTraining', {
      date: '2026-06-10',
      topic: 'Thanh toán số',
      organiser: 'VNPT',
      attendeeIds: [a],
    });
  });

  it('counts the live activities of the period, their reach, the trainings and the different people trained', async () => {
    const may = await call<PeriodFigures>('getPeriodFigures', { period: '2026-05' });
    expect(may).toEqual({
      period: {
        code: '2026-05',
        kind: 'month',
        label: 'Tháng 5/2026',
        from: '2026-04-15',
        to: '2026-05-14',
        convention: 'decree09',
      },
      activities: 2,
      peopleReached: 25,
      householdsReached: 8,
      trainings: 2,
      peopleTrained: 3,
    });
    const q2 = await call<PeriodFigures>('getPeriodFigures', { period: '2026-Q2' });
    expect(q2).toMatchObject({
      activities: 3,
      peopleReached: 125,
      householdsReached: 48,
      trainings: 3,
      peopleTrained: 3,
    });
  });

  it('follows the calendar convention when the office chose it, and is all zero for an empty period', async () => {
    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    const may = await call<PeriodFigures>('getPeriodFigures', { period: '2026-05' });
    expect(may).toMatchObject({
      period: { from: '2026-05-01', to: '2026-05-31', convention: 'calendar' },
      activities: 2,
      peopleReached: 105,
      householdsReached: 40,
      trainings: 1,
      peopleTrained: 2,
    });
    const empty = await call<PeriodFigures>('getPeriodFigures', { period: '2025-02' });
    expect(empty).toMatchObject({
      activities: 0,
      peopleReached: 0,
      householdsReached: 0,
      trainings: 0,
      peopleTrained: 0,
    });
  });

  it('refuses a period that does not exist, in Vietnamese', async () => {
    const bad = await refused('getPeriodFigures', { period: '2026-13' });
    expect(bad.message).toContain('Tháng 13 không có');
  });
});
