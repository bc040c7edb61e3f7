/**
 * The receiving unit's watched folder (issue 10, item 3, the receiving side): the folder a network
 * share or a sync client (the office's cloud drive) fills with the communes' bundles, scanned at
 * start and on demand; its new files are offered for import. What the renderer, the CLI and HTTP send.
 */
import { z } from 'zod';
import { folderSchema } from './bundle-schemas';
import { importBundlesSchema } from './receiving-schemas';

/** The watched folder, given in full; '' stops watching. */
export const watchFolderInputSchema = z.strictObject({ folder: folderSchema });

/** A file of the watched folder, by its name there (no folder part). */
export const watchedFileNameSchema = z
  .string({ error: 'Thiếu tên tệp.' })
  .min(1, { error: 'Thiếu tên tệp.' })
  .max(255, { error: 'Tên tệp quá dài.' })
  .refine((n) => /\.zip$/iu.test(n), { error: 'Gói dữ liệu là tệp .zip.' })
  .refine((n) => !/[/\\]/u.test(n) && n !== '.' && n !== '..', {
    error: 'Chỉ ghi tên tệp trong thư mục theo dõi, không ghi đường dẫn.',
  });

/** Import (or dry run) of files the scan offered, read from the watched folder by the backend. */
export const importWatchedSchema = z.strictObject({
  files: z
    .array(watchedFileNameSchema)
    .min(1, { error: 'Chưa chọn tệp nào trong thư mục theo dõi.' })
    .max(500, { error: 'Mỗi lần nhập tối đa 500 tệp.' }),
  dryRun: importBundlesSchema.shape.dryRun,
  acceptKeyChanges: importBundlesSchema.shape.acceptKeyChanges,
});
