/**
 * People and memberships from a spreadsheet: always a dry run first (the plan), then all of it
 * or nothing. People are matched by phone, or by name and year of birth when there is no phone —
 * never by name alone. Re-importing the same sheet changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ImportProblem, ImportSummary } from '../../../shared/contract/types';
import { inferTags } from '../../../shared/domain/tag-infer';
import { communeTeamName, villageTeamName } from '../../../shared/domain/team-names';
import { roleLabels, type Role } from '../../../shared/domain/teams';
import {
  villageKindFromName,
  villageNameWithoutKind,
  type VillageKind,
} from '../../../shared/domain/villages';
import { todayIso } from '../../../shared/vi/dates';
import { foldVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import { insertInChunks } from '../db/bulk';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { getProfile } from '../profile/profile-service';
import { readPeopleSheet, type ParsedPeopleSheet, type ParsedPersonRow } from '../spreadsheets/read-people';
import { personColumns } from './people-service';

interface PlannedPerson {
  id: string;
  isNew: boolean;
  row: ParsedPersonRow;
}

interface Plan {
  summary: ImportSummary;
  villages: { id: string; name: string; kind: 'thon' | 'to_dan_pho' }[];
  teams: { id: string; level: 'commune' | 'village'; name: string; villageId: string | null }[];
  people: PlannedPerson[];
  /** Gaps of matched people filled from the sheet (never overwriting what the register has). */
  fills: { id: string; values: Record<string, string | number | null> }[];
  memberships: { teamId: string; personId: string; role: Role; row: number }[];
}

function villageKindOf(name: string): VillageKind {
  return villageKindFromName(name) ?? 'thon';
}

function teamNameFor(villageName: string | null, communeName: string): string {
  if (villageName === null) return communeTeamName(communeName);
  return villageTeamName({ name: villageName, kind: villageKindOf(villageName) });
}

