/**
 * The audit log (issue 11): one row per write made through the contract, appended in the same
 * transaction as the write. Append-only: triggers refuse any update or delete, whoever asks.
 */
import { sql, type Kysely } from 'kysely';

export async function createAuditLog(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_log (
      id integer primary key autoincrement,
      at text not null,
      operation text not null,
      entity text not null,
      entity_id text,
      summary text not null,
      app_version text not null
    ) strict`.execute(db);
  await sql`create index audit_log_at on audit_log (at)`.execute(db);
  await sql`
    create trigger audit_log_no_update before update on audit_log
    begin
      select raise(abort, 'Nhật ký thao tác chỉ được ghi thêm: không thể sửa một dòng đã ghi.');
    end`.execute(db);
  await sql`
    create trigger audit_log_no_delete before delete on audit_log
    begin
      select raise(abort, 'Nhật ký thao tác chỉ được ghi thêm: không thể xóa một dòng đã ghi.');
    end`.execute(db);
}
