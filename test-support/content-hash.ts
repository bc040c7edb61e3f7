/** The content of every table of a SQLite file as one hash: "nothing changed" made checkable. */
import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';

/** Per table, a hash of its rows (order-independent); `schema_migrations` left out. */
export function tableHashes(file: string): Record<string, string> {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      if (name === 'schema_migrations') continue;
      const rows = (sqlite.prepare(`select * from "${name}"`).all() as unknown[]).map((r) =>
        JSON.stringify(r),
      );
      out[name] = crypto.createHash('sha256').update(rows.sort().join('\n')).digest('hex');
    }
    return out;
  } finally {
    sqlite.close();
  }
}

export function contentHash(file: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(tableHashes(file)))
    .digest('hex');
}
