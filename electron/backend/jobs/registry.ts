/**
 * The cancel flags of the jobs running now, by job id: where the call enters the backend (the
 * in-process backend, or the parent side of the worker), so that `cancelJob` reaches a job even
 * while the thread running it is busy.
 */
import { AppError } from '../../../shared/contract/errors';
import { newCancelFlag, setCancelled } from './job';

export class JobRegistry {
  private readonly flags = new Map<string, Int32Array>();

  /** Registers a job starting now; its id must not be one of a job still running. */
  open(jobId: string, flag: Int32Array = newCancelFlag()): Int32Array {
    if (this.flags.has(jobId)) {
      throw new AppError(
        'conflict',
        'Việc này đang chạy rồi (trùng mã việc). Hãy đợi việc đang chạy xong rồi thử lại.',
      );
    }
    this.flags.set(jobId, flag);
    return flag;
  }

  close(jobId: string): void {
    this.flags.delete(jobId);
  }

  /** Asks the job to stop; false when no job of that id is running. */
  cancel(jobId: string): boolean {
    const flag = this.flags.get(jobId);
    if (flag === undefined) return false;
    setCancelled(flag);
    return true;
  }
}
