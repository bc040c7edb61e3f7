/**
 * The monthly bundle's export (issue 10, item 10): `exportBundle` for March 2026 of a commune
 * with 12 village teams and 1,000 activities in the month (Decree 09: 15/02–14/3/2026), with the
 * month's report drafted so its .docx and .xlsx travel too, as at month end.
 * value = median ms of a whole export (records read, report rendered, JSON, zip, signature, the
 * copy kept and the export recorded). Goal: value ≤ 200 ms.
 * baseline = the same records read and written as plain JSON files, without zip, signature,
 * report or record, measured in the same run; ratio = baseline ms ÷ value ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleTables } from '../shared/contract/bundle-format';
import { parsePeriod, periodRange } from '../shared/domain/periods';
import { exportBundle } from '../electron/backend/bundle/export-service';
import { ensureCommuneKey } from '../electron/backend/bundle/key-service';
import { collectRecords } from '../electron/backend/bundle/records';
import { dataPart } from '../electron/backend/bundle/write';
import type { BackendContext } from '../electron/backend/context';
import { NodeHost } from '../electron/backend/node-host';
import { setupProfile } from '../electron/backend/profile/profile-service';
import { demoProfile } from '../electron/backend/demo/demo-data';
import { createReport } from '../electron/backend/report/report-drafts';
import {
  benchActivities,
  benchTeams,
  elapsedSince,
  insertThroughBackend,
  withDatabase,
} from './activity-data';
import { median, round, type Benchmark, type BenchResult } from './lib';

const GOAL_MS = 200;
const ACTIVITIES = 1000;
const TEAMS = 12;

export const bundleExportBenchmark: Benchmark = {
  name: 'bundle.export_month_1k',
  description: 'Xuất gói số liệu một tháng của một xã (1.000 hoạt động, kèm báo cáo)',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const count = Math.max(1, Math.round(ACTIVITIES * scale));
    return withDatabase(async (opened) => {
      const dir = path.dirname(opened.file);
      const ctx: BackendContext = {
        db: opened.db,
        host: new NodeHost(dir),
        appVersion: 'bench',
        databasePath: opened.file,
        schemaVersion: opened.schemaVersion,
      };
      await setupProfile(opened.db, demoProfile);
      await ensureCommuneKey(ctx);
      log(`bundle.export_month_1k: ghi ${count} hoạt động của tháng 3/2026…`);
      const teamIds = await benchTeams(opened.db, TEAMS);
      const first = Date.UTC(2026, 1, 15);
      const inputs = benchActivities(teamIds, count).map((a, i) => ({
        ...a,
        date: new Date(first + (i % 28) * 86_400_000).toISOString().slice(0, 10),
      }));
      await insertThroughBackend(opened.db, inputs);
      const parsed = parsePeriod('2026-03');
      if (!parsed.ok) throw new Error(parsed.message);
      const period = parsed.period;
      await createReport(ctx, {
        period,
        texts: { difficulties: 'Không.', proposals: 'Không.', nextTasks: 'Tiếp tục.' },
        replaceDraft: false,
        issue: null,
      });

      const range = periodRange(period, 'decree09');
      const plainDir = path.join(dir, 'plain');
      const plain = async () => {
        const records = await collectRecords(opened.db, {
          range,
          year: 2026,
          sendPhones: false,
          reportId: null,
        });
        fs.mkdirSync(plainDir, { recursive: true });
        for (const table of bundleTables)
          fs.writeFileSync(path.join(plainDir, `${table}.json`), dataPart(records[table]));
        return records.activities.length;
      };
      // Both sides carry the same month.
      const made = await exportBundle(ctx, period);
      const plainCount = await plain();
      if (made.counts.activities !== count || plainCount !== count) {
        throw new Error(
          `export carries ${made.counts.activities} activities, plain ${plainCount}, expected ${count}`,
        );
      }
      const repeats = Math.max(10, runs * 2);
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < repeats; i += 1) {
        let start = process.hrtime.bigint();
        await exportBundle(ctx, period);
        mine.push(elapsedSince(start));
        start = process.hrtime.bigint();
        await plain();
        theirs.push(elapsedSince(start));
      }
      const value = median(mine);
      const baseline = median(theirs);
      log(`bundle.export_month_1k: xuất ${round(value, 1)} ms, JSON trần ${round(baseline, 1)} ms`);
      return {
        name: 'bundle.export_month_1k',
        value: round(value, 2),
        unit: 'ms',
        baseline: round(baseline, 2),
        ratio: round(baseline / value),
        ratioMeaning: 'baseline ms ÷ value ms (the plain JSON parts without zip, signature, report, record)',
        goal: GOAL_MS,
        goalMeaning: 'value ≤ goal (ms)',
        pass: value <= GOAL_MS,
        activities: count,
        bundleBytes: made.bytes,
        runs: repeats,
        samplesMs: { subject: mine.map((v) => round(v, 1)), reference: theirs.map((v) => round(v, 1)) },
      };
    });
  },
};
