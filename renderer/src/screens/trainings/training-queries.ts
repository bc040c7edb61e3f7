/** Trainings as the screens read them: the list, and those of one person or of a team's members. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';

export interface TrainingFilter {
  from?: string;
  to?: string;
  personId?: string;
}

/** Trainings, newest first (all of them, or those a person attended). */
export function useTrainings(filter: TrainingFilter = {}, enabled = true) {
  return useQuery({
    queryKey: monthlyKeys.trainings(filter),
    queryFn: () => api.listTrainings(filter),
    enabled,
  });
}
