/**
 * The seed's composition rules for the team as it is on the day shown, each warning quoting the
 * rule; they come from the backend after every change. They remind, they never block.
 */
import { Alert } from 'antd';
import type { RuleWarning } from '../../../../shared/rules/composition';

interface Props {
  warnings: readonly RuleWarning[];
  /** "" for today, else " ngày 05/02/2026". */
  dayNote: string;
  dissolved: boolean;
}

export function TeamWarnings({ warnings, dayNote, dissolved }: Props) {
  if (dissolved) return null;
  if (warnings.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="team-warnings"
        title={`Thành phần Tổ${dayNote} đúng hướng dẫn thành lập Tổ công nghệ số cộng đồng.`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="team-warnings"
      title={`Thành phần Tổ${dayNote} chưa đúng hướng dẫn (${warnings.length} điểm)`}
      description={
        <>
          <ul className="warning-list">
            {warnings.map((w) => (
              <li key={w.ruleId} data-rule-id={w.ruleId}>
                {w.message}
              </li>
            ))}
          </ul>
          <div className="warning-note">Chỉ là nhắc nhở theo hướng dẫn, không bắt buộc.</div>
        </>
      }
    />
  );
}
