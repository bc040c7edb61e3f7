/**
 * Zod schemas of what crosses a boundary. Messages are Vietnamese and say what to do, because
 * they are shown next to the field (renderer), in the CLI and in HTTP answers alike.
 */
import { z } from 'zod';
import { genders, personTags, roles, teamStatuses } from '../domain/teams';
import { villageKinds } from '../domain/villages';
import { periodConventions } from '../domain/periods';
import { isIsoDate } from '../vi/dates';
import { normalizePhone } from '../vi/phone';
import { cleanText } from '../vi/text';

/** A text the user typed: NFC, trimmed, spaces folded; required unless `optional` is used. */
export function text(label: string, max = 200) {
  return z
    .string({ error: `${label}: cần nhập chữ.` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: `${label}: chưa nhập. Hãy điền ${label.toLocaleLowerCase('vi')}.` })
        .max(max, { error: `${label}: dài quá ${max} ký tự, hãy viết gọn lại.` }),
    );
}

/** An optional text: empty means null. */
export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label}: cần nhập chữ.` })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự, hãy viết gọn lại.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

export const idSchema = z
  .string({ error: 'Thiếu mã bản ghi.' })
  .regex(/^[0-9a-f-]{36}$/u, { error: 'Mã bản ghi không hợp lệ.' });

export const provinceCodeSchema = z
  .string({ error: 'Mã tỉnh: cần nhập.' })
  .trim()
  .regex(/^\d{2}$/u, { error: 'Mã tỉnh gồm đúng 2 chữ số (ví dụ 51).' });

export const communeCodeSchema = z
  .string({ error: 'Mã xã: cần nhập.' })
  .trim()
  .regex(/^\d{5}$/u, { error: 'Mã xã gồm đúng 5 chữ số (ví dụ 21109).' });

export const leaderSchema = z.object({
  name: text('Họ và tên', 100),
  title: text('Chức vụ', 100),
});

export const profileInputSchema = z.object({
  provinceCode: provinceCodeSchema,
  provinceName: text('Tên tỉnh', 100),
  districtName: optionalText('Tên huyện', 100),
  communeCode: communeCodeSchema,
  communeName: text('Tên xã', 100),
  issuerName: text('Tên cơ quan ban hành', 150),
  placeName: text('Địa danh ghi ngày tháng', 100),
  chairman: leaderSchema,
  viceChairmen: z
    .array(leaderSchema, { error: 'Danh sách Phó Chủ tịch không hợp lệ.' })
    .max(4, { error: 'Tối đa 4 Phó Chủ tịch.' }),
  receivingLevel: text('Cơ quan cấp trên nhận báo cáo', 200),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

export const villageKindSchema = z.enum(villageKinds, {
  error: 'Loại đơn vị phải là "thon" (thôn) hoặc "to_dan_pho" (tổ dân phố).',
});

export const householdsSchema = z
  .number({ error: 'Số hộ phải là một số.' })
  .int({ error: 'Số hộ phải là số nguyên.' })
  .min(0, { error: 'Số hộ không được âm.' })
  .max(100_000, { error: 'Số hộ quá lớn (tối đa 100.000), hãy kiểm tra lại.' });

export const villageInputSchema = z.object({
  name: text('Tên thôn, tổ dân phố', 100),
  kind: villageKindSchema,
  households: householdsSchema,
});
export type VillageInput = z.input<typeof villageInputSchema>;

export const villageUpdateSchema = villageInputSchema.extend({ id: idSchema });

export const byIdSchema = z.object({ id: idSchema });

export const settingsInputSchema = z.object({
  updateUrl: z
    .string({ error: 'Địa chỉ cập nhật phải là chữ.' })
    .trim()
    .refine((v) => v === '' || /^https?:\/\/\S+$/u.test(v), {
      error: 'Địa chỉ cập nhật phải bắt đầu bằng http:// hoặc https://, hoặc để trống.',
    }),
  reportingPeriods: z
    .enum(periodConventions, {
      error:
        'Cách tính kỳ báo cáo phải là "decree09" (Nghị định 09/2019, từ ngày 15 đến ngày 14) hoặc "calendar" (tháng dương lịch).',
    })
    .optional(),
});

export const noInput = z.undefined({ error: 'Thao tác này không nhận dữ liệu vào.' }).optional();

// ——— People, teams, memberships ———

export const isoDateSchema = z
  .string({ error: 'Ngày phải là chữ dạng YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2026-02-05).' })
  .refine((v) => isIsoDate(v), { error: 'Ngày không có thật trên lịch, hãy kiểm tra lại.' });

export const phoneInputSchema = z
  .string({ error: 'Số điện thoại phải là chữ số.' })
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null || v.trim() === '') return null;
    const { phone, problem } = normalizePhone(v);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: problem ?? 'Số điện thoại không hợp lệ.' });
      return z.NEVER;
    }
    return phone;
  });

export const personInputSchema = z.object({
  fullName: text('Họ và tên', 100),
  gender: z
    .enum(genders, { error: 'Giới tính phải là "male" (Nam) hoặc "female" (Nữ).' })
    .nullable()
    .default(null),
  birthYear: z
    .number({ error: 'Năm sinh phải là một số.' })
    .int({ error: 'Năm sinh phải là số nguyên.' })
    .min(1920, { error: 'Năm sinh phải từ 1920 trở về sau.' })
    .max(new Date().getFullYear(), { error: 'Năm sinh không được ở tương lai.' })
    .nullable()
    .default(null),
  phone: phoneInputSchema,
  position: optionalText('Chức vụ, đơn vị công tác', 200),
  villageId: idSchema.nullable().default(null),
  tags: z
    .array(z.enum(personTags, { error: 'Nhãn không hợp lệ.' }))
    .max(personTags.length)
    .default([]),
  notes: optionalText('Ghi chú', 1000),
});
export type PersonInput = z.input<typeof personInputSchema>;

export const personUpdateSchema = personInputSchema.extend({ id: idSchema });

export const listPeopleSchema = z
  .object({
    search: z.string().max(200).optional(),
    includeArchived: z.boolean().optional(),
    villageId: idSchema.optional(),
  })
  .optional();

export const duplicatesQuerySchema = z.object({
  fullName: z.string().max(200),
  birthYear: z.number().int().nullable().optional(),
  phone: z.string().max(40).nullable().optional(),
  excludeId: idSchema.optional(),
});

export const archivePersonSchema = z.object({ id: idSchema, archived: z.boolean() });

export const teamInputSchema = z
  .object({
    level: z.enum(['commune', 'village'], {
      error: 'Cấp tổ phải là "commune" (cấp xã) hoặc "village" (thôn, tổ dân phố).',
    }),
    name: text('Tên tổ', 200),
    villageId: idSchema.nullable().default(null),
    zaloLink: optionalText('Đường dẫn nhóm Zalo', 300).refine(
      (v) => v === null || /^https?:\/\/\S+$/u.test(v),
      {
        error: 'Đường dẫn nhóm Zalo phải bắt đầu bằng https:// (ví dụ https://zalo.me/g/abcxyz).',
      },
    ),
    zaloHouseholds: z
      .number({ error: 'Số hộ trong nhóm Zalo phải là một số.' })
      .int({ error: 'Số hộ trong nhóm Zalo phải là số nguyên.' })
      .min(0, { error: 'Số hộ trong nhóm Zalo không được âm.' })
      .nullable()
      .default(null),
    notes: optionalText('Ghi chú', 1000),
  })
  .superRefine((team, ctx) => {
    if (team.level === 'village' && team.villageId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['villageId'],
        message: 'Tổ cấp thôn cần chọn thôn, tổ dân phố.',
      });
    }
    if (team.level === 'commune' && team.villageId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['villageId'],
        message: 'Tổ cấp xã không thuộc thôn nào: hãy bỏ chọn thôn.',
      });
    }
  });
export type TeamInput = z.input<typeof teamInputSchema>;

export const teamUpdateSchema = z.object({
  id: idSchema,
  name: text('Tên tổ', 200),
  zaloLink: teamInputSchema.shape.zaloLink,
  zaloHouseholds: teamInputSchema.shape.zaloHouseholds,
  notes: optionalText('Ghi chú', 1000),
});

export const teamStatusSchema = z.object({
  id: idSchema,
  status: z.enum(teamStatuses, { error: 'Trạng thái phải là "active" hoặc "dissolved".' }),
});

export const listTeamsSchema = z.object({ includeDissolved: z.boolean().optional() }).optional();

export const getTeamSchema = z.object({ id: idSchema, date: isoDateSchema.optional() });

export const roleSchema = z.enum(roles, {
  error: 'Chức danh trong Tổ phải là leader, standing_deputy, deputy hoặc member.',
});

export const addMemberSchema = z.object({
  teamId: idSchema,
  personId: idSchema,
  role: roleSchema,
  startDate: isoDateSchema,
});

export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema, date: isoDateSchema });

export const endMembershipSchema = z.object({ membershipId: idSchema, endDate: isoDateSchema });

export const reorderMembersSchema = z.object({
  teamId: idSchema,
  membershipIds: z.array(idSchema).min(1).max(500),
});

export const searchSchema = z.object({ query: z.string().max(200) });

/** A file the user chose, carried as base64 (the same over IPC and HTTP). */
export const fileUploadSchema = z.object({
  fileName: z
    .string({ error: 'Thiếu tên tệp.' })
    .min(1)
    .max(255)
    .refine((n) => /\.(xlsx|xls)$/iu.test(n), { error: 'Chỉ nhận tệp Excel .xlsx (hoặc .xls cũ).' }),
  base64: z
    .string({ error: 'Thiếu nội dung tệp.' })
    .min(1, { error: 'Tệp rỗng.' })
    .max(28_000_000, { error: 'Tệp quá lớn (hơn 20 MB). Hãy tách thành nhiều tệp nhỏ hơn.' }),
});

export const teamIdSchema = z.object({ teamId: idSchema });

// ——— Documents and the outgoing register ———

export const signerModes = ['chairman', 'vice_chairman', 'acting_chairman'] as const;

const textList = (label: string, min: number, max: number) =>
  z
    .array(text(label, 1000), { error: `${label}: cần một danh sách.` })
    .min(min, { error: `${label}: cần ít nhất ${min} dòng.` })
    .max(max, { error: `${label}: tối đa ${max} dòng.` });

/** The texts the officer edits on a decision; stored with it so a re-print is the same. */
export const documentTextsSchema = z.object({
  summary: text('Trích yếu', 300),
  legalBases: textList('Căn cứ', 1, 12),
  proposal: text('Đề nghị của', 300),
  article1: text('Điều 1', 2000),
  tasks: textList('Nhiệm vụ của Tổ (Điều 2)', 1, 12),
  effect: text('Hiệu lực (Điều 3)', 1000),
  executors: text('Tổ chức thực hiện (Điều 4)', 2000),
  recipients: textList('Nơi nhận', 1, 15),
  signer: z.object({
    mode: z.enum(signerModes, {
      error: 'Người ký phải là Chủ tịch, Phó Chủ tịch (ký thay) hoặc Quyền Chủ tịch.',
    }),
    name: text('Họ tên người ký', 100),
  }),
});
export type DocumentTextsInput = z.input<typeof documentTextsSchema>;
export type DocumentTexts = z.output<typeof documentTextsSchema>;

export const createDecisionSchema = z.object({
  kind: z.enum(
    ['founding_commune', 'founding_village', 'founding_villages', 'reorganization', 'member_list'],
    {
      error: 'Loại văn bản không hợp lệ.',
    },
  ),
  teamIds: z.array(idSchema).min(1, { error: 'Hãy chọn ít nhất một Tổ.' }).max(200),
});

export const updateDocumentTextsSchema = z.object({ id: idSchema, texts: documentTextsSchema });

export const renderDocumentSchema = z.object({
  id: idSchema,
  format: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf.' }).default('docx'),
});

export const issueDocumentSchema = z.object({
  id: idSchema,
  /** The number the clerk gave; omitted → the next free number of the register. */
  number: z
    .number({ error: 'Số văn bản phải là một số.' })
    .int({ error: 'Số văn bản phải là số nguyên.' })
    .min(1, { error: 'Số văn bản bắt đầu từ 1.' })
    .max(99_999, { error: 'Số văn bản quá lớn.' })
    .nullable()
    .default(null),
  date: isoDateSchema,
  /** The officer saw the composition warnings and confirms issuing anyway. */
  confirmWarnings: z.boolean().default(false),
});

export const scanUploadSchema = z.object({
  id: idSchema,
  fileName: z
    .string({ error: 'Thiếu tên tệp.' })
    .min(1)
    .max(255)
    .refine((n) => /\.(pdf|jpe?g|png)$/iu.test(n), { error: 'Bản quét phải là tệp PDF, JPG hoặc PNG.' }),
  base64: z
    .string({ error: 'Thiếu nội dung tệp.' })
    .min(1, { error: 'Tệp rỗng.' })
    .max(40_000_000, { error: 'Tệp quét quá lớn (hơn 30 MB). Hãy quét với độ phân giải thấp hơn.' }),
});

export const recordPastDecisionSchema = z.object({
  teamIds: z.array(idSchema).min(1, { error: 'Hãy chọn Tổ mà quyết định này thành lập hoặc kiện toàn.' }),
  number: z
    .number({ error: 'Số quyết định phải là một số.' })
    .int()
    .min(1, { error: 'Số quyết định bắt đầu từ 1.' }),
  symbol: z
    .string()
    .trim()
    .regex(/^[\p{Lu}\d&]+(-[\p{Lu}\d&]+)*$/u, { error: 'Ký hiệu viết hoa, ví dụ QĐ-UBND.' })
    .default('QĐ-UBND'),
  date: isoDateSchema,
  signer: text('Người ký', 100),
  summary: text('Trích yếu', 300),
  scan: scanUploadSchema.omit({ id: true }).nullable().default(null),
});

export const registerQuerySchema = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    kind: z.string().max(40).optional(),
    includeDrafts: z.boolean().optional(),
  })
  .optional();

/** What the clerk adds in the register after sending: copies, date sent, notes. */
export const registerEntrySchema = z.object({
  id: idSchema,
  copies: z
    .number({ error: 'Số lượng bản phải là một số.' })
    .int({ error: 'Số lượng bản phải là số nguyên.' })
    .min(1, { error: 'Số lượng bản ít nhất là 1.' })
    .max(1000, { error: 'Số lượng bản quá lớn, hãy kiểm tra lại.' })
    .nullable()
    .default(null),
  sentOn: isoDateSchema.nullable().default(null),
  notes: optionalText('Ghi chú', 500),
});
