/**
 * What the officer writes into a periodic report before generating it (sections II–IV), as it
 * crosses a boundary (the screen, the CLI's --text-file): three texts, one paragraph per line.
 * Each line is cleaned as every typed text is (control characters removed, NFC, spaces folded),
 * blank lines are dropped; a paragraph and a section are held to their limits, and a section with
 * no paragraph is refused with a message that names it.
 */
import { z } from 'zod';
import { cleanText } from '../vi/text';
import { textLimits } from './limits';
import { periodSchema } from './monthly-schemas';
import { idSchema, issueDocumentSchema, text } from './schemas';

/** The officer's sections, with their headings (which the refusals name). */
export const REPORT_TEXT_SECTIONS = [
  { key: 'difficulties', heading: 'II. KHÓ KHĂN, VƯỚNG MẮC' },
  { key: 'proposals', heading: 'III. ĐỀ XUẤT, KIẾN NGHỊ' },
  { key: 'nextTasks', heading: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI' },
] as const;

export type ReportTextKey = (typeof REPORT_TEXT_SECTIONS)[number]['key'];

/** The reason a refusal gives for a section with no paragraph (see reportTextsSchema). */
export const EMPTY_SECTION = 'empty_section';

/** The typed text as paragraphs: one per non-empty line, each cleaned. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map(cleanText)
    .filter((p) => p !== '');
}

function sectionText(heading: string) {
  const label = `Mục "${heading}"`;
  return z
    .string({ error: `${label}: cần nhập chữ.` })
    .transform((value) => paragraphsOf(value).join('\n'))
    .pipe(
      z
        .string()
        .refine((value) => value !== '', {
          error: `Chưa nhập nội dung mục "${heading}".`,
          params: { reason: EMPTY_SECTION },
        })
        .refine((value) => value.split('\n').every((p) => p.length <= textLimits.paragraph), {
          error: `${label}: có đoạn dài quá ${textLimits.paragraph} ký tự, hãy xuống dòng để tách thành nhiều đoạn.`,
        })
        .refine((value) => value.length <= textLimits.reportSection, {
          error: `${label}: dài quá ${textLimits.reportSection} ký tự, hãy viết gọn lại.`,
        }),
    );
}

const [difficulties, proposals, nextTasks] = REPORT_TEXT_SECTIONS;

export const reportTextsSchema = z.object({
  difficulties: sectionText(difficulties.heading),
  proposals: sectionText(proposals.heading),
  nextTasks: sectionText(nextTasks.heading),
});

/** The sections as typed (input) and as checked: cleaned paragraphs joined by line breaks. */
export type ReportTexts = z.input<typeof reportTextsSchema>;
export type CheckedReportTexts = z.output<typeof reportTextsSchema>;

// ——— A report in the outgoing register (its draft, its texts, last period's texts) ———

/** Who signs a report: the Chairman, or a Vice-Chairman for him ("KT. CHỦ TỊCH"). */
export const reportSignerSchema = z.object({
  mode: z.enum(['chairman', 'vice_chairman'], {
    error: 'Người ký báo cáo phải là Chủ tịch hoặc Phó Chủ tịch (ký thay).',
  }),
  /** Omitted: the profile's Chairman, or its first Vice-Chairman. */
  name: text('Họ tên người ký', textLimits.personName).optional(),
});
export type ReportSignerInput = z.input<typeof reportSignerSchema>;

/** "Kính gửi": one receiving body a line; omitted → the profile's receiving level. */
export const reportAddresseesSchema = z
  .array(text('Kính gửi', textLimits.summary), { error: 'Kính gửi: cần một danh sách.' })
  .min(1, { error: 'Kính gửi: cần ít nhất một nơi nhận báo cáo.' })
  .max(10, { error: 'Kính gửi: tối đa 10 nơi.' });

const reportDraftFields = {
  texts: reportTextsSchema,
  signer: reportSignerSchema.optional(),
  addressees: reportAddresseesSchema.optional(),
};

export const createReportSchema = z.object({
  period: periodSchema,
  ...reportDraftFields,
  /** Issue at once, in the same transaction (a refusal leaves no draft and takes no number). */
  issue: issueDocumentSchema.pick({ number: true, date: true }).nullable().default(null),
  /** A draft of the period already there takes these texts instead of being refused. */
  replaceDraft: z.boolean().default(false),
});
export type CreateReportInput = z.output<typeof createReportSchema>;

export const updateReportSchema = z.object({ id: idSchema, ...reportDraftFields });
export type UpdateReportInput = z.output<typeof updateReportSchema>;

export const reportPeriodQuerySchema = z.object({ period: periodSchema });
