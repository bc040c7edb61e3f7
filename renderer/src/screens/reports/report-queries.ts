/**
 * What the Báo cáo screen reads: a period's figures (under `monthly`, so any activity, training
 * or target written refreshes them), last period's sections, and the reports of the register
 * (under the register's key, so issuing, a scan or cancelling in the document view lists again).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { monthlyKeys } from '../../app/monthly-queries';
import { documentKeys } from '../documents/document-queries';

export const reportKeys = {
  data: (period: string) => [...monthlyKeys.all, 'report-data', period] as const,
  list: [...documentKeys.register, 'reports'] as const,
  lastTexts: (period: string) => [...documentKeys.register, 'report-last-texts', period] as const,
};

export function useReportData(period: string) {
  return useQuery({
    queryKey: reportKeys.data(period),
    queryFn: () => api.getReportData({ period }),
    placeholderData: keepPreviousData,
  });
}

export function useLastReportTexts(period: string) {
  return useQuery({
    queryKey: reportKeys.lastTexts(period),
    queryFn: () => api.lastReportTexts({ period }),
    // They prefill a form once: read again only when a report changed (the register's key), never
    // under the officer's typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useReports() {
  return useQuery({ queryKey: reportKeys.list, queryFn: () => api.listReports() });
}
