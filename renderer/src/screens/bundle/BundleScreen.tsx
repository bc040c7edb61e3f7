/**
 * "Gửi số liệu" (issue 10, items 2 and 3): pick a period, export the signed bundle, then hand it
 * over — save it to the folder or USB stick (remembered), show the folder, or write the e-mail
 * draft for the office's mail program — and see every past export with its SHA-256. The period
 * lives in the address (`#/gui-so-lieu?period=2026-03`).
 */
import { CloudUploadOutlined, FolderOpenOutlined, MailOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Skeleton, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { BundleExport, BundleMade } from '../../../../shared/contract/bundle-types';
import { defaultPeriodConvention, periodContaining, type Period } from '../../../../shared/domain/periods';
import { isoToVi, todayIso } from '../../../../shared/vi/dates';
import { formatCount } from '../../../../shared/vi/numbers';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useSettings } from '../../app/queries';
import { navigateTo, useRouteParam } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { saveDownload } from '../../components/files/save-download';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';
import { LoadError } from '../../components/LoadError';
import { periodFromParam, reportKinds } from '../progress/period-choice';
import { PeriodSelector } from '../progress/PeriodSelector';
import { bundleKeys, useBundleExports, useBundleHost, useBundleSettings } from './bundle-queries';
import '../progress/progress.css';
import './bundle.css';

/** The handoff of one export: save (or download), open the folder, the e-mail draft. */
function useHandoff() {
  const host = useBundleHost();
  const settings = useBundleSettings();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });
  const asks = host.data?.asksWhereToSave === true;

  const save = useMutation({
    mutationFn: async (record: BundleExport): Promise<string | null> => {
      if (!asks) {
        saveDownload(await api.downloadBundle({ id: record.id }));
        return 'tải về';
      }
      return (await api.saveBundle({ id: record.id })).path;
    },
    onSuccess: async (path) => {
      if (path === 'tải về') void message.success('Đã tải gói số liệu về thư mục tải xuống của trình duyệt.');
      else if (path !== null) void message.success(`Đã lưu gói số liệu vào ${path}`);
      await queryClient.invalidateQueries({ queryKey: bundleKeys.settings });
    },
    onError: fail('Không lưu được gói số liệu'),
  });
  const openFolder = useMutation({
    mutationFn: () => api.openBundleFolder(),
    onSuccess: (opened) => void message.success(`Đã mở thư mục ${opened.path ?? ''}`),
    onError: fail('Không mở được thư mục'),
  });
  const email = useMutation({
    mutationFn: (record: BundleExport) => api.emailBundle({ id: record.id }),
    onSuccess: (file) => {
      saveDownload(file);
      void message.success(
        `Đã tạo thư nháp ${file.fileName}: mở bằng Outlook hoặc Thunderbird, kiểm tra rồi bấm Gửi.`,
      );
    },
    onError: fail('Không tạo được thư nháp'),
  });
  const hasEmail = (settings.data?.receivingEmail ?? '') !== '';
  return { save, openFolder, email, asks, hasEmail };
}

function ExportResult({ made }: { made: BundleMade }) {
  const { save, openFolder, email, asks, hasEmail } = useHandoff();
  const counted = [
    `${formatCount(made.counts.activities)} hoạt động`,
    `${formatCount(made.counts.trainings)} lớp bồi dưỡng`,
    `${formatCount(made.counts.teams)} Tổ CNSCĐ`,
    `${formatCount(made.counts.people)} người`,
  ];
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="bundle-result">
      <Alert
        type="success"
        showIcon
        title={`Đã xuất gói số liệu ${made.periodLabel.toLocaleLowerCase('vi')}: ${made.fileName}`}
        description={`Số liệu từ ${isoToVi(made.from)} đến ${isoToVi(made.to)}: ${counted.join(', ')}.`}
      />
      {made.sharedProblem !== null && <Alert type="warning" showIcon title={made.sharedProblem} />}
      <Descriptions
        column={1}
        size="small"
        colon={false}
        items={[
          {
            key: 'sha',
            label: 'Mã kiểm tra SHA-256',
            children: <span className="bundle-hash">{made.sha256}</span>,
          },
          {
            key: 'fp',
            label: 'Dấu vân tay khóa ký',
            children: <span className="key-fingerprint">{made.fingerprint}</span>,
          },
          ...(made.sharedTo === null
            ? []
            : [{ key: 'shared', label: 'Đã chép vào thư mục dùng chung', children: made.sharedTo }]),
        ]}
      />
      <Space wrap>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={save.isPending}
          onClick={() => save.mutate(made)}
        >
          {asks ? 'Lưu vào thư mục, USB…' : 'Tải gói số liệu về'}
        </Button>
        {asks && (
          <Button
            icon={<FolderOpenOutlined />}
            loading={openFolder.isPending}
            onClick={() => openFolder.mutate()}
          >
            Mở thư mục đã lưu
          </Button>
        )}
        <Button
          icon={<MailOutlined />}
          loading={email.isPending}
          disabled={!hasEmail}
          onClick={() => email.mutate(made)}
        >
          Viết thư nháp (.eml)
        </Button>
      </Space>
      {!hasEmail && (
        <Typography.Text type="secondary">
          Muốn viết thư nháp, hãy ghi thư điện tử của cấp nhận báo cáo trong Cài đặt.
        </Typography.Text>
      )}
      <Typography.Text type="secondary">
        Cũng có thể kéo tệp .zip vào Zalo PC hoặc trang thư điện tử. Cấp trên kiểm tra chữ ký của xã khi nhận.
      </Typography.Text>
    </Space>
  );
}

