import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { personInputSchema } from '../../../shared/contract/schemas';
import type { DuplicateHint, Person, PersonDetail, PersonSaved } from '../../../shared/contract/types';
import { personTags, type PersonTag } from '../../../shared/domain/teams';
import { sortByPersonName } from '../../../shared/vi/names';
import { foldVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { assertLiveVillage, registerVillageReferrer } from '../villages/village-service';

export type PersonData = z.output<typeof personInputSchema>;

export function parseTags(json: string): PersonTag[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((t): t is PersonTag => (personTags as readonly unknown[]).includes(t))
      : [];
  } catch {
    return [];
  }
}

export function searchTextOf(data: Pick<PersonData, 'fullName' | 'phone' | 'position'>): string {
  return foldVi([data.fullName, data.phone ?? '', data.position ?? ''].join(' '));
}

/** The columns of a person row with its village name, as every query here selects them. */
function selectPeople(db: Kysely<Database>) {
  return db
    .selectFrom('people')
    .leftJoin('villages', 'villages.id', 'people.village_id')
    .select([
      'people.id',
      'people.full_name',
      'people.gender',
      'people.birth_year',
      'people.phone',
      'people.position',
      'people.village_id',
      'villages.name as village_name',
      'people.tags',
      'people.notes',
      'people.archived_at',
      'people.created_at',
      'people.updated_at',
    ])
    .where('people.deleted_at', 'is', null);
}
type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>>;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    birthYear: row.birth_year,
    phone: row.phone,
    position: row.position,
    villageId: row.village_id,
    villageName: row.village_name,
    tags: parseTags(row.tags),
    notes: row.notes,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `%`, `_` and the escape character itself are literal in a search. */
function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

export async function listPeople(
  db: Kysely<Database>,
  options: {
    search?: string | undefined;
    includeArchived?: boolean | undefined;
    villageId?: string | undefined;
  } = {},
): Promise<Person[]> {
  let query = selectPeople(db);
  if (!options.includeArchived) query = query.where('people.archived_at', 'is', null);
  if (options.villageId) query = query.where('people.village_id', '=', options.villageId);
  // Each word must be in the person's own text or in the name of the village they live in, so
  // "an hai" finds everyone of Thôn An Hải, as the officer reading the list expects.
  const tokens = foldVi(options.search ?? '')
    .split(' ')
    .filter(Boolean);
  const villages =
    tokens.length === 0
      ? []
      : (await db.selectFrom('villages').select(['id', 'name']).execute()).map((v) => ({
          id: v.id,
          folded: foldVi(v.name),
        }));
  for (const token of tokens) {
    const inVillages = villages.filter((v) => v.folded.includes(token)).map((v) => v.id);
    const ownText = sql<boolean>`people.search_text like ${likePattern(token)} escape '\\'`;
    query = query.where((eb) =>
      inVillages.length === 0 ? ownText : eb.or([ownText, eb('people.village_id', 'in', inVillages)]),
    );
  }
  const rows = await query.execute();
  return sortByPersonName(rows.map(toPerson), (p) => p.fullName);
}

export async function getPerson(db: Kysely<Database>, id: string): Promise<Person> {
  const row = await selectPeople(db).where('people.id', '=', id).executeTakeFirst();
  if (!row)
    throw new AppError('not_found', 'Không tìm thấy người này (có thể đã bị xóa). Hãy tải lại danh sách.');
  return toPerson(row);
}

/**
 * Records that may be the same person: the same phone, or the same name and year of birth.
 * Never the name alone: two different "Nguyễn Văn An" are two people.
 */
export async function findDuplicates(
  db: Kysely<Database>,
  query: {
    fullName: string;
    birthYear?: number | null | undefined;
    phone?: string | null | undefined;
    excludeId?: string | undefined;
  },
): Promise<DuplicateHint[]> {
  const hints: DuplicateHint[] = [];
  const seen = new Set<string>();
  const push = (row: PersonRow, reason: DuplicateHint['reason']) => {
    if (seen.has(row.id) || row.id === query.excludeId) return;
    seen.add(row.id);
    hints.push({
      personId: row.id,
      fullName: row.full_name,
      birthYear: row.birth_year,
      phone: row.phone,
      villageName: row.village_name,
      reason,
    });
  };
  if (query.phone) {
    for (const row of await selectPeople(db).where('people.phone', '=', query.phone).execute())
      push(row, 'phone');
  }
  if (query.birthYear && query.fullName.trim()) {
    const rows = await selectPeople(db)
      .where('people.name_key', '=', foldVi(query.fullName))
      .where('people.birth_year', '=', query.birthYear)
      .execute();
    for (const row of rows) push(row, 'name_and_year');
  }
  return hints;
}

