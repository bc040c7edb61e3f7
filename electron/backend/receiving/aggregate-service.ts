/**
 * The receiving unit's aggregate (issue 10, item 7): each commune on its list computed by the
 * figures module on that commune's own received file (every team of it, the unit's period
 * convention), then added up by combineFigures under the unit's name. A commune whose file holds
 * no receipt overlapping the period counts as not sent. The aggregated report's header comes from
 * the unit's profile, checked before any document is written.
 */
import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { textLimits } from '../../../shared/contract/limits';
import type { AggregateReportFileInput } from '../../../shared/contract/receiving-schemas';
import type { ReceivingProfile } from '../../../shared/contract/receiving-types';
import type {
  ReceivedAggregate,
  ReportDocumentTexts,
  ReportVillageRow,
} from '../../../shared/contract/report-types';
import type { SignatureBlock } from '../../../shared/documents/content';
import { text } from '../../../shared/contract/schemas';
import type { FileDownload } from '../../../shared/contract/types';
import { lowerFileName } from '../../../shared/documents/file-names';
import { makePeriod, periodLabel, periodRange, type Period } from '../../../shared/domain/periods';
import { todayIso } from '../../../shared/vi/dates';
import { upperVi } from '../../../shared/vi/text';
import type { BackendContext } from '../context';
import type { Database } from '../db/schema';
import { combineFigures, type CommuneFigures } from '../report/aggregate';
import {
  aggregateWorkbookHeader,
  buildAggregateReport,
  type AggregateReportHeader,
} from '../report/aggregate-content';
import { computeReportFigures } from '../report/figures';
import { reportPeriod } from '../report/report-period';
import { aggregateWorkbook } from '../report/report-xlsx';
import { getPeriodConvention } from '../settings/settings-service';
import { openExistingCommuneStore } from './commune-store';
import { DEFAULT_SIGNER_TITLE, listReceivedCommunes, requireReceivingProfile } from './receiving-unit';

type AggregateContext = Pick<BackendContext, 'db' | 'databasePath'>;

/** The aggregate of every commune on the unit's list for `period`, as reported on `today`. */
export async function aggregateFigures(
  ctx: AggregateContext,
  period: Period,
  today: string = todayIso(),
): Promise<ReceivedAggregate> {
  const profile = await requireReceivingProfile(ctx.db);
  const convention = await getPeriodConvention(ctx.db);
  const info = reportPeriod(period, convention, today);
  const listed = await listReceivedCommunes(ctx.db);
  const yearFrom = periodRange(makePeriod('year', period.year), convention).from;
  const partial: string[] = [];
  const partialCodes: string[] = [];
  const communes: CommuneFigures[] = [];
  const communeTeams: Record<string, ReportVillageRow[]> = {};
  for (const commune of listed) {
    const store = await openExistingCommuneStore(ctx.databasePath, commune.code);
    if (store === null) {
      communes.push({ code: commune.code, name: commune.name, figures: null });
      continue;
    }
    try {
      const receipt = await store.db
        .selectFrom('bundle_receipts')
        .select('id')
        .where('commune_code', '=', commune.code)
        .where('period_from', '<=', info.to)
        .where('period_to', '>=', info.from)
        .executeTakeFirst();
      if (receipt !== undefined && !(await coveredSince(store.db, yearFrom, info.to))) {
        partial.push(commune.name);
        partialCodes.push(commune.code);
      }
      const figures =
        receipt === undefined
          ? null
          : await computeReportFigures(
              store.db,
              { info: { name: commune.name, communeCodes: [commune.code] }, teamIds: null },
              period,
              today,
              convention,
            );
      if (figures !== null) communeTeams[commune.code] = figures.villages;
      communes.push({ code: commune.code, name: commune.name, figures });
    } finally {
      await store.close();
    }
  }
  const aggregate = combineFigures(
    { name: profile.name, communeCodes: listed.map((c) => c.code) },
    info,
    communes,
  );
  if (partial.length > 0) {
    aggregate.warnings.push({
      code: 'cumulative_partial',
      message:
        `Lũy kế từ đầu năm chỉ gồm các kỳ đã nhận: ${partial.join(', ')} chưa gửi đủ số liệu các tháng ` +
        `từ đầu năm ${period.year} đến hết kỳ này, nên lũy kế và tỷ lệ so với chỉ tiêu thấp hơn thực tế. ` +
        'Hãy đề nghị xã gửi gói số liệu của các tháng còn thiếu.',
      communeCodes: partialCodes,
    });
  }
  return { ...aggregate, communeTeams };
}

