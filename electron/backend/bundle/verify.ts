/**
 * Reads and checks a bundle in full before anything is written (issue 10, items 5 and 9): the
 * zip within its limits (zip-read.ts), the manifest's format, version and schema, the Ed25519
 * signature over the manifest's exact bytes, each part's size and SHA-256, each data part's JSON
 * (depth and rows bounded) and every record against its schema, the counts, and the references
 * between the records. Every refusal is one Vietnamese sentence that names the file, says what is
 * wrong and what to do; nothing escapes as an exception.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleEntries,
  bundleLimits,
  bundleManifestSchema,
  bundlePartSchema,
  bundleRecordSchemas,
  bundleTables,
  type BundleAuditEntry,
  type BundleCheck,
  type BundleManifest,
  type BundleRecords,
  type BundleTable,
} from '../../../shared/contract/bundle-format';
import { stripControls } from '../../../shared/vi/text';
import { bundleAuditPartSchema } from '../../../shared/contract/audit-schemas';
import { canonicalBase64, ed25519KeyProblem, type KeyProblem } from './ed25519-key';
import { keyFingerprint } from './fingerprint';
import { publicKeyFromRaw } from './keys';
import { sha256Hex } from './write';
import { readZipEntries, ZipRefusal, type RefusalKind, type ZipEntryBytes } from './zip-read';

const dataNames = new Set(bundleTables.map((t) => `${bundleEntries.dataDir}${t}.json`));

function allowedName(name: string): boolean {
  if (name === bundleEntries.manifest || name === bundleEntries.signature || dataNames.has(name)) return true;
  if (name === bundleEntries.audit) return true;
  return name.startsWith(bundleEntries.reportDir) && bundlePartSchema.shape.name.safeParse(name).success;
}

/** The sentence the officer reads for a refusal of `kind`. */
export function refusalSentence(
  fileName: string,
  kind: RefusalKind | 'tampered' | 'newer',
  detail: string,
): string {
  const f = `Tệp «${fileName}»`;
  switch (kind) {
    case 'damaged':
      return `${f} bị hỏng hoặc không đầy đủ (${detail}). Hãy xin xã gửi lại tệp.`;
    case 'foreign':
      return `${f} không phải gói số liệu của phần mềm Tổ CNSCĐ (${detail}). Hãy kiểm tra đã chọn đúng tệp .zip xã gửi; nếu đúng, hãy xin xã xuất và gửi lại.`;
    case 'unsafe':
      return `${f} bị từ chối vì không an toàn (${detail}). Không dùng tệp này; hãy báo xã và xin gửi lại.`;
    case 'too_big':
      return `${f} quá lớn để là gói số liệu của một xã (${detail}). Hãy kiểm tra lại tệp, hoặc xin xã gửi lại.`;
    case 'tampered':
      return `${f} đã bị thay đổi sau khi xã ký (${detail}). Không dùng tệp này; hãy xin xã gửi lại.`;
    case 'newer':
      return `${f} được lập bằng phiên bản mới hơn của phần mềm Tổ CNSCĐ (${detail}). Hãy cập nhật ứng dụng lên phiên bản mới nhất rồi mở lại tệp.`;
  }
}

class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind | 'tampered' | 'newer',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** True when the JSON text nests deeper than `max` (checked before parsing, strings skipped). */
export function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

