/**
 * Import of the communes' bundles: files chosen or dropped, a dry run shown for all of them
 * (added, replaced, unchanged, refused with the reason, a new key's fingerprint to compare by
 * phone), then applied; a commune's key change only when the officer ticks, on that commune's
 * line of the dry run, that he confirmed its new key by phone (exactly that commune and that key).
 */
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { BundleImportLine, BundleImportStatus } from '../../../../shared/contract/receiving-types';
import { toShownError } from '../../app/errors';
import { readAsBase64, type ChosenFile } from '../../components/files/read-file';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';
import { WatchFolderAlert } from './WatchFolderAlert';

const statusView: Record<BundleImportStatus, { text: string; color: string }> = {
  added: { text: 'Nhập mới', color: 'green' },
  replaced: { text: 'Thay kỳ đã nhận', color: 'blue' },
  unchanged: { text: 'Không thay đổi', color: 'default' },
  refused: { text: 'Từ chối', color: 'red' },
};

function note(line: BundleImportLine): string {
  if (line.reason !== null) return line.reason;
  const a = line.counts?.activities;
  const parts = a ? [`hoạt động: thêm ${a.added}, sửa ${a.updated}, bỏ ${a.removed}`] : [];
  if (line.key === 'new') parts.push(`khóa mới ${line.fingerprint ?? ''}: hãy gọi điện đối chiếu với xã`);
  if (line.key === 'changed')
    parts.push(`đổi khóa: ${line.previousFingerprint ?? ''} → ${line.fingerprint ?? ''}`);
  return parts.join('; ');
}

/** A key change shown by the dry run, as the officer confirms it: the commune and the new key. */
function keyChangeOf(line: BundleImportLine): string | null {
  if (line.status !== 'refused' || line.key !== 'changed') return null;
  if (line.communeCode === null || line.fingerprint === null) return null;
  return `${line.communeCode} ${line.fingerprint}`;
}

export function ImportPanel() {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  // The watched folder's new files the officer took, by name (read there by the backend).
  const [watched, setWatched] = useState<string[] | null>(null);
  // The key changes ticked on the lines of the dry run shown.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<{ dryRun: boolean; files: BundleImportLine[] } | null>(null);
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  // Checking and writing many bundles is a job: progress by file, "Hủy" between bundles.
  const job = useJob();
  const run = useMutation({
    mutationFn: ({ dryRun, names }: { dryRun: boolean; names: string[] | null }) => {
      const acceptKeyChanges = (report?.files ?? []).flatMap((l) => {
        const change = keyChangeOf(l);
        return change !== null && accepted.has(change) && l.communeCode !== null && l.fingerprint !== null
          ? [{ communeCode: l.communeCode, fingerprint: l.fingerprint }]
          : [];
      });
      return names === null
        ? job.run('importBundles', { files, dryRun, acceptKeyChanges })
        : job.run('importWatchedBundles', { files: names, dryRun, acceptKeyChanges });
    },
    onSuccess: async (result) => {
      setReport(result);
      setAccepted(new Set());
      if (!result.dryRun) {
        setFiles([]);
        setWatched(null);
        await queryClient.invalidateQueries();
      }
    },
    onError: (error) => {
      const shown = toShownError(error);
      if (shown.code === 'cancelled') void message.info(shown.message);
      else modal.error({ title: 'Chưa nhập được', content: shown.message });
    },
  });
  const choose = (file: File) => {
    void readAsBase64(file).then((chosen) =>
      setFiles((now) => [...now.filter((f) => f.fileName !== chosen.fileName), chosen]),
    );
    setWatched(null);
    setReport(null);
    return false as const;
  };
  const offer = (names: string[]) => {
    setFiles([]);
    setWatched(names);
    setReport(null);
    run.mutate({ dryRun: true, names });
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <JobProgressModal job={job} />
      <WatchFolderAlert onOffer={offer} />
      <Upload.Dragger accept=".zip" multiple beforeUpload={choose} showUploadList={false}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">Bấm để chọn các gói dữ liệu (.zip), hoặc kéo các tệp thả vào đây</p>
        <p className="ant-upload-hint">
          {watched === null
            ? `Đã chọn ${files.length} tệp.`
            : `Đã chọn ${watched.length} tệp mới trong thư mục theo dõi.`}
        </p>
      </Upload.Dragger>
      <Space wrap>
        <Button
          disabled={files.length === 0 && watched === null}
          loading={run.isPending && run.variables.dryRun}
          onClick={() => run.mutate({ dryRun: true, names: watched })}
        >
          Chạy thử
        </Button>
        <Button
          type="primary"
          disabled={report === null || !report.dryRun}
          loading={run.isPending && !run.variables.dryRun}
          onClick={() => run.mutate({ dryRun: false, names: watched })}
        >
          Nhập các gói
        </Button>
      </Space>
      {report ? (
        <>
          <Typography.Text strong>
            {report.dryRun ? 'Chạy thử (chưa ghi gì):' : 'Kết quả nhập:'}
          </Typography.Text>
          <Table<BundleImportLine>
            rowKey="file"
            size="small"
            pagination={false}
            dataSource={report.files}
            columns={[
              { title: 'Tệp', dataIndex: 'file' },
              {
                title: 'Xã',
                key: 'commune',
                render: (_: unknown, l) => l.communeName ?? l.communeCode ?? '',
              },
              { title: 'Kỳ', dataIndex: 'period', render: (v: string | null) => v ?? '' },
              {
                title: 'Kết quả',
                dataIndex: 'status',
                render: (s: BundleImportStatus) => (
                  <Tag color={statusView[s].color}>{statusView[s].text}</Tag>
                ),
              },
              { title: 'Ghi chú', key: 'note', render: (_: unknown, l) => note(l) },
              {
                title: 'Xác nhận đổi khóa',
                key: 'accept',
                render: (_: unknown, l) => {
                  const change = keyChangeOf(l);
                  if (!report.dryRun || change === null) return null;
                  return (
                    <Checkbox
                      checked={accepted.has(change)}
                      aria-label={`Xác nhận khóa mới của ${l.communeName ?? l.communeCode ?? ''}`}
                      onChange={(e) =>
                        setAccepted((now) => {
                          const next = new Set(now);
                          if (e.target.checked) next.add(change);
                          else next.delete(change);
                          return next;
                        })
                      }
                    >
                      Đã gọi điện đối chiếu mã khóa mới {l.fingerprint}
                    </Checkbox>
                  );
                },
              },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
