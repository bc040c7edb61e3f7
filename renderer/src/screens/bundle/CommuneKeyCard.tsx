/**
 * The commune's signing key in Settings (issue 10, item 1): its fingerprint to read out over the
 * phone to the upper level, the public key as a small file, and a new key when the old one is lost.
 */
import { DownloadOutlined, KeyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { formatDateTime } from '../../components/format';
import { saveDownload } from '../../components/files/save-download';
import { LoadError } from '../../components/LoadError';
import { bundleKeys, useCommuneKey } from './bundle-queries';
import './bundle.css';

export function CommuneKeyCard() {
  const key = useCommuneKey();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });

  const exportKey = useMutation({
    mutationFn: () => api.exportPublicKey(),
    onSuccess: (file) => {
      saveDownload(file);
      void message.success(`Đã tải tệp khóa công khai ${file.fileName}.`);
    },
    onError: fail('Không tải được khóa công khai'),
  });
  const renew = useMutation({
    mutationFn: () => api.renewCommuneKey({ confirm: true }),
    onSuccess: (renewed) => {
      queryClient.setQueryData(bundleKeys.key, renewed);
      modal.success({
        title: 'Đã tạo khóa mới',
        content: `Dấu vân tay mới: ${renewed.fingerprint}. Hãy gọi điện báo cấp trên dấu vân tay này trước khi gửi gói số liệu tiếp theo.`,
        okText: 'Đã hiểu',
      });
    },
    onError: fail('Không tạo được khóa mới'),
  });
  const confirmRenew = () =>
    modal.confirm({
      title: 'Tạo khóa ký mới?',
      content:
        'Chỉ làm khi khóa cũ bị mất hoặc lộ (máy hỏng, cài lại). Khóa cũ được giữ lại nhưng không ký nữa; ' +
        'cấp trên sẽ được hỏi xác nhận khi nhận gói ký bằng khóa mới, nên hãy gọi điện báo dấu vân tay mới.',
      okText: 'Tạo khóa mới',
      cancelText: 'Thôi',
      onOk: () => renew.mutateAsync(),
    });

  return (
    <Card title="Khóa ký gói số liệu">
      <Space orientation="vertical" size="middle" className="full-width">
        {key.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : key.isError ? (
          <LoadError title="Không đọc được khóa ký" error={key.error} onRetry={() => void key.refetch()} />
        ) : (
          <Descriptions
            column={1}
            size="small"
            layout="vertical"
            colon={false}
            items={[
              {
                key: 'fingerprint',
                label: 'Dấu vân tay (đọc cho cấp trên qua điện thoại)',
                children: (
                  <Typography.Text strong className="key-fingerprint" data-testid="key-fingerprint">
                    {key.data.fingerprint}
                  </Typography.Text>
                ),
              },
              { key: 'created', label: 'Ngày tạo khóa', children: formatDateTime(key.data.createdAt) },
            ]}
          />
        )}
        {/* A key file that cannot be read is replaced the same way as a lost one. */}
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exportKey.isPending}
            disabled={!key.isSuccess}
            onClick={() => exportKey.mutate()}
          >
            Tải khóa công khai (.pub)
          </Button>
          <Button icon={<KeyOutlined />} danger loading={renew.isPending} onClick={confirmRenew}>
            Tạo khóa mới…
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
