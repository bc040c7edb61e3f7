/**
 * Restoring a copy: first what it holds beside what is in use now (commune, counts, last change,
 * version), another commune's copy announced and confirmed, how to undo said before; then the
 * restore, and the undo offered at once.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Modal, Result, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { backupSourceSchema } from '../../../../shared/contract/backup-schemas';
import type { DatabaseSummary, RestoreDone } from '../../../../shared/contract/backup-types';
import { formatSize, takenAtToVi, timestampToVi } from '../../../../shared/vi/backups';
import { formatCount } from '../../../../shared/vi/numbers';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { LoadError } from '../../components/LoadError';

export type BackupSource = z.input<typeof backupSourceSchema>;

interface Props {
  /** The copy to restore, with how the officer knows it; null when the dialog is closed. */
  chosen: { source: BackupSource; label: string } | null;
  onClose: () => void;
}

const rows: { key: string; label: string; value: (s: DatabaseSummary) => string }[] = [
  {
    key: 'commune',
    label: 'Xã',
    value: (s) =>
      s.communeName === null ? '(chưa có hồ sơ xã)' : `${s.communeName} (mã ${s.communeCode ?? '?'})`,
  },
  { key: 'villages', label: 'Thôn, tổ dân phố', value: (s) => formatCount(s.counts.villages) },
  { key: 'people', label: 'Người', value: (s) => formatCount(s.counts.people) },
  { key: 'teams', label: 'Tổ CNSCĐ', value: (s) => formatCount(s.counts.teams) },
  { key: 'activities', label: 'Hoạt động', value: (s) => formatCount(s.counts.activities) },
  { key: 'documents', label: 'Văn bản', value: (s) => formatCount(s.counts.documents) },
  {
    key: 'last',
    label: 'Thay đổi gần nhất',
    value: (s) => (s.lastChangeAt === null ? '(chưa có)' : timestampToVi(s.lastChangeAt)),
  },
  { key: 'version', label: 'Phiên bản dữ liệu', value: (s) => String(s.schemaVersion) },
  { key: 'size', label: 'Dung lượng', value: (s) => formatSize(s.size) },
];

function Comparison({ source, current }: { source: DatabaseSummary; current: DatabaseSummary }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: '', dataIndex: 'label', key: 'label' },
        { title: 'Bản sao lưu', key: 'source', render: (_, row) => row.value(source) },
        { title: 'Đang dùng', key: 'current', render: (_, row) => row.value(current) },
      ]}
    />
  );
}

function Done({ done, onClose }: { done: RestoreDone; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [undone, setUndone] = useState(false);
  const undo = useMutation({
    mutationFn: () =>
      api.restoreBackup({
        source: { kind: 'backup', location: 'local', name: done.undo.name },
        confirmOtherCommune: true,
      }),
    onSuccess: async () => {
      setUndone(true);
      await queryClient.invalidateQueries();
    },
  });
  return (
    <Result
      status="success"
      title={undone ? 'Đã hoàn tác: dữ liệu trở lại như trước khi khôi phục.' : 'Đã khôi phục.'}
      subTitle={
        undone
          ? undefined
          : `Dữ liệu trước khi khôi phục đã được sao lưu lúc ${takenAtToVi(done.undo.takenAt)} ` +
            '(lý do "Trước khi khôi phục"). Muốn quay lại, bấm "Hoàn tác", hoặc sau này khôi phục bản đó trong danh sách.'
      }
      extra={[
        ...(undone
          ? []
          : [
              <Button key="undo" onClick={() => undo.mutate()} loading={undo.isPending}>
                Hoàn tác
              </Button>,
            ]),
        <Button key="close" type="primary" onClick={onClose}>
          Đóng
        </Button>,
        ...(undo.isError
          ? [
              <Alert
                key="error"
                type="error"
                showIcon
                role="alert"
                title={toShownError(undo.error).message}
              />,
            ]
          : []),
      ]}
    />
  );
}

function Preview({ chosen, onClose }: { chosen: NonNullable<Props['chosen']>; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [confirmed, setConfirmed] = useState(false);
  const preview = useQuery({
    queryKey: ['restore-preview', chosen.label],
    queryFn: () => api.previewRestore({ source: chosen.source }),
    gcTime: 0,
    retry: false,
  });
  const restore = useMutation({
    mutationFn: () => api.restoreBackup({ source: chosen.source, confirmOtherCommune: confirmed }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });

  if (restore.isSuccess) return <Done done={restore.data} onClose={onClose} />;
  if (preview.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (preview.isError) {
    return (
      <LoadError
        title="Không khôi phục được bản này"
        error={preview.error}
        onRetry={() => void preview.refetch()}
      />
    );
  }
  const { source, current, otherCommune, needsUpgrade } = preview.data;
  return (
    <div className="stack">
      <Typography.Paragraph>
        Bản sao: <Typography.Text strong>{chosen.label}</Typography.Text>
      </Typography.Paragraph>
      <Comparison source={source} current={current} />
      {otherCommune && (
        <Alert
          type="error"
          showIcon
          title={`Đây là dữ liệu của ${source.communeName ?? '?'} (mã ${source.communeCode ?? '?'}), không phải ${current.communeName ?? '?'} đang dùng.`}
          description={
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
              Tôi hiểu, thay dữ liệu đang dùng bằng dữ liệu của xã khác
            </Checkbox>
          }
        />
      )}
      {needsUpgrade && (
        <Alert type="info" showIcon title="Bản này của phiên bản cũ hơn: sẽ được nâng cấp khi khôi phục." />
      )}
      <Alert
        type="warning"
        showIcon
        title="Dữ liệu đang dùng sẽ được thay bằng bản sao này."
        description='Trước khi thay, ứng dụng sao lưu dữ liệu đang dùng (lý do "Trước khi khôi phục"); muốn hoàn tác, khôi phục lại bản đó.'
      />
      {restore.isError && (
        <Alert type="error" showIcon role="alert" title={toShownError(restore.error).message} />
      )}
      <div className="dialog-actions">
        <Button onClick={onClose} disabled={restore.isPending}>
          Hủy
        </Button>
        <Button
          type="primary"
          danger
          loading={restore.isPending}
          disabled={otherCommune && !confirmed}
          onClick={() => restore.mutate()}
        >
          Khôi phục
        </Button>
      </div>
    </div>
  );
}

export function RestoreDialog({ chosen, onClose }: Props) {
  return (
    <Modal
      open={chosen !== null}
      title="Khôi phục dữ liệu từ bản sao lưu"
      onCancel={onClose}
      destroyOnHidden
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      footer={null}
      width={720}
    >
      {chosen !== null && <Preview chosen={chosen} onClose={onClose} />}
    </Modal>
  );
}
