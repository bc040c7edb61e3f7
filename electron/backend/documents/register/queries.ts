/** Reading the register: one document, a year's entries, a team's last decisions. */
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { DocumentStatus, DocumentSummary } from '../../../../shared/contract/types';
import { numberText } from '../../../../shared/documents/numbers';
import { registerKindLabel } from '../../../../shared/documents/register-kinds';
import type { Database, DocumentsTable } from '../../db/schema';
import { teamIdsOf } from './document-teams';

export type StoredKind = DocumentsTable['kind'];
export type DocumentRow = Selectable<DocumentsTable>;

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toSummary(row: DocumentRow, teamIds: string[]): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: registerKindLabel(row.kind),
    status: row.status,
    symbol: row.symbol,
    year: row.year,
    number: row.number,
    numberText: row.number === null ? null : numberText(row.number, row.symbol),
    date: row.issued_on,
    summary: row.summary,
    signerName: row.signer_name,
    recipients: row.recipients,
    teamIds,
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

/** Summaries of rows, their teams read in one query. */
export async function summariesOf(
  db: Kysely<Database>,
  rows: readonly DocumentRow[],
): Promise<DocumentSummary[]> {
  const teams = await teamIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, teams.get(r.id) ?? []));
}

export async function documentRow(db: Kysely<Database>, id: string): Promise<DocumentRow> {
  const found = await db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'Không tìm thấy văn bản này. Hãy tải lại danh sách.');
  return found;
}

export async function summaryOf(db: Kysely<Database>, row: DocumentRow): Promise<DocumentSummary> {
  const [summary] = await summariesOf(db, [row]);
  if (!summary) throw new AppError('internal', 'Không đọc được văn bản.');
  return summary;
}

const foundingKinds = ['founding_commune', 'founding_village', 'founding_villages'] as const;

/** The team's latest decision in force (issued or signed, not cancelled) of the given kinds. */
async function latestOf(
  db: Kysely<Database>,
  teamId: string,
  kinds: readonly StoredKind[],
): Promise<DocumentSummary | null> {
  const hit = await db
    .selectFrom('documents')
    .innerJoin('document_teams', 'document_teams.document_id', 'documents.id')
    .selectAll('documents')
    .where('document_teams.team_id', '=', teamId)
    .where('documents.status', 'in', ['issued', 'signed'])
    .where('documents.kind', 'in', [...kinds])
    .where('documents.deleted_at', 'is', null)
    .orderBy('documents.issued_on', 'desc')
    .orderBy('documents.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return hit ? summaryOf(db, hit) : null;
}

/** The latest decision (issued, signed, or recorded) that founded or re-organised the team. */
export function lastDecisionOf(db: Kysely<Database>, teamId: string): Promise<DocumentSummary | null> {
  return latestOf(db, teamId, [...foundingKinds, 'reorganization', 'external_decision']);
}

/**
 * The decision in force that founded the team: one the application issued, or one made before
 * it and recorded (`external_decision`, which founded or re-organised a team that therefore exists).
 */
export function foundingInForce(db: Kysely<Database>, teamId: string): Promise<DocumentSummary | null> {
  return latestOf(db, teamId, [...foundingKinds, 'external_decision']);
}

export async function listRegister(
  { db }: { db: Kysely<Database> },
  query: { year?: number | undefined; kind?: string | undefined; includeDrafts?: boolean | undefined },
): Promise<DocumentSummary[]> {
  const year = query.year ?? new Date().getFullYear();
  let q = db.selectFrom('documents').selectAll().where('deleted_at', 'is', null);
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
  return (await summariesOf(db, rows)).sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      (a.number ?? 0) - (b.number ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
