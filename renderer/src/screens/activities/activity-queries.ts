/** What the activity log reads: the filtered list (kept on screen while a new filter loads) and the catalog. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';
import type { ActivityFilters } from './activity-filters';

export function useActivities(filters: ActivityFilters) {
  return useQuery({
    queryKey: monthlyKeys.activities(filters),
    queryFn: () => api.listActivities(filters),
    placeholderData: keepPreviousData,
  });
}

/** The platforms and indicators, retired ones too (old activities still name them). */
export function useCatalog() {
  return useQuery({
    queryKey: monthlyKeys.catalog(true),
    queryFn: () => api.listCatalog({ includeRetired: true }),
  });
}
