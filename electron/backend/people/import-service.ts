/**
 * People and memberships from a spreadsheet: always a dry run first (the plan), then all of it
 * or nothing. A row is the same person only with certainty (import-matching.ts); a row that only
 * looks like someone is a conflict the officer decides. Memberships start on the sheet's date
 * (a column, the decision in its title) or the one the officer types, never silently today.
 * Re-importing the same sheet changes nothing.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import {
  isoDateSchema,
  personInputSchema,
  teamUpdateSchema,
  villageInputSchema,
  type ImportConflictAction,
} from '../../../shared/contract/schemas';
import type { ImportFillField, ImportProblem, ImportSummary } from '../../../shared/contract/types';
import { inferTags } from '../../../shared/domain/tag-infer';
import { communeTeamName, villageTeamName } from '../../../shared/domain/team-names';
import { genderLabels, roleLabels, type Role } from '../../../shared/domain/teams';
import {
  villageKindFromName,
  villageNameWithoutKind,
  type VillageKind,
} from '../../../shared/domain/villages';
import { isoToVi } from '../../../shared/vi/dates';
import { formatPhone } from '../../../shared/vi/phone';
import { foldVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import { insertInChunks } from '../db/bulk';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { currentJob } from '../jobs/job';
import { getProfile } from '../profile/profile-service';
import { readPeopleBytes, type ParsedPeopleSheet, type ParsedPersonRow } from '../spreadsheets/read-people';
import { PeoplePool, personRef, type PoolPerson } from './import-matching';
import { personColumns, type PersonData } from './people-service';

interface PlannedPerson {
  id: string;
  row: ParsedPersonRow;
  values: PersonData;
}

interface PlannedMembership {
  teamId: string;
  personId: string;
  role: Role;
  row: number;
  startDate: string | null;
}

interface Plan {
  summary: ImportSummary;
  villages: { id: string; name: string; kind: 'thon' | 'to_dan_pho' }[];
  teams: { id: string; level: 'commune' | 'village'; name: string; villageId: string | null }[];
  people: PlannedPerson[];
  /** Gaps of matched people filled from the sheet (never overwriting what the register has). */
  fills: { id: string; values: Record<string, string | number | null> }[];
  memberships: PlannedMembership[];
}

/** What the officer adds to the sheet: the start date and the decision for each conflict. */
export interface ImportChoices {
  startDate: string | null;
  decisions: readonly { row: number; action: ImportConflictAction }[];
  /** For every conflict not decided row by row. */
  onConflict: 'new' | 'skip' | null;
}

const noChoices: ImportChoices = { startDate: null, decisions: [], onConflict: null };

function villageKindOf(name: string): VillageKind {
  return villageKindFromName(name) ?? 'thon';
}

function teamNameFor(villageName: string | null, communeName: string): string {
  if (villageName === null) return communeTeamName(communeName);
  return villageTeamName({ name: villageName, kind: villageKindOf(villageName) });
}

/** A row's fields through the contract's own schema, so the forms' limits and cleaning apply. */
function checkedPerson(row: ParsedPersonRow): { values: PersonData } | { problem: string } {
  const parsed = personInputSchema.safeParse({
    fullName: row.fullName,
    gender: row.gender,
    birthYear: row.birthYear,
    phone: row.phone,
    position: row.position,
    villageId: null,
    tags: inferTags(row.position),
    notes: row.notes,
  });
  if (parsed.success) return { values: parsed.data };
  const messages = parsed.error.issues.map((issue) => issue.message).join(' ');
  return { problem: `Dòng ${row.row}: ${messages} Hãy sửa dòng này trong tệp rồi nhập lại.` };
}

function checkedName(schema: z.ZodType<string>, row: number, value: string, errors: ImportProblem[]): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push({
    row,
    message: `Dòng ${row}: ${parsed.error.issues.map((i) => i.message).join(' ')} Hãy sửa dòng này trong tệp rồi nhập lại.`,
  });
  return value;
}

/**
 * The row's own start date when it is one the contract accepts. One that is not is an error of
 * the row: refused, never silently replaced by the common date.
 */
