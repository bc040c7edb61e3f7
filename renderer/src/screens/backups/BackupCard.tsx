/**
 * Settings → "Sao lưu": the copies (date, size, why, where), "Sao lưu ngay", the second location
 * outside the PC, and restore (a listed copy or a file the officer picks) with its preview.
 */
import { CloudUploadOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Skeleton, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { BackupEntry, BackupOverview } from '../../../../shared/contract/backup-types';
import {
  backupLocationLabels,
  backupTriggerLabels,
  formatSize,
  takenAtToVi,
} from '../../../../shared/vi/backups';
import { api } from '../../api';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';
import { backupKeys, useBackups } from '../../app/backup-queries';
import { toShownError } from '../../app/errors';
import { showFieldProblems } from '../../components/forms/field-errors';
import { FolderInput } from '../../components/files/FolderInput';
import { readAsBase64 } from '../../components/files/read-file';
import { LoadError } from '../../components/LoadError';
import { RestoreDialog, type BackupSource } from './RestoreDialog';

function SecondLocationForm({ overview }: { overview: BackupOverview }) {
  const [form] = Form.useForm<{ folder: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (folder: string | null) => api.setBackupLocation({ folder }),
    onSuccess: (saved) => {
      queryClient.setQueryData(backupKeys.backups, saved);
      form.setFieldsValue({ folder: saved.secondLocation ?? '' });
      void message.success(
        saved.secondLocation === null ? 'Đã bỏ nơi sao lưu thứ hai.' : 'Đã lưu nơi sao lưu thứ hai.',
      );
    },
  });
  const submit = async (folder: string | null) => {
    setProblem(null);
    try {
      await save.mutateAsync(folder);
    } catch (error) {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields) || shown.code !== 'validation') setProblem(shown.message);
    }
  };
  return (
    <Form
      form={form}
      name="backup-location"
      layout="vertical"
      initialValues={{ folder: overview.secondLocation ?? '' }}
      onFinish={(values) => void submit(values.folder.trim() === '' ? null : values.folder)}
    >
      <Form.Item
        label="Nơi sao lưu thứ hai (ngoài máy)"
        name="folder"
        extra={
          overview.secondLocation !== null && !overview.secondLocationPresent
            ? 'Hiện không thấy thư mục này (ổ USB chưa cắm?): bản sao chỉ ghi trên máy cho đến khi cắm lại.'
            : 'Ổ USB hoặc thư mục dùng chung, ví dụ E:\\ . Mỗi lần sao lưu, bản sao được chép thêm vào đó khi nó có mặt.'
        }
      >
        <FolderInput title="Nơi sao lưu thứ hai" placeholder="E:\" />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
      <Space>
        <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          Lưu nơi thứ hai
        </Button>
        {overview.secondLocation !== null && (
          <Button onClick={() => void submit(null)} disabled={save.isPending}>
            Bỏ nơi thứ hai
          </Button>
        )}
      </Space>
    </Form>
  );
}

function OutsideCopyNote({ overview }: { overview: BackupOverview }) {
  if (!overview.outsideCopyOverdue && overview.lastOutsideCopyAt !== null) {
    return (
      <Typography.Paragraph>
        Bản sao gần nhất ngoài máy: {takenAtToVi(overview.lastOutsideCopyAt)}.
      </Typography.Paragraph>
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={
        overview.lastOutsideCopyAt === null
          ? 'Chưa có bản sao lưu nào ở ngoài máy này.'
          : `Bản sao gần nhất ngoài máy đã cũ (${takenAtToVi(overview.lastOutsideCopyAt)}).`
      }
      description="Máy hỏng hoặc nhiễm mã độc thì bản sao trên cùng máy cũng mất. Hãy chọn nơi thứ hai (ổ USB), cắm ổ rồi bấm “Sao lưu ngay”."
    />
  );
}

function BackupList({ overview }: { overview: BackupOverview }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<{ source: BackupSource; label: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // A backup of a large register takes a while: a progress window with "Hủy" (no copy left then).
  const job = useJob();
  const backUp = useMutation({
    mutationFn: () => job.run('createBackup', undefined),
    onSuccess: async (made) => {
      await queryClient.invalidateQueries({ queryKey: backupKeys.backups });
      void message.success(`Đã sao lưu (${formatSize(made.backup.size)}).`);
      for (const notice of made.notices) void message.warning(notice, 8);
    },
  });
  const pickFile = async (file: File) => {
    setFileProblem(null);
    try {
      const read = await readAsBase64(file);
      setChosen({ source: { kind: 'file', ...read }, label: read.fileName });
    } catch (error) {
      setFileProblem(toShownError(error).message);
    }
    return false;
  };
  return (
    <div className="stack">
      <Space wrap>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={backUp.isPending}
          onClick={() => backUp.mutate()}
        >
          Sao lưu ngay
        </Button>
        <Upload accept=".sqlite3,.sqlite,.db" beforeUpload={pickFile} showUploadList={false} maxCount={1}>
          <Button icon={<RollbackOutlined />}>Khôi phục từ tệp khác…</Button>
        </Upload>
      </Space>
      <JobProgressModal job={job} />
      {backUp.isError && (
        <Alert
          type={toShownError(backUp.error).code === 'cancelled' ? 'info' : 'error'}
          showIcon
          role="alert"
          title={toShownError(backUp.error).message}
        />
      )}
      {fileProblem !== null && <Alert type="error" showIcon role="alert" title={fileProblem} />}
      <OutsideCopyNote overview={overview} />
      <Table<BackupEntry>
        size="small"
        rowKey={(b) => `${b.location}/${b.name}`}
        dataSource={overview.backups}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có bản sao lưu nào." />,
        }}
        aria-label="Các bản sao lưu"
        columns={[
          { title: 'Ngày giờ', key: 'takenAt', render: (_, b) => takenAtToVi(b.takenAt) },
          { title: 'Dung lượng', key: 'size', align: 'right', render: (_, b) => formatSize(b.size) },
          { title: 'Lý do', key: 'trigger', render: (_, b) => backupTriggerLabels[b.trigger] },
          { title: 'Nơi để', key: 'location', render: (_, b) => backupLocationLabels[b.location] },
          {
            title: '',
            key: 'actions',
            align: 'right',
            render: (_, b) => (
              <Button
                size="small"
                icon={<RollbackOutlined />}
                aria-label={`Khôi phục bản ${takenAtToVi(b.takenAt)} (${backupTriggerLabels[b.trigger]})`}
                onClick={() =>
                  setChosen({
                    source: { kind: 'backup', location: b.location, name: b.name },
                    label: `${takenAtToVi(b.takenAt)} — ${backupTriggerLabels[b.trigger]}`,
                  })
                }
              >
                Khôi phục…
              </Button>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary">
        Ứng dụng tự sao lưu lần mở đầu tiên mỗi ngày, trước khi nâng cấp, khôi phục, nhập gói dữ liệu; giữ 7
        bản hằng ngày, 4 bản hằng tuần, 12 bản hằng tháng. Thư mục: {overview.folder}
      </Typography.Text>
      <RestoreDialog chosen={chosen} onClose={() => setChosen(null)} />
    </div>
  );
}

export function BackupCard() {
  const backups = useBackups();
  return (
    <Card title="Sao lưu">
      {backups.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : backups.isError ? (
        <LoadError
          title="Không đọc được các bản sao lưu"
          error={backups.error}
          onRetry={() => void backups.refetch()}
        />
      ) : (
        <div className="backup-card">
          <BackupList overview={backups.data} />
          <SecondLocationForm overview={backups.data} />
        </div>
      )}
    </Card>
  );
}
