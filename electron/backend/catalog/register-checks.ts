/**
 * The existence checks the monthly work shares (activities, trainings, targets, the catalog):
 * one query and one message each. Messages say what to do in words, never a command or a flag:
 * the window shows them too (the CLI adds its own hint where it has one).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { Database } from '../db/schema';

export const missingTeam = 'Không có Tổ này (có thể đã bị xóa). Hãy chọn lại Tổ trong danh sách Tổ.';

export function missingIndicator(code: string): string {
  return `Không có chỉ tiêu mã "${code}" trong danh mục. Hãy xem lại mã trong danh mục chỉ tiêu.`;
}

export function missingPlatform(code: string): string {
  return `Không có nền tảng mã "${code}" trong danh mục. Hãy xem lại mã trong danh mục nền tảng số.`;
}

export function missingPerson(code: string): string {
  return `Không có người mã "${code}" trong danh sách người (có thể đã bị xóa). Hãy chọn lại người.`;
}

/** Refuses a team that does not exist or was deleted. */
export async function requireTeam(db: Kysely<Database>, teamId: string, position = ''): Promise<void> {
  const row = await db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', teamId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', `${position}${missingTeam}`);
}

/**
 * Refuses an unknown indicator and, when `use` says what is being recorded ("giao chỉ tiêu
 * mới"), a retired one; returns its name.
 */
export async function requireIndicator(
  db: Kysely<Database>,
  code: string,
  use: string | null = null,
): Promise<string> {
  const row = await db
    .selectFrom('indicators')
    .select(['name', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', missingIndicator(code));
  if (use !== null && row.active !== 1) {
    throw new AppError('conflict', `Chỉ tiêu "${row.name}" đã ngừng sử dụng: không ${use} cho chỉ tiêu này.`);
  }
  return row.name;
}