export function personColumns(data: PersonData) {
  return {
    full_name: data.fullName,
    name_key: foldVi(data.fullName),
    search_text: searchTextOf(data),
    gender: data.gender,
    birth_year: data.birthYear,
    phone: data.phone,
    position: data.position,
    village_id: data.villageId,
    tags: JSON.stringify([...new Set(data.tags)]),
    notes: data.notes,
  };
}

export async function createPerson(db: Kysely<Database>, data: PersonData): Promise<PersonSaved> {
  return inTransaction(db, async (trx) => {
    if (data.villageId !== null) await assertLiveVillage(trx, data.villageId);
    const duplicates = await findDuplicates(trx, data);
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('people')
      .values({
        id,
        ...personColumns(data),
        archived_at: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    return { person: await getPerson(trx, id), duplicates };
  });
}

export async function updatePerson(db: Kysely<Database>, id: string, data: PersonData): Promise<PersonSaved> {
  return inTransaction(db, async (trx) => {
    await getPerson(trx, id);
    if (data.villageId !== null) await assertLiveVillage(trx, data.villageId);
    await trx
      .updateTable('people')
      .set({ ...personColumns(data), updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    return {
      person: await getPerson(trx, id),
      duplicates: await findDuplicates(trx, { ...data, excludeId: id }),
    };
  });
}

/** Archived people leave the everyday lists but keep their history. */
export async function archivePerson(db: Kysely<Database>, id: string, archived: boolean): Promise<Person> {
  return inTransaction(db, async (trx) => {
    const person = await getPerson(trx, id);
    if (archived) {
      const active = await trx
        .selectFrom('memberships')
        .innerJoin('teams', 'teams.id', 'memberships.team_id')
        .select('teams.name')
        .where('memberships.person_id', '=', id)
        .where('memberships.end_date', 'is', null)
        .where('memberships.deleted_at', 'is', null)
        .execute();
      if (active.length > 0) {
        throw new AppError(
          'in_use',
          `${person.fullName} vẫn đang là thành viên của ${active.map((t) => t.name).join(', ')}. ` +
            'Hãy cho thôi tham gia Tổ (ghi ngày kết thúc) trước khi lưu trữ.',
        );
      }
    }
    const now = nowIso();
    await trx
      .updateTable('people')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return getPerson(trx, id);
  });
}

/** Removal is refused for anyone in a team's history: the history must stay whole. */
export async function removePerson(db: Kysely<Database>, id: string): Promise<{ removed: true }> {
  return inTransaction(db, async (trx) => {
    const person = await getPerson(trx, id);
    const teams = await trx
      .selectFrom('memberships')
      .innerJoin('teams', 'teams.id', 'memberships.team_id')
      .select('teams.name')
      .distinct()
      .where('memberships.person_id', '=', id)
      .where('memberships.deleted_at', 'is', null)
      .execute();
    if (teams.length > 0) {
      throw new AppError(
        'in_use',
        `Không xóa được ${person.fullName} vì người này có trong lịch sử của ${teams.map((t) => t.name).join(', ')}; ` +
          'xóa đi sẽ làm sai các quyết định đã ban hành. Nếu người này không còn tham gia, hãy chọn "Lưu trữ".',
      );
    }
    const now = nowIso();
    await trx.updateTable('people').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
    return { removed: true as const };
  });
}

export async function getPersonDetail(db: Kysely<Database>, id: string): Promise<PersonDetail> {
  const person = await getPerson(db, id);
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('teams', 'teams.id', 'memberships.team_id')
    .select([
      'memberships.id as membershipId',
      'teams.id as teamId',
      'teams.name as teamName',
      'memberships.role',
      'memberships.start_date as startDate',
      'memberships.end_date as endDate',
    ])
    .where('memberships.person_id', '=', id)
    .where('memberships.deleted_at', 'is', null)
    .orderBy('memberships.start_date', 'desc')
    .execute();
  const duplicates = await findDuplicates(db, { ...person, excludeId: id });
  return { ...person, memberships, duplicates };
}

registerVillageReferrer({
  async describe(db, villageId) {
    const row = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('village_id', '=', villageId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    const n = Number(row.n);
    return n > 0 ? `còn ${n} người được ghi là ở hoặc phụ trách đơn vị này` : null;
  },
});