function parseJson(name: string, bytes: Buffer): unknown {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (nestsDeeper(text, bundleLimits.jsonDepth)) {
    throw new Refusal('unsafe', `phần «${name}» lồng quá sâu`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refusal('damaged', `phần «${name}» không phải JSON hợp lệ`);
  }
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'không hợp lệ';
  const where = issue.path.map(String).join('.');
  return `${where === '' ? '' : `trường "${where}": `}${issue.message}`;
}

function readManifest(entries: Map<string, Buffer>): { manifest: BundleManifest; bytes: Buffer } {
  const bytes = entries.get(bundleEntries.manifest);
  if (bytes === undefined) throw new Refusal('foreign', 'không có manifest.json');
  const raw = parseJson(bundleEntries.manifest, bytes);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Refusal('damaged', 'manifest.json không đúng cấu trúc');
  }
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BUNDLE_FORMAT)
    throw new Refusal('foreign', 'manifest.json không mang định dạng của phần mềm');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new Refusal(
      'newer',
      `định dạng phiên bản ${head.formatVersion}, máy này chỉ đọc được đến phiên bản ${BUNDLE_FORMAT_VERSION}`,
    );
  }
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success) throw new Refusal('damaged', `manifest.json sai: ${firstIssue(parsed.error)}`);
  return { manifest: parsed.data, bytes };
}

/** Why a manifest's public key is refused, as the officer reads it. */
const keyProblems: Record<KeyProblem, string> = {
  length: 'khóa công khai trong gói không phải khóa Ed25519 32 byte',
  not_on_curve: 'khóa công khai trong gói không phải một khóa Ed25519 hợp lệ',
  non_canonical: 'khóa công khai trong gói không được ghi ở dạng chuẩn',
  small_order: 'khóa công khai trong gói là khóa yếu (bậc nhỏ), với nó ai cũng giả được chữ ký',
};

function checkSignature(manifest: BundleManifest, manifestBytes: Buffer, entries: Map<string, Buffer>): void {
  const raw = entries.get(bundleEntries.signature);
  if (raw === undefined) throw new Refusal('tampered', 'không có chữ ký');
  const signature = canonicalBase64(raw.toString('latin1'));
  if (signature === null || signature.length !== 64) {
    throw new Refusal('tampered', 'chữ ký không đúng dạng');
  }
  const key = canonicalBase64(manifest.publicKey);
  const problem = key === null ? 'non_canonical' : ed25519KeyProblem(key);
  if (problem !== null) throw new Refusal('unsafe', keyProblems[problem]);
  let ok: boolean;
  try {
    ok = crypto.verify(null, manifestBytes, publicKeyFromRaw(manifest.publicKey), signature);
  } catch {
    ok = false;
  }
  if (!ok) throw new Refusal('tampered', 'chữ ký không khớp với nội dung');
}

function checkParts(manifest: BundleManifest, entries: ZipEntryBytes[]): void {
  const listed = new Map(manifest.parts.map((p) => [p.name, p]));
  if (listed.size !== manifest.parts.length)
    throw new Refusal('damaged', 'manifest.json kê một phần hai lần');
  const present = entries.filter(
    (e) => e.name !== bundleEntries.manifest && e.name !== bundleEntries.signature,
  );
  for (const entry of present) {
    const part = listed.get(entry.name);
    if (!part) throw new Refusal('tampered', `phần «${entry.name}» không có trong danh mục đã ký`);
    if (part.bytes !== entry.bytes.length || part.sha256 !== sha256Hex(entry.bytes)) {
      throw new Refusal('tampered', `nội dung phần «${entry.name}» khác với danh mục đã ký`);
    }
  }
  const names = new Set(present.map((e) => e.name));
  for (const part of manifest.parts) {
    if (!names.has(part.name)) throw new Refusal('damaged', `thiếu phần «${part.name}»`);
  }
  for (const name of dataNames) {
    if (!names.has(name)) throw new Refusal('damaged', `thiếu phần «${name}»`);
  }
  // The order the format writes: manifest, signature, then the parts as the manifest lists them.
  const expected = [bundleEntries.manifest, bundleEntries.signature, ...manifest.parts.map((p) => p.name)];
  if (entries.some((e, i) => e.name !== expected[i])) {
    throw new Refusal('damaged', 'các phần trong tệp không theo thứ tự của định dạng');
  }
}

