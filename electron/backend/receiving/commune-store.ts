/**
 * Where a commune's received data lives: `<dataDir>/received/<communeCode>.sqlite3`, created and
 * upgraded by the project's own openDatabase and migrations, so its schema is a commune
 * database's and the services, summaries and figures work on it unchanged. One file per commune:
 * nothing of one commune can reach another's rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase, type OpenOptions } from '../db/database';

export const RECEIVED_DIR = 'received';

/** The received-data file of a commune, beside the receiving unit's own database. */
export function communeStorePath(databasePath: string, communeCode: string): string {
  if (!/^\d{5}$/u.test(communeCode)) throw new Error(`Not a commune code: ${communeCode}`);
  return path.join(path.dirname(databasePath), RECEIVED_DIR, `${communeCode}.sqlite3`);
}

/** Opens (creating when needed) a commune's received-data file. */
export function openCommuneStore(
  databasePath: string,
  communeCode: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'busyTimeoutMs'> = {},
): Promise<OpenedDatabase> {
  return openDatabase(communeStorePath(databasePath, communeCode), options);
}

/** Opens a commune's file only when it exists (a dry run creates nothing): null otherwise. */
export async function openExistingCommuneStore(
  databasePath: string,
  communeCode: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'busyTimeoutMs'> = {},
): Promise<OpenedDatabase | null> {
  const file = communeStorePath(databasePath, communeCode);
  if (!fs.existsSync(file)) return null;
  return openDatabase(file, options);
}

/** The codes of the communes that have a received-data file. */
export function storedCommuneCodes(databasePath: string): string[] {
  const dir = path.join(path.dirname(databasePath), RECEIVED_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => /^(\d{5})\.sqlite3$/u.exec(name)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();
}
