/**
 * The operation `getReportData`: the figures of a period for this database's commune. The scope
 * (the commune's name and code, every team of the database) is built here from the profile; the
 * figures module itself never reads it.
 */
import type { Kysely } from 'kysely';
import type { ReportFigures } from '../../../shared/contract/report-types';
import type { Period } from '../../../shared/domain/periods';
import { todayIso } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { requireProfile } from '../profile/profile-service';
import { computeReportFigures } from './figures';
import type { ReportScope } from './scope';

/** This database's commune: its name and code, and all its teams. */
export async function communeScope(db: Kysely<Database>): Promise<ReportScope> {
  const profile = await requireProfile(db);
  return { info: { name: profile.communeName, communeCodes: [profile.communeCode] }, teamIds: null };
}

export async function getReportData(
  db: Kysely<Database>,
  period: Period,
  today: string = todayIso(),
): Promise<ReportFigures> {
  return computeReportFigures(db, await communeScope(db), period, today);
}
