/** Inputs of the commune side of the monthly bundle (issue 10). */
import { z } from 'zod';
import { periodSchema } from './monthly-schemas';
import { bundleLimits } from './bundle-format';
import { idSchema } from './schemas';
import { stripControls } from '../vi/text';

export const emailAddressSchema = z
  .string({ error: 'Địa chỉ thư điện tử phải là chữ.' })
  .trim()
  .max(254, { error: 'Địa chỉ thư điện tử quá dài.' })
  .refine((v) => v === '' || /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/u.test(v), {
    error: 'Địa chỉ thư điện tử không đúng dạng (ví dụ: vanthu.skhcn@quangngai.gov.vn).',
  });

export const folderSchema = z
  .string({ error: 'Thư mục phải là chữ.' })
  .trim()
  .max(1000, { error: 'Đường dẫn thư mục quá dài.' })
  .refine((v) => v === stripControls(v), { error: 'Đường dẫn thư mục có ký tự không hợp lệ.' });

export const bundleSettingsInputSchema = z.strictObject({
  receivingEmail: emailAddressSchema.optional(),
  sendPhones: z.boolean({ error: 'Gửi số điện thoại: chọn có hoặc không.' }).optional(),
  sharedFolder: folderSchema.optional(),
});

export const bundlePeriodSchema = z.strictObject({ period: periodSchema });

export const bundleExportIdSchema = z.strictObject({ id: idSchema });

export const bundleEmailSchema = z.strictObject({
  id: idSchema,
  /** Default: the receiving level's address in the settings. */
  to: emailAddressSchema.optional(),
});

export const renewKeySchema = z.strictObject({
  confirm: z.literal(true, { error: 'Hãy xác nhận tạo khóa mới (khóa cũ sẽ không dùng để ký nữa).' }),
});

/** A bundle file to check, as the contract carries files. */
export const bundleFileSchema = z.strictObject({
  fileName: z.string({ error: 'Thiếu tên tệp.' }).min(1, { error: 'Thiếu tên tệp.' }).max(255),
  base64: z.string({ error: 'Thiếu nội dung tệp.' }).max(Math.ceil(bundleLimits.fileBytes / 3) * 4, {
    error: `Tệp quá lớn (hơn ${bundleLimits.fileBytes / 1024 / 1024} MB) để là gói số liệu của một xã. Hãy kiểm tra lại tệp.`,
  }),
});
