/**
 * The monthly bundle's format (issue 10): what a commune's zip holds and the schemas every part
 * is checked against at the receiving unit. Versioned; changes are additive only and names are
 * never reused (architecture.md, Bundles).
 *
 * A bundle is a zip holding, in this order:
 * - `manifest.json` — {@link BundleManifest}, UTF-8 JSON;
 * - `signature` — the detached Ed25519 signature of the exact bytes of `manifest.json`, base64
 *   (ASCII, one line);
 * - `data/<table>.json` — one JSON array per {@link bundleTables} entry, rows sorted by their key,
 *   the same records for the same period whenever it is exported;
 * - `report/<file>.docx`, `report/<file>.xlsx` — the period's report when one exists;
 * - `audit/entries.json` — the audit log's records of the period's days (format version 2; absent
 *   from older bundles), checked against `bundleAuditPartSchema`.
 * Every part but the manifest and the signature is listed in `manifest.parts` with its size and
 * SHA-256; a part not listed, or listed and absent, refuses the bundle.
 *
 * Records are the commune database's rows (snake_case columns) without what is derived from
 * them (search keys, recomputed on import) and without what must stay home (scans, and phone
 * numbers unless the profile says the upper level asked for them).
 */
import { z } from 'zod';
import { activityKinds, pillars } from '../domain/activities';
import { periodConventions, periodKinds } from '../domain/periods';
import { genders, roles, teamLevels, teamStatuses } from '../domain/teams';
import { villageKinds } from '../domain/villages';
import { documentKinds } from '../documents/content';
import { documentStatuses } from '../documents/statuses';
import { EXTERNAL_DECISION } from '../documents/register-kinds';
import { catalogCodePattern } from '../domain/activities';
import { isIsoDate } from '../vi/dates';
import { textLimits } from './limits';
import { communeCodeSchema, idSchema, isoDateSchema, provinceCodeSchema } from './schemas';
import type { bundleAuditEntrySchema } from './audit-schemas';

export type BundleAuditEntry = z.infer<typeof bundleAuditEntrySchema>;

export const BUNDLE_FORMAT = 'to-cnscd-bundle';
/** 2: the audit part (`audit/entries.json`) added; bundles of version 1 are read as before. */
export const BUNDLE_FORMAT_VERSION = 2;

/** What a file must stay within before anything is written (checked while reading the zip). */
export const bundleLimits = {
  /** The zip file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 64,
  /** One entry, uncompressed. */
  entryBytes: 64 * 1024 * 1024,
  /** All entries together, uncompressed. */
  totalBytes: 200 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of an entry above which it is taken for a zip bomb. */
  compressionRatio: 200,
  /** Rows in one `data/*.json` part. */
  rows: 500_000,
  /** Nesting depth of any JSON part (records are flat; the manifest two levels deep). */
  jsonDepth: 8,
} as const;

/** The zip's entry names. */
export const bundleEntries = {
  manifest: 'manifest.json',
  signature: 'signature',
  dataDir: 'data/',
  reportDir: 'report/',
  /** The period's audit log (version 2). */
  audit: 'audit/entries.json',
} as const;

const timestampSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/u, { error: 'Thời điểm không hợp lệ.' });
/**
 * The moment a bundle was made: a real date and time of day with its time zone (Z or ±hh:mm),
 * compared as an instant (`bundleInstant`), never as text.
 */
const instantSchema = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/u,
    { error: 'Thời điểm không hợp lệ (cần dạng 2026-03-31T08:30:00Z hoặc 2026-03-31T15:30:00+07:00).' },
  )
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: 'Thời điểm có ngày không có thật trên lịch.' });

/** A manifest's `createdAt` as an instant (ms since 1970, UTC), its time zone taken into account. */
export function bundleInstant(timestamp: string): number {
  return Date.parse(timestamp);
}
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/u, { error: 'Mã băm SHA-256 không hợp lệ.' });
const count = z.number().int().min(0).max(1_000_000_000);
const str = (max: number) => z.string().max(max);
const nstr = (max: number) => z.string().max(max).nullable();
const catalogCode = z.string().regex(catalogCodePattern, { error: 'Mã danh mục không hợp lệ.' });
const flag = z.union([z.literal(0), z.literal(1)]);

