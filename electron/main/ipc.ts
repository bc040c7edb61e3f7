/**
 * Registers every contract operation on ipcMain.handle. The input is validated by the
 * operation's schema inside `dispatch` (the same path HTTP and the CLI take), and the sender
 * must be our own window's main frame.
 */
import { AppError, type Envelope } from '../../shared/contract/errors';
import { channelOf, operationNames } from '../../shared/contract/operations';
import type { Dispatch } from '../backend/dispatch';

/** The part of an IpcMainInvokeEvent we look at (so tests can pass a plain object). */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (event: InvokeEventLike) => boolean;

/** Accepts only frames whose URL starts with one of the application's own origins. */
export function senderCheckFor(allowedPrefixes: readonly string[]): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url;
    return typeof url === 'string' && allowedPrefixes.some((prefix) => url.startsWith(prefix));
  };
}

export function registerOperations(ipcMain: IpcMainLike, dispatch: Dispatch, isTrusted: SenderCheck): void {
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), async (event, input): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: new AppError(
            'forbidden',
            'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.',
          ).toPayload(),
        };
      }
      return dispatch(name, input);
    });
  }
}
