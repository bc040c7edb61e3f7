/**
 * A long job on a screen: `run` calls the operation as a job and keeps its latest progress for
 * <JobProgressModal>; `cancel` asks the backend to stop it (nothing is then written).
 */
import { useCallback, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/contract/jobs';
import type { InputOf, OperationName, OutputOf } from '../../../../shared/contract/operations';
import { api } from '../../api';
import { newJobId, runJob } from './run-job';

export interface JobState {
  operation: OperationName;
  progress: JobProgress | null;
  /** "Hủy" was pressed; the backend stops at its next batch. */
  cancelling: boolean;
}

export interface UseJob {
  /** The job running now, or null. */
  state: JobState | null;
  run<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>>;
  cancel(): void;
}

export function useJob(): UseJob {
  const [state, setState] = useState<JobState | null>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(async <K extends OperationName>(name: K, input: InputOf<K>) => {
    const jobId = newJobId();
    current.current = jobId;
    setState({ operation: name, progress: null, cancelling: false });
    try {
      return await runJob(name, input, jobId, (progress) =>
        setState((now) => (now === null || current.current !== jobId ? now : { ...now, progress })),
      );
    } finally {
      if (current.current === jobId) {
        current.current = null;
        setState(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId === null) return;
    setState((now) => (now === null ? now : { ...now, cancelling: true }));
    void api.cancelJob({ jobId }).catch(() => undefined);
  }, []);

  return { state, run, cancel };
}
