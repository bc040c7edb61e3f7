import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Progress, Target, TargetSplit } from '../../../shared/contract/monthly-types';
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

async function vneid(teamId: string, date: string, value: number) {
  await call('addActivity', {
    teamId,
    date,
    kind: 'direct_support',
    platforms: ['vneid'],
    results: [{ indicator: 'vneid_activated', value }],
  });
}

describe('targets', () => {
  it('sets the commune target, splits it by households and lists the year', async () => {
    await call<Target>('setTarget', { year: 2026, indicator: 'vneid_activated', value: 1000 });
    const preview = await call<TargetSplit>('distributeTarget', { year: 2026, indicator: 'vneid_activated' });
    expect(preview.shares.map((s) => [s.teamName, s.households, s.value])).toEqual([
      ['Tổ CNSCĐ thôn An Hải', 300, 750],
      ['Tổ CNSCĐ thôn Bình Trị', 100, 250],
    ]);
    expect(preview.applied).toBe(false);
    expect(await call<Target[]>('listTargets', { year: 2026 })).toHaveLength(1);
    await call<TargetSplit>('distributeTarget', { year: 2026, indicator: 'vneid_activated', apply: true });
    // By hand afterwards: the officer changes one team's share; setting again replaces, never duplicates.
    await call<Target>('setTarget', {
      year: 2026,
      indicator: 'vneid_activated',
      teamId: f.binhTriTeam.id,
      value: 260,
    });
    const targets = await call<Target[]>('listTargets', { year: 2026 });
    expect(targets.map((t) => [t.teamName, t.value])).toEqual([
      [null, 1000],
      ['Tổ CNSCĐ thôn An Hải', 750],
      ['Tổ CNSCĐ thôn Bình Trị', 260],
    ]);
  });

  it('refuses a split without a commune target, and targets for unknown indicators', async () => {
    const none = await refused('distributeTarget', { year: 2026, indicator: 'vneid_activated' });
    expect(none.message).toContain('Chưa có chỉ tiêu của xã');
    const unknown = await refused('setTarget', { year: 2026, indicator: 'no_such', value: 3 });
    expect(unknown.code).toBe('not_found');
    expect(await call<Target[]>('listTargets', { year: 2026 })).toEqual([]);
  });
});

describe('progress', () => {
  beforeEach(async () => {
    await call('setTarget', { year: 2026, indicator: 'vneid_activated', value: 1000 });
    await call('distributeTarget', { year: 2026, indicator: 'vneid_activated', apply: true });
    await vneid(f.anHaiTeam.id, '2026-02-10', 300);
    await vneid(f.anHaiTeam.id, '2026-04-20', 200);
    await vneid(f.binhTriTeam.id, '2026-03-20', 10);
    await vneid(f.binhTriTeam.id, '2026-12-20', 99); // Decree 09: counted in 2027.
  });

  it('adds up results of the period against the yearly target, per indicator and per team', async () => {
    const q1 = await call<Progress>('getProgress', { period: '2026-Q1', today: '2026-07-01' });
    expect(q1.period).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
      label: 'Quý I/2026',
      convention: 'decree09',
    });
    const line = q1.indicators.find((l) => l.code === 'vneid_activated');
    expect(line).toMatchObject({ target: 1000, result: 300, percent: 30, yearToDate: 300 });
    const anHai = q1.teams.find((t) => t.teamId === f.anHaiTeam.id);
    expect(anHai?.indicators).toEqual([
      expect.objectContaining({ code: 'vneid_activated', target: 750, result: 300, percent: 40 }),
    ]);
    // The commune team comes first, then village teams in alphabetical order.
    expect(q1.teams.map((t) => t.teamName)).toEqual([
      'Tổ CNSCĐ xã Đông Sơn',
      'Tổ CNSCĐ thôn An Hải',
      'Tổ CNSCĐ thôn Bình Trị',
    ]);
  });

  it('flags the teams behind the elapsed share of the year, and the pillar', async () => {
    const year = await call<Progress>('getProgress', { period: '2026', today: '2026-07-01' });
    // 15/12/2025 to 01/07/2026: 199 of 365 days.
    expect(year.elapsedShare).toBeCloseTo(199 / 365, 4);
    expect(year.indicators.find((l) => l.code === 'vneid_activated')).toMatchObject({
      result: 510,
      percent: 51,
      lagging: true,
    });
    const byTeam = Object.fromEntries(year.teams.map((t) => [t.teamName, t.lagging]));
    expect(byTeam).toEqual({
      'Tổ CNSCĐ xã Đông Sơn': false,
      'Tổ CNSCĐ thôn An Hải': false,
      'Tổ CNSCĐ thôn Bình Trị': true,
    });
    // The figure the flag is drawn from: year-to-date ÷ target, against 199/365 ≈ 54.5 %.
    expect(year.teams.map((t) => t.achievement)).toEqual([null, 66.67, 4]);
    expect(year.pillars.find((p) => p.pillar === 'digital_government')).toMatchObject({
      label: 'Chính quyền số',
      percent: 51,
      lagging: 1,
    });
    expect(year.pillars.find((p) => p.pillar === 'digital_economy')?.percent).toBeNull();
  });

  it('cuts periods by the calendar when the setting says so', async () => {
    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    const year = await call<Progress>('getProgress', { period: '2026', today: '2027-01-10' });
    expect(year.period).toMatchObject({ from: '2026-01-01', to: '2026-12-31', convention: 'calendar' });
    expect(year.indicators.find((l) => l.code === 'vneid_activated')?.result).toBe(609);
    expect(year.elapsedShare).toBe(1);
  });
});
