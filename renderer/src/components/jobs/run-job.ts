/**
 * Calls a long operation as a job: a job id of its own, its progress from `window.jobEvents`
 * (the preload's IPC events, or the web bridge's Server-Sent Events), and `cancelJob` to stop
 * it. Without the raw transport (an old preload) the call still runs, only without progress.
 */
import { readEnvelope, unwrap } from '../../../../shared/contract/client';
import type { JobProgress } from '../../../../shared/contract/jobs';
import type { InputOf, OperationName, OutputOf } from '../../../../shared/contract/operations';
import { api } from '../../api';

export async function runJob<K extends OperationName>(
  name: K,
  input: InputOf<K>,
  jobId: string,
  onProgress: (progress: JobProgress) => void,
): Promise<OutputOf<K>> {
  const { apiTransport: transport, jobEvents } = window as Partial<
    Pick<Window, 'apiTransport' | 'jobEvents'>
  >;
  if (transport === undefined) {
    return (api[name] as (i: unknown) => Promise<OutputOf<K>>)(input);
  }
  const stop = jobEvents?.subscribe((progress) => {
    if (progress.jobId === jobId) onProgress(progress);
  });
  try {
    return unwrap(readEnvelope(await transport(name, input, { jobId }))) as OutputOf<K>;
  } finally {
    stop?.();
  }
}

export function newJobId(): string {
  return crypto.randomUUID();
}
