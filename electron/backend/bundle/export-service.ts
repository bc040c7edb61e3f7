/**
 * Exporting the monthly bundle (issue 10, items 2 and 3): the period's records under the office's
 * cut-off, the period's report (the issued one, else the latest draft) as .docx and .xlsx, signed
 * with the commune's key; the export recorded (period, time, file, SHA-256, counts) with a copy of
 * the file kept in the data folder, so it can be saved, attached to an e-mail or sent again later;
 * and, when a shared folder is set, a copy written there too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleTables } from '../../../shared/contract/bundle-format';
import type { BundleCounts, BundleExport, BundleMade } from '../../../shared/contract/bundle-types';
import { AppError } from '../../../shared/contract/errors';
import type { FileDownload, SavedFile } from '../../../shared/contract/types';
import type { Period } from '../../../shared/domain/periods';
import { nowIso } from '../clock';
import type { BackendContext } from '../context';
import type { Kysely } from 'kysely';
import type { BundleExportsTable, Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { renderDocumentFile } from '../documents/render-service';
import { writeFileAtomic } from '../files/write-atomic';
import { newId } from '../ids';
import { requireProfile } from '../profile/profile-service';
import { listReports, reportWorkbook } from '../report/report-drafts';
import { periodInfo } from '../report/report-period';
import { getPeriodConvention } from '../settings/settings-service';
import { getBundleSettings, rememberSaveFolder } from './bundle-settings';
import { ensureKey } from './keys';
import { currentJob } from '../jobs/job';
import { collectRecords } from './records';
import { bundleFileName, bundleParts, sha256Hex, writeBundle } from './write';
import { listAudit } from '../audit/audit-service';

/** Where the data folder keeps a copy of every bundle exported. */
export const ARCHIVE_FOLDER = 'goi-so-lieu';

/** The period's report to carry: the issued one, else the latest edited draft; null when none. */
async function periodReport(ctx: BackendContext, period: Period): Promise<string | null> {
  const reports = (await listReports(ctx)).filter(
    (r) => r.period === period.code && r.document.status !== 'cancelled',
  );
  const issued = reports.find((r) => r.document.number !== null);
  if (issued) return issued.document.id;
  const latest = reports.sort((a, b) => b.document.updatedAt.localeCompare(a.document.updatedAt))[0];
  return latest?.document.id ?? null;
}

async function reportFiles(
  ctx: BackendContext,
  reportId: string | null,
): Promise<{ name: string; bytes: Buffer }[]> {
  if (reportId === null) return [];
  const job = currentJob();
  job.begin(2, 'Đang lập báo cáo của kỳ (tệp .docx, .xlsx)');
  const files: FileDownload[] = [];
  for (const render of [
    () => renderDocumentFile(ctx, reportId, 'docx'),
    () => reportWorkbook(ctx, reportId),
  ]) {
    files.push(await render());
    job.advance();
  }
  return files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.base64, 'base64') }));
}

function exportOf(row: BundleExportsTable): BundleExport {
  return {
    id: row.id,
    period: row.period,
    periodLabel: row.period_label,
    from: row.period_from,
    to: row.period_to,
    createdAt: row.created_at,
    fileName: row.file_name,
    sha256: row.sha256,
    bytes: row.bytes,
    counts: JSON.parse(row.counts) as BundleCounts,
    fingerprint: row.fingerprint,
    sharedTo: row.shared_to,
    sharedProblem: row.shared_problem,
  };
}

