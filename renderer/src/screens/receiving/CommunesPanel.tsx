/**
 * The communes the unit receives from: each with the fingerprint of the key its bundles are
 * trusted by (read out over the phone), added from the official list or typed, or taken off.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import type { ReceivedCommune } from '../../../../shared/contract/receiving-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { formatDateTime } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { useReceivedCommunes } from './receiving-queries';

interface AddValues {
  code: string;
  name?: string;
  contact?: string;
}

export function CommunesPanel() {
  const communes = useReceivedCommunes();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const refresh = () => queryClient.invalidateQueries();
  const add = useMutation({
    mutationFn: (v: AddValues) =>
      api.addReceivedCommunes({
        communes: [{ code: v.code, name: v.name ?? null, contact: v.contact ?? null }],
      }),
    onSuccess: async () => {
      form.resetFields();
      await refresh();
      void message.success('Đã thêm xã vào danh sách.');
    },
    onError: (error) => modal.error({ title: 'Chưa thêm được xã', content: toShownError(error).message }),
  });
  const remove = useMutation({
    mutationFn: (code: string) => api.removeReceivedCommune({ code }),
    onSuccess: refresh,
    onError: (error) => modal.error({ title: 'Chưa bỏ được xã', content: toShownError(error).message }),
  });
  if (communes.isError) {
    return (
      <LoadError
        title="Không đọc được danh sách xã"
        error={communes.error}
        onRetry={() => void communes.refetch()}
      />
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Form<AddValues> form={form} layout="inline" name="add-commune" onFinish={(v) => add.mutate(v)}>
        <Form.Item
          name="code"
          rules={[{ required: true, pattern: /^\d{5}$/u, message: 'Mã xã gồm 5 chữ số.' }]}
        >
          <Input placeholder="Mã xã (5 chữ số)" aria-label="Mã xã" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="name">
          <Input
            placeholder="Tên xã (khi chưa có trong danh mục)"
            aria-label="Tên xã"
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item name="contact">
          <Input
            placeholder="Liên hệ (số điện thoại, người phụ trách)"
            aria-label="Liên hệ"
            style={{ width: 280 }}
          />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
          Thêm xã
        </Button>
      </Form>
      <Table<ReceivedCommune>
        rowKey="code"
        size="small"
        loading={communes.isPending}
        dataSource={communes.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có xã nào trong danh sách.' }}
        columns={[
          { title: 'Mã xã', dataIndex: 'code', width: 90 },
          { title: 'Xã, phường', dataIndex: 'name' },
          { title: 'Liên hệ', dataIndex: 'contact', render: (v: string | null) => v ?? '' },
          {
            title: 'Mã khóa đã ghi nhận',
            dataIndex: 'fingerprint',
            render: (v: string | null, c) =>
              v === null ? (
                <Typography.Text type="secondary">chưa nhận gói nào</Typography.Text>
              ) : (
                <span>
                  <Typography.Text code>{v}</Typography.Text>
                  {c.keyFirstSeenAt ? ` từ ${formatDateTime(c.keyFirstSeenAt)}` : ''}
                </span>
              ),
          },
          {
            title: '',
            key: 'remove',
            width: 60,
            render: (_: unknown, c) => (
              <Popconfirm
                title={`Bỏ ${c.name} khỏi danh sách?`}
                description="Gói của xã sẽ bị từ chối; dữ liệu đã nhận vẫn giữ."
                okText="Bỏ khỏi danh sách"
                cancelText="Không"
                onConfirm={() => remove.mutateAsync(c.code)}
              >
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Bỏ ${c.name}`} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