/** The tables a bundle carries, in the order they are written and applied. */
export const bundleTables = [
  'platforms',
  'indicators',
  'villages',
  'people',
  'teams',
  'memberships',
  'documents',
  'document_teams',
  'activities',
  'activity_platforms',
  'activity_results',
  'activity_members',
  'trainings',
  'training_attendees',
  'targets',
] as const;
export type BundleTable = (typeof bundleTables)[number];

const stamps = {
  created_at: timestampSchema,
  updated_at: timestampSchema,
  deleted_at: timestampSchema.nullable(),
};

/** One record schema per table; strict: a field the format does not know refuses the bundle. */
export const bundleRecordSchemas = {
  platforms: z.strictObject({
    code: catalogCode,
    name: str(textLimits.name),
    active: flag,
    sort_order: z.number().int(),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  }),
  indicators: z.strictObject({
    code: catalogCode,
    name: str(textLimits.name),
    unit: str(textLimits.unit),
    pillar: z.enum(pillars),
    platform_code: catalogCode.nullable(),
    active: flag,
    sort_order: z.number().int(),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  }),
  villages: z.strictObject({
    id: idSchema,
    name: str(textLimits.placeName),
    kind: z.enum(villageKinds),
    households: count,
    ...stamps,
  }),
  people: z.strictObject({
    id: idSchema,
    full_name: str(textLimits.personName),
    gender: z.enum(genders).nullable(),
    birth_year: z.number().int().min(1900).max(2100).nullable(),
    /** null unless the profile says the upper level asked for phone numbers. */
    phone: nstr(20),
    position: nstr(textLimits.name),
    village_id: idSchema.nullable(),
    /** JSON array of PersonTag codes, as stored. */
    tags: str(1000),
    notes: nstr(textLimits.notes),
    archived_at: timestampSchema.nullable(),
    ...stamps,
  }),
  teams: z.strictObject({
    id: idSchema,
    level: z.enum(teamLevels),
    name: str(textLimits.name),
    village_id: idSchema.nullable(),
    zalo_link: nstr(textLimits.url),
    zalo_households: count.nullable(),
    status: z.enum(teamStatuses),
    notes: nstr(textLimits.notes),
    ...stamps,
  }),
  memberships: z.strictObject({
    id: idSchema,
    team_id: idSchema,
    person_id: idSchema,
    role: z.enum(roles),
    start_date: isoDateSchema,
    end_date: isoDateSchema.nullable(),
    decision_id: idSchema.nullable(),
    end_decision_id: idSchema.nullable(),
    sort_order: z.number().int(),
    ...stamps,
  }),
  documents: z.strictObject({
    id: idSchema,
    kind: z.enum([...documentKinds, EXTERNAL_DECISION]),
    status: z.enum(documentStatuses),
    symbol: str(textLimits.symbol),
    year: z.number().int().min(2000).max(2100).nullable(),
    number: z.number().int().min(1).max(99_999).nullable(),
    issued_on: isoDateSchema.nullable(),
    summary: str(textLimits.summary),
    signer_name: nstr(textLimits.personName),
    recipients: nstr(20_000),
    /** JSON, as stored. */
    texts: str(200_000),
    /** JSON snapshot taken at issue, as stored. */
    content: nstr(2_000_000),
    external: flag,
    /** The scan stays home; its hash says that one exists and which. */
    scan_sha256: sha256Schema.nullable(),
    copies: z.number().int().min(0).max(10_000).nullable(),
    sent_on: isoDateSchema.nullable(),
    notes: nstr(textLimits.shortNotes),
    ...stamps,
  }),
  document_teams: z.strictObject({
    document_id: idSchema,
    team_id: idSchema,
    position: z.number().int().min(0).max(100_000),
  }),
  activities: z.strictObject({
    id: idSchema,
    date: isoDateSchema,
    team_id: idSchema,
    kind: z.enum(activityKinds),
    place: nstr(textLimits.name),
    people_reached: count.nullable(),
    households_reached: count.nullable(),
    note: nstr(textLimits.notes),
    ...stamps,
  }),
  activity_platforms: z.strictObject({ activity_id: idSchema, platform_code: catalogCode }),
  activity_results: z.strictObject({ activity_id: idSchema, indicator_code: catalogCode, value: count }),
  activity_members: z.strictObject({ activity_id: idSchema, person_id: idSchema }),
  trainings: z.strictObject({
    id: idSchema,
    date: isoDateSchema,
    topic: str(textLimits.summary),
    organiser: str(textLimits.name),
    online: flag,
    hours: z.number().min(0).max(1000).nullable(),
    team_id: idSchema.nullable(),
    note: nstr(textLimits.notes),
    ...stamps,
  }),
  training_attendees: z.strictObject({ training_id: idSchema, person_id: idSchema }),
  targets: z.strictObject({
    id: idSchema,
    year: z.number().int().min(2000).max(2100),
    indicator_code: catalogCode,
    team_id: idSchema.nullable(),
    value: count,
    ...stamps,
  }),
} as const satisfies Record<BundleTable, z.ZodType>;

