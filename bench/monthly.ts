/**
 * The monthly work (issue 8):
 *
 * - `activities.insert_100k`: 100,000 activities (1,200 teams: 100 communes' size) with their platform and results written through
 *   the backend (`addActivities`: checks, ids, duplicate warnings, the half-month summary kept
 *   exact; batches of 10,000, one transaction each) against a raw better-sqlite3 prepared-statement
 *   insert of the same rows (activities, platforms, results) in one transaction. Goal ratio ≥ 0.8.
 * - `progress.year_10k`: `getProgress` for the year 2026 on a commune with 10,000 activities;
 *   value = median ms; baseline = the same figures summed straight from activities ⨝ results.
 *   Goal: value ≤ 5 ms.
 * - `progress.year_1m`: the same over 1,000,000 activities of 100 communes' size (1,200 teams).
 *   Goal: value ≤ 50 ms.
 * - `activities.list_filter_10k`: `listActivities` (what the activity log asks for each change of
 *   a filter) on a commune with 10,000 activities, for the filters of the log (none, a month, a
 *   team, a kind, a platform, an indicator, a pillar); value = the slowest filter's median ms;
 *   baseline = a raw select of all the commune's live activities. Goal: value < 100 ms.
 */
import type { OpenedDatabase } from '../electron/backend/db/database';
import type { ActivityInput } from '../shared/contract/monthly-schemas';
import { parsePeriod } from '../shared/domain/periods';
import { listActivities } from '../electron/backend/activities/activity-service';
import { nowIso } from '../electron/backend/clock';
import { newId } from '../electron/backend/ids';
import { getProgress } from '../electron/backend/progress/progress-service';
import {
  benchActivities,
  benchTeams,
  elapsedSince,
  fillDatabase,
  insertThroughBackend,
  withDatabase,
} from './activity-data';
import { compareThroughput, median, round, type Benchmark, type BenchResult } from './lib';

function rawInsert(opened: OpenedDatabase, inputs: readonly ActivityInput[]): number {
  const activity = opened.sqlite.prepare(
    'insert into activities (id, date, team_id, kind, place, people_reached, households_reached, note, ' +
      'created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const platform = opened.sqlite.prepare(
    'insert into activity_platforms (activity_id, platform_code) values (?, ?)',
  );
  const result = opened.sqlite.prepare(
    'insert into activity_results (activity_id, indicator_code, value) values (?, ?, ?)',
  );
  const start = process.hrtime.bigint();
  opened.sqlite.transaction(() => {
    for (const a of inputs) {
      const id = newId();
      const now = nowIso();
      activity.run(
        id,
        a.date,
        a.teamId,
        a.kind,
        a.place,
        a.peopleReached,
        a.householdsReached,
        a.note,
        now,
        now,
        null,
      );
      for (const p of a.platforms) platform.run(id, p);
      for (const r of a.results) result.run(id, r.indicator, r.value);
    }
  })();
  return elapsedSince(start);
}

export const insertActivitiesBenchmark: Benchmark = {
  name: 'activities.insert_100k',
  description: '100.000 hoạt động kèm kết quả qua backend so với lệnh insert chuẩn bị sẵn',
  async run(options) {
    const rows = Math.round(100_000 * options.scale);
    const run = (side: 'backend' | 'raw') =>
      withDatabase(async (opened) => {
        // 100 communes' size: 1,200 teams, so that a team has a few activities a day at most.
        const teams = await benchTeams(opened.db, 1_200);
        const inputs = benchActivities(teams, rows);
        let ms: number;
        if (side === 'raw') ms = rawInsert(opened, inputs);
        else {
          const start = process.hrtime.bigint();
          await insertThroughBackend(opened.db, inputs);
          ms = elapsedSince(start);
        }
        const n = opened.sqlite.prepare('select count(*) from activities').pluck().get();
        if (n !== rows) throw new Error(`expected ${rows} activities, found ${String(n)}`);
        return ms;
      });
    return compareThroughput(
      {
        name: this.name,
        items: rows,
        unit: 'activities/s',
        goal: 0.8,
        subject: () => run('backend'),
        reference: () => run('raw'),
      },
      options,
    );
  },
};

/** The year's results summed straight from the activities (what progress would do without the summary). */
function naiveProgress(opened: OpenedDatabase): unknown[] {
  return opened.sqlite
    .prepare(
      `select a.team_id, r.indicator_code, sum(r.value) from activities a
         join activity_results r on r.activity_id = a.id
        where a.deleted_at is null and a.date between '2025-12-15' and '2026-12-14'
        group by a.team_id, r.indicator_code`,
    )
    .all();
}

