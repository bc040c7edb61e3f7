/** Everything the screens read from the backend, with one key per kind of data. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

export const keys = {
  info: ['info'] as const,
  profile: ['profile'] as const,
  settings: ['settings'] as const,
  villages: ['villages'] as const,
  provinces: ['provinces'] as const,
  communes: (provinceCode: string) => ['communes', provinceCode] as const,
};

export const useProfile = () => useQuery({ queryKey: keys.profile, queryFn: () => api.getProfile() });
export const useInfo = () => useQuery({ queryKey: keys.info, queryFn: () => api.getInfo() });
export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => api.getSettings() });
export const useVillages = () => useQuery({ queryKey: keys.villages, queryFn: () => api.listVillages() });

/** The unit lists do not change while the application runs. */
export const useProvinces = () =>
  useQuery({ queryKey: keys.provinces, queryFn: () => api.listProvinces(), staleTime: Infinity });

export const useCommunes = (provinceCode: string | undefined) =>
  useQuery({
    queryKey: keys.communes(provinceCode ?? ''),
    queryFn: () => api.listCommunes({ provinceCode: provinceCode ?? '' }),
    enabled: provinceCode !== undefined && /^\d{2}$/u.test(provinceCode),
    staleTime: Infinity,
  });