function readRecords(manifest: BundleManifest, entries: Map<string, Buffer>): BundleRecords {
  const records = {} as Record<BundleTable, unknown[]>;
  for (const table of bundleTables) {
    const name = `${bundleEntries.dataDir}${table}.json`;
    const value = parseJson(name, entries.get(name) ?? Buffer.alloc(0));
    if (!Array.isArray(value)) throw new Refusal('damaged', `phần «${name}» không phải danh sách bản ghi`);
    if (value.length > bundleLimits.rows) throw new Refusal('too_big', `phần «${name}» có quá nhiều bản ghi`);
    if (value.length !== manifest.counts[table]) {
      throw new Refusal(
        'damaged',
        `phần «${name}» có ${value.length} bản ghi, danh mục ghi ${manifest.counts[table]}`,
      );
    }
    const schema = bundleRecordSchemas[table];
    records[table] = value.map((row, i) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        throw new Refusal('damaged', `bản ghi thứ ${i + 1} của «${name}» sai ở ${firstIssue(parsed.error)}`);
      }
      return parsed.data;
    });
  }
  return records as unknown as BundleRecords;
}

/** Keys unique in each table; every reference points at a record in the bundle; dates in the period. */
function checkReferences(manifest: BundleManifest, r: BundleRecords): void {
  const ids = <T extends { id: string }>(rows: readonly T[], table: string): Set<string> => {
    const set = new Set<string>();
    for (const row of rows) {
      if (set.has(row.id)) throw new Refusal('damaged', `mã ${row.id} lặp lại trong bảng ${table}`);
      set.add(row.id);
    }
    return set;
  };
  const codes = (rows: readonly { code: string }[]) => new Set(rows.map((x) => x.code));
  const villages = ids(r.villages, 'villages');
  const people = ids(r.people, 'people');
  const teams = ids(r.teams, 'teams');
  const documents = ids(r.documents, 'documents');
  const activities = ids(r.activities, 'activities');
  const trainings = ids(r.trainings, 'trainings');
  ids(r.memberships, 'memberships');
  ids(r.targets, 'targets');
  const platforms = codes(r.platforms);
  const indicators = codes(r.indicators);
  /** Every `fields` of every row points at a record of `set` (or is null). */
  const link = (rows: readonly object[], fields: readonly string[], set: Set<string>, what: string) => {
    for (const row of rows) {
      for (const field of fields) {
        const value = (row as Record<string, unknown>)[field];
        if (typeof value === 'string' && !set.has(value)) {
          throw new Refusal('damaged', `${what} trỏ tới bản ghi không có trong gói`);
        }
      }
    }
  };
  const inPeriod = (rows: readonly { date: string }[], what: string) => {
    const { from, to } = manifest.period;
    if (rows.some((x) => x.date < from || x.date > to)) {
      throw new Refusal('damaged', `có ${what} ngoài kỳ báo cáo của gói`);
    }
  };
  link(r.indicators, ['platform_code'], platforms, 'một chỉ tiêu');
  link(r.people, ['village_id'], villages, 'một người');
  link(r.teams, ['village_id'], villages, 'một Tổ');
  link(r.memberships, ['team_id'], teams, 'một thành viên Tổ');
  link(r.memberships, ['person_id'], people, 'một thành viên Tổ');
  link(r.memberships, ['decision_id', 'end_decision_id'], documents, 'một thành viên Tổ');
  link(r.document_teams, ['document_id'], documents, 'một văn bản');
  link(r.document_teams, ['team_id'], teams, 'một văn bản');
  link(r.activities, ['team_id'], teams, 'một hoạt động');
  inPeriod(r.activities, 'hoạt động');
  link(r.activity_platforms, ['activity_id'], activities, 'một nền tảng của hoạt động');
  link(r.activity_platforms, ['platform_code'], platforms, 'một nền tảng của hoạt động');
  link(r.activity_results, ['activity_id'], activities, 'một kết quả của hoạt động');
  link(r.activity_results, ['indicator_code'], indicators, 'một kết quả của hoạt động');
  link(r.activity_members, ['activity_id'], activities, 'một người tham gia hoạt động');
  link(r.activity_members, ['person_id'], people, 'một người tham gia hoạt động');
  link(r.trainings, ['team_id'], teams, 'một lớp bồi dưỡng');
  inPeriod(r.trainings, 'lớp bồi dưỡng');
  link(r.training_attendees, ['training_id'], trainings, 'một người dự bồi dưỡng');
  link(r.training_attendees, ['person_id'], people, 'một người dự bồi dưỡng');
  link(r.targets, ['indicator_code'], indicators, 'một chỉ tiêu giao');
  link(r.targets, ['team_id'], teams, 'một chỉ tiêu giao');
}

