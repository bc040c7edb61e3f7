/** Trainings (bồi dưỡng, tập huấn) that members attended: added and listed, with their attendees. */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { TrainingInput } from '../../../shared/contract/monthly-schemas';
import type { Training } from '../../../shared/contract/monthly-types';
import { compareVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import { insertInChunks } from '../db/bulk';
import { liveIds } from '../db/live-ids';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { missingPerson, missingTeam } from '../catalog/register-checks';

export interface TrainingQuery {
  from?: string;
  to?: string;
  teamId?: string;
  personId?: string;
}

/** Refuses a training whose team or one of whose attendees is unknown (or deleted). */
async function checkReferences(trx: Kysely<Database>, inputs: readonly TrainingInput[]): Promise<void> {
  const teamIds = [...new Set(inputs.flatMap((i) => (i.teamId === null ? [] : [i.teamId])))];
  const personIds = [...new Set(inputs.flatMap((i) => i.attendeeIds))];
  const teams = await liveIds(trx, 'teams', teamIds);
  const people = await liveIds(trx, 'people', personIds);
  for (const [index, input] of inputs.entries()) {
    const position = inputs.length > 1 ? `Lớp bồi dưỡng thứ ${index + 1}: ` : '';
    if (input.teamId !== null && !teams.has(input.teamId)) {
      throw new AppError('not_found', `${position}${missingTeam}`);
    }
    const missing = input.attendeeIds.find((id) => !people.has(id));
    if (missing !== undefined) {
      throw new AppError('not_found', `${position}${missingPerson(missing)}`);
    }
  }
}

/** Adds trainings in one transaction (all or none). */
export async function addTrainings(
  db: Kysely<Database>,
  inputs: readonly TrainingInput[],
): Promise<Training[]> {
  return inTransaction(db, async (trx) => {
    await checkReferences(trx, inputs);
    const now = nowIso();
    const ids: string[] = [];
    const rows = inputs.map((input) => {
      const id = newId();
      ids.push(id);
      return {
        id,
        date: input.date,
        topic: input.topic,
        organiser: input.organiser,
        online: input.online ? 1 : 0,
        hours: input.hours,
        team_id: input.teamId,
        note: input.note,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      };
    });
    await insertInChunks(trx, 'trainings', rows);
    await insertInChunks(
      trx,
      'training_attendees',
      inputs.flatMap((input, index) =>
        input.attendeeIds.map((person_id) => ({ training_id: ids[index] ?? '', person_id })),
      ),
    );
    return listTrainings(trx, {}, ids);
  });
}

export async function addTraining(db: Kysely<Database>, input: TrainingInput): Promise<Training> {
  const [training] = await addTrainings(db, [input]);
  if (training === undefined) throw new AppError('internal', 'Không lưu được lớp bồi dưỡng.');
  return training;
}

const notFound = () =>
  new AppError('not_found', 'Không có lớp bồi dưỡng này (có thể đã bị xóa). Hãy tải lại danh sách.');

/** Changes a training and replaces its list of attendees (one transaction). */
export async function updateTraining(
  db: Kysely<Database>,
  id: string,
  input: TrainingInput,
): Promise<Training> {
  return inTransaction(db, async (trx) => {
    await checkReferences(trx, [input]);
    const changed = await trx
      .updateTable('trainings')
      .set({
        date: input.date,
        topic: input.topic,
        organiser: input.organiser,
        online: input.online ? 1 : 0,
        hours: input.hours,
        team_id: input.teamId,
        note: input.note,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) throw notFound();
    await trx.deleteFrom('training_attendees').where('training_id', '=', id).execute();
    await insertInChunks(
      trx,
      'training_attendees',
      input.attendeeIds.map((person_id) => ({ training_id: id, person_id })),
    );
    const [training] = await listTrainings(trx, {}, [id]);
    if (training === undefined) throw notFound();
    return training;
  });
}

/**
 * Deletes a training softly: it leaves every list, but keeps its mark (and its attendees) so the
 * monthly bundle tells the upper level it was removed.
 */
export async function deleteTraining(db: Kysely<Database>, id: string): Promise<{ removed: true }> {
  const now = nowIso();
  const changed = await db
    .updateTable('trainings')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) throw notFound();
  return { removed: true };
}

/** Trainings, newest first; `personId` keeps those the person attended (the person's screen). */
export async function listTrainings(
  db: Kysely<Database>,
  query: TrainingQuery = {},
  ids?: readonly string[],
): Promise<Training[]> {
  const rows = await db
    .selectFrom('trainings as tr')
    .leftJoin('teams as t', 't.id', 'tr.team_id')
    .select([
      'tr.id',
      'tr.date',
      'tr.topic',
      'tr.organiser',
      'tr.online',
      'tr.hours',
      'tr.team_id',
      't.name as team_name',
      'tr.note',
      'tr.created_at',
      'tr.updated_at',
    ])
    .where('tr.deleted_at', 'is', null)
    .$if(ids !== undefined, (q) => q.where('tr.id', 'in', ids?.length ? [...(ids ?? [])] : ['']))
    .$if(query.from !== undefined, (q) => q.where('tr.date', '>=', query.from ?? ''))
    .$if(query.to !== undefined, (q) => q.where('tr.date', '<=', query.to ?? ''))
    .$if(query.teamId !== undefined, (q) => q.where('tr.team_id', '=', query.teamId ?? ''))
    .$if(query.personId !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('training_attendees as a')
            .select('a.training_id')
            .whereRef('a.training_id', '=', 'tr.id')
            .where('a.person_id', '=', query.personId ?? ''),
        ),
      ),
    )
    .orderBy('tr.date', 'desc')
    .orderBy('tr.id', 'desc')
    .execute();
  const attendees = new Map<string, { personId: string; fullName: string }[]>();
  const trainingIds = rows.map((r) => r.id);
  for (let i = 0; i < trainingIds.length; i += 30_000) {
    const part = trainingIds.slice(i, i + 30_000);
    const found = await db
      .selectFrom('training_attendees as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select(['a.training_id', 'a.person_id', 'p.full_name'])
      .where('a.training_id', 'in', part)
      .execute();
    for (const a of found) {
      const list = attendees.get(a.training_id) ?? [];
      list.push({ personId: a.person_id, fullName: a.full_name });
      attendees.set(a.training_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    topic: r.topic,
    organiser: r.organiser,
    online: r.online === 1,
    hours: r.hours,
    teamId: r.team_id,
    teamName: r.team_name,
    attendees: (attendees.get(r.id) ?? []).sort((a, b) => compareVi(a.fullName, b.fullName)),
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
