/**
 * The teams a document concerns, as rows of `document_teams` (migration 4) in the document's
 * order, so "a team's decisions" is an indexed query.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The teams of each document, in order; a document without teams maps to []. */
export async function teamIdsOf(
  db: Kysely<Database>,
  documentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(documentIds.map((id) => [id, []]));
  if (documentIds.length === 0) return result;
  const rows = await db
    .selectFrom('document_teams')
    .select(['document_id', 'team_id'])
    .where('document_id', 'in', [...documentIds])
    .orderBy('document_id')
    .orderBy('position')
    .execute();
  for (const r of rows) result.get(r.document_id)?.push(r.team_id);
  return result;
}

/** Records the teams of a new document, in the order given. */
export async function linkDocumentTeams(
  db: Kysely<Database>,
  documentId: string,
  teamIds: readonly string[],
): Promise<void> {
  if (teamIds.length === 0) return;
  await db
    .insertInto('document_teams')
    .values(teamIds.map((teamId, position) => ({ document_id: documentId, team_id: teamId, position })))
    .execute();
}
