/**
 * Zod schemas of the monthly work (catalog, activities, trainings, targets, progress): what the
 * renderer, the CLI and HTTP send, with Vietnamese messages that say what to do.
 */
import { z } from 'zod';
import { activityKinds, catalogCodePattern, pillars } from '../domain/activities';
import { MAX_YEAR, MIN_YEAR, parsePeriod } from '../domain/periods';
import { textLimits } from './limits';
import { fileUploadSchema, idSchema, isoDateSchema, optionalText, text } from './schemas';

/** A count of people, households, accounts…: a non-negative whole number. */
export function countSchema(label: string) {
  return z
    .number({ error: `${label} phải là một số.` })
    .int({ error: `${label} phải là số nguyên (không có phần lẻ).` })
    .min(0, { error: `${label} không được âm.` })
    .max(1_000_000_000, { error: `${label} quá lớn, hãy kiểm tra lại.` });
}

/** A day the monthly work can be dated on: a real date between 2000 and 2100. */
export const workDateSchema = isoDateSchema.refine(
  (v) => v >= `${MIN_YEAR}-01-01` && v <= `${MAX_YEAR}-12-31`,
  { error: `Ngày phải nằm trong khoảng năm ${MIN_YEAR}–${MAX_YEAR}.` },
);

export const catalogCodeSchema = z
  .string({ error: 'Mã chỉ tiêu, nền tảng: cần nhập.' })
  .trim()
  .regex(catalogCodePattern, {
    error: 'Mã chỉ gồm chữ thường tiếng Anh không dấu, chữ số và dấu gạch dưới, ví dụ vneid_activated.',
  });

export const pillarSchema = z.enum(pillars, {
  error:
    'Trụ cột phải là "digital_government" (chính quyền số), "digital_economy" (kinh tế số) hoặc "digital_society" (xã hội số).',
});

export const activityKindSchema = z.enum(activityKinds, {
  error:
    'Loại hoạt động phải là "propaganda" (tuyên truyền), "guidance" (hướng dẫn), "direct_support" (hỗ trợ trực tiếp), "training" (tập huấn) hoặc "meeting" (họp).',
});

export const yearSchema = z
  .number({ error: 'Năm phải là một số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(MIN_YEAR, { error: `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.` })
  .max(MAX_YEAR, { error: `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.` });

/** A period as typed: "2026", "2026-H1", "2026-Q2", "2026-05", "2026-9M"; parsed to a Period. */
export const periodSchema = z.string({ error: 'Kỳ báo cáo: cần nhập.' }).transform((v, ctx) => {
  const parsed = parsePeriod(v);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return parsed.period;
});

// ——— Catalog ———

export const listIndicatorsSchema = z.object({ includeRetired: z.boolean().optional() }).optional();

export const indicatorInputSchema = z.object({
  code: catalogCodeSchema,
  name: text('Tên chỉ tiêu', textLimits.name),
  unit: text('Đơn vị tính', textLimits.unit),
  pillar: pillarSchema,
  platform: catalogCodeSchema.nullable().default(null),
});

export const indicatorRenameSchema = z.object({
  code: catalogCodeSchema,
  name: text('Tên chỉ tiêu', textLimits.name),
  unit: text('Đơn vị tính', textLimits.unit),
});

/** Retire (false) or bring back (true) an indicator or a platform of the catalog. */
export const catalogActiveSchema = z.object({ code: catalogCodeSchema, active: z.boolean() });

export const platformInputSchema = z.object({
  code: catalogCodeSchema,
  name: text('Tên nền tảng', textLimits.name),
});

// ——— Activities ———

export const activityResultSchema = z.object({
  indicator: catalogCodeSchema,
  value: countSchema('Kết quả'),
});

const activityFields = {
  teamId: idSchema,
  date: workDateSchema,
  kind: activityKindSchema,
  platforms: z
    .array(catalogCodeSchema)
    .max(20, { error: 'Tối đa 20 nền tảng cho một hoạt động.' })
    .default([]),
  place: optionalText('Địa điểm', textLimits.name),
  peopleReached: countSchema('Số người được tiếp cận').nullable().default(null),
  householdsReached: countSchema('Số hộ được tiếp cận').nullable().default(null),
  results: z
    .array(activityResultSchema)
    .max(100, { error: 'Quá nhiều kết quả cho một hoạt động.' })
    .default([]),
  memberIds: z.array(idSchema).max(200, { error: 'Quá nhiều thành viên cho một hoạt động.' }).default([]),
  note: optionalText('Ghi chú', textLimits.notes),
  /** The officer confirms an activity dated before the team was founded or after it was dissolved. */
  confirmOutsideTeamLife: z.boolean().default(false),
};

function noRepeats(
  input: { platforms: string[]; results: { indicator: string }[]; memberIds: string[] },
  ctx: z.RefinementCtx,
) {
  const twice = (values: string[]) => values.find((v, i) => values.indexOf(v) !== i);
  const indicator = twice(input.results.map((r) => r.indicator));
  if (indicator !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['results'],
      message: `Chỉ tiêu "${indicator}" được ghi hai lần: hãy gộp lại thành một số.`,
    });
  }
  const platform = twice(input.platforms);
  if (platform !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['platforms'],
      message: `Nền tảng "${platform}" được ghi hai lần.`,
    });
  }
  const member = twice(input.memberIds);
  if (member !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'Một thành viên được ghi hai lần.' });
  }
}

