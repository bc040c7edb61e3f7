import { AppError, isErrorPayload, type Envelope } from './errors';
import { operationNames, type InputOf, type OperationName, type OutputOf } from './operations';

type Method<K extends OperationName> =
  undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<OutputOf<K>>
    : (input: InputOf<K>) => Promise<OutputOf<K>>;

/** The typed client: one method per operation of the contract. */
export type Api = { [K in OperationName]: Method<K> };

/** Sends one call and returns the envelope the other side answered; `jobId` makes it a job. */
export type Transport = (
  name: OperationName,
  input: unknown,
  call?: { jobId?: string },
) => Promise<Envelope<unknown>>;

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw AppError.fromPayload(envelope.error);
}

/** Reads an envelope received from elsewhere, refusing anything that is not one. */
export function readEnvelope(value: unknown): Envelope<unknown> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const v = value as { ok: unknown; value?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, value: v.value };
    if (v.ok === false && isErrorPayload(v.error)) return { ok: false, error: v.error };
  }
  return {
    ok: false,
    error: { code: 'internal', message: 'Phản hồi không hợp lệ từ phần xử lý. Hãy khởi động lại ứng dụng.' },
  };
}

export function createClient(transport: Transport): Api {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of operationNames) {
    api[name] = async (input?: unknown) => unwrap(readEnvelope(await transport(name, input)));
  }
  return api as unknown as Api;
}
