/**
 * "Chia theo số hộ": the split of the commune's target proposed by the backend (apply=false), per
 * team with its households, share and the target it has now; written only when the officer
 * confirms (apply=true). Nothing changes on "Hủy".
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Modal, Skeleton, Table } from 'antd';
import type { Indicator, Target, TargetShare } from '../../../../shared/contract/monthly-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { monthlyKeys, useRefreshMonthly } from '../../app/monthly-queries';
import { formatCount } from '../../components/format';

interface Props {
  open: boolean;
  year: number;
  indicator: Indicator;
  /** The year's targets now (to show what each team would change from). */
  targets: readonly Target[];
  onClose: () => void;
}

function percent(part: number, whole: number): string {
  return whole === 0
    ? '—'
    : `${((part * 100) / whole).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
}

export function SplitModal({ open, year, indicator, targets, onClose }: Props) {
  const refresh = useRefreshMonthly();
  const { message } = App.useApp();
  const proposal = useQuery({
    queryKey: [...monthlyKeys.targets(year), 'split', indicator.code],
    queryFn: () => api.distributeTarget({ year, indicator: indicator.code, apply: false }),
    enabled: open,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
  const apply = useMutation({
    mutationFn: () => api.distributeTarget({ year, indicator: indicator.code, apply: true }),
    onSuccess: (split) => {
      void message.success(`Đã giao chỉ tiêu cho ${formatCount(split.shares.length)} Tổ theo số hộ.`);
      onClose();
      return refresh();
    },
  });

  const data = proposal.data;
  const households = data?.shares.reduce((sum, s) => sum + s.households, 0) ?? 0;
  const current = (teamId: string) =>
    targets.find((t) => t.indicator === indicator.code && t.teamId === teamId)?.value ?? null;
  const replaces = data?.shares.some((s) => current(s.teamId) !== null) ?? false;

  return (
    <Modal
      open={open}
      title={`Chia chỉ tiêu “${indicator.name}” năm ${year} theo số hộ`}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      okText="Ghi các chỉ tiêu này"
      cancelText="Hủy"
      okButtonProps={{ disabled: data === undefined, loading: apply.isPending }}
      onOk={() => apply.mutate()}
    >
      {proposal.isError ? (
        <Alert type="error" showIcon role="alert" title={toShownError(proposal.error).message} />
      ) : data === undefined ? (
        <Skeleton active />
      ) : (
        <div className="stack-tight">
          <p>
            Chỉ tiêu của xã: <strong>{formatCount(data.communeValue)}</strong> {indicator.unit}, chia cho{' '}
            {formatCount(data.shares.length)} Tổ thôn, tổ dân phố theo số hộ ({formatCount(households)} hộ).
          </p>
          <Table<TargetShare>
            rowKey="teamId"
            size="small"
            className="split-table"
            pagination={false}
            dataSource={data.shares}
            columns={[
              { title: 'Tổ', dataIndex: 'teamName' },
              {
                title: 'Số hộ',
                dataIndex: 'households',
                align: 'right',
                width: 90,
                render: (h: number) => formatCount(h),
              },
              {
                title: 'Tỷ lệ',
                key: 'share',
                align: 'right',
                width: 90,
                render: (_v, s) => percent(s.households, households),
              },
              {
                title: 'Đang giao',
                key: 'current',
                align: 'right',
                width: 100,
                render: (_v, s) => {
                  const value = current(s.teamId);
                  return value === null ? '—' : formatCount(value);
                },
              },
              {
                title: 'Đề xuất',
                dataIndex: 'value',
                align: 'right',
                width: 100,
                render: (v: number) => <strong>{formatCount(v)}</strong>,
              },
            ]}
          />
          {replaces && (
            <Alert
              type="warning"
              showIcon
              title="Chỉ tiêu đang giao của các Tổ trên sẽ được thay bằng số đề xuất khi bấm “Ghi các chỉ tiêu này”."
            />
          )}
          {apply.isError && (
            <Alert type="error" showIcon role="alert" title={toShownError(apply.error).message} />
          )}
        </div>
      )}
    </Modal>
  );
}
