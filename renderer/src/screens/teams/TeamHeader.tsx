/**
 * The selected team at a glance: name, level, village, status, its Zalo group and how many of
 * the village's (or commune's) households it reaches; and what can be done with the team.
 */
import { EditOutlined, FileExcelOutlined, PoweroffOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import type { Team } from '../../../../shared/contract/types';
import { teamLevelLabels, teamStatusLabels } from '../../../../shared/domain/teams';
import { useVillages } from '../../app/queries';
import { formatCount } from '../../components/format';
import { zaloCoverage } from './team-text';

interface Props {
  team: Team;
  busy: { status: boolean; exporting: boolean };
  onEdit: () => void;
  onSetStatus: (status: Team['status']) => Promise<unknown>;
  onExport: () => void;
}

export function TeamHeader({ team, busy, onEdit, onSetStatus, onExport }: Props) {
  const villages = useVillages();
  const total =
    team.level === 'village'
      ? team.villageHouseholds
      : villages.data === undefined
        ? null
        : villages.data.reduce((sum, v) => sum + v.households, 0);
  const coverage = zaloCoverage(team.zaloHouseholds, total, formatCount);
  const active = team.status === 'active';

  return (
    <div className="team-head">
      <h2 className="team-title">{team.name}</h2>
      <div className="team-head-top">
        <Space size={[8, 4]} wrap>
          <Tag color="blue">{teamLevelLabels[team.level]}</Tag>
          {team.villageName !== null && <span>{team.villageName}</span>}
          <Tag color={active ? 'green' : 'default'}>{teamStatusLabels[team.status]}</Tag>
        </Space>
        <Space wrap className="team-actions">
          <Button icon={<EditOutlined />} onClick={onEdit}>
            Sửa thông tin tổ
          </Button>
          {/* Keyed by status: the closing confirmation never shows the opposite question. */}
          <Popconfirm
            key={team.status}
            title={active ? `Giải thể “${team.name}”?` : `Cho “${team.name}” hoạt động lại?`}
            description={
              active
                ? 'Mọi thành viên đang tham gia sẽ được ghi thôi tham gia từ hôm nay. Lịch sử vẫn được giữ.'
                : 'Tổ hoạt động lại chưa có thành viên nào: hãy thêm thành viên sau đó.'
            }
            okText={active ? 'Giải thể' : 'Hoạt động lại'}
            okButtonProps={{ danger: active }}
            cancelText="Hủy"
            onConfirm={() => onSetStatus(active ? 'dissolved' : 'active').catch(() => undefined)}
          >
            <Button
              icon={active ? <PoweroffOutlined /> : <RollbackOutlined />}
              danger={active}
              loading={busy.status}
            >
              {active ? 'Giải thể' : 'Hoạt động lại'}
            </Button>
          </Popconfirm>
          <Button icon={<FileExcelOutlined />} loading={busy.exporting} onClick={onExport}>
            Xuất danh sách Excel
          </Button>
        </Space>
      </div>
      <div className="team-zalo" data-testid="team-zalo">
        <span className="team-zalo-label">Nhóm Zalo:</span>
        {team.zaloLink === null ? (
          <span className="muted">chưa ghi</span>
        ) : (
          <Typography.Text copyable={{ tooltips: ['Chép đường dẫn', 'Đã chép'] }} className="team-zalo-link">
            {team.zaloLink}
          </Typography.Text>
        )}
        {coverage !== null && (
          <>
            <span className="team-zalo-label">Hộ trong nhóm:</span>
            <span>{coverage.text}</span>
            {total !== null && total > 0 && (
              <Progress
                percent={coverage.percent}
                showInfo={false}
                size="small"
                className="team-zalo-progress"
                aria-label="Tỉ lệ hộ trong nhóm Zalo"
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