function rowStartDate(row: ParsedPersonRow, errors: ImportProblem[]): string | null {
  if (row.startDate === null) return null;
  const parsed = isoDateSchema.safeParse(row.startDate);
  if (parsed.success) return parsed.data;
  errors.push({
    row: row.row,
    message: `Dòng ${row.row}: ngày bắt đầu ${isoToVi(row.startDate)} không dùng được (${parsed.error.issues[0]?.message ?? ''}). Hãy sửa ngày bắt đầu của dòng này trong tệp rồi nhập lại.`,
  });
  return null;
}

/**
 * The decision date of the title, when the officer typed none: a date outside the application's
 * one date rule is an error of the whole file, never a start date.
 */
function titleStartDate(sheet: ParsedPeopleSheet, errors: ImportProblem[]): string | null {
  if (sheet.titleDate === null) return null;
  const parsed = isoDateSchema.safeParse(sheet.titleDate.date);
  if (parsed.success) return parsed.data;
  errors.push({
    row: 0,
    message: `Ngày quyết định ở tiêu đề bảng tính «${sheet.titleDate.text}» không dùng được (${parsed.error.issues[0]?.message ?? ''}). Hãy nhập ngày bắt đầu tham gia Tổ, hoặc sửa ngày ở tiêu đề trong tệp rồi nhập lại.`,
  });
  return null;
}

const fillLabels: Record<ImportFillField['field'], string> = {
  phone: 'Số điện thoại',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  position: 'Chức vụ, đơn vị công tác',
  village: 'Thôn, tổ dân phố',
};