function PastExports() {
  const exports = useBundleExports();
  const { save, email, asks, hasEmail } = useHandoff();
  if (exports.isError) {
    return (
      <LoadError
        title="Không đọc được các lần xuất"
        error={exports.error}
        onRetry={() => void exports.refetch()}
      />
    );
  }
  return (
    <Table<BundleExport>
      rowKey="id"
      size="small"
      loading={exports.isPending}
      dataSource={exports.data ?? []}
      pagination={{ pageSize: 8, hideOnSinglePage: true }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa xuất gói số liệu nào." />,
      }}
      columns={[
        { title: 'Kỳ', dataIndex: 'periodLabel', width: 130 },
        {
          title: 'Thời điểm xuất',
          dataIndex: 'createdAt',
          width: 150,
          render: (v: string) => formatDateTime(v),
        },
        { title: 'Tệp', dataIndex: 'fileName' },
        {
          title: 'Hoạt động',
          align: 'right',
          width: 95,
          render: (_: unknown, r: BundleExport) => formatCount(r.counts.activities),
        },
        {
          title: 'SHA-256',
          dataIndex: 'sha256',
          width: 120,
          render: (v: string) => (
            <Typography.Text className="bundle-hash" copyable={{ text: v, tooltips: ['Chép mã', 'Đã chép'] }}>
              {v.slice(0, 8)}…
            </Typography.Text>
          ),
        },
        {
          title: '',
          width: 200,
          render: (_: unknown, r: BundleExport) => (
            <Space size="small">
              <Button
                size="small"
                onClick={() => save.mutate(r)}
                aria-label={`${asks ? 'Lưu' : 'Tải về'} gói ${r.periodLabel} xuất lúc ${formatDateTime(r.createdAt)}`}
              >
                {asks ? 'Lưu…' : 'Tải về'}
              </Button>
              <Button
                size="small"
                disabled={!hasEmail}
                onClick={() => email.mutate(r)}
                aria-label={`Thư nháp gói ${r.periodLabel} xuất lúc ${formatDateTime(r.createdAt)}`}
              >
                Thư nháp
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

export function BundleScreen() {
  const settings = useSettings();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const convention = settings.data?.reportingPeriods ?? defaultPeriodConvention;
  const today = todayIso();
  const fromAddress = periodFromParam(useRouteParam('period'), reportKinds);
  const period: Period | null =
    fromAddress ?? (settings.isPending ? null : periodContaining(today, 'month', convention));
  const [made, setMade] = useState<BundleMade | null>(null);
  const choose = useCallback((p: Period) => {
    setMade(null);
    navigateTo('gui-so-lieu', { period: p.code });
  }, []);
  // A large register takes a while: a progress window with "Hủy" (nothing kept nor recorded then).
  const job = useJob();
  const exportNow = useMutation({
    mutationFn: (p: Period) => job.run('exportBundle', { period: p.code }),
    onSuccess: async (result) => {
      setMade(result);
      await queryClient.invalidateQueries({ queryKey: bundleKeys.exports });
    },
    onError: (error) => {
      const shown = toShownError(error);
      if (shown.code === 'cancelled') {
        void message.info(shown.message);
        return;
      }
      modal.error({ title: 'Không xuất được gói số liệu', content: shown.message, okText: 'Đóng' });
    },
  });

  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Card title={<h2 className="card-heading">Xuất gói số liệu gửi cấp trên</h2>}>
        {period === null ? (
          <Skeleton active />
        ) : (
          <Space orientation="vertical" size="middle" className="full-width">
            <Typography.Paragraph type="secondary">
              Gói gồm số liệu của kỳ (hoạt động, bồi dưỡng, chỉ tiêu giao), danh sách Tổ và thành viên, báo
              cáo kỳ nếu đã lập, và chữ ký của xã để cấp trên biết số liệu không bị sửa trên đường gửi.
            </Typography.Paragraph>
            <Space wrap size="middle">
              <PeriodSelector
                period={period}
                today={today}
                convention={convention}
                kinds={reportKinds}
                onChange={choose}
              />
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                loading={exportNow.isPending}
                onClick={() => exportNow.mutate(period)}
              >
                Xuất gói số liệu
              </Button>
            </Space>
            <JobProgressModal job={job} />
            {made !== null && made.period === period.code && <ExportResult made={made} />}
          </Space>
        )}
      </Card>
      <Card title={<h2 className="card-heading">Các lần đã xuất</h2>}>
        <PastExports />
      </Card>
    </Space>
  );
}
