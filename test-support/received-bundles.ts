/**
 * Verified bundles for the receiving unit's tests, built directly (no zip): records that satisfy
 * bundleRecordSchemas, a key pair from node:crypto. Ids are derived from a seed, so the same
 * commune's period built twice carries the same records, as a real export of it would.
 */
import crypto from 'node:crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleManifestSchema,
  bundleRecordSchemas,
  bundleTables,
  type BundleRecord,
  type BundleRecords,
  type VerifiedBundle,
} from '../shared/contract/bundle-format';
import { parsePeriod, periodLabel, periodRange } from '../shared/domain/periods';
import { keyFingerprint } from '../electron/backend/bundle/fingerprint';
import type { ReceivingSetup } from '../electron/backend/receiving/receiving-unit';

export interface CommuneKey {
  /** Raw 32-byte Ed25519 public key, base64, as a manifest carries it. */
  publicKey: string;
  privateKey: crypto.KeyObject;
}

export function communeKey(): CommuneKey {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { publicKey: der.subarray(der.length - 32).toString('base64'), privateKey };
}

/** A public key derived from a seed (for a worker process that must trust the same key each run). */
export function seededPublicKey(seed: string): Pick<CommuneKey, 'publicKey'> {
  return { publicKey: crypto.createHash('sha256').update(seed).digest().toString('base64') };
}