async function plan(
  db: Kysely<Database>,
  sheet: ParsedPeopleSheet,
  fileName: string,
  choices: ImportChoices,
): Promise<Plan> {
  const errors: ImportProblem[] = sheet.problems
    .filter((p) => p.severity === 'error')
    .map(({ row, message }) => ({ row, message }));
  const warnings: ImportProblem[] = sheet.problems
    .filter((p) => p.severity === 'warning')
    .map(({ row, message }) => ({ row, message }));
  const titleDate = choices.startDate === null ? titleStartDate(sheet, errors) : null;
  const commonStart =
    choices.startDate !== null
      ? { date: choices.startDate, source: 'typed' as const }
      : titleDate !== null
        ? { date: titleDate, source: 'title' as const }
        : { date: null, source: null };
  const result: Plan = {
    summary: {
      applied: false,
      fileName,
      rowsRead: sheet.rows.length,
      people: { added: 0, matched: 0, skipped: 0 },
      matches: [],
      conflicts: [],
      fills: [],
      startDate: {
        ...commonStart,
        titleText: sheet.titleDate?.text ?? null,
        titleDate: sheet.titleDate?.date ?? null,
        rowsWithOwnDate: 0,
        rowsWithoutOwnDate: 0,
      },
      memberships: { added: 0, unchanged: 0 },
      villagesCreated: [],
      teamsCreated: [],
      errors,
      warnings,
    },
    villages: [],
    teams: [],
    people: [],
    fills: [],
    memberships: [],
  };
  const profile = await getProfile(db);
  const communeName = profile?.communeName ?? '';
  const villageNameSchema = villageInputSchema.shape.name;
  const teamNameSchema = teamUpdateSchema.shape.name;

  const villages = new Map(
    (
      await db
        .selectFrom('villages')
        .select(['id', 'name', 'name_key'])
        .where('deleted_at', 'is', null)
        .execute()
    ).map((v) => [v.name_key, { id: v.id, name: v.name }]),
  );
  const villageName = (id: string): string => [...villages.values()].find((v) => v.id === id)?.name ?? '';
  // "AN HẢI" in a section row is the register's "Thôn An Hải": compare names without the kind word.
  const bare = (name: string) => foldVi(villageNameWithoutKind(name));
  const byBareName = new Map([...villages.values()].map((v) => [bare(v.name), v]));
  const villageId = (sheetName: string, row: number): string => {
    const key = foldVi(sheetName);
    const known = villages.get(key) ?? byBareName.get(bare(sheetName));
    if (known) return known.id;
    const name = checkedName(villageNameSchema, row, sheetName, errors);
    const created = { id: newId(), name, kind: villageKindOf(name) };
    villages.set(key, created);
    byBareName.set(bare(sheetName), created);
    result.villages.push(created);
    result.summary.villagesCreated.push(name);
    return created.id;
  };

  const activeTeams = await db
    .selectFrom('teams')
    .select(['id', 'level', 'name', 'village_id'])
    .where('status', '=', 'active')
    .where('deleted_at', 'is', null)
    .execute();
  const teamsByName = new Map(activeTeams.map((t) => [foldVi(t.name), t.id]));
  const teamFor = (row: ParsedPersonRow, vId: string | null): string => {
    if (row.teamName) {
      const named = teamsByName.get(foldVi(row.teamName));
      if (named) return named;
    }
    const existing = activeTeams.find((t) =>
      vId === null ? t.level === 'commune' : t.level === 'village' && t.village_id === vId,
    );
    if (existing) return existing.id;
    const name = checkedName(
      teamNameSchema,
      row.row,
      row.teamName ?? teamNameFor(row.villageName, communeName),
      errors,
    );
    const id = newId();
    const level = vId === null ? 'commune' : 'village';
    activeTeams.push({ id, level, name, village_id: vId });
    teamsByName.set(foldVi(name), id);
    result.teams.push({ id, level, name, villageId: vId });
    result.summary.teamsCreated.push(name);
    return id;
  };

  const register = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'name_key', 'birth_year', 'phone', 'gender', 'position', 'village_id'])
    .where('deleted_at', 'is', null)
    .execute();
  const pool = new PeoplePool(
    register.map((p) => ({
      id: p.id,
      fullName: p.full_name,
      nameKey: p.name_key,
      birthYear: p.birth_year,
      phone: p.phone,
      gender: p.gender,
      position: p.position,
      villageId: p.village_id,
      sheetRow: null,
    })),
  );
  const openMemberships = await db
    .selectFrom('memberships')
    .select(['team_id', 'person_id', 'role'])
    .where('end_date', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
  const memberKey = (teamId: string, personId: string) => `${teamId}|${personId}`;
  const open = new Map(openMemberships.map((m) => [memberKey(m.team_id, m.person_id), m.role]));
  const isTeamList = sheet.rows.some((r) => r.role !== null);
  const decided = new Map(choices.decisions.map((d) => [d.row, d.action]));
  const plannedById = new Map<string, PlannedPerson>();

  for (const row of sheet.rows) {
    const checked = checkedPerson(row);
    if ('problem' in checked) {
      errors.push({ row: row.row, message: checked.problem });
      continue;
    }
    const values = checked.values;
    const found = pool.identify(values);
    let person: PoolPerson | null = found.kind === 'match' ? found.person : null;
    if (found.kind === 'match') {
      result.summary.matches.push({
        row: row.row,
        fullName: values.fullName,
        person: personRef(found.person),
        reason: found.reason,
      });
    } else if (found.kind === 'conflict') {
      const action = decided.get(row.row) ?? choices.onConflict;
      result.summary.conflicts.push({
        row: row.row,
        fullName: values.fullName,
        birthYear: values.birthYear,
        phone: values.phone,
        candidate: personRef(found.candidate),
        reason: found.reason,
        action,
      });
      if (action === null || action === 'skip') {
        if (action === 'skip') result.summary.people.skipped += 1;
        continue;
      }
      if (action === 'same') person = found.candidate;
    }
    // Only now: a skipped or undecided row creates no village.
    const vId = row.villageName ? villageId(row.villageName, row.row) : null;

    if (person !== null) {
      result.summary.people.matched += 1;
      const gaps: Record<string, string | number | null> = {};
      if (person.phone === null && values.phone !== null) gaps.phone = person.phone = values.phone;
      if (person.birthYear === null && values.birthYear !== null)
        gaps.birth_year = person.birthYear = values.birthYear;
      if (person.gender === null && values.gender !== null) gaps.gender = person.gender = values.gender;
      if (person.position === null && values.position !== null)
        gaps.position = person.position = values.position;
      if (person.villageId === null && vId !== null) gaps.village_id = person.villageId = vId;
      if (Object.keys(gaps).length > 0) {
        // A person of this sheet gets the gaps in its own insert; one of the register, an update.
        const planned = plannedById.get(person.id);
        if (planned) {
          Object.assign(planned.values, nonNull(planned.values, values));
          planned.values.villageId ??= vId;
          planned.values.tags = inferTags(planned.values.position);
        } else {
          result.fills.push({ id: person.id, values: gaps });
          result.summary.fills.push({
            row: row.row,
            personId: person.id,
            fullName: person.fullName,
            fields: shownFields(gaps, villageName),
          });
        }
        pool.refresh(person);
      }
    } else {
      person = {
        id: newId(),
        fullName: values.fullName,
        nameKey: foldVi(values.fullName),
        birthYear: values.birthYear,
        phone: values.phone,
        gender: values.gender,
        position: values.position,
        villageId: vId,
        sheetRow: row.row,
      };
      const planned = { id: person.id, row, values: { ...values, villageId: vId } };
      result.people.push(planned);
      plannedById.set(person.id, planned);
      result.summary.people.added += 1;
      pool.add(person);
    }

    if (!isTeamList) continue;
    const teamId = teamFor(row, vId);
    const key = memberKey(teamId, person.id);
    const current = open.get(key);
    const role = row.role ?? 'member';
    if (current) {
      result.summary.memberships.unchanged += 1;
      if (current !== role) {
        warnings.push({
          row: row.row,
          message: `Dòng ${row.row}: ${values.fullName} đang là ${roleLabels[current]} trong Tổ, bảng tính ghi ${roleLabels[role]}; chức danh không bị đổi. Nếu cần, hãy dùng "Đổi chức danh".`,
        });
      }
      continue;
    }
    open.set(key, role);
    const own = rowStartDate(row, errors);
    if (own !== null) result.summary.startDate.rowsWithOwnDate += 1;
    else result.summary.startDate.rowsWithoutOwnDate += 1;
    result.memberships.push({
      teamId,
      personId: person.id,
      role,
      row: row.row,
      startDate: own ?? commonStart.date,
    });
    result.summary.memberships.added += 1;
  }
  // A choice for a row that is not (or no longer) a conflict is not silently dropped.
  const conflictRows = new Set(result.summary.conflicts.map((c) => c.row));
  for (const { row } of choices.decisions) {
    if (conflictRows.has(row)) continue;
    warnings.push({
      row,
      message: `Dòng ${row}: đã chọn cách xử lý dòng trùng nhưng dòng này không phải dòng trùng; lựa chọn đó không được dùng.`,
    });
  }
  const byRow = (a: ImportProblem, b: ImportProblem) => a.row - b.row;
  errors.sort(byRow);
  warnings.sort(byRow);
  return result;
}

