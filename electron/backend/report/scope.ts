/**
 * Who a report's figures are about. The figures module never reads the profile: the caller says
 * which teams count (one commune's database today, all its teams; a receiving unit will pass the
 * teams of several communes) and what the scope is called.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { ReportScopeInfo } from '../../../shared/contract/report-types';
import type { Database } from '../db/schema';

export interface ReportScope {
  info: ReportScopeInfo;
  /**
   * The teams whose work is counted; null: every team of the database (a commune's own
   * database), which also counts every training held in it.
   */
  teamIds: readonly string[] | null;
}

/** The figures of every team of the database (what the dashboard shows). */
export const wholeDatabase: ReportScope = { info: { name: '', communeCodes: [] }, teamIds: null };

/**
 * `column in (the scope's teams)`, one bound JSON value however many teams; only called when the
 * scope lists its teams.
 */
export function teamOf(column: string, teamIds: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(teamIds)}))`;
}

/**
 * The filter the team-keyed tables need: null when the scope lists every team the database has
 * ever had (a receiving unit reporting on all its communes), which counts exactly the same rows
 * without testing each against the list.
 */
export async function teamFilter(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
): Promise<readonly string[] | null> {
  if (teamIds === null) return null;
  const all = await db.selectFrom('teams').select('id').execute();
  const listed = new Set(teamIds);
  return all.every((t) => listed.has(t.id)) ? null : teamIds;
}
