/**
 * The periodic report's figures (issue 9), `computeReportFigures` for a period; value = median ms
 * per call; baseline = ONE hand-written SQL aggregate over the same rows (the period's live
 * activities counted and summed per team and kind, what the report would scan without its
 * summaries), measured in the same run; ratio = baseline ms ÷ value ms.
 *
 * - `report.data_month_10k`: March 2026 of a commune (12 village teams, the commune's own scope:
 *   every team of its database) with 10,000 activities over the year. Goal: value ≤ 5 ms.
 * - `report.data_month_1m`: March 2026 over 1,000,000 activities of 100 communes' size (1,200
 *   teams), the scope listing every team as a receiving unit will. Goal: value ≤ 50 ms.
 * - `report.data_year_1m`: the year 2026 over the same data. Goal: value ≤ 200 ms.
 *
 * - `report.docx_full`: the whole report built to a .docx (below).
 *
 * The 1m benchmarks write their million activities through the backend first (minutes).
 */
import type { Profile } from '../shared/contract/types';
import type { OpenedDatabase } from '../electron/backend/db/database';
import { demoProfile } from '../electron/backend/demo/demo-data';
import { buildDocument } from '../electron/backend/documents/docx/build';
import { computeReportFigures } from '../electron/backend/report/figures';
import { indicatorCatalog } from '../electron/backend/report/figures-results';
import { composeReport } from '../electron/backend/report/report-content';
import { wholeDatabase, type ReportScope } from '../electron/backend/report/scope';
import { setTarget } from '../electron/backend/targets/target-service';
import { parsePeriod, periodRange } from '../shared/domain/periods';
import { elapsedSince, fillDatabase, withDatabase } from './activity-data';
import { decision, timed } from './documents';
import { median, round, type Benchmark, type BenchResult } from './lib';

/** The hand-written aggregate: the period's live activities per team and kind, straight from the table. */
function handAggregate(opened: OpenedDatabase, from: string, to: string): unknown[] {
  return opened.sqlite
    .prepare(
      `select team_id, kind, count(*), sum(people_reached), sum(households_reached) from activities
        where deleted_at is null and date between ? and ? group by team_id, kind`,
    )
    .all(from, to);
}

const reportProfile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

interface ReportBenchSpec {
  name: string;
  activities: number;
  teams: number;
  period: string;
  /** The day the report is made: a few days after the period, as an officer does. */
  today: string;
  /** List the teams in the scope (a receiving unit) rather than take the whole database. */
  listTeams: boolean;
  goalMs: number;
}

function reportBenchmark(spec: ReportBenchSpec): Benchmark {
  return {
    name: spec.name,
    description: `Số liệu báo cáo ${spec.period} trên ${spec.activities.toLocaleString('vi-VN')} hoạt động`,
    async run({ runs, scale, log }): Promise<BenchResult> {
      const count = Math.round(spec.activities * scale);
      return withDatabase(async (opened) => {
        log(`${spec.name}: ghi ${count} hoạt động…`);
        const teamIds = await fillDatabase(opened, spec.teams, count);
        const parsed = parsePeriod(spec.period);
        if (!parsed.ok) throw new Error(parsed.message);
        const period = parsed.period;
        const range = periodRange(period, 'decree09');
        const scope: ReportScope = {
          info: { name: 'Bench', communeCodes: [] },
          teamIds: spec.listTeams ? teamIds : null,
        };
        const figures = () => computeReportFigures(opened.db, scope, period, spec.today);
        // The same rows on both sides: the report's activity count must be the aggregate's.
        const first = await figures();
        const rows = handAggregate(opened, range.from, range.to) as { 'count(*)': number }[];
        const counted = rows.reduce((s, r) => s + r['count(*)'], 0);
        if (first.activities.total !== counted) {
          throw new Error(`report counts ${first.activities.total} activities, the aggregate ${counted}`);
        }
        const repeats = Math.max(20, runs * 10);
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < repeats; i += 1) {
          let start = process.hrtime.bigint();
          await figures();
          mine.push(elapsedSince(start));
          if (i < Math.max(5, runs)) {
            start = process.hrtime.bigint();
            handAggregate(opened, range.from, range.to);
            theirs.push(elapsedSince(start));
          }
        }
        const value = median(mine);
        const baseline = median(theirs);
        log(`${spec.name}: ${round(value, 2)} ms (một câu SQL tổng hợp viết tay: ${round(baseline, 1)} ms)`);
        return {
          name: spec.name,
          value: round(value),
          unit: 'ms/query',
          baseline: round(baseline),
          ratio: round(baseline / value),
          ratioMeaning:
            "baseline ms ÷ value ms: one hand-written SQL aggregate of the period's activities over the whole report's figures",
          goal: spec.goalMs,
          goalMeaning: 'value (median ms per report figures call) ≤ goal',
          pass: value <= spec.goalMs,
          items: count,
          periodActivities: counted,
          teams: spec.teams,
          runs: repeats,
        };
      });
    },
  };
}

