/**
 * The teams down the left: the commune team first, then village teams by village, dissolved ones
 * last; each with its status and how many reminders its composition has.
 */
import { PlusOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Empty, Tag, Tooltip } from 'antd';
import type { TeamSummary } from '../../../../shared/contract/types';
import { teamStatusLabels } from '../../../../shared/domain/teams';
import { hrefWith } from '../../app/router';
import { teamPlace } from './team-text';

interface Props {
  teams: TeamSummary[];
  selectedId: string | null;
  loading: boolean;
  onCreate: () => void;
}

function TeamLink({ team, selected }: { team: TeamSummary; selected: boolean }) {
  const active = team.status === 'active';
  const count = active ? team.warnings.length : 0;
  return (
    <a
      href={hrefWith('to', { id: team.id })}
      className={`team-link${selected ? ' team-link-selected' : ''}`}
      aria-current={selected ? 'page' : undefined}
    >
      <span className="team-link-text">
        <span className="team-link-place">{teamPlace(team)}</span>
        <span className="team-link-name">{team.name}</span>
      </span>
      <span className="team-link-marks">
        {!active && <Tag className="team-link-tag">{teamStatusLabels[team.status]}</Tag>}
        {count > 0 && (
          <Tooltip title={`${count} điểm chưa đúng hướng dẫn`}>
            <span className="team-warning-count" aria-label={`${count} nhắc nhở`}>
              <WarningFilled aria-hidden /> {count}
            </span>
          </Tooltip>
        )}
      </span>
    </a>
  );
}

export function TeamList({ teams, selectedId, loading, onCreate }: Props) {
  const ordered = [
    ...teams.filter((t) => t.status === 'active'),
    ...teams.filter((t) => t.status !== 'active'),
  ];
  return (
    <Card
      className="team-list-card"
      title="Các Tổ"
      loading={loading}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          Lập Tổ mới
        </Button>
      }
    >
      {ordered.length === 0 ? (
        <Empty description="Chưa có Tổ nào. Bấm “Lập Tổ mới”, bắt đầu với Tổ cấp xã." />
      ) : (
        <nav aria-label="Các Tổ CNSCĐ" className="team-list">
          {ordered.map((team) => (
            <TeamLink key={team.id} team={team} selected={team.id === selectedId} />
          ))}
        </nav>
      )}
    </Card>
  );
}
