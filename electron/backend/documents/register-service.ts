/**
 * The documents the application makes and its outgoing register (sổ văn bản đi): one series
 * of numbers per year for every document of the People's Committee. A number is chosen and
 * recorded inside the transaction that finalises the document, under SQLite's write lock, so
 * two documents never share a number and a crash neither burns nor repeats one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { DocumentTexts } from '../../../shared/contract/schemas';
import type {
  DocumentDetail,
  DocumentStatus,
  DocumentSummary,
  TeamWarning,
} from '../../../shared/contract/types';
import {
  documentKindLabels,
  type DocumentContent,
  type DocumentKind,
} from '../../../shared/documents/content';
import { roleLabels } from '../../../shared/domain/teams';
import { isoToVi, todayIso } from '../../../shared/vi/dates';
import { nowIso } from '../clock';
import type { BackendContext } from '../context';
import type { Database, DocumentsTable } from '../db/schema';
import { inImmediateTransaction, inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { requireProfile } from '../profile/profile-service';
import { getTeam } from '../teams/team-service';
import { composeDecision, numberText, type TeamForDocument } from './compose';
import { defaultTexts, type DecisionKind } from './texts';

export type StoredKind = DocumentsTable['kind'];

export const kindLabel = (kind: StoredKind): string =>
  kind === 'external_decision'
    ? 'Quyết định (ban hành trước khi dùng phần mềm)'
    : documentKindLabels[kind as DocumentKind];

const DECISION_SYMBOL = 'QĐ-UBND';

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toSummary(row: Selectable<DocumentsTable>): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    status: row.status,
    symbol: row.symbol,
    year: row.year,
    number: row.number,
    numberText: row.number === null ? null : numberText(row.number, row.symbol),
    date: row.issued_on,
    summary: row.summary,
    signerName: row.signer_name,
    recipients: row.recipients,
    teamIds: parseJson<string[]>(row.team_ids, []),
    external: row.external === 1,
    hasScan: row.scan_file !== null,
    scanSha256: row.scan_sha256,
    copies: row.copies,
    sentOn: row.sent_on,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function row(db: Kysely<Database>, id: string): Promise<Selectable<DocumentsTable>> {
  const found = await db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'Không tìm thấy văn bản này. Hãy tải lại danh sách.');
  return found;
}

/** The latest decision (issued, signed, or recorded) that founded or re-organised the team. */
export async function lastDecisionOf(db: Kysely<Database>, teamId: string): Promise<DocumentSummary | null> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('status', 'in', ['issued', 'signed'])
    .where('kind', 'in', [
      'founding_commune',
      'founding_village',
      'founding_villages',
      'reorganization',
      'external_decision',
    ])
    .where('deleted_at', 'is', null)
    .orderBy('issued_on', 'desc')
    .orderBy('number', 'desc')
    .execute();
  const hit = rows.find((r) => parseJson<string[]>(r.team_ids, []).includes(teamId));
  return hit ? toSummary(hit) : null;
}

/** "Quyết định số 07/QĐ-UBND ngày 05/9/2022 của Chủ tịch UBND xã" — for citing an earlier decision. */
function citation(doc: DocumentSummary): string {
  return `Quyết định số ${doc.numberText ?? ''} ngày ${doc.date ? isoToVi(doc.date) : ''} của Chủ tịch Ủy ban nhân dân xã`;
}

