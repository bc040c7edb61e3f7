/** Which of some ids name a live (not deleted) row of a table: the reference check of every write. */
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Ids per `in (…)`: far under SQLite's 32,766 bound variables. */
const IN_CHUNK = 30_000;

export function chunks<T>(values: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

export async function liveIds(
  db: Kysely<Database>,
  table: 'people' | 'teams' | 'activities',
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', part)
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}
