/**
 * One indicator's targets for a year: the commune's, typed here, and each village team's, typed
 * by hand or split from the commune's by households (proposed first, written on confirmation).
 */
import { Button, Descriptions, Drawer, Empty, Table } from 'antd';
import { useState } from 'react';
import type { Target } from '../../../../shared/contract/monthly-types';
import { useTeams } from '../../app/register-queries';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { SplitModal } from './SplitModal';
import { leftText, teamTargetRows, type IndicatorTargetRow, type TeamTargetRow } from './target-rows';
import { TargetValueEditor } from './TargetValueEditor';

interface Props {
  year: number;
  row: IndicatorTargetRow | null;
  targets: readonly Target[];
  onClose: () => void;
}

export function IndicatorTargetsDrawer({ year, row, targets, onClose }: Props) {
  const teams = useTeams();
  const [split, setSplit] = useState({ open: false, opened: 0 });
  const indicator = row?.indicator;

  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      size={720}
      title={indicator === undefined ? '' : `Chỉ tiêu năm ${year}: ${indicator.name}`}
      destroyOnHidden
    >
      {row !== null && indicator !== undefined && (
        <div className="stack">
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 190 } }}
            items={[
              { key: 'unit', label: 'Đơn vị tính', children: indicator.unit },
              {
                key: 'commune',
                label: 'Chỉ tiêu của xã',
                children: (
                  <TargetValueEditor
                    key={`xa-${row.commune?.id ?? ''}-${row.commune?.value ?? ''}`}
                    year={year}
                    indicator={indicator.code}
                    teamId={null}
                    label="Chỉ tiêu của xã"
                    target={row.commune}
                    disabled={!indicator.active && row.commune === null}
                  />
                ),
              },
              {
                key: 'assigned',
                label: 'Đã giao cho các Tổ',
                children: <span data-testid="target-assigned">{formatCount(row.assigned)}</span>,
              },
              {
                key: 'left',
                label: 'Còn lại',
                children: <span data-testid="target-left">{leftText(row.left)}</span>,
              },
            ]}
          />
          <div className="toolbar">
            <h3 className="drawer-section">Chỉ tiêu của các Tổ thôn, tổ dân phố</h3>
            <Button
              className="toolbar-end"
              disabled={row.commune === null || !indicator.active}
              title={row.commune === null ? 'Hãy nhập chỉ tiêu của xã trước.' : undefined}
              onClick={() => setSplit((s) => ({ open: true, opened: s.opened + 1 }))}
            >
              Chia theo số hộ
            </Button>
          </div>
          {teams.isError ? (
            <LoadError
              title="Không đọc được danh sách Tổ"
              error={teams.error}
              onRetry={() => void teams.refetch()}
            />
          ) : (
            <Table<TeamTargetRow>
              rowKey="teamId"
              size="small"
              className="team-targets"
              loading={teams.isPending}
              pagination={false}
              dataSource={teamTargetRows(teams.data ?? [], targets, indicator.code)}
              locale={{
                emptyText: teams.isPending ? (
                  <span />
                ) : (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description="Chưa có Tổ CNSCĐ thôn, tổ dân phố nào đang hoạt động."
                  />
                ),
              }}
              columns={[
                {
                  title: 'Tổ',
                  dataIndex: 'teamName',
                  render: (name: string, t) => (t.inactive ? `${name} (không còn nhận chỉ tiêu)` : name),
                },
                {
                  title: 'Số hộ',
                  dataIndex: 'households',
                  width: 90,
                  align: 'right',
                  render: (h: number | null) => (h === null ? '—' : formatCount(h)),
                },
                {
                  title: 'Chỉ tiêu',
                  key: 'target',
                  width: 300,
                  render: (_v, t) => (
                    <TargetValueEditor
                      key={`${t.teamId}-${t.target?.id ?? ''}-${t.target?.value ?? ''}`}
                      year={year}
                      indicator={indicator.code}
                      teamId={t.teamId}
                      label={`Chỉ tiêu của ${t.teamName}`}
                      target={t.target}
                      disabled={!indicator.active && t.target === null}
                    />
                  ),
                },
              ]}
            />
          )}
          <SplitModal
            key={split.opened}
            open={split.open}
            year={year}
            indicator={indicator}
            targets={targets}
            onClose={() => setSplit((s) => ({ ...s, open: false }))}
          />
        </div>
      )}
    </Drawer>
  );
}