/** The receipts of a commune's file leave no day uncovered from `from` to `to`. */
async function coveredSince(db: Kysely<Database>, from: string, to: string): Promise<boolean> {
  const receipts = await db
    .selectFrom('bundle_receipts')
    .select(['period_from', 'period_to'])
    .where('period_to', '>=', from)
    .where('period_from', '<=', to)
    .orderBy('period_from')
    .execute();
  let next = from;
  for (const r of receipts) {
    if (r.period_from > next) return false;
    const after = dayjs(r.period_to).add(1, 'day').format('YYYY-MM-DD');
    if (after > next) next = after;
  }
  return next > to;
}

/** "Tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi": the province inside a sentence. */
function inSentence(name: string): string {
  return `${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
}

/** "Phó Giám đốc" → ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]; "Giám đốc" → ["GIÁM ĐỐC"] (Decree 30's signing for). */
export function signerLines(title: string): string[] {
  const deputy = /^Phó\s+(.+)$/iu.exec(title.trim());
  return deputy?.[1] === undefined
    ? [upperVi(title.trim())]
    : [`KT. ${upperVi(deputy[1])}`, upperVi(title.trim())];
}

/** Who signs the unit's report: its head ("chairman"), or a deputy by name ("vice_chairman"). */
export type UnitSigner = ReportDocumentTexts['signer'];

/**
 * The signer chosen in the unit's list (the commune's model: the head, or a deputy signing for
 * the head); without a choice the head, else the first deputy. Refused when the list lacks them.
 */
export function unitSignerOf(
  profile: ReceivingProfile,
  input: { mode: UnitSigner['mode']; name?: string | undefined } | null | undefined,
): UnitSigner {
  const mode =
    input?.mode ?? (profile.head === null && profile.deputies.length > 0 ? 'vice_chairman' : 'chairman');
  const name = input?.name ?? (mode === 'chairman' ? profile.head?.name : profile.deputies[0]?.name);
  if (name === undefined || name === '') {
    throw new AppError(
      'validation',
      mode === 'chairman'
        ? 'Thông tin cơ quan chưa có thủ trưởng ký báo cáo. Hãy nhập họ tên, chức vụ thủ trưởng ở tab “Thông tin cơ quan”.'
        : 'Thông tin cơ quan chưa có cấp phó ký thay. Hãy thêm cấp phó ở tab “Thông tin cơ quan”, hoặc chọn thủ trưởng ký.',
      { fields: [{ path: 'signer.name', message: 'Chưa có họ tên người ký.' }] },
    );
  }
  return { mode, name };
}

/**
 * The signature block of the unit's report (admin-format.md, "Signature block"): "TM. ỦY BAN NHÂN
 * DÂN" above for a collegial body, the head's title, or "KT. <head's title>" above a deputy's own.
 */
export function unitSignature(profile: ReceivingProfile, signer: UnitSigner): SignatureBlock {
  const onBehalf = profile.onBehalf === null ? [] : [profile.onBehalf];
  if (signer.mode === 'chairman') {
    return { lines: [...onBehalf, upperVi(profile.head?.title ?? DEFAULT_SIGNER_TITLE)], name: signer.name };
  }
  const deputyTitle =
    profile.deputies.find((d) => d.name === signer.name)?.title ??
    `Phó ${profile.head?.title ?? DEFAULT_SIGNER_TITLE}`;
  const headTitle = profile.head?.title ?? deputyTitle.replace(/^Phó\s+/iu, '');
  return {
    lines: [...onBehalf, `KT. ${upperVi(headTitle)}`, upperVi(deputyTitle)],
    name: signer.name,
  };
}

/** "Kính gửi" of the unit's report by default: the province's People's Committee. */
export function defaultAddressees(profile: ReceivingProfile): string[] {
  return [`Ủy ban nhân dân ${inSentence(profile.provinceName)}`];
}

const headerLine = (label: string, max: number) => text(label, max);

const aggregateHeaderSchema = z.object({
  supervisingBody: headerLine('Cơ quan chủ quản', textLimits.issuerName).nullable(),
  issuerName: headerLine('Tên cơ quan ban hành', textLimits.issuerName),
  issuerInText: headerLine('Tên cơ quan', textLimits.issuerName),
  areaInText: headerLine('Địa bàn', textLimits.placeName),
  placeName: headerLine('Địa danh ghi ngày tháng', textLimits.placeName),
  symbol: headerLine('Ký hiệu văn bản', textLimits.symbol),
  addressees: z.array(headerLine('Kính gửi', textLimits.summary)).min(1),
  recipients: z.array(headerLine('Nơi nhận', textLimits.notes)).min(1),
  signature: z.object({
    lines: z.array(headerLine('Chức vụ người ký', textLimits.personName)).min(1),
    name: z.string().max(textLimits.personName),
  }),
});

/**
 * The aggregated report's header from the unit's profile: a Sở sits under the province's People's
 * Committee ("UBND TỈNH QUẢNG NGÃI" above it); the report goes to that committee; the signer as
 * the profile's title says. A profile the header cannot be made from is refused, saying what to fix.
 */
export function aggregateHeaderOf(
  profile: ReceivingProfile,
  chosen: { signer?: UnitSigner | undefined; addressees?: string[] | undefined } = {},
): AggregateReportHeader {
  const isDepartment = /^Sở\s/u.test(profile.name.normalize('NFC'));
  // A People's Committee reports on its own area ("huyện Bình Sơn"); a Sở on its province's.
  const committeeOf = /^(?:ủy|uỷ) ban nhân dân\s+(.+)$/iu.exec(profile.name.normalize('NFC').trim())?.[1];
  const area = inSentence(committeeOf ?? profile.provinceName);
  // Under "UBND TỈNH QUẢNG NGÃI" the Sở is named without its province again.
  const province = upperVi(` ${profile.provinceName}`);
  const issuer = upperVi(profile.issuerName);
  const parsed = aggregateHeaderSchema.safeParse({
    supervisingBody: isDepartment ? upperVi(`UBND ${profile.provinceName}`) : null,
    issuerName:
      isDepartment && issuer.endsWith(province) && issuer !== province.trim()
        ? issuer.slice(0, -province.length)
        : profile.issuerName,
    issuerInText: profile.name,
    areaInText: area,
    placeName: profile.placeName,
    symbol: profile.symbol,
    addressees: chosen.addressees ?? defaultAddressees(profile),
    recipients: ['Như trên', 'Lưu: VT'],
    // The quick copy (not registered) may leave the name blank: an empty list signs it by hand.
    signature:
      chosen.signer === undefined && profile.head === null && profile.deputies.length === 0
        ? {
            lines: [...(profile.onBehalf === null ? [] : [profile.onBehalf]), upperVi(DEFAULT_SIGNER_TITLE)],
            name: '',
          }
        : unitSignature(profile, chosen.signer ?? unitSignerOf(profile, null)),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message).join(' ');
    throw new AppError(
      'validation',
      `Thông tin cơ quan chưa đủ để lập báo cáo tổng hợp: ${problems} Hãy sửa thông tin cơ quan rồi lập lại.`,
    );
  }
  return parsed.data;
}

/** The aggregated report of a period as a .docx (the officer's sections II–IV) or its .xlsx. */
export async function aggregateReportFile(
  ctx: AggregateContext,
  input: AggregateReportFileInput,
  today: string = todayIso(),
): Promise<FileDownload> {
  const profile = await requireReceivingProfile(ctx.db);
  const header = aggregateHeaderOf(profile);
  const { communeTeams: _teams, ...figures } = await aggregateFigures(ctx, input.period, today);
  const date = input.date ?? null;
  const when = {
    number: input.number ?? null,
    date,
    year: date === null ? input.period.year : Number(date.slice(0, 4)),
  };
  const name = `Bao cao tong hop ${periodLabel(input.period)}`;
  if (input.format === 'xlsx') {
    const bytes = await aggregateWorkbook(figures, aggregateWorkbookHeader(header, figures, when));
    return { fileName: lowerFileName(`Bieu so lieu ${name}`, 'xlsx'), base64: bytes.toString('base64') };
  }
  if (input.texts === undefined) {
    throw new AppError(
      'validation',
      'Chưa nhập nội dung mục II–IV (khó khăn, vướng mắc; đề xuất, kiến nghị; phương hướng kỳ tới). Hãy nhập rồi tải lại.',
    );
  }
  const bytes = await buildAggregateReport({ figures, header, texts: input.texts, when });
  return { fileName: lowerFileName(name, 'docx'), base64: bytes.toString('base64') };
}
