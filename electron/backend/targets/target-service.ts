/**
 * Targets (chỉ tiêu) for a year and indicator: the commune's, and each team's — typed, or split
 * from the commune's by households.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { Target, TargetSplit } from '../../../shared/contract/monthly-types';
import { compareVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { requireIndicator, requireTeam } from '../catalog/register-checks';
import { splitByHouseholds } from './distribute';

export interface TargetData {
  year: number;
  indicator: string;
  teamId: string | null;
  value: number;
}

async function upsert(trx: Kysely<Database>, data: TargetData, now: string): Promise<void> {
  const existing = await trx
    .selectFrom('targets')
    .select('id')
    .where('year', '=', data.year)
    .where('indicator_code', '=', data.indicator)
    .where((eb) => (data.teamId === null ? eb('team_id', 'is', null) : eb('team_id', '=', data.teamId)))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (existing === undefined) {
    await trx
      .insertInto('targets')
      .values({
        id: newId(),
        year: data.year,
        indicator_code: data.indicator,
        team_id: data.teamId,
        value: data.value,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  } else {
    await trx
      .updateTable('targets')
      .set({ value: data.value, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
  }
}

/** Sets (or changes) one target; returns the year's targets of that indicator. */
export async function setTarget(db: Kysely<Database>, data: TargetData): Promise<Target> {
  return inTransaction(db, async (trx) => {
    await requireIndicator(trx, data.indicator, 'giao chỉ tiêu mới');
    if (data.teamId !== null) await requireTeam(trx, data.teamId);
    await upsert(trx, data, nowIso());
    const found = (await listTargets(trx, data.year)).find(
      (t) => t.indicator === data.indicator && t.teamId === data.teamId,
    );
    if (found === undefined) throw new AppError('internal', 'Không lưu được chỉ tiêu.');
    return found;
  });
}

/**
 * Removes a target softly (the commune's or a team's): it no longer counts, but keeps its mark so
 * the monthly bundle tells the upper level. The teams' targets of a removed commune target stay:
 * the officer removes them one by one if they are wrong too.
 */
export async function removeTarget(db: Kysely<Database>, id: string): Promise<{ removed: true }> {
  const now = nowIso();
  const changed = await db
    .updateTable('targets')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) {
    throw new AppError('not_found', 'Không có chỉ tiêu này (có thể đã bị xóa). Hãy tải lại danh sách.');
  }
  return { removed: true };
}

/** The year's targets: the commune's first, then teams by name, in catalog order. */
export async function listTargets(db: Kysely<Database>, year: number): Promise<Target[]> {
  const rows = await db
    .selectFrom('targets as g')
    .innerJoin('indicators as i', 'i.code', 'g.indicator_code')
    .leftJoin('teams as t', 't.id', 'g.team_id')
    .select([
      'g.id',
      'g.year',
      'g.indicator_code',
      'g.team_id',
      't.name as team_name',
      'g.value',
      'g.updated_at',
      'i.sort_order',
    ])
    .where('g.year', '=', year)
    .where('g.deleted_at', 'is', null)
    .execute();
  rows.sort(
    (a, b) =>
      a.sort_order - b.sort_order ||
      Number(a.team_id !== null) - Number(b.team_id !== null) ||
      compareVi(a.team_name ?? '', b.team_name ?? ''),
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    indicator: r.indicator_code,
    teamId: r.team_id,
    teamName: r.team_name,
    value: r.value,
    updatedAt: r.updated_at,
  }));
}

/**
 * Splits the commune's target of an indicator among the active village teams by the households
 * of their villages; with `apply`, writes the split as the teams' targets (one transaction).
 */
export async function distributeTarget(
  db: Kysely<Database>,
  input: { year: number; indicator: string; apply: boolean },
): Promise<TargetSplit> {
  return inTransaction(db, async (trx) => {
    await requireIndicator(trx, input.indicator, 'giao chỉ tiêu mới');
    const commune = await trx
      .selectFrom('targets')
      .select('value')
      .where('year', '=', input.year)
      .where('indicator_code', '=', input.indicator)
      .where('team_id', 'is', null)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (commune === undefined) {
      throw new AppError(
        'conflict',
        `Chưa có chỉ tiêu của xã năm ${input.year} cho chỉ tiêu này: hãy nhập chỉ tiêu của xã trước rồi mới chia cho các thôn.`,
      );
    }
    const teams = await trx
      .selectFrom('teams as t')
      .innerJoin('villages as v', 'v.id', 't.village_id')
      .select(['t.id', 't.name', 'v.households'])
      .where('t.level', '=', 'village')
      .where('t.status', '=', 'active')
      .where('t.deleted_at', 'is', null)
      .where('v.deleted_at', 'is', null)
      .execute();
    teams.sort((a, b) => compareVi(a.name, b.name));
    if (teams.length === 0) {
      throw new AppError(
        'conflict',
        'Chưa có Tổ CNSCĐ thôn, tổ dân phố nào đang hoạt động để chia chỉ tiêu.',
      );
    }
    if (teams.every((t) => t.households === 0)) {
      throw new AppError(
        'conflict',
        'Các thôn, tổ dân phố chưa có số hộ nên không chia theo số hộ được: hãy nhập số hộ của từng thôn, hoặc chia bằng tay.',
      );
    }
    const split = splitByHouseholds(
      commune.value,
      teams.map((t) => ({ key: t.id, households: t.households })),
    );
    const shares = teams.map((t) => ({
      teamId: t.id,
      teamName: t.name,
      households: t.households,
      value: split.get(t.id) ?? 0,
    }));
    if (input.apply) {
      const now = nowIso();
      for (const s of shares) {
        await upsert(
          trx,
          { year: input.year, indicator: input.indicator, teamId: s.teamId, value: s.value },
          now,
        );
      }
    }
    return {
      year: input.year,
      indicator: input.indicator,
      communeValue: commune.value,
      shares,
      applied: input.apply,
    };
  });
}
