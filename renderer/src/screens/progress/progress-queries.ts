/** What the progress tab and the overview's dashboard card read: progress and key figures of a period. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';

/** Under `monthly`, so any monthly write refreshes the figures too. */
const figuresKey = (period: string) => [...monthlyKeys.all, 'period-figures', period] as const;

export function useProgress(period: string | null) {
  return useQuery({
    queryKey: monthlyKeys.progress(period ?? ''),
    queryFn: () => api.getProgress({ period: period ?? '' }),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}

export function usePeriodFigures(period: string | null) {
  return useQuery({
    queryKey: figuresKey(period ?? ''),
    queryFn: () => api.getPeriodFigures({ period: period ?? '' }),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
