/**
 * The key figures of a period for the dashboard: how many activities the teams held, the people
 * and households they reached, the trainings held and how many different people attended them.
 * Counted by the periodic report's own functions (report/figures-*.ts) over every team of the
 * database, so the dashboard and the report never disagree.
 */
import type { Kysely } from 'kysely';
import type { PeriodFigures } from '../../../shared/contract/monthly-types';
import type { Period } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import { activityFigures } from '../report/figures-activities';
import { loadScopeTeams } from '../report/figures-teams';
import { trainingFigures } from '../report/figures-trainings';
import { periodInfo } from '../report/report-period';
import { getPeriodConvention } from '../settings/settings-service';

export async function getPeriodFigures(db: Kysely<Database>, period: Period): Promise<PeriodFigures> {
  const convention = await getPeriodConvention(db);
  const info = periodInfo(period, convention);
  const range = { from: info.from, to: info.to };
  const [activities, teams] = await Promise.all([activityFigures(db, null, range), loadScopeTeams(db, null)]);
  const trainings = await trainingFigures(db, null, range, teams.memberships);
  return {
    period: info,
    activities: activities.activities,
    peopleReached: activities.people,
    householdsReached: activities.households,
    trainings: trainings.sessions,
    peopleTrained: trainings.people,
  };
}
