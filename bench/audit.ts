/**
 * `audit.insert_100k` (issue 11): what the audit log costs on the bulk insert. The same work as
 * `activities.insert_100k` (100,000 activities with their platforms and results through the
 * backend, batches of 10,000, one transaction each), once with every batch an audited write (the
 * record taken inside its transaction: the count before after BEGIN, the count after and the
 * append before COMMIT, as `dispatch` does for an import) and once without, in the same run.
 * value = throughput audited, baseline = throughput without; ratio = value ÷ baseline.
 * Goal: the log costs at most 10 % (ratio ≥ 0.9). Also reported: `recorderShare`, the median
 * share of an audited run's time spent inside the recorder itself (what the log adds, measured
 * within the run, so less exposed to the noise between runs of a loaded machine).
 */
import { operationAudit } from '../shared/contract/audit-operations';
import { createRecorder } from '../electron/backend/audit/recorder';
import { runAudited, type AuditRecorder } from '../electron/backend/audit/scope';
import { inImmediateTransaction } from '../electron/backend/db/transaction';
import { addActivities } from '../electron/backend/activities/activity-service';
import { benchActivities, benchTeams, BATCH, elapsedSince, withDatabase } from './activity-data';
import { compareThroughput, median, round, type Benchmark } from './lib';

/** The recorder, with the time spent in it added to `spent.ns`. */
function timed(recorder: AuditRecorder, spent: { ns: bigint }): AuditRecorder {
  const clock = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    try {
      await work();
    } finally {
      spent.ns += process.hrtime.bigint() - start;
    }
  };
  return {
    after: recorder.after,
    begin: (trx) => clock(() => recorder.begin(trx)),
    async append(trx, force) {
      let appended = false;
      await clock(async () => {
        appended = await recorder.append(trx, force);
      });
      return appended;
    },
  };
}

const importOperation = operationAudit.applyActivityImport;

export const auditCostBenchmark: Benchmark = {
  name: 'audit.insert_100k',
  description: '100.000 hoạt động qua backend, mỗi lô 10.000 ghi nhật ký thao tác, so với không ghi nhật ký',
  async run(options) {
    const rows = Math.round(100_000 * options.scale);
    if (typeof importOperation !== 'object') throw new Error('applyActivityImport is not an audited write');
    const shares: number[] = [];
    const run = (side: 'audited' | 'plain') =>
      withDatabase(async (opened) => {
        const spent = { ns: 0n };
        const teams = await benchTeams(opened.db, 1_200);
        const inputs = benchActivities(teams, rows);
        const start = process.hrtime.bigint();
        for (let i = 0; i < inputs.length; i += BATCH) {
          const batch = inputs.slice(i, i + BATCH);
          if (side === 'plain') await addActivities(opened.db, batch);
          else {
            const recorder = createRecorder(
              'applyActivityImport',
              importOperation,
              { fileName: 'lo.xlsx' },
              'bench',
            );
            await runAudited(
              () => opened.db,
              timed(recorder, spent),
              () => addActivities(opened.db, batch),
              inImmediateTransaction,
            );
          }
        }
        const ms = elapsedSince(start);
        if (side === 'audited') shares.push(Number(spent.ns) / 1e6 / ms);
        const n = opened.sqlite.prepare('select count(*) from activities').pluck().get();
        if (n !== rows) throw new Error(`expected ${rows} activities, found ${String(n)}`);
        const records = opened.sqlite.prepare('select count(*) from audit_log').pluck().get();
        const expected = side === 'audited' ? Math.ceil(rows / BATCH) : 0;
        if (records !== expected)
          throw new Error(`expected ${expected} audit records, found ${String(records)}`);
        return ms;
      });
    const result = await compareThroughput(
      {
        name: this.name,
        items: rows,
        unit: 'activities/s',
        goal: 0.9,
        subject: () => run('audited'),
        reference: () => run('plain'),
      },
      options,
    );
    return { ...result, recorderShare: round(median(shares), 4) };
  },
};
