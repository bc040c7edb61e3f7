/**
 * "Thư mục theo dõi" in the unit's settings (issue 10, item 3): the network share or synced folder
 * (the office's cloud drive) the communes' bundles land in; scanned when the screen opens and on
 * "Quét lại" in the import tab. Checked with the contract's schema in the browser.
 */
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Skeleton } from 'antd';
import { useState } from 'react';
import { watchFolderInputSchema } from '../../../../shared/contract/watch-schemas';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { showFieldProblems, zodRule } from '../../components/forms/field-errors';
import { FolderInput } from '../../components/files/FolderInput';
import { LoadError } from '../../components/LoadError';
import { receivingKeys, useWatchScan } from './receiving-queries';

interface Values {
  folder?: string;
}

function WatchFolderForm({ folder }: { folder: string }) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (input: { folder: string }) => api.setWatchFolder(input),
    onSuccess: (scan) => {
      queryClient.setQueryData(receivingKeys.watchScan, scan);
      void message.success(scan.folder === '' ? 'Đã bỏ thư mục theo dõi.' : 'Đã lưu thư mục theo dõi.');
    },
  });
  const submit = async (values: Values) => {
    setProblem(null);
    try {
      await save.mutateAsync({ folder: values.folder ?? '' });
    } catch (error) {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields) || shown.code !== 'validation') setProblem(shown.message);
    }
  };
  return (
    <Form<Values>
      form={form}
      name="watch-folder"
      layout="vertical"
      initialValues={{ folder }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        label="Thư mục theo dõi"
        name="folder"
        rules={[zodRule(watchFolderInputSchema.shape.folder)]}
        extra="Ổ mạng hoặc thư mục đồng bộ (OneDrive, Google Drive…) nơi các xã gửi gói số liệu. Khi mở ứng dụng và khi bấm «Quét lại», các tệp .zip chưa nhận trong thư mục này được đưa ra để nhập. Để trống nếu không dùng."
      >
        <FolderInput title="Thư mục theo dõi" placeholder="D:\OneDrive\Goi so lieu cac xa" />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
      <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
        Lưu thư mục theo dõi
      </Button>
    </Form>
  );
}

export function WatchFolderCard() {
  const scan = useWatchScan();
  return (
    <Card
      title={<h3 className="card-heading">Nhận gói số liệu qua thư mục dùng chung</h3>}
      style={{ maxWidth: 880, marginTop: 24 }}
    >
      {scan.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : scan.isError ? (
        <LoadError
          title="Không đọc được thư mục theo dõi"
          error={scan.error}
          onRetry={() => void scan.refetch()}
        />
      ) : (
        <WatchFolderForm key={scan.data.folder} folder={scan.data.folder} />
      )}
    </Card>
  );
}
