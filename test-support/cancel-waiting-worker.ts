/**
 * The backend's worker for the cancel test: the real serveBackend, except that on the first
 * progress of a job the thread blocks (Atomics.wait, as synchronous SQLite work would hold it)
 * until the job's cancel flag is set. The test then knows the cancel reached the worker while it
 * was in the middle of the job, whatever the machine's speed.
 */
import { serveBackend } from '../electron/backend/worker/serve';

let waited = false;
void serveBackend({
  afterProgress: (_progress, cancelFlag) => {
    if (waited || cancelFlag === undefined) return;
    waited = true;
    Atomics.wait(cancelFlag, 0, 0);
  },
});