/** A copy in the shared folder; a folder that cannot be written is said, not fatal. */
function copyToShared(
  folder: string,
  fileName: string,
  bytes: Buffer,
): { to: string | null; problem: string | null } {
  if (folder === '') return { to: null, problem: null };
  const target = path.join(folder, fileName);
  try {
    writeFileAtomic(target, bytes);
    return { to: target, problem: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lỗi';
    return {
      to: null,
      problem:
        `Không ghi được bản sao vào thư mục dùng chung «${folder}» (${code}). ` +
        'Hãy kiểm tra ổ mạng hoặc thư mục đồng bộ rồi xuất lại, hoặc lưu gói ra USB.',
    };
  }
}

/** The audit log's records of the period's days, oldest first (the bundle's audit part). */
async function periodAudit(db: Kysely<Database>, range: { from: string; to: string }) {
  const entries = await listAudit(db, { from: range.from, to: range.to }, Number.MAX_SAFE_INTEGER);
  return entries.reverse();
}

/**
 * Makes, signs, keeps and records the bundle of a period. As a job it counts its steps (each
 * table read, the report's files, each part hashed, the signature, the zip, then the copies and
 * the record) and a cancel stops it anywhere before the first file is written: nothing is kept,
 * nothing recorded. Once the saving has begun it goes to its end (the shared folder's copy may
 * replace an earlier one of the period, which could not be put back).
 */
export async function exportBundle(ctx: BackendContext, period: Period): Promise<BundleMade> {
  const job = currentJob();
  const profile = await requireProfile(ctx.db);
  const key = ensureKey(ctx.databasePath);
  const settings = await getBundleSettings(ctx.db);
  const info = periodInfo(period, await getPeriodConvention(ctx.db));
  const reportId = await periodReport(ctx, period);
  job.begin(bundleTables.length + 1, 'Đang đọc số liệu của kỳ (bảng)');
  // One read transaction: the records (and the audit log of the period's days) are one consistent snapshot.
  const { records, audit } = await inTransaction(ctx.db, async (trx) => {
    const read = {
      records: await collectRecords(trx, {
        range: info,
        year: period.year,
        sendPhones: settings.sendPhones,
        reportId,
      }),
      audit: await periodAudit(trx, info),
    };
    job.advance();
    return read;
  });
  const built = bundleParts(records, await reportFiles(ctx, reportId), audit);
  const createdAt = nowIso();
  const { bytes } = await writeBundle(
    {
      commune: {
        code: profile.communeCode,
        name: profile.communeName,
        provinceCode: profile.provinceCode,
        provinceName: profile.provinceName,
      },
      period: {
        code: info.code,
        kind: info.kind,
        convention: info.convention,
        from: info.from,
        to: info.to,
        label: info.label,
      },
      createdAt,
      appVersion: ctx.appVersion.slice(0, 40),
    },
    built,
    key,
  );
  // The last point a cancel stops at: from here the copies and the record are written.
  job.begin(
    settings.sharedFolder === '' ? 2 : 3,
    settings.sharedFolder === ''
      ? 'Đang lưu gói (bản lưu trong máy, danh sách đã xuất)'
      : 'Đang lưu gói (bản lưu trong máy, bản ở thư mục dùng chung, danh sách đã xuất)',
  );
  const id = newId();
  const fileName = bundleFileName(profile.communeCode, profile.communeName, period.code);
  const archive = path.join(ARCHIVE_FOLDER, `${id}.zip`);
  writeFileAtomic(path.join(ctx.host.dataDir, archive), bytes);
  job.count();
  const shared = copyToShared(settings.sharedFolder, fileName, bytes);
  if (settings.sharedFolder !== '') job.count();
  const row: BundleExportsTable = {
    id,
    period: period.code,
    period_label: info.label,
    period_from: info.from,
    period_to: info.to,
    created_at: createdAt,
    file_name: fileName,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    counts: JSON.stringify(built.counts),
    fingerprint: key.fingerprint,
    archive_file: archive,
    shared_to: shared.to,
    shared_problem: shared.problem,
  };
  try {
    await inTransaction(ctx.db, (trx) => trx.insertInto('bundle_exports').values(row).execute());
  } catch (error) {
    fs.rmSync(path.join(ctx.host.dataDir, archive), { force: true });
    throw error;
  }
  job.count();
  return { ...exportOf(row), base64: bytes.toString('base64') };
}

/** Every export, the latest first. */
export async function listBundleExports(ctx: BackendContext): Promise<BundleExport[]> {
  const rows = await ctx.db
    .selectFrom('bundle_exports')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(exportOf);
}

/** An export's record and the bytes of its kept copy (checked against the recorded SHA-256). */
export async function exportedBundle(
  ctx: BackendContext,
  id: string,
): Promise<{ record: BundleExport; bytes: Buffer }> {
  const row = await ctx.db.selectFrom('bundle_exports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new AppError('not_found', 'Không tìm thấy lần xuất gói số liệu này. Hãy xuất lại gói của kỳ.');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(ctx.host.dataDir, row.archive_file));
  } catch {
    bytes = Buffer.alloc(0);
  }
  if (sha256Hex(bytes) !== row.sha256) {
    throw new AppError(
      'not_found',
      `Bản lưu của gói ${row.file_name} (xuất lúc ${row.created_at}) không còn hoặc đã bị thay đổi. ` +
        'Hãy xuất lại gói của kỳ này.',
    );
  }
  return { record: exportOf(row), bytes };
}

export async function downloadBundle(ctx: BackendContext, id: string): Promise<FileDownload> {
  const { record, bytes } = await exportedBundle(ctx, id);
  return { fileName: record.fileName, base64: bytes.toString('base64') };
}

/** Saves an export where the officer chooses (a USB stick), starting in the remembered folder. */
export async function saveBundle(ctx: BackendContext, id: string): Promise<SavedFile> {
  const { record, bytes } = await exportedBundle(ctx, id);
  const { saveFolder } = await getBundleSettings(ctx.db);
  const target = await ctx.host.chooseSavePath({
    suggestedName: record.fileName,
    ...(saveFolder === '' ? {} : { defaultFolder: saveFolder }),
    filters: [{ name: 'Gói số liệu Tổ CNSCĐ', extensions: ['zip'] }],
  });
  if (target === null) return { path: null };
  writeFileAtomic(target, bytes);
  await rememberSaveFolder(ctx.db, path.dirname(target));
  return { path: target };
}

/** Shows the folder the last bundle was saved in (else the data folder's copies) in the file manager. */
export async function openBundleFolder(ctx: BackendContext): Promise<SavedFile> {
  const { saveFolder } = await getBundleSettings(ctx.db);
  const folder =
    saveFolder !== '' && fs.existsSync(saveFolder) ? saveFolder : path.join(ctx.host.dataDir, ARCHIVE_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  await ctx.host.openPath(folder);
  return { path: folder };
}