function progressBenchmark(name: string, activities: number, teams: number, goalMs: number): Benchmark {
  return {
    name,
    description: `Tiến độ cả năm trên ${activities.toLocaleString('vi-VN')} hoạt động`,
    async run({ runs, scale, log }): Promise<BenchResult> {
      const count = Math.round(activities * scale);
      return withDatabase(async (opened) => {
        log(`${name}: ghi ${count} hoạt động…`);
        await fillDatabase(opened, teams, count);
        const period = parsePeriod('2026');
        if (!period.ok) throw new Error(period.message);
        const repeats = Math.max(20, runs * 10);
        await getProgress(opened.db, period.period, '2026-12-31');
        const mine: number[] = [];
        for (let i = 0; i < repeats; i += 1) {
          const start = process.hrtime.bigint();
          await getProgress(opened.db, period.period, '2026-12-31');
          mine.push(elapsedSince(start));
        }
        const theirs: number[] = [];
        for (let i = 0; i < Math.min(5, repeats); i += 1) {
          const start = process.hrtime.bigint();
          naiveProgress(opened);
          theirs.push(elapsedSince(start));
        }
        const value = median(mine);
        const baseline = median(theirs);
        log(`${name}: ${round(value, 2)} ms (tính thẳng từ hoạt động: ${round(baseline, 1)} ms)`);
        return {
          name,
          value: round(value),
          unit: 'ms/query',
          baseline: round(baseline),
          ratio: round(baseline / value),
          ratioMeaning:
            'baseline ms ÷ value ms: the summed-from-activities query over the summary-based progress',
          goal: goalMs,
          goalMeaning: 'value (median ms per progress query) ≤ goal',
          pass: value <= goalMs,
          items: count,
          teams,
          runs: repeats,
        };
      });
    },
  };
}

export const progress10kBenchmark = progressBenchmark('progress.year_10k', 10_000, 12, 5);
export const progress1mBenchmark = progressBenchmark('progress.year_1m', 1_000_000, 1_200, 50);

export const listFilterBenchmark: Benchmark = {
  name: 'activities.list_filter_10k',
  description: 'Lọc nhật ký 10.000 hoạt động (mỗi lần đổi bộ lọc)',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const count = Math.round(10_000 * scale);
    return withDatabase(async (opened) => {
      const teamIds = await benchTeams(opened.db, 12);
      await insertThroughBackend(opened.db, benchActivities(teamIds, count));
      opened.sqlite.pragma('optimize');
      const filters = {
        none: {},
        month: { period: '2026-05' },
        team: { teamId: teamIds[3] ?? '' },
        kind: { kind: 'guidance' as const },
        platform: { platform: 'vneid' },
        indicator: { indicator: 'health_book_installed' },
        pillar: { pillar: 'digital_economy' as const },
      };
      const repeats = Math.max(5, runs * 2);
      const medians: Record<string, number> = {};
      for (const [name, filter] of Object.entries(filters)) {
        const query = 'period' in filter ? { period: parsePeriodOrThrow(filter.period) } : filter;
        await listActivities(opened.db, query);
        const times: number[] = [];
        for (let i = 0; i < repeats; i += 1) {
          const start = process.hrtime.bigint();
          await listActivities(opened.db, query);
          times.push(elapsedSince(start));
        }
        medians[name] = round(median(times), 2);
      }
      const raw: number[] = [];
      const all = opened.sqlite.prepare('select * from activities where deleted_at is null');
      for (let i = 0; i < repeats; i += 1) {
        const start = process.hrtime.bigint();
        all.all();
        raw.push(elapsedSince(start));
      }
      const value = Math.max(...Object.values(medians));
      const baseline = median(raw);
      log(`activities.list_filter_10k: ${JSON.stringify(medians)} ms`);
      return {
        name: this.name,
        value: round(value),
        unit: 'ms/filter',
        baseline: round(baseline),
        ratio: round(baseline / value),
        ratioMeaning: 'baseline ms ÷ value ms: a raw select of every activity over the slowest filtered list',
        goal: 100,
        goalMeaning: 'value (median ms of the slowest filter) < goal',
        pass: value < 100,
        items: count,
        filters: medians,
        runs: repeats,
      };
    });
  },
};

function parsePeriodOrThrow(code: string) {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}
