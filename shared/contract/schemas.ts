/**
 * Zod schemas of what crosses a boundary. Messages are Vietnamese and say what to do, because
 * they are shown next to the field (renderer), in the CLI and in HTTP answers alike.
 */
import { z } from 'zod';
import { villageKinds } from '../domain/villages';
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
});

export const noInput = z.undefined({ error: 'Thao tác này không nhận dữ liệu vào.' }).optional();
