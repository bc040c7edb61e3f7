/**
 * The key figures of a period for the dashboard: how many activities the teams held, the people
 * and households they reached, the trainings held and how many different people attended them.
 * Kept apart from getProgress, which reads only the half-month summary and must stay fast.
 */
import type { Kysely } from 'kysely';
import type { PeriodFigures } from '../../../shared/contract/monthly-types';
import { periodLabel, periodRange, type Period } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import { getPeriodConvention } from '../settings/settings-service';

export async function getPeriodFigures(db: Kysely<Database>, period: Period): Promise<PeriodFigures> {
  const convention = await getPeriodConvention(db);
  const range = periodRange(period, convention);
  const [activities, trainings, trained] = await Promise.all([
    db
      .selectFrom('activities')
      .select((eb) => [
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number | null>('people_reached').as('people'),
        eb.fn.sum<number | null>('households_reached').as('households'),
      ])
      .where('deleted_at', 'is', null)
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('trainings')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('deleted_at', 'is', null)
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('training_attendees')
      .innerJoin('trainings', 'trainings.id', 'training_attendees.training_id')
      .select((eb) => eb.fn.count<number>('training_attendees.person_id').distinct().as('count'))
      .where('trainings.deleted_at', 'is', null)
      .where('trainings.date', '>=', range.from)
      .where('trainings.date', '<=', range.to)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    period: { code: period.code, kind: period.kind, label: periodLabel(period), ...range, convention },
    activities: Number(activities.count),
    peopleReached: Number(activities.people ?? 0),
    householdsReached: Number(activities.households ?? 0),
    trainings: Number(trainings.count),
    peopleTrained: Number(trained.count),
  };
}
