/**
 * The query keys of the monthly work (catalog, activities, trainings, targets, progress). Every
 * key starts with `monthly`, so one write refreshes every figure that may depend on it: an
 * activity changes the list, the progress, the dashboard and the trainings count at once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export const monthlyKeys = {
  all: ['monthly'] as const,
  catalog: (includeRetired: boolean) => ['monthly', 'catalog', includeRetired] as const,
  activities: (query: unknown) => ['monthly', 'activities', query] as const,
  activity: (id: string) => ['monthly', 'activity', id] as const,
  trainings: (query: unknown) => ['monthly', 'trainings', query] as const,
  targets: (year: number) => ['monthly', 'targets', year] as const,
  progress: (period: string) => ['monthly', 'progress', period] as const,
};

/** After any monthly write: refetch everything under `monthly`. */
export function useRefreshMonthly(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: monthlyKeys.all }), [client]);
}
