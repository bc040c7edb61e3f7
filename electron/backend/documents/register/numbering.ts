/**
 * The register's numbers: one series per year for every document of the People's Committee.
 * Asked only inside the transaction that records the number, under SQLite's write lock.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import { nextNumberAfter, numberText } from '../../../../shared/documents/numbers';
import type { Database } from '../../db/schema';

export async function numberTaken(db: Kysely<Database>, year: number, number: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'summary', 'symbol', 'status'])
    .where('year', '=', year)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function takenError(year: number, number: number, by: { summary: string; symbol: string }): AppError {
  return new AppError(
    'conflict',
    `Số ${numberText(number, by.symbol)} năm ${year} đã được dùng cho văn bản "${by.summary}". ` +
      'Mỗi số chỉ dùng một lần trong năm: hãy kiểm tra lại sổ của văn thư, hoặc để trống để lấy số tiếp theo.',
    { fields: [{ path: 'number', message: `Số ${number} năm ${year} đã có trong sổ.` }] },
  );
}

/** Refuses a number the year already has. */
export async function assertNumberFree(db: Kysely<Database>, year: number, number: number): Promise<void> {
  const taken = await numberTaken(db, year, number);
  if (taken) throw takenError(year, number, taken);
}

export async function nextFreeNumber(db: Kysely<Database>, year: number): Promise<number> {
  const max = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.max<number>('number').as('m'))
    .where('year', '=', year)
    .executeTakeFirst();
  return nextNumberAfter(max?.m === undefined || max.m === null ? null : Number(max.m));
}