/** The gaps filled for a person of the register, as the officer reads them. */
function shownFields(
  gaps: Record<string, string | number | null>,
  villageName: (id: string) => string,
): ImportFillField[] {
  const shown: ImportFillField[] = [];
  const add = (field: ImportFillField['field'], value: string) =>
    shown.push({ field, label: fillLabels[field], value });
  if (typeof gaps.phone === 'string') add('phone', formatPhone(gaps.phone));
  if (typeof gaps.birth_year === 'number') add('birthYear', String(gaps.birth_year));
  if (gaps.gender === 'male' || gaps.gender === 'female') add('gender', genderLabels[gaps.gender]);
  if (typeof gaps.position === 'string') add('position', gaps.position);
  if (typeof gaps.village_id === 'string') add('village', villageName(gaps.village_id));
  return shown;
}

/** The gaps of a planned person that a later row of the same person fills. */
function nonNull(current: PersonData, later: PersonData): Partial<PersonData> {
  const filled: Partial<PersonData> = {};
  if (current.phone === null && later.phone !== null) filled.phone = later.phone;
  if (current.birthYear === null && later.birthYear !== null) filled.birthYear = later.birthYear;
  if (current.gender === null && later.gender !== null) filled.gender = later.gender;
  if (current.position === null && later.position !== null) filled.position = later.position;
  return filled;
}

