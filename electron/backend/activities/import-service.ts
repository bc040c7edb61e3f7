/**
 * A month of activities from a spreadsheet: always a dry run first, then all of it or nothing.
 * Refused (errors): an unknown team, kind or platform, an impossible date, a count that is
 * negative or not whole, a column that names no indicator. Accepted with a word (warnings): a
 * possible duplicate of an activity already there, a date outside the team's life, a row left
 * empty. Each row carries the hash of its normalised content (`source_key`, migration 6), so the
 * same file imported twice adds nothing.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { activityInputSchema, type ActivityInput } from '../../../shared/contract/monthly-schemas';
import type {
  ActivityImportColumn,
  ActivityImportRow,
  ActivityImportSummary,
} from '../../../shared/contract/monthly-types';
import type { FileDownload, ImportProblem } from '../../../shared/contract/types';
import { activityKindLabels, activityKinds, type ActivityKind } from '../../../shared/domain/activities';
import { villageNameWithoutKind } from '../../../shared/domain/villages';
import { isoToVi } from '../../../shared/vi/dates';
import { parseTypedNumber } from '../../../shared/vi/numbers';
import { cleanText, foldVi, nearestFolded } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { currentJob } from '../jobs/job';
import { newId } from '../ids';
import { getProfile } from '../profile/profile-service';
import {
  readActivitiesBytes,
  type ParsedActivityRow,
  type ParsedActivitySheet,
} from '../spreadsheets/read-activities';
import { parseDateCell } from '../spreadsheets/sheet-dates';
import { writeActivitiesTemplate } from '../spreadsheets/write-activities';
import type { CellRaw } from '../spreadsheets/sheet-grid';
import {
  catalogFacts,
  duplicateKey,
  existingCandidates,
  insertActivities,
  sharesPlatform,
  teamFacts,
  teamLifeProblem,
  type CatalogFacts,
  type CheckedActivity,
  type TeamFacts,
} from './activity-service';

const fixRow = 'Hãy sửa dòng này trong tệp rồi nhập lại.';

interface Plan {
  summary: ActivityImportSummary;
  entries: CheckedActivity[];
}

/** Every indicator's name (retired ones too), so that their columns are recognised by name. */
export async function indicatorNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('indicators').select('name').execute();
  return rows.map((r) => r.name);
}

