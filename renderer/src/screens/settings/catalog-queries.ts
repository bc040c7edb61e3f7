/** The catalog of platforms and indicators as the screens read it (Settings, targets, trainings). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';

/** Platforms and indicators in catalog order; `includeRetired` also lists the retired ones. */
export function useCatalog(includeRetired: boolean) {
  return useQuery({
    queryKey: monthlyKeys.catalog(includeRetired),
    queryFn: () => api.listCatalog({ includeRetired }),
  });
}