/** A uuid-shaped id derived from a seed: the same seed, the same id. */
export function seededId(seed: string): string {
  const h = crypto.createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface BundleSpec {
  communeCode: string;
  communeName?: string;
  provinceCode?: string;
  /** "2026-03". */
  period: string;
  /** Only the public key is carried (the bundle is built verified, not signed). */
  key: Pick<CommuneKey, 'publicKey'>;
  /** Activities dated in the period (default 5). */
  activities?: number;
  /** Trainings dated in the period (default 1). */
  trainings?: number;
  createdAt?: string;
  /** Added to every activity's people reached: a later export of the same period, edited. */
  edit?: number;
  /** The people as edited at the commune later: their names end with `suffix`, stamped `updatedAt`. */
  people?: { suffix: string; updatedAt: string };
  /** Leaves out the period's activities whose index is listed (deleted at the commune, then exported). */
  without?: readonly number[];
}

const stamp = '2026-01-10T08:00:00.000Z';

/** The bundle of one commune's period. */
export function buildBundle(spec: BundleSpec): VerifiedBundle {
  const parsed = parsePeriod(spec.period);
  if (!parsed.ok) throw new Error(parsed.message);
  const range = periodRange(parsed.period, 'decree09');
  const c = spec.communeCode;
  const id = (name: string) => seededId(`${c}/${name}`);
  const stamps = { created_at: stamp, updated_at: stamp, deleted_at: null };
  const villageId = id('village');
  const commune: BundleRecord<'teams'> = {
    id: id('team/commune'),
    level: 'commune',
    name: 'Tổ Công nghệ số cộng đồng xã',
    village_id: null,
    zalo_link: null,
    zalo_households: null,
    status: 'active',
    notes: null,
    ...stamps,
  };
  const villageTeam: BundleRecord<'teams'> = {
    ...commune,
    id: id('team/village'),
    level: 'village',
    name: 'Tổ Công nghệ số cộng đồng Thôn An Phú',
    village_id: villageId,
    zalo_households: 40,
  };
  const people: BundleRecord<'people'>[] = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map(
    (name, i) => ({
      id: id(`person/${i}`),
      full_name: `${name}${spec.people?.suffix ?? ''}`,
      gender: i === 1 ? 'female' : 'male',
      birth_year: 1980 + i,
      phone: null,
      position: i === 0 ? 'Trưởng thôn' : null,
      village_id: villageId,
      tags: '[]',
      notes: null,
      archived_at: null,
      ...stamps,
      updated_at: spec.people?.updatedAt ?? stamp,
    }),
  );
  const count = spec.activities ?? 5;
  const [, fromMonth] = range.from.split('-');
  const activities: BundleRecord<'activities'>[] = [];
  const results: BundleRecord<'activity_results'>[] = [];
  const platforms: BundleRecord<'activity_platforms'>[] = [];
  const members: BundleRecord<'activity_members'>[] = [];
  for (let i = 0; i < count; i += 1) {
    if (spec.without?.includes(i)) continue;
    // Spread over the period: the 15th–28th of its first month, the 1st–14th of its last.
    const day =
      i % 2 === 0
        ? `${range.from.slice(0, 8)}${String(15 + (i % 14)).padStart(2, '0')}`
        : `${range.to.slice(0, 8)}${String(1 + (i % 14)).padStart(2, '0')}`;
    const activityId = id(`${spec.period}/activity/${i}`);
    activities.push({
      id: activityId,
      date: fromMonth === undefined ? range.from : day,
      team_id: i % 3 === 0 ? commune.id : villageTeam.id,
      kind:
        (['propaganda', 'guidance', 'direct_support', 'training', 'meeting'] as const)[i % 5] ?? 'guidance',
      place: 'Nhà văn hóa thôn',
      people_reached: 10 + i + (spec.edit ?? 0),
      households_reached: i % 4 === 0 ? null : 5 + i,
      note: null,
      ...stamps,
    });
    results.push({ activity_id: activityId, indicator_code: 'vneid_activated', value: 1 + (i % 7) });
    if (i % 2 === 0)
      results.push({ activity_id: activityId, indicator_code: 'public_service_filed', value: 2 });
    platforms.push({ activity_id: activityId, platform_code: 'vneid' });
    members.push({ activity_id: activityId, person_id: people[i % people.length]?.id ?? '' });
  }
  const trainings: BundleRecord<'trainings'>[] = [];
  const attendees: BundleRecord<'training_attendees'>[] = [];
  for (let i = 0; i < (spec.trainings ?? 1); i += 1) {
    const trainingId = id(`${spec.period}/training/${i}`);
    trainings.push({
      id: trainingId,
      date: range.to,
      topic: 'Kỹ năng số cơ bản',
      organiser: 'UBND xã',
      online: 0,
      hours: 2,
      team_id: commune.id,
      note: null,
      ...stamps,
    });
    attendees.push({ training_id: trainingId, person_id: people[0]?.id ?? '' });
  }
  const catalogStamps = { active: 1 as const, created_at: stamp, updated_at: stamp };
  const records: BundleRecords = {
    platforms: [{ code: 'vneid', name: 'VNeID', sort_order: 1, ...catalogStamps }],
    indicators: [
      {
        code: 'public_service_filed',
        name: 'Hồ sơ dịch vụ công trực tuyến',
        unit: 'hồ sơ',
        pillar: 'digital_government',
        platform_code: null,
        sort_order: 2,
        ...catalogStamps,
      },
      {
        code: 'vneid_activated',
        name: 'Tài khoản VNeID được kích hoạt',
        unit: 'tài khoản',
        pillar: 'digital_government',
        platform_code: 'vneid',
        sort_order: 1,
        ...catalogStamps,
      },
    ],
    villages: [{ id: villageId, name: 'Thôn An Phú', kind: 'thon', households: 320, ...stamps }],
    people,
    teams: [commune, villageTeam].sort((a, b) => a.id.localeCompare(b.id)),
    memberships: people.map((p, i) => ({
      id: id(`membership/${i}`),
      team_id: i === 0 ? commune.id : villageTeam.id,
      person_id: p.id,
      role: i === 0 ? 'leader' : 'member',
      start_date: '2025-09-01',
      end_date: null,
      decision_id: null,
      end_decision_id: null,
      sort_order: i,
      ...stamps,
    })),
    documents: [],
    document_teams: [],
    activities,
    activity_platforms: platforms,
    activity_results: results,
    activity_members: members,
    trainings,
    training_attendees: attendees,
    targets: [
      {
        id: id(`target/${parsed.period.year}`),
        year: parsed.period.year,
        indicator_code: 'vneid_activated',
        team_id: null,
        value: 500,
        ...stamps,
      },
    ],
  };
  for (const table of bundleTables) {
    for (const row of records[table]) bundleRecordSchemas[table].parse(row);
  }
  const communeName = spec.communeName ?? `Xã Thử ${c}`;
  const manifest = bundleManifestSchema.parse({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    commune: {
      code: c,
      name: communeName,
      provinceCode: spec.provinceCode ?? '51',
      provinceName: 'Tỉnh Quảng Ngãi',
    },
    period: {
      code: parsed.period.code,
      kind: parsed.period.kind,
      convention: 'decree09',
      from: range.from,
      to: range.to,
      label: periodLabel(parsed.period),
    },
    createdAt: spec.createdAt ?? '2026-04-02T03:00:00.000Z',
    appVersion: '0.0.0-test',
    publicKey: spec.key.publicKey,
    counts: Object.fromEntries(bundleTables.map((t) => [t, records[t].length])),
    parts: [],
  });
  const bytes = Buffer.from(JSON.stringify({ manifest, records }));
  return {
    fileName: `TCNSCD_${c}_Thu_${parsed.period.code}.zip`,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    manifest,
    fingerprint: keyFingerprint(spec.key.publicKey),
    records,
    reportFiles: [],
  };
}

/**
 * Version `version` of a commune's month for the crash test: 20 activities, each edited by the
 * version, made a minute later per version, signed (as far as the manifest says) by a key derived
 * from the commune's code so that every process trusts the same one.
 */
export function versionedBundle(code: string, period: string, version: number): VerifiedBundle {
  return buildBundle({
    communeCode: code,
    period,
    key: seededPublicKey(code),
    activities: 20,
    edit: version,
    createdAt: new Date(Date.UTC(2026, 5, 1, 0, version)).toISOString(),
  });
}

/** The setup of a receiving unit receiving from communes typed by code (as the service takes it). */
export function receivingSetupFor(codes: readonly string[]): ReceivingSetup {
  return {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    provinceName: null,
    issuerName: null,
    placeName: null,
    signerName: null,
    signerTitle: null,
    symbol: null,
    deadlineDay: 15,
    communes: codes.map((code) => ({ code, name: `Xã Thử ${code}`, contact: null })),
  };
}
