/** "Có thể trùng với: …", each with a button that opens (or picks) the other record. */
import { Alert, Button } from 'antd';
import type { DuplicateHint } from '../../../../shared/contract/types';
import { describeHint, hintReason } from './person-text';

interface Props {
  hints: readonly DuplicateHint[];
  /** What the button does with the other record ("Xem hồ sơ", "Chọn người này"). */
  actionLabel: string;
  onAction: (hint: DuplicateHint) => void;
  /** Under the list: what the user should do. */
  advice?: string;
}

export function DuplicateAlert({ hints, actionLabel, onAction, advice }: Props) {
  const single = hints.length === 1 ? hints[0] : undefined;
  if (hints.length === 0) return null;
  const action = (hint: DuplicateHint) => (
    <Button
      type="link"
      size="small"
      className="duplicate-action"
      // A side road: Tab goes on to the next field, so typing never lands on (and opens) it.
      tabIndex={-1}
      aria-label={`${actionLabel}: ${hint.fullName}`}
      onClick={() => onAction(hint)}
    >
      {actionLabel}
    </Button>
  );
  return (
    <Alert
      type="warning"
      showIcon
      className="duplicate-alert"
      data-testid="duplicate-alert"
      title={single === undefined ? 'Có thể trùng với:' : `Có thể trùng với: ${describeHint(single)}`}
      description={
        <>
          {single === undefined ? (
            <ul className="duplicate-list">
              {hints.map((hint) => (
                <li key={hint.personId}>
                  {describeHint(hint)} <span className="duplicate-reason">— {hintReason(hint)}</span>{' '}
                  {action(hint)}
                </li>
              ))}
            </ul>
          ) : (
            <span className="duplicate-reason">{upperFirst(hintReason(single))}.</span>
          )}{' '}
          {single !== undefined && action(single)}
          {advice !== undefined && <div className="duplicate-advice">{advice}</div>}
        </>
      }
    />
  );
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