async function apply(db: Kysely<Database>, p: Plan): Promise<void> {
  const now = nowIso();
  // A long import shows its rows written and stops between batches when cancelled: inside the
  // transaction, so a cancelled import writes nothing.
  const job = currentJob();
  job.begin(
    p.villages.length + p.teams.length + p.people.length + p.fills.length + p.memberships.length,
    'Đang ghi thôn, Tổ, người và thành viên vào sổ',
  );
  const step = (rows: number) => job.advance(rows);
  const stamps = { created_at: now, updated_at: now, deleted_at: null };
  await insertInChunks(
    db,
    'villages',
    p.villages.map((v) => ({
      id: v.id,
      name: v.name,
      name_key: foldVi(v.name),
      kind: v.kind,
      households: 0,
      ...stamps,
    })),
    step,
  );
  await insertInChunks(
    db,
    'teams',
    p.teams.map((t) => ({
      id: t.id,
      level: t.level,
      name: t.name,
      village_id: t.villageId,
      zalo_link: null,
      zalo_households: null,
      status: 'active' as const,
      notes: null,
      ...stamps,
    })),
    step,
  );
  await insertInChunks(
    db,
    'people',
    p.people.map(({ id, values }) => ({ id, ...personColumns(values), archived_at: null, ...stamps })),
    step,
  );
  for (const fill of p.fills) {
    await db
      .updateTable('people')
      .set({ ...fill.values, updated_at: now })
      .where('id', '=', fill.id)
      .execute();
    job.advance();
  }
  const orders = new Map<string, number>();
  await insertInChunks(
    db,
    'memberships',
    p.memberships.map((m) => {
      const order = (orders.get(m.teamId) ?? 0) + 1;
      orders.set(m.teamId, order);
      return {
        id: newId(),
        team_id: m.teamId,
        person_id: m.personId,
        role: m.role,
        start_date: m.startDate ?? missingStartDate(),
        end_date: null,
        decision_id: null,
        end_decision_id: null,
        sort_order: 1000 + order,
        ...stamps,
      };
    }),
    step,
  );
}

function missingStartDate(): never {
  throw new AppError(
    'validation',
    'Chưa có ngày bắt đầu tham gia Tổ cho các thành viên mới: bảng tính không có cột ngày bắt đầu hay ngày quyết định ở tiêu đề. Hãy nhập ngày bắt đầu rồi thử lại.',
  );
}

/** Reads the uploaded bytes in memory: no copy of the sheet (names, phones) on disk. */
export async function readUploadedSheet(fileName: string, base64: string): Promise<ParsedPeopleSheet> {
  return readPeopleBytes(Buffer.from(base64, 'base64'), fileName);
}

/** The dry run: what the import would do, with every problem, match and conflict by its row number. */
export async function previewImport(
  db: Kysely<Database>,
  sheet: ParsedPeopleSheet,
  fileName: string,
  choices: ImportChoices = noChoices,
): Promise<ImportSummary> {
  return (await plan(db, sheet, fileName, choices)).summary;
}

/** Why the plan cannot be written yet (errors, undecided conflicts, no start date), or null. */
function blocked(summary: ImportSummary): boolean {
  return (
    summary.errors.length > 0 ||
    summary.conflicts.some((c) => c.action === null) ||
    (summary.startDate.date === null && summary.startDate.rowsWithoutOwnDate > 0)
  );
}

/**
 * All of it or nothing: an error, a conflict the officer has not decided, or memberships without
 * a start date mean nothing is written (the summary says which, with `applied: false`).
 */
export async function applyImport(
  db: Kysely<Database>,
  sheet: ParsedPeopleSheet,
  fileName: string,
  choices: ImportChoices = noChoices,
): Promise<ImportSummary> {
  return inTransaction(db, async (trx) => {
    const p = await plan(trx, sheet, fileName, choices);
    if (blocked(p.summary)) return p.summary;
    await apply(trx, p);
    return { ...p.summary, applied: true };
  });
}
