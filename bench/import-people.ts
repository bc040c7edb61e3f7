/**
 * `people.import_2000`: the spreadsheet import end to end against inserting the same people raw.
 *
 * The workbook is built once with exceljs as communes keep it: two title rows, the header
 * STT | Họ và tên | Năm sinh | Chức vụ | Chức danh trong Tổ | Số điện thoại, ten village section
 * rows ("I. THÔN AN HẢI", merged across the table), 2,000 people, a totals row and a signature.
 *
 * - application: `readPeopleSheet` (open and read the file) + `applyImport` (plan: match against
 *   the register; apply: villages, teams, people and memberships in one transaction), on a fresh
 *   database each run. The import writes 10 villages, 10 teams, 2,000 people, 2,000 memberships.
 * - reference: the same 2,000 people rows (columns derived beforehand) inserted with one
 *   better-sqlite3 prepared statement, once per row, in one transaction, on a fresh database.
 *
 * ratio = raw ms ÷ import ms (= import rows/s ÷ raw rows/s): how much of the raw speed the whole
 * import keeps. No goal: reported only.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { inferTags } from '../shared/domain/tag-infer';
import { roleLabels } from '../shared/domain/teams';
import { upperVi } from '../shared/vi/text';
import { nowIso } from '../electron/backend/clock';
import { openDatabase, type OpenedDatabase } from '../electron/backend/db/database';
import type { PeopleTable } from '../electron/backend/db/schema';
import { newId } from '../electron/backend/ids';
import { applyImport } from '../electron/backend/people/import-service';
import { personColumns } from '../electron/backend/people/people-service';
import { readPeopleSheet } from '../electron/backend/spreadsheets/read-people';
import { compareThroughput, freshDir, removeDir, type Benchmark } from './lib';
import { benchPeople, benchVillages, type BenchPerson } from './people-data';

const ROWS = 2_000;

const INSERT_SQL =
  'insert into people (id, full_name, name_key, search_text, gender, birth_year, phone, position, ' +
  'village_id, tags, notes, archived_at, created_at, updated_at, deleted_at) ' +
  'values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Writes the people list as a commune office would, grouped by village under section rows. */
export async function writeImportWorkbook(file: string, people: readonly BenchPerson[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN']);
  sheet.mergeCells(1, 1, 1, 6);
  sheet.addRow(['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CÁC THÔN, TỔ DÂN PHỐ']);
  sheet.mergeCells(2, 1, 2, 6);
  // The decision the list is attached to: its date is when the memberships start.
  sheet.addRow(['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của UBND xã Đông Sơn)']);
  sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Chức danh trong Tổ', 'Số điện thoại']);
  let village: string | null = null;
  let section = 0;
  let number = 0;
  for (const p of people) {
    if (p.villageName !== village) {
      village = p.villageName;
      const row = sheet.addRow([`${ROMAN[section] ?? String(section + 1)}. ${upperVi(village)}`]);
      sheet.mergeCells(row.number, 1, row.number, 6);
      section += 1;
      number = 0;
    }
    number += 1;
    // Phones as offices type them: some with dots, some as numbers that lost their leading zero.
    const phone =
      number % 3 === 0
        ? Number(p.phone)
        : number % 3 === 1
          ? `${p.phone.slice(0, 4)}.${p.phone.slice(4, 7)}.${p.phone.slice(7)}`
          : p.phone;
    sheet.addRow([number, p.fullName, p.birthYear, p.position, roleLabels[p.role], phone]);
  }
  sheet.addRow([]);
  sheet.addRow(['', `Tổng cộng: ${people.length} người`]);
  sheet.addRow([]);
  sheet.addRow(['', '', '', '', 'NGƯỜI LẬP BIỂU']);
  await workbook.xlsx.writeFile(file);
}

/** The people rows as the import writes them (village ids aside), derived before the timing. */
function rawRows(people: readonly BenchPerson[]): Insertable<PeopleTable>[] {
  const now = nowIso();
  return people.map((p) => ({
    id: newId(),
    ...personColumns({
      fullName: p.fullName,
      gender: null,
      birthYear: p.birthYear,
      phone: p.phone,
      position: p.position,
      villageId: null,
      tags: inferTags(p.position),
      notes: null,
    }),
    archived_at: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
}

function elapsedSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function count(opened: OpenedDatabase, table: string): number {
  return (opened.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

async function onFreshDatabase(
  work: (opened: OpenedDatabase) => Promise<number>,
  check: (opened: OpenedDatabase) => void,
) {
  const dir = freshDir();
  const opened = await openDatabase(path.join(dir, 'bench.sqlite3'));
  try {
    const ms = await work(opened);
    check(opened);
    return ms;
  } finally {
    await opened.close();
    removeDir(dir);
  }
}

export const importPeopleBenchmark: Benchmark = {
  name: 'people.import_2000',
  description: 'readPeopleSheet + applyImport of a 2,000-row .xlsx vs the same people rows inserted raw',
  async run(options) {
    const total = Math.max(benchVillages.length, Math.round(ROWS * options.scale));
    const people = benchPeople(total);
    const dir = freshDir();
    const file = path.join(dir, 'danh-sach-2000.xlsx');
    try {
      await writeImportWorkbook(file, people);
      const rows = rawRows(people);
      const expect = (table: string, n: number) => (opened: OpenedDatabase) => {
        const found = count(opened, table);
        if (found !== n) throw new Error(`expected ${n} rows in ${table}, found ${found}`);
      };
      const result = await compareThroughput(
        {
          name: this.name,
          items: total,
          unit: 'rows/s',
          goal: 0,
          subject: () =>
            onFreshDatabase(
              async (opened) => {
                const start = process.hrtime.bigint();
                const sheet = await readPeopleSheet(file);
                // Generated namesakes (same name and year, other phone) are distinct people here.
                const summary = await applyImport(opened.db, sheet, path.basename(file), {
                  startDate: null,
                  decisions: [],
                  onConflict: 'new',
                });
                const ms = elapsedSince(start);
                if (!summary.applied || summary.people.added !== total) {
                  throw new Error(
                    `import: applied=${summary.applied}, added ${summary.people.added} of ${total}; ` +
                      `errors: ${summary.errors.map((e) => e.message).join(' | ')}`,
                  );
                }
                return ms;
              },
              (opened) => {
                expect('people', total)(opened);
                expect('memberships', total)(opened);
                expect('villages', benchVillages.length)(opened);
                expect('teams', benchVillages.length)(opened);
              },
            ),
          reference: () =>
            onFreshDatabase(
              async (opened) => {
                const insert = opened.sqlite.prepare(INSERT_SQL);
                const start = process.hrtime.bigint();
                opened.sqlite.transaction(() => {
                  for (const r of rows) {
                    insert.run(
                      r.id,
                      r.full_name,
                      r.name_key,
                      r.search_text,
                      r.gender,
                      r.birth_year,
                      r.phone,
                      r.position,
                      r.village_id,
                      r.tags,
                      r.notes,
                      r.archived_at,
                      r.created_at,
                      r.updated_at,
                      r.deleted_at,
                    );
                  }
                })();
                return elapsedSince(start);
              },
              expect('people', total),
            ),
        },
        options,
      );
      return {
        ...result,
        goal: null,
        pass: true,
        ratioMeaning:
          'raw ms ÷ import ms (= value ÷ baseline in rows/s): the share of the raw insert speed the whole ' +
          'import (read .xlsx + plan + apply) keeps; no goal',
        importWrites: {
          people: total,
          memberships: total,
          villages: benchVillages.length,
          teams: benchVillages.length,
        },
      };
    } finally {
      removeDir(dir);
    }
  },
};
