/** Handlers of the receiving unit (issue 10), spread into the one handler table. */
import type { BackendContext } from './context';
import type { Handler } from './handlers';
import { getCompleteness } from './receiving/completeness';
import { completenessWorkbook } from './receiving/completeness-xlsx';
import { importBundles } from './receiving/import-service';
import { AppError } from '../../shared/contract/errors';
import {
  addReceivedCommunes,
  getReceivingProfile,
  listReceivedCommunes,
  removeReceivedCommune,
  requireReceivingProfile,
  setupReceivingUnit,
} from './receiving/receiving-unit';

type ReceivingOperation =
  | 'getReceivingProfile'
  | 'setupReceivingUnit'
  | 'listReceivedCommunes'
  | 'addReceivedCommunes'
  | 'removeReceivedCommune'
  | 'getCompleteness'
  | 'completenessWorkbook'
  | 'importBundles';

export function createReceivingHandlers(ctx: BackendContext): { [K in ReceivingOperation]: Handler<K> } {
  const { db } = ctx;
  return {
    getReceivingProfile: () => getReceivingProfile(db),
    setupReceivingUnit: (input) => setupReceivingUnit(db, input),
    listReceivedCommunes: () => listReceivedCommunes(db),
    addReceivedCommunes: (input) => addReceivedCommunes(db, input),
    removeReceivedCommune: ({ code }) => removeReceivedCommune(db, code),
    getCompleteness: ({ year }) => getCompleteness(db, year),
    completenessWorkbook: async ({ year }) => {
      const profile = await requireReceivingProfile(db);
      const data = await getCompleteness(db, year);
      return {
        fileName: `Theo-doi-nhan-bao-cao-${year}.xlsx`,
        base64: (await completenessWorkbook(data, profile.name)).toString('base64'),
      };
    },
    importBundles: async ({ files, dryRun, acceptKeyChange }) => {
      await requireReceivingProfile(db);
      const read = ctx.readBundle;
      if (read === undefined) {
        throw new AppError(
          'unavailable',
          'Bản ứng dụng này chưa đọc được gói dữ liệu. Hãy cập nhật ứng dụng lên bản mới hơn rồi nhập lại.',
        );
      }
      return importBundles(
        { db, databasePath: ctx.databasePath },
        files.map((f) => f.fileName),
        (i) => {
          const f = files[i];
          return read(f?.fileName ?? '', Buffer.from(f?.base64 ?? '', 'base64'));
        },
        { dryRun, acceptKeyChange },
      );
    },
  };
}
