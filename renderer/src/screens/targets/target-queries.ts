/** The targets of a year as the screens read them. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';

export function useTargets(year: number) {
  return useQuery({ queryKey: monthlyKeys.targets(year), queryFn: () => api.listTargets({ year }) });
}
