/** Test helpers: damage a database file as a failing disk or a bad copy would. */
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Overwrites the root page of one table with garbage. The header, the schema and the ledger stay
 * intact, so the file still opens as before; only reading that table fails ("malformed").
 */
export function corruptTable(file: string, table: string): void {
  const reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const pageSize = Number(reader.pragma('page_size', { simple: true }));
  const row = reader
    .prepare("select rootpage from sqlite_master where type = 'table' and name = ?")
    .get(table) as { rootpage: number } | undefined;
  reader.close();
  if (row === undefined) throw new Error(`no table ${table} in ${file}`);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (row.rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
