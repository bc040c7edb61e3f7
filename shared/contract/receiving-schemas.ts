/**
 * Zod schemas of the receiving unit (issue 10): its setup, the communes it receives from and the
 * completeness of their bundles. What the renderer, the CLI and HTTP send.
 */
import { z } from 'zod';
import { bundleLimits } from './bundle-format';
import { textLimits } from './limits';
import { periodSchema, yearSchema } from './monthly-schemas';
import { reportTextsSchema } from './report-schemas';
import {
  communeCodeSchema,
  documentDateSchema,
  documentNumberSchema,
  leaderSchema,
  optionalText,
  provinceCodeSchema,
  text,
} from './schemas';

/** A commune to receive from: its code, with its name when the official list does not have it. */
export const receivedCommuneInputSchema = z.object({
  code: communeCodeSchema,
  name: optionalText('Tên xã', textLimits.placeName),
  contact: optionalText('Liên hệ', textLimits.name),
});

export const deadlineDaySchema = z
  .number({ error: 'Hạn gửi phải là một ngày trong tháng.' })
  .int({ error: 'Hạn gửi phải là số nguyên.' })
  .min(1, { error: 'Hạn gửi phải từ ngày 1 đến ngày 28.' })
  .max(28, { error: 'Hạn gửi phải từ ngày 1 đến ngày 28.' });

export const receivingSetupSchema = z.object({
  name: text('Tên cơ quan', textLimits.issuerName),
  provinceCode: provinceCodeSchema,
  /** Needed only for a province the official list does not have. */
  provinceName: optionalText('Tên tỉnh', textLimits.placeName),
  /** Default: the name in upper case. */
  issuerName: optionalText('Tên cơ quan ban hành', textLimits.issuerName),
  /** Default: the province's name without its kind word. */
  placeName: optionalText('Địa danh ghi ngày tháng', textLimits.placeName),
  /** The first signer: the head, or a deputy when the title is a deputy's ("Phó Giám đốc"). */
  signerName: optionalText('Họ tên người ký', textLimits.personName),
  signerTitle: optionalText('Chức vụ người ký', textLimits.personName),
  /** Default: BC. */
  symbol: optionalText('Ký hiệu văn bản', textLimits.symbol),
  deadlineDay: deadlineDaySchema.default(15),
  communes: z.array(receivedCommuneInputSchema).max(2000, { error: 'Danh sách xã quá dài (tối đa 2000).' }),
  force: z.boolean().optional(),
});

export const addReceivedCommunesSchema = z.object({
  communes: z
    .array(receivedCommuneInputSchema)
    .min(1, { error: 'Chưa chọn xã nào để thêm.' })
    .max(2000, { error: 'Danh sách xã quá dài (tối đa 2000).' }),
});

export const receivedCommuneCodeSchema = z.object({ code: communeCodeSchema });

export const completenessQuerySchema = z.object({ year: yearSchema });

/** A bundle file sent for import: its name and bytes (the zip, at most bundleLimits.fileBytes). */
export const bundleUploadSchema = z.object({
  fileName: z
    .string({ error: 'Thiếu tên tệp.' })
    .min(1)
    .max(255)
    .refine((n) => /\.zip$/iu.test(n), { error: 'Gói dữ liệu là tệp .zip.' }),
  base64: z
    .string({ error: 'Thiếu nội dung tệp.' })
    .min(1, { error: 'Tệp rỗng.' })
    .max(Math.ceil((bundleLimits.fileBytes * 4) / 3) + 4, {
      error: `Tệp quá lớn (gói dữ liệu tối đa ${bundleLimits.fileBytes / 1024 / 1024} MB).`,
    }),
});

export const importBundlesSchema = z.object({
  files: z
    .array(bundleUploadSchema)
    .min(1, { error: 'Chưa chọn tệp gói dữ liệu nào.' })
    .max(500, { error: 'Mỗi lần nhập tối đa 500 tệp.' }),
  /** Plan only: what each file would change, nothing written. */
  dryRun: z.boolean().default(false),
  /**
   * The key changes the officer confirmed, by phone, after a dry run showed them: each a commune
   * and the fingerprint of its new key. Only a bundle of that commune signed with that key is
   * taken; any other key change is refused.
   */
  acceptKeyChanges: z
    .array(
      z.object({
        communeCode: z.string().regex(/^\d{5}$/u, { error: 'Mã xã phải gồm 5 chữ số.' }),
        fingerprint: z
          .string()
          .regex(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u, { error: 'Mã khóa phải gồm 8 nhóm 4 ký tự (0-9, A-F).' }),
      }),
    )
    .max(500)
    .default([]),
});

export type AcceptedKeyChange = z.infer<typeof importBundlesSchema>['acceptKeyChanges'][number];

/** The aggregate of the communes' data for a period (the unit's own period convention). */
export const aggregateQuerySchema = z.object({ period: periodSchema });

/**
 * The aggregated report as a file: .docx (sections II–IV typed by the officer; number and date
 * left blank for the copy to sign unless given) or its figures as .xlsx.
 */
export const aggregateReportFileSchema = z.object({
  period: periodSchema,
  format: z.enum(['docx', 'xlsx'], { error: 'Định dạng tệp phải là docx hoặc xlsx.' }),
  /** Sections II–IV: needed for the .docx, not read for the .xlsx. */
  texts: reportTextsSchema.optional(),
  number: documentNumberSchema('Số báo cáo').optional(),
  date: documentDateSchema.optional(),
});
export type AggregateReportFileInput = z.output<typeof aggregateReportFileSchema>;

/** The most deputies a unit lists as signers (as the commune's Vice-Chairmen). */
export const maxUnitDeputies = 6;

/**
 * The receiving unit's profile as its Settings tab edits it: the names its report's header is
 * made of, its symbol, the deadline day of the completeness matrix, and who signs (the head and
 * the deputies who sign for the head, the commune's signer model).
 */
export const updateReceivingProfileSchema = z.object({
  name: text('Tên cơ quan', textLimits.issuerName),
  issuerName: text('Tên cơ quan ban hành', textLimits.issuerName),
  placeName: text('Địa danh ghi ngày tháng', textLimits.placeName),
  symbol: text('Ký hiệu văn bản', textLimits.symbol),
  deadlineDay: deadlineDaySchema,
  head: leaderSchema,
  deputies: z
    .array(leaderSchema, { error: 'Danh sách cấp phó không hợp lệ.' })
    .max(maxUnitDeputies, { error: `Tối đa ${maxUnitDeputies} cấp phó.` }),
});
export type UpdateReceivingProfileInput = z.output<typeof updateReceivingProfileSchema>;
