/**
 * The receiving unit's setup (issue 10, item 4): its own profile and the communes it receives
 * from, picked from the official list (new-vn-provinces) by code or typed with code and name.
 * A database is a commune's or a receiving unit's, never both.
 */
import { getAllWards } from 'new-vn-provinces/wards';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type {
  addReceivedCommunesSchema,
  receivedCommuneInputSchema,
  receivingSetupSchema,
  UpdateReceivingProfileInput,
} from '../../../shared/contract/receiving-schemas';
import type { ReceivedCommune, ReceivingProfile } from '../../../shared/contract/receiving-types';
import { isDeputyTitle } from '../../../shared/domain/profile';
import { compareVi, upperVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { readLeaders, writeLeaders } from '../profile/profile-service';
import { findProvince, listProvinces } from '../units/unit-service';

export type ReceivingSetup = z.output<typeof receivingSetupSchema>;
type CommuneInput = z.output<typeof receivedCommuneInputSchema>;

export const DEFAULT_SIGNER_TITLE = 'Giám đốc';
export const DEFAULT_SYMBOL = 'BC';

/** "Tỉnh Quảng Ngãi" → "Quảng Ngãi": the place of the date line. */
function provinceProperName(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố) /u, '').trim();
}

/**
 * A People's Committee is a collegial body: its reports are signed on its behalf ("TM. ỦY BAN NHÂN
 * DÂN", admin-format.md); a Sở or another body led by its head alone signs without that line.
 */
export function onBehalfLine(name: string): string | null {
  return /^(ủy|uỷ) ban nhân dân\s/iu.test(name.normalize('NFC').trim()) || /^UBND\s/u.test(name.trim())
    ? 'TM. ỦY BAN NHÂN DÂN'
    : null;
}

