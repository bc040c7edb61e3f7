/**
 * Errors arrive from `window.api` as AppError-like objects (code, Vietnamese message,
 * details.fields). Across Electron's context bridge or a second copy of the contract code
 * they may be plain objects, so they are recognised by shape, never by `instanceof`.
 */
import type { ErrorCode, FieldProblem } from '../../../shared/contract/errors';

export interface ShownError {
  code: ErrorCode | 'unknown';
  message: string;
  fields: FieldProblem[];
}

const fallbackMessage =
  'Đã có lỗi không mong muốn; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy khởi động lại ứng dụng.';

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.message === 'string';
}

export function toShownError(error: unknown): ShownError {
  if (typeof error !== 'object' || error === null) {
    return { code: 'unknown', message: fallbackMessage, fields: [] };
  }
  const e = error as { code?: unknown; message?: unknown; details?: unknown };
  const message = typeof e.message === 'string' && e.message.trim() !== '' ? e.message : fallbackMessage;
  const code = typeof e.code === 'string' ? (e.code as ErrorCode) : 'unknown';
  const details =
    typeof e.details === 'object' && e.details !== null ? (e.details as { fields?: unknown }) : {};
  const fields = Array.isArray(details.fields) ? details.fields.filter(isFieldProblem) : [];
  return { code, message, fields };
}
