/** What the receiving unit's screens read from the backend, with one key per kind of data. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export const receivingKeys = {
  profile: ['receiving-profile'] as const,
  communes: ['received-communes'] as const,
  completeness: (year: number) => ['completeness', year] as const,
  aggregate: (period: string) => ['aggregate', period] as const,
  watchScan: ['watch-folder-scan'] as const,
};

export const useReceivingProfile = () =>
  useQuery({ queryKey: receivingKeys.profile, queryFn: () => api.getReceivingProfile() });

export const useReceivedCommunes = () =>
  useQuery({ queryKey: receivingKeys.communes, queryFn: () => api.listReceivedCommunes() });

export const useCompleteness = (year: number) =>
  useQuery({ queryKey: receivingKeys.completeness(year), queryFn: () => api.getCompleteness({ year }) });

export const useAggregateData = (period: string) =>
  useQuery({ queryKey: receivingKeys.aggregate(period), queryFn: () => api.getAggregateData({ period }) });

/** The watched folder's scan: run when the receiving screen opens, again on "Quét lại". */
export const useWatchScan = () =>
  useQuery({ queryKey: receivingKeys.watchScan, queryFn: () => api.scanWatchFolder() });
