/**
 * What the documents screen reads: the register of a year, one document, its file (the exact
 * bytes Save writes, keyed by the document's last change so a change renders it again).
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DocumentDetail, FileDownload } from '../../../../shared/contract/types';
import { api } from '../../api';
import { useRefreshRegister } from '../../app/register-queries';

export interface RegisterQuery {
  year: number;
  kind: string | null;
  includeDrafts: boolean;
}

export type FileFormat = 'docx' | 'pdf';

export const documentKeys = {
  register: ['outgoing-register'] as const,
  registerList: (q: RegisterQuery) => ['outgoing-register', q] as const,
  document: (id: string) => ['document', id] as const,
  file: (id: string, format: FileFormat, version: string) => ['document-file', id, format, version] as const,
  pdf: ['pdf-availability'] as const,
  host: ['host-capabilities'] as const,
};

export function registerInput(q: RegisterQuery) {
  return { year: q.year, includeDrafts: q.includeDrafts, ...(q.kind === null ? {} : { kind: q.kind }) };
}

export function useOutgoingRegister(q: RegisterQuery) {
  return useQuery({
    queryKey: documentKeys.registerList(q),
    queryFn: () => api.listRegister(registerInput(q)),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string | null) {
  return useQuery({
    queryKey: documentKeys.document(id ?? ''),
    queryFn: () => api.getDocument({ id: id ?? '' }),
    enabled: id !== null,
  });
}

/** The document's file as it is now; `version` (its updatedAt) changes after every change. */
export function fileQuery(id: string, format: FileFormat, version: string) {
  return {
    queryKey: documentKeys.file(id, format, version),
    queryFn: (): Promise<FileDownload> => api.renderDocument({ id, format }),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  };
}

export function useDocumentFile(doc: Pick<DocumentDetail, 'id' | 'updatedAt'> | null, enabled: boolean) {
  return useQuery({
    ...fileQuery(doc?.id ?? '', 'docx', doc?.updatedAt ?? ''),
    enabled: enabled && doc !== null,
    // The previous rendering stays on screen while the changed document is made again.
    placeholderData: keepPreviousData,
  });
}

export function usePdfAvailability() {
  return useQuery({
    queryKey: documentKeys.pdf,
    queryFn: () => api.getPdfAvailability(),
    staleTime: Infinity,
  });
}

/** Whether "Lưu…" asks where (desktop) and whether a printer is there; asked again on focus. */
export function useHostCapabilities() {
  return useQuery({
    queryKey: documentKeys.host,
    queryFn: () => api.getHostCapabilities(),
    staleTime: 30_000,
  });
}

/**
 * After a change of a document: its own answer is stored at once, the register is read again,
 * and so are the teams (issuing links the members to the decision).
 */
export function useDocumentChanged(): (doc: DocumentDetail) => Promise<void> {
  const queryClient = useQueryClient();
  const refreshTeams = useRefreshRegister();
  return useCallback(
    async (doc: DocumentDetail) => {
      queryClient.setQueryData(documentKeys.document(doc.id), doc);
      await Promise.all([queryClient.invalidateQueries({ queryKey: documentKeys.register }), refreshTeams()]);
    },
    [queryClient, refreshTeams],
  );
}