/** The template: fixed columns, one per active indicator, and the guide sheet. */
export async function activityImportTemplate(db: Kysely<Database>): Promise<FileDownload> {
  const [platforms, indicators, profile] = await Promise.all([
    db
      .selectFrom('platforms')
      .select(['code', 'name'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('indicators')
      .select(['code', 'name', 'unit'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .execute(),
    getProfile(db),
  ]);
  const bytes = await writeActivitiesTemplate({ platforms, indicators }, profile?.issuerName);
  return { fileName: 'Mau-nhap-hoat-dong.xlsx', base64: bytes.toString('base64') };
}

/** Reads the uploaded bytes in memory: no copy of the sheet on disk. */
export async function readUploadedActivities(
  db: Kysely<Database>,
  fileName: string,
  base64: string,
): Promise<ParsedActivitySheet> {
  return readActivitiesBytes(Buffer.from(base64, 'base64'), fileName, await indicatorNames(db));
}

/** "Thôn An Hải", "AN HẢI", "Tổ CNSCĐ thôn An Hải" → the same team; the commune's by "xã". */
class TeamFinder {
  private readonly byName = new Map<string, TeamFacts[]>();
  private readonly byVillage = new Map<string, TeamFacts[]>();
  private readonly commune: TeamFacts[] = [];
  private readonly communeWords: Set<string>;
  private readonly active: Set<string>;

  constructor(teams: readonly (TeamFacts & { active: boolean })[], communeName: string) {
    const push = (map: Map<string, TeamFacts[]>, key: string, team: TeamFacts) =>
      map.set(key, [...(map.get(key) ?? []), team]);
    // Active teams first, so a village's active team wins over one dissolved before it.
    const ordered = [...teams.filter((t) => t.active), ...teams.filter((t) => !t.active)];
    for (const team of ordered) {
      push(this.byName, foldVi(team.name), team);
      if (team.villageName !== null) push(this.byVillage, bare(team.villageName), team);
      else this.commune.push(team);
    }
    const commune = foldVi(communeName);
    this.communeWords = new Set(['xa', 'cap xa', 'to xa', 'to cap xa', commune, bare(commune)]);
    this.active = new Set(teams.filter((t) => t.active).map((t) => t.id));
  }

  find(text: string): { team: TeamFacts } | { problem: string } {
    const key = foldVi(text);
    const candidates =
      this.byName.get(key) ??
      this.byVillage.get(bare(text)) ??
      (this.communeWords.has(key) ? this.commune : undefined);
    if (candidates === undefined || candidates.length === 0) {
      return {
        problem: `không có Tổ «${text}» trong sổ. Hãy ghi đúng tên Tổ hoặc tên thôn, tổ dân phố như trong sổ (ghi «xã» cho Tổ cấp xã).`,
      };
    }
    const active = candidates.filter((t) => this.active.has(t.id));
    const pool = active.length > 0 ? active : candidates;
    if (pool.length > 1) {
      return {
        problem: `«${text}» ứng với nhiều Tổ (${pool.map((t) => t.name).join('; ')}). Hãy ghi tên đầy đủ của Tổ.`,
      };
    }
    return { team: pool[0] as TeamFacts };
  }
}

function bare(name: string): string {
  return foldVi(villageNameWithoutKind(cleanText(name)));
}

function kindOf(text: string): ActivityKind | null {
  const key = foldVi(text);
  for (const kind of activityKinds) {
    const label = foldVi(activityKindLabels[kind]);
    if (key === kind || key === label || key.startsWith(`${label} `) || key.startsWith(`${label},`)) {
      return kind;
    }
  }
  return null;
}

const kindList = activityKinds.map((k) => activityKindLabels[k]).join(', ');

/** A platform by its code, its name, or words of its name that only it has ("VNeID"). */
function platformOf(text: string, catalog: CatalogFacts): string | null {
  const key = foldVi(text);
  const entries = [...catalog.platforms].filter(([, p]) => p.active);
  const exact = entries.find(([code, p]) => code === key || foldVi(p.name) === key);
  if (exact !== undefined) return exact[0];
  const words = ` ${key} `;
  const partial = entries.filter(([, p]) =>
    ` ${foldVi(p.name).replace(/[^a-z0-9]+/gu, ' ')} `.includes(words),
  );
  return partial.length === 1 ? (partial[0]?.[0] ?? null) : null;
}

/** A count as a cell holds it: a number, or text typed "12", "1.200"; null when empty. */
function countOf(raw: CellRaw, label: string, problems: string[]): number | null {
  if (raw === null) return null;
  if (typeof raw === 'number') return raw;
  const text = cleanText(String(raw));
  if (text === '') return null;
  const value = parseTypedNumber(text);
  if (value === null) problems.push(`${label} «${text}» không phải là số.`);
  return value;
}

function dateOf(row: ParsedActivityRow, problems: string[]): string {
  if (row.date === null) {
    problems.push('thiếu ngày hoạt động.');
    return '';
  }
  const parsed = parseDateCell(row.date, { serials: true });
  if (parsed.date === null) {
    problems.push(
      `ngày «${row.dateText}» không có thật hoặc không đọc được (cần dạng ngày/tháng/năm, ví dụ 05/03/2026).`,
    );
    return '';
  }
  return parsed.date;
}

/** The row's content, normalised, as the key of "the same row imported before". */
function contentKey(input: ActivityInput): string {
  return JSON.stringify([
    input.date,
    input.teamId,
    input.kind,
    [...input.platforms].sort(),
    foldVi(input.place ?? ''),
    input.peopleReached,
    input.householdsReached,
    [...input.results]
      .sort((a, b) => a.indicator.localeCompare(b.indicator))
      .map((r) => [r.indicator, r.value]),
    foldVi(input.note ?? ''),
  ]);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The value columns and the indicator each names; unknown or retired ones are problems. */
function mapColumns(
  sheet: ParsedActivitySheet,
  catalog: CatalogFacts,
  errors: ImportProblem[],
  warnings: ImportProblem[],
): { columns: ActivityImportColumn[]; byCol: Map<number, string> } {
  const byFold = new Map([...catalog.indicators].map(([code, i]) => [foldVi(i.name), code]));
  const activeNames = [...catalog.indicators.values()].filter((i) => i.active).map((i) => i.name);
  const row = sheet.headerRow ?? 0;
  const byCol = new Map<number, string>();
  const seen = new Map<string, string>();
  const columns = sheet.valueColumns.map(({ col, header, letter }) => {
    const used = sheet.rows.some((r) => r.values.has(col));
    const code = byFold.get(foldVi(header)) ?? (catalog.indicators.has(header.trim()) ? header.trim() : null);
    const where = `Cột ${letter} «${header}»`;
    if (code === null) {
      const nearest = nearestFolded(header, activeNames);
      const hint = nearest === null ? '' : ` Có phải «${nearest}»?`;
      if (used) {
        errors.push({
          row,
          message: `${where} không phải tên chỉ tiêu nào trong danh mục.${hint} Hãy sửa tên cột cho đúng tên chỉ tiêu (xem trang «Hướng dẫn» của tệp mẫu), hoặc xóa cột, rồi nhập lại.`,
        });
      } else {
        warnings.push({
          row,
          message: `${where} không phải tên chỉ tiêu nào và không có số liệu: bỏ qua cột này.`,
        });
      }
      return { header, letter, indicator: null };
    }
    const indicator = catalog.indicators.get(code);
    if (indicator !== undefined && !indicator.active && used) {
      errors.push({
        row,
        message: `${where}: chỉ tiêu này đã ngừng sử dụng, không ghi thêm kết quả. Hãy xóa cột này, hoặc dùng lại chỉ tiêu trong Cài đặt, rồi nhập lại.`,
      });
    }
    const before = seen.get(code);
    if (before !== undefined) {
      errors.push({
        row,
        message: `${where} và cột ${before} cùng là một chỉ tiêu. Hãy gộp hai cột thành một rồi nhập lại.`,
      });
    }
    seen.set(code, letter);
    byCol.set(col, code);
    return { header, letter, indicator: code };
  });
  return { columns, byCol };
}

async function liveTeams(db: Kysely<Database>): Promise<(TeamFacts & { active: boolean })[]> {
  const teams = await db
    .selectFrom('teams')
    .select(['id', 'status'])
    .where('deleted_at', 'is', null)
    .execute();
  const facts = await teamFacts(
    db,
    teams.map((t) => t.id),
  );
  return teams.flatMap((t) => {
    const f = facts.get(t.id);
    return f === undefined ? [] : [{ ...f, active: t.status === 'active' }];
  });
}

async function importedKeys(db: Kysely<Database>, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 5_000) {
    const rows = await db
      .selectFrom('activities')
      .select('source_key')
      .where('source_key', 'in', keys.slice(i, i + 5_000))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) if (r.source_key !== null) found.add(r.source_key);
  }
  return found;
}

async function plan(db: Kysely<Database>, sheet: ParsedActivitySheet, fileName: string): Promise<Plan> {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  if (sheet.problem !== null) errors.push({ row: 0, message: sheet.problem });
  const [catalog, teams, profile] = await Promise.all([catalogFacts(db), liveTeams(db), getProfile(db)]);
  const finder = new TeamFinder(teams, profile?.communeName ?? '');
  const { columns, byCol } = mapColumns(sheet, catalog, errors, warnings);
  for (const row of sheet.emptyRows) {
    warnings.push({ row, message: `Dòng ${row}: chỉ có số thứ tự, không có hoạt động: bỏ qua.` });
  }

  const letters = new Map(sheet.valueColumns.map((c) => [c.col, c.letter]));
  const checked: { row: number; input: ActivityInput; team: TeamFacts; key: string }[] = [];
  const occurrences = new Map<string, number>();
  for (const row of sheet.rows) {
    const problems: string[] = [];
    const date = dateOf(row, problems);
    let team: TeamFacts | null = null;
    if (row.team === '') problems.push('thiếu Tổ (tên Tổ hoặc tên thôn).');
    else {
      const found = finder.find(row.team);
      if ('problem' in found) problems.push(found.problem);
      else team = found.team;
    }
    const kind = row.kind === '' ? null : kindOf(row.kind);
    if (row.kind === '') problems.push(`thiếu hình thức (${kindList}).`);
    else if (kind === null)
      problems.push(`không hiểu hình thức «${row.kind}»; hãy ghi một trong: ${kindList}.`);
    const platforms: string[] = [];
    for (const part of row.platforms
      .split(/[;,]/u)
      .map(cleanText)
      .filter((p) => p !== '')) {
      const code = platformOf(part, catalog);
      if (code === null)
        problems.push(`không có nền tảng «${part}» trong danh mục (xem trang «Hướng dẫn» của tệp mẫu).`);
      else if (!platforms.includes(code)) platforms.push(code);
    }
    const peopleReached = countOf(row.people, 'Số người', problems);
    const householdsReached = countOf(row.households, 'Số hộ', problems);
    const results: { indicator: string; value: number }[] = [];
    for (const [col, raw] of row.values) {
      const indicator = byCol.get(col);
      const value = countOf(raw, `Kết quả ở cột ${letters.get(col) ?? ''}`, problems);
      if (indicator === undefined || value === null || value === 0) continue;
      results.push({ indicator, value });
    }
    const parsed = activityInputSchema.safeParse({
      teamId: team?.id ?? newId(), // a stand-in: the team's own problem is already said
      date: date === '' ? '2000-01-01' : date,
      kind: kind ?? 'meeting',
      platforms,
      place: row.place === '' ? null : row.place,
      peopleReached,
      householdsReached,
      results,
      note: row.note === '' ? null : row.note,
      confirmOutsideTeamLife: true,
    });
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
    if (problems.length > 0 || !parsed.success || team === null) {
      errors.push({ row: row.row, message: `Dòng ${row.row}: ${problems.join(' ')} ${fixRow}` });
      continue;
    }
    const content = contentKey(parsed.data);
    // Two rows alike in one file are two activities (two sessions the same day): counted apart.
    const n = (occurrences.get(content) ?? 0) + 1;
    occurrences.set(content, n);
    checked.push({ row: row.row, input: parsed.data, team, key: hash(`${content}#${n}`) });
  }

  const before = await importedKeys(
    db,
    checked.map((c) => c.key),
  );
  const fresh = checked.filter((c) => !before.has(c.key));
  const existing = await existingCandidates(
    db,
    fresh.map((c) => c.input),
    null,
  );
  const entries: CheckedActivity[] = [];
  const rows: ActivityImportRow[] = [];
  for (const c of checked) {
    const importedBefore = before.has(c.key);
    rows.push({
      row: c.row,
      date: c.input.date,
      teamId: c.team.id,
      teamName: c.team.name,
      kind: c.input.kind,
      platforms: c.input.platforms,
      peopleReached: c.input.peopleReached,
      householdsReached: c.input.householdsReached,
      results: c.input.results,
      importedBefore,
    });
    if (importedBefore) continue;
    const id = newId();
    const dkey = duplicateKey(c.input.teamId, c.input.date, c.input.kind);
    const candidates = existing.get(dkey) ?? [];
    if (candidates.some((x) => sharesPlatform(x.platforms, c.input.platforms))) {
      warnings.push({
        row: c.row,
        message: `Dòng ${c.row}: có thể trùng — ${c.team.name} đã có hoạt động «${activityKindLabels[c.input.kind]}» ngày ${isoToVi(c.input.date)} cùng nền tảng. Dòng vẫn được nhập; nếu là một hoạt động, hãy xóa một bản sau khi nhập.`,
      });
    }
    existing.set(dkey, [...candidates, { id, platforms: c.input.platforms }]);
    const life = teamLifeProblem(c.team, c.input.date);
    if (life !== null) {
      warnings.push({
        row: c.row,
        message: `Dòng ${c.row}: ${life}. Dòng vẫn được nhập; hãy kiểm tra lại ngày.`,
      });
    }
    entries.push({ id, input: c.input, sourceKey: c.key });
  }
  const importedBefore = checked.length - fresh.length;
  if (importedBefore > 0) {
    warnings.push({ row: 0, message: `${importedBefore} dòng đã nhập trước đây: không nhập lại.` });
  }
  const byRow = (a: ImportProblem, b: ImportProblem) => a.row - b.row;
  return {
    summary: {
      applied: false,
      fileName,
      sheetName: sheet.sheetName,
      headerRow: sheet.headerRow,
      rowsRead: sheet.rows.length,
      added: entries.length,
      importedBefore,
      columns,
      rows,
      errors: errors.sort(byRow),
      warnings: warnings.sort(byRow),
    },
    entries,
  };
}

/** The dry run: what the import would add, with every error and warning by its row. Writes nothing. */
export async function dryRunActivityImport(
  db: Kysely<Database>,
  sheet: ParsedActivitySheet,
  fileName: string,
): Promise<ActivityImportSummary> {
  return (await plan(db, sheet, fileName)).summary;
}

/**
 * All or nothing, in one transaction: with any error nothing is written (`applied: false`);
 * rows imported before are not added again.
 */
export async function applyActivityImport(
  db: Kysely<Database>,
  sheet: ParsedActivitySheet,
  fileName: string,
): Promise<ActivityImportSummary> {
  return inTransaction(db, async (trx) => {
    const p = await plan(trx, sheet, fileName);
    if (p.summary.errors.length > 0) return p.summary;
    // Shown batch by batch; cancelled inside the transaction, so nothing is written.
    const job = currentJob();
    job.begin(p.entries.length, 'Đang ghi hoạt động vào sổ');
    await insertActivities(trx, p.entries, nowIso(), (rows) => job.advance(rows));
    job.checkpoint();
    return { ...p.summary, applied: true };
  });
}
