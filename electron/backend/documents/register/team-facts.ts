/**
 * What a decision says about its teams, read at composing and issuing: the composition warnings,
 * a re-organisation's changes since the last decision, the citation of that decision.
 */
import type { Kysely } from 'kysely';
import type { DocumentSummary, TeamWarning } from '../../../../shared/contract/types';
import { roleLabels } from '../../../../shared/domain/teams';
import { isoToVi } from '../../../../shared/vi/dates';
import type { Database } from '../../db/schema';
import { teamLoader, type TeamLoader } from './team-loader';

/** "Quyết định số 07/QĐ-UBND ngày 05/9/2022 của Chủ tịch UBND xã" — for citing an earlier decision. */
export function citation(doc: DocumentSummary): string {
  return `Quyết định số ${doc.numberText ?? ''} ngày ${doc.date ? isoToVi(doc.date) : ''} của Chủ tịch Ủy ban nhân dân xã`;
}

/** A re-organisation's changes since the team's last decision: who joins, who leaves, whose role changes. */
export async function changesSinceLastDecision(
  db: Kysely<Database>,
  teamId: string,
  load: TeamLoader = teamLoader(db),
): Promise<string[]> {
  const team = await load(teamId);
  const unlinkedStarts = team.history.filter((m) => m.decisionId === null);
  const ended = await db
    .selectFrom('memberships')
    .select(['id', 'person_id'])
    .where('team_id', '=', teamId)
    .where('end_date', 'is not', null)
    .where('end_decision_id', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
  const endedIds = new Set(ended.map((e) => e.id));
  const lines: string[] = [];
  for (const start of unlinkedStarts.filter((m) => m.endDate === null)) {
    const before = team.history.find((m) => m.personId === start.personId && endedIds.has(m.membershipId));
    lines.push(
      before
        ? `Thay đổi chức danh: ${start.fullName}, từ ${roleLabels[before.role]} thành ${roleLabels[start.role]}.`
        : `Bổ sung: ${start.fullName}, ${start.position ?? ''}, giữ chức danh ${roleLabels[start.role]}.`.replace(
            ', ,',
            ',',
          ),
    );
  }
  for (const left of team.history.filter((m) => endedIds.has(m.membershipId))) {
    const continues = unlinkedStarts.some((m) => m.personId === left.personId && m.endDate === null);
    if (!continues) lines.push(`Thôi tham gia: ${left.fullName} (${roleLabels[left.role]}).`);
  }
  return lines;
}

/** The composition warnings of the teams, today, each naming its team. */
export async function warningsFor(load: TeamLoader, teamIds: readonly string[]): Promise<TeamWarning[]> {
  const warnings: TeamWarning[] = [];
  for (const id of teamIds) {
    const team = await load(id);
    warnings.push(...team.warnings.map((w) => ({ ...w, teamId: team.id, teamName: team.name })));
  }
  return warnings;
}
