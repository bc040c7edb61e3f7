import { AppError, type Envelope } from '../../shared/contract/errors';
import { isOperationName, operations, type OperationName } from '../../shared/contract/operations';
import { parseInput } from '../../shared/contract/validation';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, rawInput: unknown) => Promise<Envelope<unknown>>;

/** Anything that is not an AppError is a bug: log it, answer a plain Vietnamese message. */
export function toAppError(error: unknown, log: (e: unknown) => void = console.error): AppError {
  if (error instanceof AppError) return error;
  log(error);
  return new AppError(
    'internal',
    'Đã có lỗi không mong muốn trong ứng dụng; dữ liệu không bị thay đổi. ' +
      'Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng và báo cho người hỗ trợ.',
  );
}

/**
 * The one path every call takes: known operation → input validated by its schema → handler →
 * envelope. Used by IPC, by HTTP and by the CLI alike.
 */
export function createDispatch(handlers: Handlers, log?: (e: unknown) => void): Dispatch {
  return async (name, rawInput) => {
    try {
      if (!isOperationName(name)) {
        throw new AppError('unknown_operation', `Thao tác "${name}" không tồn tại. Hãy cập nhật ứng dụng.`);
      }
      return { ok: true, value: await call(handlers, name, rawInput) };
    } catch (error) {
      return { ok: false, error: toAppError(error, log).toPayload() };
    }
  };
}

async function call<K extends OperationName>(handlers: Handlers, name: K, rawInput: unknown) {
  const input = parseInput(operations[name].input, rawInput);
  const handler = handlers[name] as (input: unknown) => Promise<unknown>;
  return handler(input);
}
