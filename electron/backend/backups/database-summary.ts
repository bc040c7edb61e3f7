/**
 * What a database file holds (commune, counts, last change, schema version), read through a
 * read-only connection after `integrity_check`: the preview before a restore, `backup verify`.
 * A damaged file, another program's database or one of a newer version is refused here.
 */
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseCounts, DatabaseSummary } from '../../../shared/contract/backup-types';
import { foreignDatabaseError, tooNewError } from '../db/inspect';
import { ledgerVersion, readLedger } from '../db/ledger';
import { corruptError, notDatabaseError, sqliteCode } from '../db/sqlite-errors';
import { AppError } from '../../../shared/contract/errors';

/** The records counted, each by a fixed statement (live rows only). */
const countStatements: Record<keyof DatabaseCounts, { table: string; sql: string }> = {
  villages: { table: 'villages', sql: 'select count(*) as n from villages where deleted_at is null' },
  people: { table: 'people', sql: 'select count(*) as n from people where deleted_at is null' },
  teams: { table: 'teams', sql: 'select count(*) as n from teams where deleted_at is null' },
  activities: { table: 'activities', sql: 'select count(*) as n from activities where deleted_at is null' },
  documents: { table: 'documents', sql: 'select count(*) as n from documents where deleted_at is null' },
};

/** Every table with an `updated_at`, by a fixed statement each (older versions lack some). */
const lastChangeStatements: Record<string, string> = {
  commune_profile: 'select max(updated_at) as m from commune_profile',
  villages: 'select max(updated_at) as m from villages',
  people: 'select max(updated_at) as m from people',
  teams: 'select max(updated_at) as m from teams',
  memberships: 'select max(updated_at) as m from memberships',
  documents: 'select max(updated_at) as m from documents',
  platforms: 'select max(updated_at) as m from platforms',
  indicators: 'select max(updated_at) as m from indicators',
  activities: 'select max(updated_at) as m from activities',
  trainings: 'select max(updated_at) as m from trainings',
  targets: 'select max(updated_at) as m from targets',
};

function tablesOf(sqlite: BetterSqlite3.Database): Set<string> {
  const rows = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
    name: string;
  }[];
  return new Set(rows.map((r) => r.name));
}

/** The summary of an open (read-only) connection to one of our databases. */
export function summarize(sqlite: BetterSqlite3.Database, size: number): DatabaseSummary {
  const tables = tablesOf(sqlite);
  const counts = {} as DatabaseCounts;
  for (const [key, statement] of Object.entries(countStatements) as [
    keyof DatabaseCounts,
    { table: string; sql: string },
  ][]) {
    counts[key] = tables.has(statement.table) ? (sqlite.prepare(statement.sql).get() as { n: number }).n : 0;
  }
  let lastChangeAt: string | null = null;
  for (const [table, statement] of Object.entries(lastChangeStatements)) {
    if (!tables.has(table)) continue;
    const m = (sqlite.prepare(statement).get() as { m: string | null }).m;
    if (m !== null && (lastChangeAt === null || m > lastChangeAt)) lastChangeAt = m;
  }
  const profile = tables.has('commune_profile')
    ? (sqlite
        .prepare('select commune_name, commune_code, province_name from commune_profile limit 1')
        .get() as { commune_name: string; commune_code: string; province_name: string } | undefined)
    : undefined;
  return {
    communeName: profile?.commune_name ?? null,
    communeCode: profile?.commune_code ?? null,
    provinceName: profile?.province_name ?? null,
    counts,
    lastChangeAt,
    schemaVersion: ledgerVersion(readLedger(sqlite)),
    size,
  };
}

/**
 * Checks a self-contained copy (no `-wal`) and says what it holds: `integrity_check` ok, one of
 * ours, not newer than `latest`. Throws the AppError that says why it cannot be restored.
 */
export function describeCopy(file: string, latest: number, shownName: string = file): DatabaseSummary {
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw corruptError(shownName, integrity);
    const ledger = readLedger(sqlite);
    if (ledger.length === 0) throw foreignDatabaseError(shownName);
    const version = ledgerVersion(ledger);
    if (version > latest) throw tooNewError(version, latest);
    return summarize(sqlite, fs.statSync(file).size);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (sqliteCode(error) === 'SQLITE_CORRUPT') throw corruptError(shownName, (error as Error).message);
    throw notDatabaseError(shownName, error instanceof Error ? error.message : String(error));
  } finally {
    if (sqlite?.open) sqlite.close();
  }
}
