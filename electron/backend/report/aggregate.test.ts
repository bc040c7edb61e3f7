/**
 * The receiving unit's aggregate over real figures: two communes computed by the figures module
 * on their own databases (the hand-counted small commune of test-support/report-data.ts, and the
 * demo commune), and one commune whose data did not arrive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { reportData } from '../../../test-support/report-data';
import { tempBackend } from '../../../test-support/temp';
import { marchFigures } from '../../../test-support/aggregate-fixture';
import { combineFigures } from './aggregate';

let small: Backend;
let demo: Backend;
beforeEach(async () => {
  small = await tempBackend();
  await reportData(small);
  demo = await tempBackend();
  await demo.handlers.loadDemo(undefined);
});
afterEach(() => {
  small.close();
  demo.close();
});

describe('combineFigures', () => {
  it('adds the communes up, recomputes percentages from the sums, and names the commune that sent nothing', async () => {
    const a = await marchFigures(small, 'Xã Đông Sơn', '21109');
    const b = await marchFigures(demo, 'Xã An Bình', '21100');
    const scope = { name: 'Sở Khoa học và Công nghệ', communeCodes: ['21109', '21100', '21112'] };
    const all = combineFigures(scope, a.period, [
      { code: '21109', name: 'Xã Đông Sơn', figures: a },
      { code: '21112', name: 'Phường Bình Minh', figures: null },
      { code: '21100', name: 'Xã An Bình', figures: b },
    ]);

    // The small commune, counted by hand (figures.test.ts): 4 activities, 115 people, 52 households.
    expect(a.activities.total).toBe(4);
    expect(all.activities.total).toBe(4 + b.activities.total);
    expect(all.reached).toEqual({ people: 115 + b.reached.people, households: 52 + b.reached.households });
    expect(all.activities.byKind.propaganda).toBe(1 + b.activities.byKind.propaganda);
    expect(all.members.total).toBe(a.members.total + b.members.total);
    expect(all.teams.village).toBe(a.teams.village + b.teams.village);
    expect(all.trainings.sessions).toBe(a.trainings.sessions + b.trainings.sessions);

    // An indicator both communes have: targets and results added, the percentage from the sums.
    const shared = a.indicators.find(
      (l) => l.target !== null && b.indicators.some((m) => m.code === l.code && m.target !== null),
    );
    if (!shared) throw new Error('the two data sets share an indicator with targets');
    const other = b.indicators.find((m) => m.code === shared.code);
    if (!other || other.target === null || shared.target === null) throw new Error('unreachable');
    const line = all.indicators.find((l) => l.code === shared.code);
    const target = shared.target + other.target;
    const cumulative = shared.cumulative + other.cumulative;
    expect(line).toMatchObject({ target, result: shared.result + other.result, cumulative });
    expect(line?.percent).toBe(Math.round((cumulative / target) * 10_000) / 100);
    // Every indicator of either commune appears once, grouped by pillar in the pillars' order.
    const codes = new Set([...a.indicators, ...b.indicators].map((l) => l.code));
    expect(all.indicators.map((l) => l.code).sort()).toEqual([...codes].sort());
    expect(all.pillars.flatMap((p) => p.indicators.map((l) => l.code))).toEqual(
      all.indicators.map((l) => l.code),
    );

    // One row per commune, by Vietnamese name; the silent one marked, and named in a warning.
    expect(all.communes.map((c) => [c.communeName, c.received])).toEqual([
      ['Phường Bình Minh', false],
      ['Xã An Bình', true],
      ['Xã Đông Sơn', true],
    ]);
    expect(all.communes[2]).toMatchObject({
      activities: 4,
      people: 115,
      households: 52,
      members: a.members.total,
    });
    const missing = all.warnings.find((w) => w.code === 'communes_missing');
    expect(missing?.communeCodes).toEqual(['21112']);
    expect(missing?.message).toContain('Phường Bình Minh');
    expect(all.scope).toEqual(scope);
  });

  it('with nothing received, is all zeros, no indicator, and every commune to call', () => {
    const period = {
      code: '2026-03',
      kind: 'month' as const,
      label: 'Tháng 3/2026',
      from: '2026-02-15',
      to: '2026-03-14',
      convention: 'decree09' as const,
      rangeText: 'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.',
      closed: true,
    };
    const all = combineFigures({ name: 'Sở', communeCodes: ['21109'] }, period, [
      { code: '21109', name: 'Xã Đông Sơn', figures: null },
    ]);
    expect(all.activities.total).toBe(0);
    expect(all.indicators).toEqual([]);
    expect(all.warnings.map((w) => w.code)).toEqual(['communes_missing']);
  });
});
