/**
 * The composition reminders of the teams a document concerns, team by team, each quoting the
 * seed's rule. They never block; issuing asks to confirm them.
 */
import { Alert } from 'antd';
import type { TeamWarning } from '../../../../shared/contract/types';
import { hrefWith } from '../../app/router';
import { warningsByTeam } from './document-text';

interface Props {
  warnings: readonly TeamWarning[];
  className?: string;
}

export function WarningsAlert({ warnings, className }: Props) {
  if (warnings.length === 0) return null;
  const groups = warningsByTeam(warnings);
  return (
    <Alert
      type="warning"
      showIcon
      className={className}
      data-testid="document-warnings"
      title={`Thành phần Tổ chưa đúng hướng dẫn (${warnings.length} điểm)`}
      description={
        <>
          {groups.map((group) => (
            <div key={group.teamId} className="doc-warning-team">
              <a href={hrefWith('to', { id: group.teamId })} className="doc-warning-team-name">
                {group.teamName}
              </a>
              <ul className="doc-warning-list">
                {group.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
          <div className="doc-warning-note">Chỉ là nhắc nhở theo hướng dẫn, không bắt buộc.</div>
        </>
      }
    />
  );
}