/** A re-organisation's changes since the team's last decision: who joins, who leaves, whose role changes. */
export async function changesSinceLastDecision(db: Kysely<Database>, teamId: string): Promise<string[]> {
  const team = await getTeam(db, teamId);
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

async function teamsFor(db: Kysely<Database>, teamIds: string[], date: string): Promise<TeamForDocument[]> {
  const teams = [];
  for (const id of teamIds) {
    const team = await getTeam(db, id, date);
    teams.push({ name: team.name, villageName: team.villageName, members: team.members });
  }
  return teams;
}

export async function warningsFor(db: Kysely<Database>, teamIds: string[]): Promise<TeamWarning[]> {
  const warnings: TeamWarning[] = [];
  for (const id of teamIds) {
    const team = await getTeam(db, id);
    warnings.push(...team.warnings.map((w) => ({ ...w, teamId: team.id, teamName: team.name })));
  }
  return warnings;
}

export async function createDecision(
  ctx: BackendContext,
  input: { kind: DecisionKind | 'member_list'; teamIds: string[] },
): Promise<DocumentDetail> {
  if (input.kind === 'member_list') {
    throw new AppError(
      'validation',
      'Danh sách thành viên không cần vào sổ: hãy dùng "Xuất danh sách thành viên".',
    );
  }
  const kind = input.kind;
  const id = await inTransaction(ctx.db, async (trx) => {
    const profile = await requireProfile(trx);
    const teams = [];
    for (const teamId of input.teamIds) teams.push(await getTeam(trx, teamId));
    if (kind === 'founding_commune' && teams.some((t) => t.level !== 'commune')) {
      throw new AppError('validation', 'Quyết định thành lập Tổ cấp xã chỉ dùng cho Tổ cấp xã.');
    }
    if (
      (kind === 'founding_village' || kind === 'founding_villages') &&
      teams.some((t) => t.level !== 'village')
    ) {
      throw new AppError(
        'validation',
        'Quyết định thành lập Tổ thôn chỉ dùng cho các Tổ cấp thôn, tổ dân phố.',
      );
    }
    if (
      (kind === 'founding_commune' || kind === 'founding_village' || kind === 'reorganization') &&
      teams.length !== 1
    ) {
      throw new AppError(
        'validation',
        'Loại quyết định này dành cho đúng một Tổ. Nhiều tổ thôn: chọn "một quyết định cho nhiều thôn".',
      );
    }
    const first = teams[0];
    const previous = kind === 'reorganization' && first ? await lastDecisionOf(trx, first.id) : null;
    const texts = defaultTexts({
      kind,
      profile,
      teamName: first?.name ?? '',
      villageNames: teams.map((t) => t.villageName ?? ''),
      date: todayIso(),
      previous: previous ? citation(previous) : null,
    });
    const now = nowIso();
    const docId = newId();
    await trx
      .insertInto('documents')
      .values({
        id: docId,
        kind,
        status: 'draft',
        symbol: DECISION_SYMBOL,
        year: null,
        number: null,
        issued_on: null,
        summary: texts.summary,
        signer_name: texts.signer.name,
        recipients: texts.recipients.join('; '),
        texts: JSON.stringify(texts),
        content: null,
        team_ids: JSON.stringify(input.teamIds),
        external: 0,
        scan_file: null,
        scan_sha256: null,
        copies: null,
        sent_on: null,
        notes: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    return docId;
  });
  return getDocument(ctx, id);
}

export async function getDocument(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  const r = await row(ctx.db, id);
  const summary = toSummary(r);
  const editable = r.status === 'draft' || r.status === 'printed';
  return {
    ...summary,
    texts: parseJson<DocumentTexts | null>(r.texts, null),
    warnings: editable ? await warningsFor(ctx.db, summary.teamIds) : [],
    changes:
      r.kind === 'reorganization' && editable && summary.teamIds[0]
        ? await changesSinceLastDecision(ctx.db, summary.teamIds[0])
        : [],
  };
}

export async function updateDocumentTexts(
  ctx: BackendContext,
  id: string,
  texts: DocumentTexts,
): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await row(trx, id);
    if (r.status !== 'draft' && r.status !== 'printed') {
      throw new AppError(
        'conflict',
        'Văn bản đã ban hành nên không sửa được nội dung. Nếu sai, hãy hủy văn bản và làm văn bản mới.',
      );
    }
    await trx
      .updateTable('documents')
      .set({
        texts: JSON.stringify(texts),
        summary: texts.summary,
        signer_name: texts.signer.name,
        recipients: texts.recipients.join('; '),
        // Edited after printing: the printed copy is no longer the text, so it is a draft again.
        status: 'draft',
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

/** The content of a document: its snapshot once issued, otherwise composed now (the copy for signing). */
export async function contentOf(ctx: BackendContext, id: string): Promise<DocumentContent> {
  const r = await row(ctx.db, id);
  if (r.content !== null) return JSON.parse(r.content) as DocumentContent;
  if (r.kind === 'external_decision' || r.kind === 'report' || r.kind === 'member_list') {
    throw new AppError('validation', 'Văn bản này không do phần mềm soạn nên không có bản để in.');
  }
  return composeLive(ctx.db, r, { number: null, date: null, year: new Date().getFullYear() });
}

async function composeLive(
  db: Kysely<Database>,
  r: Selectable<DocumentsTable>,
  when: { number: number | null; date: string | null; year: number },
): Promise<DocumentContent> {
  const profile = await requireProfile(db);
  const teamIds = parseJson<string[]>(r.team_ids, []);
  const texts = parseJson<DocumentTexts | null>(r.texts, null);
  if (!texts) throw new AppError('internal', 'Nội dung văn bản bị hỏng. Hãy hủy và làm văn bản mới.');
  const kind = r.kind as DecisionKind;
  return composeDecision({
    kind,
    profile,
    texts,
    teams: await teamsFor(db, teamIds, when.date ?? todayIso()),
    symbol: r.symbol,
    when,
    changes: kind === 'reorganization' && teamIds[0] ? await changesSinceLastDecision(db, teamIds[0]) : [],
  });
}

export async function markPrinted(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await row(trx, id);
    if (r.status === 'draft') {
      await trx
        .updateTable('documents')
        .set({ status: 'printed', updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    }
  });
  return getDocument(ctx, id);
}

async function numberTaken(db: Kysely<Database>, year: number, number: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'summary', 'symbol', 'status'])
    .where('year', '=', year)
    .where('number', '=', number)
    .executeTakeFirst();
}

function takenError(year: number, number: number, by: { summary: string; symbol: string }): AppError {
  return new AppError(
    'conflict',
    `Số ${numberText(number, by.symbol)} năm ${year} đã được dùng cho văn bản "${by.summary}". ` +
      'Mỗi số chỉ dùng một lần trong năm: hãy kiểm tra lại sổ của văn thư, hoặc để trống để lấy số tiếp theo.',
    { fields: [{ path: 'number', message: `Số ${number} năm ${year} đã có trong sổ.` }] },
  );
}

export async function nextFreeNumber(db: Kysely<Database>, year: number): Promise<number> {
  const max = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.max<number>('number').as('m'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(max?.m ?? 0) + 1;
}

/** Links the memberships a founding or re-organisation decision created or ended to it. */
async function linkMemberships(
  db: Kysely<Database>,
  docId: string,
  teamIds: string[],
  date: string,
): Promise<void> {
  const now = nowIso();
  await db
    .updateTable('memberships')
    .set({ decision_id: docId, updated_at: now })
    .where('team_id', 'in', teamIds)
    .where('decision_id', 'is', null)
    .where('start_date', '<=', date)
    .where('deleted_at', 'is', null)
    .execute();
  await db
    .updateTable('memberships')
    .set({ end_decision_id: docId, updated_at: now })
    .where('team_id', 'in', teamIds)
    .where('end_date', 'is not', null)
    .where('end_decision_id', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
}

export interface IssueInput {
  id: string;
  number: number | null;
  date: string;
  confirmWarnings: boolean;
}

export async function issueDocument(ctx: BackendContext, input: IssueInput): Promise<DocumentDetail> {
  const year = Number(input.date.slice(0, 4));
  await inImmediateTransaction(ctx.db, async (trx) => {
    const r = await row(trx, input.id);
    if (r.status !== 'draft' && r.status !== 'printed') {
      throw new AppError(
        'conflict',
        `Văn bản này đã ${r.status === 'cancelled' ? 'bị hủy' : 'ban hành'}, không cấp số lại được.`,
      );
    }
    const teamIds = parseJson<string[]>(r.team_ids, []);
    const warnings = await warningsFor(trx, teamIds);
    if (warnings.length > 0 && !input.confirmWarnings) {
      throw new AppError(
        'conflict',
        `Thành phần Tổ còn ${warnings.length} điểm chưa đúng hướng dẫn. Hãy xem các cảnh báo rồi xác nhận vẫn ban hành, hoặc quay lại sửa Tổ.`,
        { warnings },
      );
    }
    let number = input.number;
    if (number !== null) {
      const taken = await numberTaken(trx, year, number);
      if (taken) throw takenError(year, number, taken);
    } else {
      number = await nextFreeNumber(trx, year);
    }
    await ctx.hooks?.afterNumberChosen?.(number);
    const content = await composeLive(trx, r, { number, date: input.date, year });
    await trx
      .updateTable('documents')
      .set({
        status: 'issued',
        year,
        number,
        issued_on: input.date,
        content: JSON.stringify(content),
        updated_at: nowIso(),
      })
      .where('id', '=', input.id)
      .execute();
    if (r.kind !== 'member_list' && r.kind !== 'report')
      await linkMemberships(trx, input.id, teamIds, input.date);
  });
  return getDocument(ctx, input.id);
}

const scanTypes: { ext: string; magic: number[] }[] = [
  { ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

/** Keeps the scan of the signed, stamped paper in the data folder, with its SHA-256. */
export async function storeScan(
  ctx: BackendContext,
  docId: string,
  base64: string,
): Promise<{ file: string; sha256: string }> {
  const bytes = Buffer.from(base64, 'base64');
  const type = scanTypes.find((t) => t.magic.every((b, i) => bytes[i] === b));
  if (!type) {
    throw new AppError(
      'validation',
      'Tệp chọn không phải PDF, JPG hay PNG (nội dung không khớp đuôi tệp). Hãy quét lại hoặc chọn đúng tệp.',
    );
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const dir = path.join(ctx.host.dataDir, 'scans');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${docId}.${type.ext}`);
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return { file: path.relative(ctx.host.dataDir, file), sha256 };
}

export async function attachScan(ctx: BackendContext, id: string, base64: string): Promise<DocumentDetail> {
  const r = await row(ctx.db, id);
  if (r.status !== 'issued' && r.status !== 'signed') {
    throw new AppError('conflict', 'Chỉ đính kèm bản quét cho văn bản đã có số và ngày (đã ban hành).');
  }
  const stored = await storeScan(ctx, id, base64);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('documents')
      .set({ status: 'signed', scan_file: stored.file, scan_sha256: stored.sha256, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

/** A cancelled document keeps its number, marked cancelled: numbers are never reused. */
export async function cancelDocument(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await row(trx, id);
    if (r.status === 'cancelled') return;
    await trx
      .updateTable('documents')
      .set({ status: 'cancelled', updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

/** The register's own columns (Appendix IV): copies, date sent, notes — for any entry, even cancelled. */
export async function updateRegisterEntry(
  ctx: BackendContext,
  id: string,
  entry: { copies: number | null; sentOn: string | null; notes: string | null },
): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await row(trx, id);
    if (entry.sentOn !== null && r.issued_on !== null && entry.sentOn < r.issued_on) {
      throw new AppError('validation', 'Ngày chuyển không được trước ngày ban hành văn bản.', {
        fields: [{ path: 'sentOn', message: 'Trước ngày ban hành.' }],
      });
    }
    await trx
      .updateTable('documents')
      .set({ copies: entry.copies, sent_on: entry.sentOn, notes: entry.notes, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

export interface PastDecision {
  teamIds: string[];
  number: number;
  symbol: string;
  date: string;
  signer: string;
  summary: string;
  scan: { fileName: string; base64: string } | null;
}

/** A decision made before the application was installed, so later decisions can cite it. */
export async function recordPastDecision(ctx: BackendContext, input: PastDecision): Promise<DocumentDetail> {
  const year = Number(input.date.slice(0, 4));
  const id = newId();
  const early = await numberTaken(ctx.db, year, input.number);
  if (early) throw takenError(year, input.number, early);
  const scan = input.scan ? await storeScan(ctx, id, input.scan.base64) : null;
  // The number is checked again under the write lock; if refused there, the scan goes too.
  await inImmediateTransaction(ctx.db, async (trx) => {
    for (const teamId of input.teamIds) await getTeam(trx, teamId);
    const taken = await numberTaken(trx, year, input.number);
    if (taken) throw takenError(year, input.number, taken);
    const now = nowIso();
    await trx
      .insertInto('documents')
      .values({
        id,
        kind: 'external_decision',
        status: scan ? 'signed' : 'issued',
        symbol: input.symbol,
        year,
        number: input.number,
        issued_on: input.date,
        summary: input.summary,
        signer_name: input.signer,
        recipients: null,
        texts: '{}',
        content: null,
        team_ids: JSON.stringify(input.teamIds),
        external: 1,
        scan_file: scan?.file ?? null,
        scan_sha256: scan?.sha256 ?? null,
        copies: null,
        sent_on: null,
        notes: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await linkMemberships(trx, id, input.teamIds, input.date);
  }).catch((error: unknown) => {
    if (scan) fs.rmSync(path.join(ctx.host.dataDir, scan.file), { force: true });
    throw error;
  });
  return getDocument(ctx, id);
}

export async function listRegister(
  ctx: BackendContext,
  query: { year?: number | undefined; kind?: string | undefined; includeDrafts?: boolean | undefined },
): Promise<DocumentSummary[]> {
  const year = query.year ?? new Date().getFullYear();
  let q = ctx.db.selectFrom('documents').selectAll().where('deleted_at', 'is', null);
  q = query.includeDrafts
    ? q.where((eb) => eb.or([eb('year', '=', year), eb('number', 'is', null)]))
    : q.where('year', '=', year).where('number', 'is not', null);
  if (query.kind) q = q.where('kind', '=', query.kind as StoredKind);
  const rows = await q.execute();
  const statusOrder: Record<DocumentStatus, number> = {
    draft: 0,
    printed: 0,
    issued: 1,
    signed: 1,
    cancelled: 1,
  };
  return rows
    .map(toSummary)
    .sort(
      (a, b) =>
        statusOrder[a.status] - statusOrder[b.status] ||
        (a.number ?? 0) - (b.number ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
