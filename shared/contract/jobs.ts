/**
 * Long jobs (imports, batches of documents, backups, the bundle export): the page gives the call a job id, the
 * backend reports `{done, total, label}` for it while it works, and the officer can cancel it.
 * A cancelled job writes nothing: its transaction rolls back, its temporary file goes.
 */
import { z } from 'zod';

/** A job id the page makes (crypto.randomUUID()); letters, digits and dashes only. */
export const jobIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/u, 'Mã việc đang chạy không hợp lệ (8–64 chữ cái, chữ số hoặc dấu gạch).');

export const cancelJobSchema = z.object({ jobId: jobIdSchema }).strict();

/** One step of a job, as the screen shows it: "label: done / total". */
export const jobProgressSchema = z
  .object({
    jobId: jobIdSchema,
    operation: z.string().max(100),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    label: z.string().max(300),
  })
  .strict();
export type JobProgress = z.infer<typeof jobProgressSchema>;

export interface JobCancelled {
  /** False when no job of that id is running (it has just ended). */
  cancelled: boolean;
}

/** The Electron channel the shell sends progress on (main → window). */
export const JOB_PROGRESS_CHANNEL = 'jobs:progress';
/** The web preview's Server-Sent Events stream of progress (token in the query, `t=`). */
export const JOB_EVENTS_PATH = '/jobs/events';
/** The web preview's request header carrying a call's job id. */
export const JOB_HEADER = 'x-cnscd-job';

/** What the page's world gets from the preload or the web bridge (`window.jobEvents`). */
export interface JobEvents {
  /** Calls `listener` with every progress event; returns the function that stops listening. */
  subscribe(listener: (progress: JobProgress) => void): () => void;
}

/** What each long operation is called on its progress window and in its cancelled message. */
export const jobNames: Readonly<Record<string, string>> = {
  applyPeopleImport: 'việc nhập danh sách',
  applyActivityImport: 'việc nhập hoạt động',
  importBundles: 'việc nhận gói dữ liệu',
  makeDecisions: 'việc lập quyết định',
  createBackup: 'việc sao lưu',
  importWatchedBundles: 'việc nhận gói dữ liệu',
  exportBundle: 'việc xuất gói số liệu',
};

export function jobName(operation: string): string {
  return Object.prototype.hasOwnProperty.call(jobNames, operation)
    ? (jobNames[operation] ?? 'việc đang chạy')
    : 'việc đang chạy';
}

/** The message of a cancelled job: nothing was written. */
export function cancelledMessage(operation: string): string {
  return `Đã hủy ${jobName(operation)}. Không có gì được ghi: dữ liệu vẫn như trước khi bắt đầu.`;
}
