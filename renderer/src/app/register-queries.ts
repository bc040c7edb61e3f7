/**
 * The register (people, teams, memberships) as the screens read it. Every change anywhere may
 * change a team's warnings, a person's memberships or a search result, so one call refreshes
 * all of it after each change.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api';
import { keys } from './queries';

export const registerKeys = {
  people: ['people'] as const,
  peopleList: (search: string, includeArchived: boolean) =>
    ['people', 'list', { search, includeArchived }] as const,
  person: (id: string) => ['person', id] as const,
  duplicates: ['duplicates'] as const,
  teams: ['teams'] as const,
  team: (id: string, date: string) => ['team', id, date] as const,
  search: (query: string) => ['search', query] as const,
};

/** The people list as a query (also for waiting on it from an event handler). */
export function peopleQuery(search: string, includeArchived = false) {
  return {
    queryKey: registerKeys.peopleList(search, includeArchived),
    queryFn: () => api.listPeople({ search, includeArchived }),
  };
}

/** People in Vietnamese order (the backend sorts), filtered without diacritics. */
export function usePeople(search: string, includeArchived = false) {
  return useQuery({ ...peopleQuery(search, includeArchived), placeholderData: keepPreviousData });
}

export function usePerson(id: string | null) {
  return useQuery({
    queryKey: registerKeys.person(id ?? ''),
    queryFn: () => api.getPerson({ id: id ?? '' }),
    enabled: id !== null,
  });
}

/** Every team, dissolved ones too, commune team first. */
export function useTeams() {
  return useQuery({
    queryKey: registerKeys.teams,
    queryFn: () => api.listTeams({ includeDissolved: true }),
  });
}

/** One team with its members on `date` (ISO), its history and its warnings. */
export function useTeam(id: string | null, date: string) {
  return useQuery({
    queryKey: registerKeys.team(id ?? '', date),
    queryFn: () => api.getTeam({ id: id ?? '', date }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSearch(query: string) {
  return useQuery({
    queryKey: registerKeys.search(query),
    queryFn: () => api.search({ query }),
    enabled: query.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

/** Refreshes everything the register's screens show (and the counts of the overview). */
export function useRefreshRegister(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(
      [
        registerKeys.people,
        ['person'],
        registerKeys.duplicates,
        registerKeys.teams,
        ['team'],
        ['search'],
        keys.info,
        keys.villages,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  }, [queryClient]);
}
