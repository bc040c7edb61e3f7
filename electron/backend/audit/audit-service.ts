/** The audit log read back (issue 11): the screen's list, the CLI's `audit list`, the export. */
import type { Kysely } from 'kysely';
import {
  auditEntityLabel,
  auditListLimit,
  type AuditEntry,
  type AuditQuery,
} from '../../../shared/contract/audit-schemas';
import { auditOperationLabel } from '../../../shared/contract/audit-operations';
import type { FileDownload } from '../../../shared/contract/types';
import { timestampToVi } from '../../../shared/vi/backups';
import { isoToVi, nextDay } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { getProfile } from '../profile/profile-service';
import {
  bannerRow,
  dataRow,
  headerRow,
  issuerLine,
  newWorkbook,
  printSetup,
  setColumns,
  toBuffer,
  type ColumnSpec,
} from '../spreadsheets/sheet-style';

/** The first instant (UTC ISO) of a local day `YYYY-MM-DD`: records keep UTC, the officer reads local days. */
export function localDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** The records of a local-day range (both ends included), newest first; all when no range. */
export async function listAudit(
  db: Kysely<Database>,
  query: AuditQuery = {},
  limit: number = auditListLimit,
): Promise<AuditEntry[]> {
  const q = query ?? {};
  let select = db.selectFrom('audit_log').selectAll();
  if (q.from !== undefined) select = select.where('at', '>=', localDayStart(q.from));
  if (q.to !== undefined) select = select.where('at', '<', localDayStart(nextDay(q.to)));
  if (q.operation !== undefined) select = select.where('operation', '=', q.operation);
  if (q.entity !== undefined) select = select.where('entity', '=', q.entity);
  const rows = await select.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operation: r.operation,
    entity: r.entity,
    entityId: r.entity_id,
    summary: r.summary,
    appVersion: r.app_version,
  }));
}

const columns: readonly ColumnSpec[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Thời gian', width: 18, align: 'center' },
  { header: 'Thao tác', width: 30 },
  { header: 'Đối tượng', width: 18 },
  { header: 'Nội dung', width: 55 },
  { header: 'Mã đối tượng', width: 40 },
  { header: 'Phiên bản', width: 11, align: 'center' },
];

function rangeText(q: NonNullable<AuditQuery>): string {
  if (q.from !== undefined && q.to !== undefined)
    return `Từ ngày ${isoToVi(q.from)} đến ngày ${isoToVi(q.to)}`;
  if (q.from !== undefined) return `Từ ngày ${isoToVi(q.from)}`;
  if (q.to !== undefined) return `Đến ngày ${isoToVi(q.to)}`;
  return 'Toàn bộ';
}

/** The records of the query as an .xlsx (oldest first, as a log reads on paper). */
export async function exportAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<FileDownload> {
  const q = query ?? {};
  const entries = (await listAudit(db, q, Number.MAX_SAFE_INTEGER)).reverse();
  const profile = await getProfile(db);
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Nhật ký thao tác');
  setColumns(sheet, columns);
  bannerRow(sheet, 1, issuerLine(profile?.issuerName ?? profile?.communeName), columns.length, {
    bold: true,
  });
  bannerRow(sheet, 2, 'NHẬT KÝ THAO TÁC', columns.length, { bold: true, size: 14 });
  bannerRow(sheet, 3, rangeText(q), columns.length, { italic: true });
  headerRow(sheet, 5, columns);
  entries.forEach((e, i) => {
    dataRow(sheet, 6 + i, columns, [
      i + 1,
      timestampToVi(e.at),
      auditOperationLabel(e.operation),
      auditEntityLabel(e.entity),
      e.summary,
      e.entityId,
      e.appVersion,
    ]);
  });
  printSetup(sheet, 5);
  const stamp = [q.from, q.to].filter((d) => d !== undefined).join('_');
  return {
    fileName: `Nhat-ky-thao-tac${stamp === '' ? '' : `-${stamp}`}.xlsx`,
    base64: (await toBuffer(workbook)).toString('base64'),
  };
}
