/**
 * A team is founded once: founding a team that already has a founding decision in force is
 * refused with that decision's number and date, and a pointer to re-organisation, unless the
 * officer knowingly records a second one (`force`).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { FoundedTeam } from '../../../../shared/contract/types';
import { isoToVi } from '../../../../shared/vi/dates';
import type { Database } from '../../db/schema';
import { foundingInForce, type StoredKind } from './queries';
import type { TeamLoader } from './team-loader';

export const isFounding = (kind: StoredKind): boolean =>
  kind === 'founding_commune' || kind === 'founding_village' || kind === 'founding_villages';

function line(f: FoundedTeam): string {
  return `${f.teamName}: Quyết định số ${f.numberText}${f.date === null ? '' : ` ngày ${isoToVi(f.date)}`}`;
}

export async function assertNotFounded(
  db: Kysely<Database>,
  load: TeamLoader,
  kind: StoredKind,
  teamIds: readonly string[],
  force: boolean,
): Promise<void> {
  if (force || !isFounding(kind)) return;
  const founded: FoundedTeam[] = [];
  for (const teamId of teamIds) {
    const doc = await foundingInForce(db, teamId);
    if (doc === null) continue;
    const team = await load(teamId);
    founded.push({
      teamId,
      teamName: team.name,
      documentId: doc.id,
      numberText: doc.numberText ?? '',
      date: doc.date,
    });
  }
  if (founded.length === 0) return;
  throw new AppError(
    'conflict',
    [
      founded.length === 1
        ? 'Tổ này đã có quyết định thành lập đang có hiệu lực:'
        : `${founded.length} Tổ đã có quyết định thành lập đang có hiệu lực:`,
      ...founded.map((f) => `  - ${line(f)}`),
      'Khi thành viên thay đổi, hãy làm quyết định kiện toàn Tổ thay vì thành lập lại. ' +
        'Chỉ ghi thêm một quyết định thành lập khi chắc chắn cần, và phải xác nhận điều đó. Chưa ghi gì.',
    ].join('\n'),
    { founded },
  );
}