export const activityInputSchema = z.object(activityFields).superRefine(noRepeats);
export type ActivityInput = z.output<typeof activityInputSchema>;

export const activityUpdateSchema = z.object({ id: idSchema, ...activityFields }).superRefine(noRepeats);

export const activityListSchema = z
  .object({
    period: periodSchema.optional(),
    from: workDateSchema.optional(),
    to: workDateSchema.optional(),
    teamId: idSchema.optional(),
    villageId: idSchema.optional(),
    kind: activityKindSchema.optional(),
    platform: catalogCodeSchema.optional(),
    pillar: pillarSchema.optional(),
    indicator: catalogCodeSchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
  })
  .optional();
export type ActivityQuery = z.output<typeof activityListSchema>;

/** An activities sheet, read in memory: the dry run and the import take the same file. */
export const activityImportSchema = fileUploadSchema;

// ——— Trainings ———

export const trainingInputSchema = z.object({
  date: workDateSchema,
  topic: text('Nội dung bồi dưỡng', textLimits.summary),
  organiser: text('Đơn vị tổ chức', textLimits.name),
  online: z.boolean().default(false),
  hours: z
    .number({ error: 'Số giờ phải là một số.' })
    .positive({ error: 'Số giờ phải lớn hơn 0.' })
    .max(1000, { error: 'Số giờ quá lớn, hãy kiểm tra lại.' })
    .nullable()
    .default(null),
  teamId: idSchema.nullable().default(null),
  attendeeIds: z
    .array(idSchema)
    .max(500, { error: 'Tối đa 500 người cho một lớp.' })
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'Một người được ghi hai lần trong danh sách dự.',
    }),
  note: optionalText('Ghi chú', textLimits.notes),
});
export type TrainingInput = z.output<typeof trainingInputSchema>;

export const trainingUpdateSchema = trainingInputSchema.extend({ id: idSchema });

export const trainingListSchema = z
  .object({
    from: workDateSchema.optional(),
    to: workDateSchema.optional(),
    teamId: idSchema.optional(),
    personId: idSchema.optional(),
  })
  .optional();

// ——— Targets and progress ———

export const targetInputSchema = z.object({
  year: yearSchema,
  indicator: catalogCodeSchema,
  teamId: idSchema.nullable().default(null),
  value: countSchema('Chỉ tiêu'),
});

export const targetListSchema = z.object({ year: yearSchema });

export const distributeTargetSchema = z.object({
  year: yearSchema,
  indicator: catalogCodeSchema,
  /** False: only propose the split; true: write it as the village teams' targets. */
  apply: z.boolean().default(false),
});

export const progressQuerySchema = z.object({ period: periodSchema, today: workDateSchema.optional() });

export const periodFiguresQuerySchema = z.object({ period: periodSchema });

// ——— The periodic report ———

/** `getReportData`: the report's figures for a period ("2026-03", "2026-Q1", "2026-H1", "2026-9M", "2026"). */
export const reportDataQuerySchema = z.object({ period: periodSchema });
