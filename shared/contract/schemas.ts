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
import { documentNumberLimits, documentYearLimits, textLimits } from './limits';
import { updateUrlSchema } from './update-address';

/**
 * A text the user typed, cleaned by `cleanText` (control characters removed — see there why —,
 * NFC, trimmed, spaces folded) and held to its kind's limit from `textLimits`; required unless
 * `optionalText` is used.
 */
export function text(label: string, max: number) {
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

/** An optional text (cleaned and limited as `text`): empty means null. */
export function optionalText(label: string, max: number) {
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
  name: text('Họ và tên', textLimits.personName),
  title: text('Chức vụ', textLimits.personName),
});

export const profileInputSchema = z.object({
  provinceCode: provinceCodeSchema,
  provinceName: text('Tên tỉnh', textLimits.placeName),
  districtName: optionalText('Tên huyện', textLimits.placeName),
  communeCode: communeCodeSchema,
  communeName: text('Tên xã', textLimits.placeName),
  issuerName: text('Tên cơ quan ban hành', textLimits.issuerName),
  placeName: text('Địa danh ghi ngày tháng', textLimits.placeName),
  chairman: leaderSchema,
  viceChairmen: z
    .array(leaderSchema, { error: 'Danh sách Phó Chủ tịch không hợp lệ.' })
    .max(4, { error: 'Tối đa 4 Phó Chủ tịch.' }),
  receivingLevel: text('Cơ quan cấp trên nhận báo cáo', textLimits.name),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

/** "Do it anyway": a knowing repeat (a second founding decision, setting up or loading the demo again). */
export const forceSchema = z.boolean({ error: 'force phải là true hoặc false.' }).default(false);

/** Setting up the profile; `force` (the CLI's `init --force`) sets it up again over an existing one. */
export const setupProfileSchema = profileInputSchema.extend({ force: forceSchema });

/** Loading the demo; `force` (the CLI's `demo --force`) empties a database that has data first. */
export const loadDemoSchema = z.object({ force: forceSchema }).strict().optional();

/** A unit by its codes; the names only for a unit the official list does not have. */
export const resolveUnitSchema = z.object({
  provinceCode: provinceCodeSchema,
  communeCode: communeCodeSchema,
  provinceName: optionalText('Tên tỉnh', 100),
  communeName: optionalText('Tên xã', 100),
});

export const villageKindSchema = z.enum(villageKinds, {
  error: 'Loại đơn vị phải là "thon" (thôn) hoặc "to_dan_pho" (tổ dân phố).',
});

export const householdsSchema = z
  .number({ error: 'Số hộ phải là một số.' })
  .int({ error: 'Số hộ phải là số nguyên.' })
  .min(0, { error: 'Số hộ không được âm.' })
  .max(100_000, { error: 'Số hộ quá lớn (tối đa 100.000), hãy kiểm tra lại.' });

export const villageInputSchema = z.object({
  name: text('Tên thôn, tổ dân phố', textLimits.placeName),
  kind: villageKindSchema,
  households: householdsSchema,
});
export type VillageInput = z.input<typeof villageInputSchema>;

export const villageUpdateSchema = villageInputSchema.extend({ id: idSchema });

export const byIdSchema = z.object({ id: idSchema });

export const settingsInputSchema = z.object({
  updateUrl: updateUrlSchema,
  reportingPeriods: z
    .enum(periodConventions, {
      error:
        'Cách tính kỳ báo cáo phải là "decree09" (Nghị định 09/2019, từ ngày 15 đến ngày 14) hoặc "calendar" (tháng dương lịch).',
    })
    .optional(),
});

export const noInput = z.undefined({ error: 'Thao tác này không nhận dữ liệu vào.' }).optional();

// ——— People, teams, memberships ———

/**
 * The one date rule of the application (documents, memberships, the CLI, imports): a real day,
 * written YYYY-MM-DD, in the years the register lists (2000–2100). A date outside is refused,
 * never moved: a decision dated 1899 could never be listed nor exported.
 */
export const isoDateSchema = z
  .string({ error: 'Ngày phải là chữ dạng YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2026-02-05).' })
  .refine((v) => isIsoDate(v), { error: 'Ngày không có thật trên lịch, hãy kiểm tra lại.' })
  .refine(
    (v) => {
      const year = Number(v.slice(0, 4));
      return year >= documentYearLimits.min && year <= documentYearLimits.max;
    },
    {
      error:
        `Ngày phải trong các năm ${documentYearLimits.min}–${documentYearLimits.max}; ` +
        'hãy kiểm tra lại năm (ví dụ 2026-02-05).',
    },
  );

/** The date of a document: the application's one date rule (kept as a name the register reads by). */
export const documentDateSchema = isoDateSchema;

/** The year of a register (sổ văn bản đi), in the same years as the documents' dates. */
export const registerYearSchema = z
  .number({ error: 'Năm phải là một số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(documentYearLimits.min, {
    error: `Năm phải từ ${documentYearLimits.min} đến ${documentYearLimits.max}.`,
  })
  .max(documentYearLimits.max, {
    error: `Năm phải từ ${documentYearLimits.min} đến ${documentYearLimits.max}.`,
  });

/**
 * The one number rule of documents: a whole number from 1 to 99,999. 0, negatives, decimals and
 * larger numbers are refused with this message, never rounded or moved to the nearest allowed.
 */
export function documentNumberSchema(label: string) {
  const range = `từ ${documentNumberLimits.min} đến 99.999`;
  return z
    .number({ error: `${label} phải là một số.` })
    .int({ error: `${label} phải là số nguyên ${range} (không có phần thập phân).` })
    .min(documentNumberLimits.min, {
      error: `${label} phải là số nguyên ${range}; không nhận số 0 hay số âm.`,
    })
    .max(documentNumberLimits.max, { error: `${label} phải là số nguyên ${range}; số này quá lớn.` });
}

/**
 * A number typed as text (the CLI): written with digits, maybe a sign or decimals, so that the
 * number rule — not the parser — says what is wrong with "0", "-3" or "7.5"; "7e2" or "abc" is not
 * a number as typed.
 */
export const typedNumberSchema = z
  .string({ error: 'Cần một số viết bằng chữ số.' })
  .trim()
  .regex(/^[+-]?\d+(\.\d+)?$/u, { error: 'Cần một số viết bằng chữ số, ví dụ 7.' })
  .transform(Number);

/** The first problem `schema` finds in `value`, or null when it fits (for the CLI's checks). */
export function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Giá trị không hợp lệ.');
}

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
  fullName: text('Họ và tên', textLimits.personName),
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
  position: optionalText('Chức vụ, đơn vị công tác', textLimits.name),
  villageId: idSchema.nullable().default(null),
  tags: z
    .array(z.enum(personTags, { error: 'Nhãn không hợp lệ.' }))
    .max(personTags.length)
    .default([]),
  notes: optionalText('Ghi chú', textLimits.notes),
});
export type PersonInput = z.input<typeof personInputSchema>;