async function check(bytes: Buffer, fileName: string): Promise<BundleCheck> {
  const entries = await readZipEntries(bytes, allowedName);
  const byName = new Map(entries.map((e) => [e.name, e.bytes]));
  if (entries[0]?.name !== bundleEntries.manifest) {
    throw new Refusal(
      byName.has(bundleEntries.manifest) ? 'damaged' : 'foreign',
      'manifest.json không đứng đầu tệp',
    );
  }
  const { manifest, bytes: manifestBytes } = readManifest(byName);
  checkSignature(manifest, manifestBytes, byName);
  checkParts(manifest, entries);
  const records = readRecords(manifest, byName);
  checkReferences(manifest, records);
  const audit = readAuditPart(byName);
  return {
    ok: true,
    bundle: {
      fileName,
      sha256: sha256Hex(bytes),
      manifest,
      fingerprint: keyFingerprint(manifest.publicKey),
      records,
      reportFiles: entries
        .filter((e) => e.name.startsWith(bundleEntries.reportDir))
        .map((e) => ({ name: e.name.slice(bundleEntries.reportDir.length), bytes: new Uint8Array(e.bytes) })),
      audit,
    },
  };
}

/** The audit part (format version 2), checked by its schema; none in an older bundle. */
function readAuditPart(entries: Map<string, Buffer>): BundleAuditEntry[] {
  const bytes = entries.get(bundleEntries.audit);
  if (bytes === undefined) return [];
  const parsed = bundleAuditPartSchema.safeParse(parseJson(bundleEntries.audit, bytes));
  if (!parsed.success) {
    throw new Refusal('damaged', `phần «${bundleEntries.audit}» sai ở ${firstIssue(parsed.error)}`);
  }
  return parsed.data;
}

/** The file's name as shown in a message: no folder, no control character, not too long. */
function shownName(fileName: string): string {
  const base = stripControls(path.basename(fileName.replace(/\\/gu, '/')));
  return base.length > 120 ? `${base.slice(0, 117)}…` : base || 'không tên';
}

/** Reads and checks a bundle given as bytes. Never throws. */
export async function readBundle(bytes: Uint8Array, fileName: string): Promise<BundleCheck> {
  const name = shownName(fileName);
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return await check(buffer, name);
  } catch (error) {
    if (error instanceof Refusal || error instanceof ZipRefusal) {
      return { ok: false, reason: refusalSentence(name, error.kind, error.detail) };
    }
    return { ok: false, reason: refusalSentence(name, 'damaged', 'không đọc được nội dung') };
  }
}

/** Reads and checks a bundle file; its size is checked before it is read. Never throws. */
export async function readBundleFile(file: string): Promise<BundleCheck> {
  const name = shownName(file);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      return { ok: false, reason: `«${name}» không phải một tệp. Hãy chọn tệp .zip gói số liệu xã gửi.` };
    }
    if (stat.size > bundleLimits.fileBytes) {
      return {
        ok: false,
        reason: refusalSentence(
          name,
          'too_big',
          `tệp lớn ${Math.ceil(stat.size / 1024 / 1024)} MB, quá giới hạn ${bundleLimits.fileBytes / 1024 / 1024} MB`,
        ),
      };
    }
    return await readBundle(fs.readFileSync(file), file);
  } catch {
    return {
      ok: false,
      reason: `Không đọc được tệp «${name}» (không có tệp, hoặc không có quyền đọc). Hãy kiểm tra lại đường dẫn và USB.`,
    };
  }
}
