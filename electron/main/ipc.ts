/**
 * Registers every contract operation on ipcMain.handle. The input is validated by the
 * operation's schema inside `dispatch` (the same path HTTP and the CLI take), and the sender
 * must be our own window's main frame.
 */
import { AppError, type Envelope } from '../../shared/contract/errors';
import { jobIdSchema } from '../../shared/contract/jobs';
import { channelOf, operationNames } from '../../shared/contract/operations';
import type { Dispatch } from '../backend/dispatch';

/** The part of an IpcMainInvokeEvent we look at (so tests can pass a plain object). */
export interface InvokeEventLike {
  senderFrame: { url: string; parent?: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (event: InvokeEventLike) => boolean;

/** `scheme://host[:port]` of a URL, or null when it cannot be parsed or has no host. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Node's URL gives "null" as the origin of non-special schemes such as app://, so the
    // origin is rebuilt from its parts.
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Accepts only top-level frames whose origin is exactly one of the application's own origins
 * (e.g. `app://bundle`, or the dev server's `http://localhost:5173`). An exact comparison, not a
 * prefix: `http://localhost:5173` must not also admit `http://localhost:51730`.
 */
export function senderCheckFor(allowedOrigins: readonly string[]): SenderCheck {
  const allowed = new Set(allowedOrigins.map((o) => originOf(o)).filter((o): o is string => o !== null));
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null || typeof frame.url !== 'string') return false;
    // Sub-frames never talk to the backend: the application has none of its own.
    if (frame.parent !== undefined && frame.parent !== null) return false;
    const origin = originOf(frame.url);
    return origin !== null && allowed.has(origin);
  };
}

export function registerOperations(ipcMain: IpcMainLike, dispatch: Dispatch, isTrusted: SenderCheck): void {
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), async (event, input, jobId): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: new AppError(
            'forbidden',
            'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.',
          ).toPayload(),
        };
      }
      if (jobId === undefined) return dispatch(name, input);
      // A long job the page watches: its id is checked like any input from the page.
      const checked = jobIdSchema.safeParse(jobId);
      if (!checked.success) {
        return {
          ok: false,
          error: new AppError('validation', 'Mã việc đang chạy không hợp lệ.').toPayload(),
        };
      }
      return dispatch(name, input, { jobId: checked.data });
    });
  }
}
