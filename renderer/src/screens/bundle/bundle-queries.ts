/** What the commune side of the monthly bundle reads: the key, the handoff settings, the exports. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export const bundleKeys = {
  key: ['bundle', 'key'] as const,
  settings: ['bundle', 'settings'] as const,
  exports: ['bundle', 'exports'] as const,
  host: ['bundle', 'host'] as const,
};

export const useCommuneKey = () => useQuery({ queryKey: bundleKeys.key, queryFn: () => api.getCommuneKey() });

export const useBundleSettings = () =>
  useQuery({ queryKey: bundleKeys.settings, queryFn: () => api.getBundleSettings() });

export const useBundleExports = () =>
  useQuery({ queryKey: bundleKeys.exports, queryFn: () => api.listBundleExports() });

/** Whether saving asks where (the desktop) or downloads (the web preview). */
export const useBundleHost = () =>
  useQuery({ queryKey: bundleKeys.host, queryFn: () => api.getHostCapabilities(), staleTime: 30_000 });