export async function getReceivingProfile(db: Kysely<Database>): Promise<ReceivingProfile | null> {
  const row = await db.selectFrom('receiving_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const { head, deputies } = await readLeaders(db);
  return {
    name: row.name,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    issuerName: row.issuer_name,
    placeName: row.place_name,
    head,
    deputies,
    onBehalf: onBehalfLine(row.name),
    symbol: row.symbol,
    deadlineDay: row.deadline_day,
    updatedAt: row.updated_at,
  };
}

export function notReceivingUnit(): AppError {
  return new AppError(
    'not_set_up',
    'Cơ sở dữ liệu này chưa được thiết lập là cơ quan nhận báo cáo. ' +
      'Hãy chọn “Cơ quan nhận báo cáo” ở bước thiết lập ban đầu (hoặc chạy lệnh "init --receiving-unit").',
  );
}

export async function requireReceivingProfile(db: Kysely<Database>): Promise<ReceivingProfile> {
  const profile = await getReceivingProfile(db);
  if (!profile) throw notReceivingUnit();
  return profile;
}

/** Refuses to make a commune's database a receiving unit (and the other way round, profile-service). */
async function refuseIfCommune(trx: Kysely<Database>): Promise<void> {
  const commune = await trx.selectFrom('commune_profile').select('commune_name').executeTakeFirst();
  if (commune) {
    throw new AppError(
      'already_set_up',
      `Cơ sở dữ liệu này là của ${commune.commune_name}; một cơ sở dữ liệu không thể vừa là của xã vừa là của cơ quan nhận báo cáo. ` +
        'Hãy dùng một tệp dữ liệu khác cho cơ quan nhận báo cáo (--db TỆP).',
    );
  }
}

/** Refused when the database is a receiving unit's: called by the commune's setup. */
export async function refuseIfReceivingUnit(trx: Kysely<Database>): Promise<void> {
  const unit = await trx.selectFrom('receiving_profile').select('name').executeTakeFirst();
  if (unit) {
    throw new AppError(
      'already_set_up',
      `Cơ sở dữ liệu này là của cơ quan nhận báo cáo ${unit.name}; một cơ sở dữ liệu không thể vừa là của xã vừa là của cơ quan nhận báo cáo. ` +
        'Hãy dùng một tệp dữ liệu khác cho xã (--db TỆP).',
    );
  }
}

/** The commune's name and province: the official list's, or as typed for a unit the list lacks. */
async function resolveCommunes(
  given: readonly CommuneInput[],
  home: { code: string; name: string },
): Promise<(CommuneInput & { name: string; provinceCode: string; provinceName: string })[]> {
  const wards = new Map((await getAllWards()).map((w) => [w.idWard, w]));
  const provinces = new Map((await listProvinces()).map((p) => [p.code, p.name]));
  const seen = new Set<string>();
  return given.map((c) => {
    if (seen.has(c.code)) {
      throw new AppError('validation', `Mã xã ${c.code} được ghi hai lần. Hãy bỏ bớt một lần.`);
    }
    seen.add(c.code);
    const ward = wards.get(c.code);
    if (ward) {
      return {
        ...c,
        name: ward.name,
        provinceCode: ward.idProvince,
        provinceName: provinces.get(ward.idProvince) ?? home.name,
      };
    }
    if (c.name === null) {
      throw new AppError(
        'validation',
        `Không có xã mã ${c.code} trong danh mục sau sắp xếp 2025. Hãy kiểm tra mã, hoặc ghi kèm tên xã.`,
      );
    }
    return { ...c, name: c.name, provinceCode: home.code, provinceName: home.name };
  });
}

async function insertCommunes(
  trx: Kysely<Database>,
  communes: readonly CommuneInput[],
  home: { code: string; name: string },
): Promise<void> {
  if (communes.length === 0) return;
  const resolved = await resolveCommunes(communes, home);
  const existing = await trx
    .selectFrom('received_communes')
    .select(['code', 'name'])
    .where(
      'code',
      'in',
      resolved.map((c) => c.code),
    )
    .execute();
  const first = existing[0];
  if (first) {
    throw new AppError('conflict', `${first.name} (mã ${first.code}) đã có trong danh sách xã gửi báo cáo.`);
  }
  const at = nowIso();
  await trx
    .insertInto('received_communes')
    .values(
      resolved.map((c) => ({
        code: c.code,
        name: c.name,
        province_code: c.provinceCode,
        province_name: c.provinceName,
        contact: c.contact,
        public_key: null,
        fingerprint: null,
        key_first_seen_at: null,
        added_at: at,
      })),
    )
    .execute();
}

/** First setup as a receiving unit; `force` rewrites the profile (the communes are kept, new ones added). */
export async function setupReceivingUnit(
  db: Kysely<Database>,
  data: ReceivingSetup,
): Promise<ReceivingProfile> {
  const province = await findProvince(data.provinceCode);
  const provinceName = data.provinceName ?? province?.name ?? null;
  if (provinceName === null) {
    throw new AppError(
      'validation',
      `Không có tỉnh mã ${data.provinceCode} trong danh mục sau sắp xếp 2025. Hãy kiểm tra mã, hoặc ghi tên tỉnh.`,
    );
  }
  await inTransaction(db, async (trx) => {
    await refuseIfCommune(trx);
    const existing = await trx.selectFrom('receiving_profile').select('name').executeTakeFirst();
    if (existing && data.force !== true) {
      throw new AppError(
        'already_set_up',
        `Cơ sở dữ liệu này đã được thiết lập cho ${existing.name}. ` +
          'Muốn sửa thông tin, hãy vào mục Cài đặt (hoặc dùng --force trên dòng lệnh để thiết lập lại).',
      );
    }
    const values = {
      id: 1,
      name: data.name,
      province_code: data.provinceCode,
      province_name: provinceName,
      issuer_name: data.issuerName ?? upperVi(data.name),
      place_name: data.placeName ?? provinceProperName(provinceName),
      symbol: data.symbol ?? DEFAULT_SYMBOL,
      deadline_day: data.deadlineDay,
      updated_at: nowIso(),
    };
    await trx
      .insertInto('receiving_profile')
      .values(values)
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    if (data.signerName !== null) {
      const signer = { name: data.signerName, title: data.signerTitle ?? DEFAULT_SIGNER_TITLE };
      await writeLeaders(
        trx,
        isDeputyTitle(signer.title) ? null : signer,
        isDeputyTitle(signer.title) ? [signer] : [],
      );
    }
    const known = new Set(
      (await trx.selectFrom('received_communes').select('code').execute()).map((c) => c.code),
    );
    await insertCommunes(
      trx,
      data.communes.filter((c) => !known.has(c.code)),
      { code: data.provinceCode, name: provinceName },
    );
  });
  return requireReceivingProfile(db);
}

/**
 * The unit's profile as its Settings tab changes it (issue 10, items 6–7): names, symbol, the
 * deadline day the completeness matrix judges "late" by, and the signers. The province and the
 * list of communes are not changed here. One transaction: a refusal writes nothing.
 */
export async function updateReceivingProfile(
  db: Kysely<Database>,
  input: UpdateReceivingProfileInput,
): Promise<ReceivingProfile> {
  await inTransaction(db, async (trx) => {
    await requireReceivingProfile(trx);
    await trx
      .updateTable('receiving_profile')
      .set({
        name: input.name,
        issuer_name: input.issuerName,
        place_name: input.placeName,
        symbol: input.symbol,
        deadline_day: input.deadlineDay,
        updated_at: nowIso(),
      })
      .where('id', '=', 1)
      .execute();
    await writeLeaders(trx, input.head, input.deputies);
  });
  return requireReceivingProfile(db);
}

export async function listReceivedCommunes(db: Kysely<Database>): Promise<ReceivedCommune[]> {
  const rows = await db.selectFrom('received_communes').selectAll().execute();
  return rows
    .map((r) => ({
      code: r.code,
      name: r.name,
      provinceCode: r.province_code,
      provinceName: r.province_name,
      contact: r.contact,
      fingerprint: r.fingerprint,
      keyFirstSeenAt: r.key_first_seen_at,
      addedAt: r.added_at,
    }))
    .sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code));
}

export async function addReceivedCommunes(
  db: Kysely<Database>,
  input: z.output<typeof addReceivedCommunesSchema>,
): Promise<ReceivedCommune[]> {
  await inTransaction(db, async (trx) => {
    const profile = await requireReceivingProfile(trx);
    await insertCommunes(trx, input.communes, { code: profile.provinceCode, name: profile.provinceName });
  });
  return listReceivedCommunes(db);
}

/**
 * Takes a commune off the list: its bundles are refused from now on. What was received from it
 * stays in its own file and its receipts stay; its trusted key goes with it (added back, the
 * commune's next bundle records its key anew, fingerprint shown, as a first bundle does).
 */
export async function removeReceivedCommune(db: Kysely<Database>, code: string): Promise<{ removed: true }> {
  await inTransaction(db, async (trx) => {
    await requireReceivingProfile(trx);
    const removed = await trx.deleteFrom('received_communes').where('code', '=', code).executeTakeFirst();
    if (removed.numDeletedRows === 0n) {
      throw new AppError('not_found', `Không có xã mã ${code} trong danh sách xã gửi báo cáo.`);
    }
  });
  return { removed: true };
}
