/** Handlers of the receiving unit (issue 10), spread into the one handler table. */
import type { BackendContext } from './context';
import type { Handler } from './handlers';
import { getCompleteness } from './receiving/completeness';
import { completenessWorkbook } from './receiving/completeness-xlsx';
import { importBundles } from './receiving/import-service';
import { reconcileReceipts } from './receiving/receipts';
import { aggregateFigures, aggregateReportFile } from './receiving/aggregate-service';
import { backupBefore } from './backups/backup-service';
import { AppError } from '../../shared/contract/errors';
import {
  addReceivedCommunes,
  getReceivingProfile,
  listReceivedCommunes,
  removeReceivedCommune,
  requireReceivingProfile,
  setupReceivingUnit,
  updateReceivingProfile,
} from './receiving/receiving-unit';
import { createAggregateReport, updateAggregateReport } from './receiving/aggregate-report';
import { scanWatchFolder, setWatchFolder, watchedPaths } from './receiving/watch-folder';
import { readBundleFile } from './bundle/verify';

type ReceivingOperation =
  | 'getReceivingProfile'
  | 'setupReceivingUnit'
  | 'listReceivedCommunes'
  | 'addReceivedCommunes'
  | 'removeReceivedCommune'
  | 'getCompleteness'
  | 'completenessWorkbook'
  | 'importBundles'
  | 'getAggregateData'
  | 'aggregateReportFile'
  | 'updateReceivingProfile'
  | 'createAggregateReport'
  | 'updateAggregateReport'
  | 'setWatchFolder'
  | 'scanWatchFolder'
  | 'importWatchedBundles';

export function createReceivingHandlers(ctx: BackendContext): { [K in ReceivingOperation]: Handler<K> } {
  const { db } = ctx;
  const importCtx = { db, databasePath: ctx.databasePath };
  // After a crash between a commune file's commit and the index, the index is behind: it is
  // re-derived from the commune files once per run, before the first matrix is read.
  let reconciled = false;
  const reconcileOnce = async () => {
    if (reconciled) return;
    await requireReceivingProfile(db);
    await reconcileReceipts(importCtx);
    reconciled = true;
  };
  return {
    getReceivingProfile: () => getReceivingProfile(db),
    setupReceivingUnit: (input) => setupReceivingUnit(db, input),
    listReceivedCommunes: () => listReceivedCommunes(db),
    addReceivedCommunes: (input) => addReceivedCommunes(db, input),
    removeReceivedCommune: ({ code }) => removeReceivedCommune(db, code),
    getCompleteness: async ({ year }) => {
      await reconcileOnce();
      return getCompleteness(db, year);
    },
    completenessWorkbook: async ({ year }) => {
      const profile = await requireReceivingProfile(db);
      await reconcileOnce();
      const data = await getCompleteness(db, year);
      return {
        fileName: `Theo-doi-nhan-bao-cao-${year}.xlsx`,
        base64: (await completenessWorkbook(data, profile.name)).toString('base64'),
      };
    },
    getAggregateData: async ({ period }) => {
      await reconcileOnce();
      return aggregateFigures(importCtx, period);
    },
    aggregateReportFile: async (input) => {
      await reconcileOnce();
      return aggregateReportFile(importCtx, input);
    },
    updateReceivingProfile: (input) => updateReceivingProfile(db, input),
    createAggregateReport: async (input) => {
      await reconcileOnce();
      return createAggregateReport(ctx, input);
    },
    updateAggregateReport: (input) => updateAggregateReport(ctx, input),
    importBundles: async ({ files, dryRun, acceptKeyChanges }) => {
      await requireReceivingProfile(db);
      const read = ctx.readBundle;
      if (read === undefined) {
        throw new AppError(
          'unavailable',
          'Bản ứng dụng này chưa đọc được gói dữ liệu. Hãy cập nhật ứng dụng lên bản mới hơn rồi nhập lại.',
        );
      }
      // A verified copy of the unit's own database first (issue 11): the receipts and trust it
      // holds are what an import changes there; each commune's data file is rebuilt from bundles.
      if (!dryRun) await backupBefore(ctx, 'bundle_import');
      return importBundles(
        importCtx,
        files.map((f) => f.fileName),
        (i) => {
          const f = files[i];
          return read(Buffer.from(f?.base64 ?? '', 'base64'), f?.fileName ?? '');
        },
        { dryRun, acceptKeyChanges },
      );
    },
    setWatchFolder: ({ folder }) => setWatchFolder(db, folder),
    // The index is brought in line first, so a bundle committed before a crash is not offered again.
    scanWatchFolder: async () => {
      await reconcileOnce();
      return scanWatchFolder(db);
    },
    importWatchedBundles: async ({ files, dryRun, acceptKeyChanges }) => {
      await requireReceivingProfile(db);
      const paths = await watchedPaths(db, files);
      if (!dryRun) await backupBefore(ctx, 'bundle_import');
      return importBundles(importCtx, files, (i) => readBundleFile(paths[i] ?? ''), {
        dryRun,
        acceptKeyChanges,
      });
    },
  };
}
