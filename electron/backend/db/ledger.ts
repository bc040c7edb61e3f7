/** The migrations ledger (`schema_migrations`) as SQLite holds it: read, never written, here. */
import type BetterSqlite3 from 'better-sqlite3';

export interface LedgerRow {
  version: number;
  name: string;
}

function hasTable(sqlite: BetterSqlite3.Database, name: string): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined
  );
}

/** The applied migrations in order; empty when the file has no ledger (new, or not ours). */
export function readLedger(sqlite: BetterSqlite3.Database): LedgerRow[] {
  if (!hasTable(sqlite, 'schema_migrations')) return [];
  return sqlite.prepare('select version, name from schema_migrations order by version').all() as LedgerRow[];
}

/** The schema version the ledger records (0 for none). */
export function ledgerVersion(ledger: readonly LedgerRow[]): number {
  return ledger.reduce((max, row) => Math.max(max, row.version), 0);
}
