/**
 * The audit log as the contract carries it (issue 11): what a record holds, the kinds of things
 * it names, and the query of the "Nhật ký thao tác" screen, the CLI and the export.
 */
import { z } from 'zod';
import { isoDateSchema } from './schemas';

/** The kinds of things a write is about (the screen's "Đối tượng" filter). */
export const auditEntities = [
  'profile',
  'settings',
  'village',
  'person',
  'team',
  'membership',
  'document',
  'catalog',
  'activity',
  'training',
  'target',
  'bundle',
  'key',
  'receiving',
  'backup',
  'data',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export const auditEntityLabels: Record<AuditEntity, string> = {
  profile: 'Hồ sơ xã',
  settings: 'Cài đặt',
  village: 'Thôn, tổ dân phố',
  person: 'Người',
  team: 'Tổ CNSCĐ',
  membership: 'Thành viên Tổ',
  document: 'Văn bản',
  catalog: 'Danh mục',
  activity: 'Hoạt động',
  training: 'Bồi dưỡng, tập huấn',
  target: 'Chỉ tiêu giao',
  bundle: 'Gói số liệu',
  key: 'Khóa ký',
  receiving: 'Nhận báo cáo',
  backup: 'Sao lưu, khôi phục',
  data: 'Dữ liệu mẫu',
};

/** The entity's label, or its code for one this version does not know (a newer commune's bundle). */
export function auditEntityLabel(entity: string): string {
  return (auditEntityLabels as Record<string, string | undefined>)[entity] ?? entity;
}

/** One record of the log. */
export interface AuditEntry {
  id: number;
  /** ISO 8601 in UTC with milliseconds. */
  at: string;
  /** The contract operation's name (its label: `auditedOperations`). */
  operation: string;
  entity: AuditEntity | string;
  entityId: string | null;
  /** What changed, in a short Vietnamese sentence. */
  summary: string;
  appVersion: string;
}

const auditEntitySchema = z.enum(auditEntities, { error: 'Đối tượng không có trong danh sách.' });

/** Days are the officer's local days, YYYY-MM-DD, both ends included. */
export const auditQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    operation: z.string().max(60).optional(),
    entity: auditEntitySchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc. Hãy chọn lại khoảng ngày.',
  })
  .optional();
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** How many records one answer carries at most (the screen pages them). */
export const auditListLimit = 5_000;

/** The audit part of a commune's bundle: the period's records (absent from older bundles). */
export const bundleAuditEntrySchema = z.strictObject({
  id: z.number().int().positive(),
  at: z.string().max(40),
  operation: z.string().max(60),
  entity: z.string().max(40),
  entityId: z.string().max(100).nullable(),
  summary: z.string().max(2_000),
  appVersion: z.string().max(40),
});
export const bundleAuditPartSchema = z.array(bundleAuditEntrySchema).max(100_000);
