import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, Progress, Target, Training } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { demoLaggingVillages } from './demo-monthly';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call } = contractCaller(() => backend);

function shape(activities: readonly Activity[]) {
  return activities.map((a) => [a.date, a.teamName, a.kind, a.platforms, a.results, a.peopleReached]);
}

describe('the demo year of monthly work', () => {
  it('gives a few hundred activities, trainings, targets, and three teams behind', async () => {
    await call('loadDemo');
    const activities = await call<Activity[]>('listActivities', { period: '2026' });
    expect(activities.length).toBeGreaterThan(200);
    expect(activities.length).toBeLessThan(600);
    expect(new Set(activities.map((a) => a.kind)).size).toBe(5);
    expect(await call<Training[]>('listTrainings', {})).toHaveLength(8);
    const targets = await call<Target[]>('listTargets', { year: 2026 });
    expect(targets.filter((t) => t.teamId === null).length).toBeGreaterThan(8);

    const progress = await call<Progress>('getProgress', { period: '2026', today: '2026-12-01' });
    const lagging = progress.teams.filter((t) => t.lagging).map((t) => t.teamName.toLocaleLowerCase('vi'));
    expect(lagging).toHaveLength(demoLaggingVillages.length);
    for (const village of demoLaggingVillages) {
      expect(lagging.some((name) => name.endsWith(village.toLocaleLowerCase('vi')))).toBe(true);
    }
    expect(progress.pillars.every((p) => p.percent !== null && p.percent > 50)).toBe(true);
  });

  it('is the same on every load (deterministic)', async () => {
    await call('loadDemo');
    const first = shape(await call<Activity[]>('listActivities', {}));
    const other = await tempBackend();
    try {
      const second = await other.dispatch('loadDemo', undefined);
      expect(second.ok).toBe(true);
      const list = await other.dispatch('listActivities', {});
      expect(list.ok && shape(list.value as Activity[])).toEqual(first);
    } finally {
      await other.close();
    }
  });
});
