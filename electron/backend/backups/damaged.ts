/**
 * A damaged database at start: never written to, never overwritten. It is moved aside with its
 * name and the time (`to-cnscd.sqlite3.hong-2026-12-01T0830`, its `-wal` and `-shm` with it), and
 * the backend answers only what the officer needs to choose: restore the newest copy, or quit.
 */
import fs from 'node:fs';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import { operationNames, type OperationName } from '../../../shared/contract/operations';
import type { Database } from '../db/schema';
import type { Handlers } from '../handlers';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The name the damaged file is moved to; never one that is already there. */
export function damagedName(file: string, now: Date): string {
  const stamp =
    `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}` +
    `T${two(now.getHours())}${two(now.getMinutes())}`;
  let candidate = `${file}.hong-${stamp}`;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${file}.hong-${stamp}-${n}`;
  return candidate;
}

/** Moves the damaged file (and its journal files, which belong to it) aside; returns where. */
export function moveAside(file: string, now: Date = new Date()): string {
  const target = damagedName(file, now);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${target}${suffix}`);
  }
  fs.renameSync(file, target);
  return target;
}

export function damagedError(): AppError {
  return new AppError(
    'db_corrupt',
    'Tệp dữ liệu bị hỏng nên đã được chuyển sang một bên (không bị ghi đè). ' +
      'Hãy khôi phục bản sao lưu gần nhất trên màn hình khởi động, hoặc thoát và báo cho người hỗ trợ.',
  );
}

/** A Kysely that refuses every query: the context's database while none is open. */
export function closedDatabase(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new SqliteDialect({
      database: async () => {
        throw damagedError();
      },
    }),
  });
}

/** The operations that still answer while the database is damaged. */
export const answeredWhileDamaged: readonly OperationName[] = [
  'getStartupState',
  'resolveDamagedStart',
  'listBackups',
  // Cancelling touches no data: it is answered whatever the state of the database.
  'cancelJob',
];

/** The handler table with every other operation refused with the damaged message. */
export function damagedHandlers(handlers: Handlers): Handlers {
  const refused = { ...handlers } as Record<OperationName, unknown>;
  for (const name of operationNames) {
    if (answeredWhileDamaged.includes(name)) continue;
    refused[name] = () => Promise.reject(damagedError());
  }
  return refused as Handlers;
}
