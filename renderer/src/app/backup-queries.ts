/** What the screens read about backups and how the backend started. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

export const backupKeys = {
  startup: ['startup'] as const,
  backups: ['backups'] as const,
};

export const useStartupState = () =>
  useQuery({ queryKey: backupKeys.startup, queryFn: () => api.getStartupState() });

export const useBackups = () => useQuery({ queryKey: backupKeys.backups, queryFn: () => api.listBackups() });
