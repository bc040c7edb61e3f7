/**
 * The receiving unit's signers (issue 10, item 7): its head and deputies move to the `leaders`
 * table every database has (the commune keeps its Chairman and Vice-Chairmen there), so the unit
 * chooses who signs its aggregated report as the commune does. The one signer its profile held
 * becomes the head, or a deputy when its title is a deputy's ("Phó Giám đốc"); the two columns go.
 */
import { sql, type Kysely } from 'kysely';

export async function moveUnitSigners(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into leaders (role, full_name, title, sort_order)
    select case when signer_title like 'Phó %' then 'vice_chairman' else 'chairman' end,
           trim(signer_name), signer_title, 0
    from receiving_profile
    where signer_name is not null and trim(signer_name) != ''`.execute(db);
  await sql`alter table receiving_profile drop column signer_name`.execute(db);
  await sql`alter table receiving_profile drop column signer_title`.execute(db);
}
