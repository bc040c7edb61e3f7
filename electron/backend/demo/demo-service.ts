import { AppError } from '../../../shared/contract/errors';
import { inTransaction } from '../db/transaction';
import type { AppInfo } from '../../../shared/contract/types';
import type { BackendContext } from '../context';
import { getInfo, isEmpty } from '../info-service';
import { setupProfile } from '../profile/profile-service';
import { insertVillages } from '../villages/village-service';
import { demoProfile, demoVillages } from './demo-data';

/**
 * Fills an empty database with the demo commune. With `force`, what is there is replaced,
 * all in one transaction.
 */
export async function loadDemo(ctx: BackendContext, options: { force?: boolean } = {}): Promise<AppInfo> {
  if (!options.force && !(await isEmpty(ctx))) {
    throw new AppError(
      'conflict',
      'Cơ sở dữ liệu đã có dữ liệu nên không nạp dữ liệu mẫu (để khỏi lẫn với dữ liệu thật). ' +
        'Hãy dùng một tệp dữ liệu mới, hoặc thêm --force để xóa hết và nạp lại.',
    );
  }
  await inTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom('villages').execute();
    await trx.deleteFrom('leaders').execute();
    await trx.deleteFrom('commune_profile').execute();
    await setupProfile(trx, demoProfile, { force: true });
    await insertVillages(trx, demoVillages);
  });
  return getInfo(ctx);
}