async function plan(db: Kysely<Database>, sheet: ParsedPeopleSheet, fileName: string): Promise<Plan> {
  const errors: ImportProblem[] = sheet.problems
    .filter((p) => p.severity === 'error')
    .map(({ row, message }) => ({ row, message }));
  const warnings: ImportProblem[] = sheet.problems
    .filter((p) => p.severity === 'warning')
    .map(({ row, message }) => ({ row, message }));
  const result: Plan = {
    summary: {
      applied: false,
      fileName,
      rowsRead: sheet.rows.length,
      people: { added: 0, matched: 0 },
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

  const villages = new Map(
    (
      await db
        .selectFrom('villages')
        .select(['id', 'name', 'name_key'])
        .where('deleted_at', 'is', null)
        .execute()
    ).map((v) => [v.name_key, { id: v.id, name: v.name }]),
  );
  // "AN HẢI" in a section row is the register's "Thôn An Hải": compare names without the kind word.
  const bare = (name: string) => foldVi(villageNameWithoutKind(name));
  const byBareName = new Map([...villages.values()].map((v) => [bare(v.name), v]));
  const villageId = (name: string): string => {
    const key = foldVi(name);
    const known = villages.get(key) ?? byBareName.get(bare(name));
    if (known) return known.id;
    const created = { id: newId(), name, kind: villageKindOf(name) };
    villages.set(key, created);
    byBareName.set(bare(name), created);
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
    const name = row.teamName ?? teamNameFor(row.villageName, communeName);
    const id = newId();
    const level = vId === null ? 'commune' : 'village';
    activeTeams.push({ id, level, name, village_id: vId });
    teamsByName.set(foldVi(name), id);
    result.teams.push({ id, level, name, villageId: vId });
    result.summary.teamsCreated.push(name);
    return id;
  };

  const existingPeople = await db
    .selectFrom('people')
    .select(['id', 'name_key', 'birth_year', 'phone', 'gender', 'position', 'village_id'])
    .where('deleted_at', 'is', null)
    .execute();
  const byPhone = new Map<string, string>();
  const byNameYear = new Map<string, string>();
  const known = new Map(existingPeople.map((p) => [p.id, p]));
  for (const p of existingPeople) {
    if (p.phone) byPhone.set(p.phone, p.id);
    if (p.birth_year) byNameYear.set(`${p.name_key}|${p.birth_year}`, p.id);
  }
  const openMemberships = await db
    .selectFrom('memberships')
    .select(['team_id', 'person_id', 'role'])
    .where('end_date', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
  const memberKey = (teamId: string, personId: string) => `${teamId}|${personId}`;
  const open = new Map(openMemberships.map((m) => [memberKey(m.team_id, m.person_id), m.role]));
  const isTeamList = sheet.rows.some((r) => r.role !== null);

  for (const row of sheet.rows) {
    const vId = row.villageName ? villageId(row.villageName) : null;
    const nameYear = row.birthYear ? `${foldVi(row.fullName)}|${row.birthYear}` : null;
    let personId = (row.phone && byPhone.get(row.phone)) || null;
    if (!personId && nameYear) {
      // Name and year only when one side has no phone: two phones that differ are two people.
      const candidate = byNameYear.get(nameYear);
      const candidatePhone = candidate ? known.get(candidate)?.phone : null;
      if (candidate && (!row.phone || !candidatePhone)) personId = candidate;
    }
    if (personId) {
      result.summary.people.matched += 1;
      const existing = known.get(personId);
      if (existing) {
        const values: Record<string, string | number | null> = {};
        if (!existing.phone && row.phone) values.phone = row.phone;
        if (!existing.birth_year && row.birthYear) values.birth_year = row.birthYear;
        if (!existing.gender && row.gender) values.gender = row.gender;
        if (!existing.position && row.position) values.position = row.position;
        if (!existing.village_id && vId) values.village_id = vId;
        if (Object.keys(values).length > 0) {
          result.fills.push({ id: personId, values });
          Object.assign(existing, values);
        }
      }
    } else {
      personId = newId();
      result.people.push({ id: personId, isNew: true, row: { ...row } });
      result.summary.people.added += 1;
      known.set(personId, {
        id: personId,
        name_key: foldVi(row.fullName),
        birth_year: row.birthYear,
        phone: row.phone,
        gender: row.gender,
        position: row.position,
        village_id: vId,
      });
    }
    if (row.phone) byPhone.set(row.phone, personId);
    if (nameYear) byNameYear.set(nameYear, personId);

    if (!isTeamList) continue;
    const teamId = teamFor(row, vId);
    const key = memberKey(teamId, personId);
    const current = open.get(key);
    const role = row.role ?? 'member';
    if (current) {
      result.summary.memberships.unchanged += 1;
      if (current !== role) {
        warnings.push({
          row: row.row,
          message: `Dòng ${row.row}: ${row.fullName} đang là ${roleLabels[current]} trong Tổ, bảng tính ghi ${roleLabels[role]}; chức danh không bị đổi. Nếu cần, hãy dùng "Đổi chức danh".`,
        });
      }
      continue;
    }
    open.set(key, role);
    result.memberships.push({ teamId, personId, role, row: row.row });
    result.summary.memberships.added += 1;
  }
  const byRow = (a: ImportProblem, b: ImportProblem) => a.row - b.row;
  errors.sort(byRow);
  warnings.sort(byRow);
  return result;
}

async function apply(db: Kysely<Database>, p: Plan): Promise<void> {
  const now = nowIso();
  const stamps = { created_at: now, updated_at: now, deleted_at: null };
  const villageIds = new Map<string, string>();
  await insertInChunks(
    db,
    'villages',
    p.villages.map((v) => {
      villageIds.set(foldVi(v.name), v.id);
      return { id: v.id, name: v.name, name_key: foldVi(v.name), kind: v.kind, households: 0, ...stamps };
    }),
  );
  const allVillages = new Map(
    (
      await db.selectFrom('villages').select(['id', 'name_key']).where('deleted_at', 'is', null).execute()
    ).map((v) => [v.name_key, v.id]),
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
  );
  await insertInChunks(
    db,
    'people',
    p.people.map(({ id, row }) => ({
      id,
      ...personColumns({
        fullName: row.fullName,
        gender: row.gender,
        birthYear: row.birthYear,
        phone: row.phone,
        position: row.position,
        villageId: row.villageName ? (allVillages.get(foldVi(row.villageName)) ?? null) : null,
        tags: inferTags(row.position),
        notes: row.notes,
      }),
      archived_at: null,
      ...stamps,
    })),
  );
  for (const fill of p.fills) {
    await db
      .updateTable('people')
      .set({ ...fill.values, updated_at: now })
      .where('id', '=', fill.id)
      .execute();
  }
  const orders = new Map<string, number>();
  const start = todayIso();
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
        start_date: start,
        end_date: null,
        decision_id: null,
        end_decision_id: null,
        sort_order: 1000 + order,
        ...stamps,
      };
    }),
  );
}

/** Writes the uploaded bytes to a private temporary file, reads the sheet, removes the file. */
export async function readUploadedSheet(fileName: string, base64: string): Promise<ParsedPeopleSheet> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-import-'));
  const file = path.join(dir, path.basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_'));
  try {
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    return await readPeopleSheet(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The dry run: what the import would do, with every problem by its row number. */
export async function previewImport(
  db: Kysely<Database>,
  sheet: ParsedPeopleSheet,
  fileName: string,
): Promise<ImportSummary> {
  return (await plan(db, sheet, fileName)).summary;
}

/** All of it or nothing: any error means nothing is written. */
export async function applyImport(
  db: Kysely<Database>,
  sheet: ParsedPeopleSheet,
  fileName: string,
): Promise<ImportSummary> {
  return inTransaction(db, async (trx) => {
    const p = await plan(trx, sheet, fileName);
    if (p.summary.errors.length > 0) return p.summary;
    await apply(trx, p);
    return { ...p.summary, applied: true };
  });
}
