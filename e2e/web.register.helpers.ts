/** Helpers of the people and teams specs: arranging the register, spreadsheets, locators. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Person, Team, TeamDetail, Village } from '../shared/contract/types';
import type { PersonTag, Role } from '../shared/domain/teams';
import type { Preview } from './fixtures';
import { demoLikeProfile } from './web.helpers';

export type Cell = string | number | null;

/** An .xlsx with these rows from A1, as bytes. */
export async function sheetBytes(rows: readonly (readonly Cell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same, written to `dir/name` for an <input type=file>. */
export async function sheetFile(
  dir: string,
  name: string,
  rows: readonly (readonly Cell[])[],
): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await sheetBytes(rows));
  return file;
}

export async function setUpCommune(preview: Preview): Promise<void> {
  await preview.call('setupProfile', demoLikeProfile);
}

export async function addVillage(preview: Preview, name: string, households: number): Promise<Village> {
  const kind = name.startsWith('Tổ dân phố') ? 'to_dan_pho' : 'thon';
  return (await preview.call('createVillage', { name, kind, households })) as Village;
}

export interface PersonArrange {
  fullName: string;
  gender?: 'male' | 'female' | null;
  birthYear?: number | null;
  phone?: string | null;
  position?: string | null;
  villageId?: string | null;
  tags?: PersonTag[];
}

export async function addPerson(preview: Preview, person: PersonArrange): Promise<Person> {
  const saved = (await preview.call('createPerson', person)) as { person: Person };
  return saved.person;
}

export async function addTeam(
  preview: Preview,
  team: {
    level: 'commune' | 'village';
    name: string;
    villageId?: string | null;
    zaloHouseholds?: number | null;
  },
): Promise<Team> {
  return (await preview.call('createTeam', team)) as Team;
}

export async function addMember(
  preview: Preview,
  teamId: string,
  personId: string,
  role: Role,
  startDate: string,
): Promise<TeamDetail> {
  return (await preview.call('addMember', { teamId, personId, role, startDate })) as TeamDetail;
}

/** Rows of the people table (a virtual table: its rows are not <tr>). */
export function peopleRows(page: Page): Locator {
  return page.locator('.people-table .ant-table-row');
}

export function personRow(page: Page, name: string): Locator {
  return peopleRows(page).filter({ hasText: name });
}

/** The names in the people table, top to bottom, as rendered (for `toHaveText([...])`). */
export function peopleNameCells(page: Page): Locator {
  return page.locator('.people-table .ant-table-row .person-name-link');
}

export function drawer(page: Page): Locator {
  return page.locator('.ant-drawer-section');
}

export { dialogTitled } from './app.steps';

/** The names in the members table of the selected team, top to bottom (for `toHaveText([...])`). */
export function memberNameCells(page: Page): Locator {
  return page.locator('.members-table tbody tr.ant-table-row td:nth-child(2)');
}