export type BundleRecord<T extends BundleTable> = z.infer<(typeof bundleRecordSchemas)[T]>;
export type BundleRecords = { [T in BundleTable]: BundleRecord<T>[] };

/** A part of the bundle other than the manifest and the signature. */
export const bundlePartSchema = z.strictObject({
  /** `data/<table>.json` or `report/<file>`: no folder but these two, no `..`, no leading `/`. */
  name: z
    .string()
    .max(200)
    .regex(/^(data\/[a-z_]+\.json|report\/[^/\\:*?"<>|]+\.(docx|xlsx)|audit\/entries\.json)$/u, {
      error: 'Tên phần trong gói không hợp lệ.',
    })
    .refine((v) => !v.includes('..'), { error: 'Tên phần trong gói không hợp lệ.' }),
  bytes: z.number().int().min(0).max(bundleLimits.entryBytes),
  sha256: sha256Schema,
});

export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  /** Bundles of a newer format are refused with a message asking for the newer application. */
  formatVersion: z.number().int().min(1),
  commune: z.strictObject({
    code: communeCodeSchema,
    name: str(textLimits.placeName).min(1),
    provinceCode: provinceCodeSchema,
    provinceName: str(textLimits.placeName),
  }),
  period: z.strictObject({
    /** As typed in the CLI: "2026-03", "2026-Q1", "2026-H1", "2026-9M", "2026". */
    code: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$/u, { error: 'Kỳ không hợp lệ.' }),
    kind: z.enum(periodKinds),
    convention: z.enum(periodConventions),
    from: isoDateSchema,
    to: isoDateSchema,
    label: str(200),
  }),
  createdAt: instantSchema,
  appVersion: z.string().max(40),
  /** The signer's Ed25519 public key, raw 32 bytes, base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/u, { error: 'Khóa công khai không hợp lệ.' }),
  /** Rows per table. */
  counts: z.strictObject(
    Object.fromEntries(bundleTables.map((t) => [t, count])) as { [T in BundleTable]: typeof count },
  ),
  parts: z.array(bundlePartSchema).max(bundleLimits.entries),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** A bundle read back and checked in full (limits, manifest, hashes, signature, every record). */
export interface VerifiedBundle {
  /** The file's name as the officer sees it (no folder). */
  fileName: string;
  /** SHA-256 of the whole zip, hex. */
  sha256: string;
  manifest: BundleManifest;
  /** `keyFingerprint(manifest.publicKey)`: what is read out over the phone. */
  fingerprint: string;
  records: BundleRecords;
  /** The report's .docx and .xlsx, as carried. */
  reportFiles: { name: string; bytes: Uint8Array }[];
  /** The commune's audit log of the period's days (empty for a bundle of format version 1). */
  audit?: BundleAuditEntry[];
}

/** What reading a bundle gives: the bundle, or why it is refused (Vietnamese, names the file). */
export type BundleCheck = { ok: true; bundle: VerifiedBundle } | { ok: false; reason: string };
