/** Zod schemas of the backup operations: which copy, a file the officer picked, the start choice. */
import { z } from 'zod';
import { backupTriggers } from './backup-types';

/** A base64 database upload: ≤ 64 MB (what the web preview accepts in one request). */
const MAX_DATABASE_BASE64 = 90_000_000;

export const backupTriggerSchema = z.enum(backupTriggers);

export const backupSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('backup'),
      location: z.enum(['local', 'second'], { error: 'Nơi để bản sao lưu phải là "local" hoặc "second".' }),
      name: z
        .string({ error: 'Thiếu tên bản sao lưu.' })
        .min(1, { error: 'Thiếu tên bản sao lưu.' })
        .max(255)
        .refine((n) => !/[/\\]/u.test(n) && n !== '.' && n !== '..', {
          error: 'Tên bản sao lưu không được chứa đường dẫn. Hãy chọn một bản trong danh sách.',
        }),
    }),
    z.object({
      kind: z.literal('file'),
      fileName: z
        .string({ error: 'Thiếu tên tệp.' })
        .min(1, { error: 'Thiếu tên tệp.' })
        .max(255)
        .refine((n) => /\.(sqlite3|sqlite|db)$/iu.test(n), {
          error: 'Chỉ nhận tệp dữ liệu của Tổ CNSCĐ (.sqlite3, .sqlite hoặc .db).',
        }),
      base64: z
        .string({ error: 'Thiếu nội dung tệp.' })
        .min(1, { error: 'Tệp rỗng.' })
        .max(MAX_DATABASE_BASE64, {
          error:
            'Tệp quá lớn để gửi qua cửa sổ này (hơn 64 MB). Hãy khôi phục bằng lệnh "backup restore TỆP".',
        }),
    }),
  ],
  { error: 'Hãy chọn một bản sao lưu trong danh sách, hoặc một tệp dữ liệu.' },
);

export const restoreInputSchema = z.object({
  source: backupSourceSchema,
  /** The officer confirmed restoring a copy of another commune. */
  confirmOtherCommune: z.boolean().default(false),
});

export const restorePreviewSchema = z.object({ source: backupSourceSchema });

export const backupLocationSchema = z.object({
  /** An absolute folder path, or null to stop writing a second copy. */
  folder: z
    .string({ error: 'Thư mục phải là một đường dẫn.' })
    .trim()
    .min(1, { error: 'Hãy ghi đường dẫn thư mục (ví dụ E:\\ hoặc \\\\may-chu\\chung).' })
    .max(1000, { error: 'Đường dẫn quá dài.' })
    .refine((p) => /^([a-zA-Z]:[\\/]|\\\\|\/)/u.test(p), {
      error: 'Hãy ghi đường dẫn đầy đủ (ví dụ E:\\ trên Windows, /media/usb trên Linux).',
    })
    .nullable(),
});

export const damagedStartChoiceSchema = z.object({
  choice: z.enum(['restore', 'quit'], { error: 'Hãy chọn "restore" (khôi phục) hoặc "quit" (thoát).' }),
});