export const reportMonth10kBenchmark = reportBenchmark({
  name: 'report.data_month_10k',
  activities: 10_000,
  teams: 12,
  period: '2026-03',
  today: '2026-03-20',
  listTeams: false,
  goalMs: 5,
});

export const reportMonth1mBenchmark = reportBenchmark({
  name: 'report.data_month_1m',
  activities: 1_000_000,
  teams: 1_200,
  period: '2026-03',
  today: '2026-03-20',
  listTeams: true,
  goalMs: 50,
});

export const reportYear1mBenchmark = reportBenchmark({
  name: 'report.data_year_1m',
  activities: 1_000_000,
  teams: 1_200,
  period: '2026',
  today: '2026-12-20',
  listTeams: true,
  goalMs: 200,
});

/**
 * `report.docx_full`: the whole periodic report of a commune (12 village teams, 10,000 activities
 * over the year, the commune's targets for every indicator with results) for March 2026 composed
 * and built to a .docx buffer — section I with its tables per pillar, the text sections, the
 * signature, and the "Biểu số liệu" of the villages; value = median ms per document (the figures
 * computed once before, as an issued report keeps them); baseline = a founding decision with 30
 * members built in the same run (documents.decision_30_members); goal: value ≤ 100 ms.
 */
export const reportDocxBenchmark: Benchmark = {
  name: 'report.docx_full',
  description: 'Báo cáo định kỳ đầy đủ (12 Tổ thôn, một tháng) thành tệp .docx',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const count = Math.round(10_000 * scale);
    return withDatabase(async (opened) => {
      log(`report.docx_full: ghi ${count} hoạt động…`);
      const teamIds = await fillDatabase(opened, 12, count);
      const catalog = await indicatorCatalog(opened.db);
      for (const indicator of catalog.filter((i) => i.active)) {
        await setTarget(opened.db, {
          year: 2026,
          indicator: indicator.code,
          teamId: null,
          value: 50 * teamIds.length,
        });
      }
      const parsed = parsePeriod('2026-03');
      if (!parsed.ok) throw new Error(parsed.message);
      const figures = await computeReportFigures(opened.db, wholeDatabase, parsed.period, '2026-03-20');
      const build = () =>
        buildDocument(
          composeReport({
            figures,
            profile: reportProfile,
            texts: {
              difficulties:
                'Một số thôn vùng núi sóng di động còn yếu, người cao tuổi chưa quen dùng điện thoại thông minh.',
              proposals: 'Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu hướng dẫn kỹ năng số.',
              nextTasks:
                'Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử và nộp hồ sơ trực tuyến.',
            },
            signer: { mode: 'vice_chairman', name: 'Nguyễn Thị Mỹ Hạnh' },
            when: { number: 5, date: '2026-03-20', year: 2026 },
          }),
        );
      const content = decision('founding_commune', 30, 0);
      const first = await build();
      if (figures.villages.length !== teamIds.length || figures.pillars.length === 0 || first.length === 0) {
        throw new Error('the report has no village table or no pillar table');
      }
      await buildDocument(content);
      const repeats = Math.max(15, runs * 3);
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < repeats; i += 1) {
        mine.push(await timed(build));
        theirs.push(await timed(() => buildDocument(content)));
      }
      const value = median(mine);
      const baseline = median(theirs);
      log(`report.docx_full: ${round(value, 1)} ms (quyết định 30 thành viên: ${round(baseline, 1)} ms)`);
      return {
        name: this.name,
        value: round(value),
        unit: 'ms/document',
        baseline: round(baseline),
        ratio: round(baseline / value),
        ratioMeaning: 'baseline ms ÷ value ms: a founding decision with 30 members over the full report',
        goal: 100,
        goalMeaning: 'value (median ms per report .docx built to a buffer) ≤ goal',
        pass: value <= 100,
        items: count,
        villages: figures.villages.length,
        indicators: figures.indicators.length,
        bytes: first.length,
        runs: repeats,
      };
    });
  },
};
