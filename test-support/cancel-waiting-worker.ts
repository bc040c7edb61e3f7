/**
 * The backend's worker for the cancel tests: the real serveBackend, except that on the first
 * progress of a job with some work counted (done > 0; the last step is always sent) the thread blocks (Atomics.wait, as synchronous SQLite work would hold it)
 * until the job's cancel flag is set. The test then knows the cancel reached the worker while it
 * was in the middle of the job, whatever the machine's speed.
 */
import { serveBackend } from '../electron/backend/worker/serve';

let waited = false;
void serveBackend({
  afterProgress: (progress, cancelFlag) => {
    if (waited || cancelFlag === undefined || progress.done === 0) return;
    waited = true;
    Atomics.wait(cancelFlag, 0, 0);
  },
});
