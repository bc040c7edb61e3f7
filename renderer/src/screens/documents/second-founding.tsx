/**
 * The backend refuses founding a team that already has a founding decision in force
 * (`details.founded`); the officer may still record a second one knowingly, after this question.
 */
import type { useAppProps } from 'antd/es/app/context';
import type { FoundedTeam } from '../../../../shared/contract/types';

/** The teams of such a refusal, recognised by shape (errors cross the bridge as plain objects). */
export function foundedTeamsOf(error: unknown): FoundedTeam[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const details = (error as { details?: unknown }).details;
  if (typeof details !== 'object' || details === null) return null;
  const founded = (details as { founded?: unknown }).founded;
  if (!Array.isArray(founded) || founded.length === 0) return null;
  const teams = founded.filter(
    (f): f is FoundedTeam =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as Record<string, unknown>).teamId === 'string' &&
      typeof (f as Record<string, unknown>).numberText === 'string',
  );
  return teams.length === founded.length ? teams : null;
}

/** Asks whether to record a second founding decision anyway; resolves true only on "Vẫn ghi". */
export function confirmSecondFounding(modal: useAppProps['modal'], message: string): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: 'Tổ đã có quyết định thành lập',
      content: <div className="second-founding">{message}</div>,
      okText: 'Vẫn ghi thêm quyết định thành lập',
      cancelText: 'Không ghi',
      okButtonProps: { danger: true },
      width: 560,
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