export const personUpdateSchema = personInputSchema.extend({ id: idSchema });

export const listPeopleSchema = z
  .object({
    search: z.string().max(textLimits.search).optional(),
    includeArchived: z.boolean().optional(),
    villageId: idSchema.optional(),
  })
  .optional();

export const duplicatesQuerySchema = z.object({
  fullName: z.string().max(textLimits.search),
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
    name: text('Tên tổ', textLimits.name),
    villageId: idSchema.nullable().default(null),
    zaloLink: optionalText('Đường dẫn nhóm Zalo', textLimits.url).refine(
      (v) => v === null || /^https?:\/\/\S+$/u.test(v),
      {
        error: 'Đường dẫn nhóm Zalo phải bắt đầu bằng https:// (ví dụ https://zalo.me/g/abcxyz).',
      },
    ),
    zaloHouseholds: z
      .number({ error: 'Số hộ trong nhóm Zalo phải là một số.' })
      .int({ error: 'Số hộ trong nhóm Zalo phải là số nguyên.' })
      .min(0, { error: 'Số hộ trong nhóm Zalo không được âm.' })
      .max(100_000, { error: 'Số hộ trong nhóm Zalo quá lớn (tối đa 100.000), hãy kiểm tra lại.' })
      .nullable()
      .default(null),
    notes: optionalText('Ghi chú', textLimits.notes),
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
  name: text('Tên tổ', textLimits.name),
  zaloLink: teamInputSchema.shape.zaloLink,
  zaloHouseholds: teamInputSchema.shape.zaloHouseholds,
  notes: optionalText('Ghi chú', textLimits.notes),
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

export const searchSchema = z.object({ query: z.string().max(textLimits.search) });

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

/** What the officer decided for a row the dry run could not match with certainty. */
export const importConflictActions = ['same', 'new', 'skip'] as const;
export type ImportConflictAction = (typeof importConflictActions)[number];

const importConflictActionSchema = z.enum(importConflictActions, {
  error: 'Cách xử lý dòng trùng phải là "same" (cùng một người), "new" (người mới) hoặc "skip" (bỏ qua).',
});

/**
 * A people import: the sheet, the date memberships start when the sheet gives none (or to use
 * instead of the date in its title), and the officer's decision for each conflicting row.
 * `onConflict` decides every conflict not decided row by row (the CLI's `--on-conflict`).
 */
export const peopleImportSchema = fileUploadSchema.extend({
  startDate: isoDateSchema.nullable().default(null),
  decisions: z
    .array(
      z.object({
        row: z
          .number({ error: 'Số dòng phải là một số.' })
          .int({ error: 'Số dòng phải là số nguyên.' })
          .min(1, { error: 'Số dòng phải từ 1 trở lên.' })
          .max(1_048_576, { error: 'Số dòng vượt quá số dòng của một trang tính.' }),
        action: importConflictActionSchema,
      }),
      { error: 'Danh sách quyết định cho các dòng trùng không hợp lệ.' },
    )
    .max(100_000, { error: 'Quá nhiều quyết định cho các dòng trùng.' })
    .refine((list) => new Set(list.map((d) => d.row)).size === list.length, {
      error: 'Mỗi dòng chỉ được có một quyết định.',
    })
    .default([]),
  onConflict: z
    .enum(['new', 'skip'], {
      error: 'Cách xử lý chung cho dòng trùng phải là "new" (người mới) hoặc "skip" (bỏ qua).',
    })
    .nullable()
    .default(null),
});

export const teamIdSchema = z.object({ teamId: idSchema });

// ——— Documents and the outgoing register ———

export const signerModes = ['chairman', 'vice_chairman', 'acting_chairman'] as const;

const textList = (label: string, min: number, max: number) =>
  z
    .array(text(label, textLimits.notes), { error: `${label}: cần một danh sách.` })
    .min(min, { error: `${label}: cần ít nhất ${min} dòng.` })
    .max(max, { error: `${label}: tối đa ${max} dòng.` });

/** The texts the officer edits on a decision; stored with it so a re-print is the same. */
export const documentTextsSchema = z.object({
  summary: text('Trích yếu', textLimits.summary),
  legalBases: textList('Căn cứ', 1, 12),
  proposal: text('Đề nghị của', textLimits.summary),
  article1: text('Điều 1', textLimits.paragraph),
  tasks: textList('Nhiệm vụ của Tổ (Điều 2)', 1, 12),
  effect: text('Hiệu lực (Điều 3)', textLimits.notes),
  executors: text('Tổ chức thực hiện (Điều 4)', textLimits.paragraph),
  recipients: textList('Nơi nhận', 1, 15),
  signer: z.object({
    mode: z.enum(signerModes, {
      error: 'Người ký phải là Chủ tịch, Phó Chủ tịch (ký thay) hoặc Quyền Chủ tịch.',
    }),
    name: text('Họ tên người ký', textLimits.personName),
  }),
});
export type DocumentTextsInput = z.input<typeof documentTextsSchema>;
export type DocumentTexts = z.output<typeof documentTextsSchema>;

// ——— Making and issuing decisions in one request (issue 7, item 5) ———

export const createDecisionSchema = z.object({
  kind: z.enum(
    ['founding_commune', 'founding_village', 'founding_villages', 'reorganization', 'member_list'],
    {
      error: 'Loại văn bản không hợp lệ.',
    },
  ),
  teamIds: z.array(idSchema).min(1, { error: 'Hãy chọn ít nhất một Tổ.' }).max(200),
  /** Founding a team that already has a founding decision in force, knowingly. */
  force: forceSchema,
});

export const updateDocumentTextsSchema = z.object({ id: idSchema, texts: documentTextsSchema });

export const renderDocumentSchema = z.object({
  id: idSchema,
  format: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf.' }).default('docx'),
});

export const issueDocumentSchema = z.object({
  id: idSchema,
  /** The number the clerk gave; omitted → the next free number of the register. */
  number: documentNumberSchema('Số văn bản').nullable().default(null),
  date: documentDateSchema,
  /** The officer saw the composition warnings and confirms issuing anyway. */
  confirmWarnings: z.boolean().default(false),
  /** Founding a team that already has a founding decision in force, knowingly. */
  force: forceSchema,
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
  number: documentNumberSchema('Số quyết định'),
  symbol: z
    .string({ error: 'Ký hiệu phải là chữ.' })
    .trim()
    .max(textLimits.symbol, { error: `Ký hiệu dài quá ${textLimits.symbol} ký tự; ví dụ QĐ-UBND.` })
    .regex(/^[\p{Lu}\d&]+(-[\p{Lu}\d&]+)*$/u, { error: 'Ký hiệu viết hoa, ví dụ QĐ-UBND.' })
    .default('QĐ-UBND'),
  date: documentDateSchema,
  signer: text('Người ký', textLimits.personName),
  summary: text('Trích yếu', textLimits.summary),
  scan: scanUploadSchema.omit({ id: true }).nullable().default(null),
});

export const registerQuerySchema = z
  .object({
    year: registerYearSchema.optional(),
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
  sentOn: documentDateSchema.nullable().default(null),
  notes: optionalText('Ghi chú', textLimits.shortNotes),
});

// ——— Making and issuing decisions in one request (issue 7, item 5) ———

/**
 * Composes, and issues when `issue` is given, the decisions for the teams in ONE transaction:
 * one decision for all with `founding_villages`, otherwise one per team in the order given.
 */
export const makeDecisionsSchema = z.object({
  kind: z.enum(['founding_commune', 'founding_village', 'founding_villages', 'reorganization'], {
    error: 'Loại quyết định không hợp lệ.',
  }),
  teamIds: z
    .array(idSchema)
    .min(1, { error: 'Hãy chọn ít nhất một Tổ.' })
    .max(200, { error: 'Mỗi lần làm nhiều nhất 200 Tổ.' })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'Một Tổ được chọn hai lần. Hãy chọn mỗi Tổ một lần.',
    }),
  issue: issueDocumentSchema.omit({ id: true, force: true }).nullable().default(null),
  force: forceSchema,
});
