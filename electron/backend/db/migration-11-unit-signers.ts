/**
 * The receiving unit's signers (issue 10, item 7): its head and deputies move to the `leaders`
 * table every database has (the commune keeps its Chairman and Vice-Chairmen there), so the unit
 * chooses who signs its aggregated report as the commune does. The one signer its profile held
 * becomes the head, or a deputy when its title is a deputy's ("Phó Giám đốc"); the two columns go.
 */
import { sql, type Kysely } from 'kysely';
import { isDeputyTitle } from '../../../shared/domain/profile';

export async function moveUnitSigners(db: Kysely<unknown>): Promise<void> {
  // Decided here rather than by SQL's LIKE, which ignores the case of ASCII letters only:
  // "PHÓ GIÁM ĐỐC" or a decomposed "Phó" is a deputy too.
  const { rows } = await sql<{ name: string | null; title: string | null }>`
    select signer_name as name, signer_title as title from receiving_profile`.execute(db);
  for (const { name, title } of rows) {
    const full = (name ?? '').normalize('NFC').trim();
    if (full === '') continue;
    const role = isDeputyTitle(title ?? '') ? 'vice_chairman' : 'chairman';
    await sql`insert into leaders (role, full_name, title, sort_order)
      values (${role}, ${full}, ${title}, 0)`.execute(db);
  }
  await sql`alter table receiving_profile drop column signer_name`.execute(db);
  await sql`alter table receiving_profile drop column signer_title`.execute(db);
}
