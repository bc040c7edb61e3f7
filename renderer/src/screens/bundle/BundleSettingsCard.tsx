/**
 * The handoff's settings in Settings (issue 10, item 3): the receiving level's e-mail address,
 * whether the upper level asked for phone numbers, and the shared folder each export is also
 * written to.
 */
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { bundleSettingsInputSchema } from '../../../../shared/contract/bundle-schemas';
import type { BundleSettings } from '../../../../shared/contract/bundle-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { showFieldProblems, zodRule } from '../../components/forms/field-errors';
import { LoadError } from '../../components/LoadError';
import { FolderInput } from '../../components/files/FolderInput';
import { bundleKeys, useBundleSettings } from './bundle-queries';

type Values = Pick<BundleSettings, 'receivingEmail' | 'sendPhones' | 'sharedFolder'>;

function SettingsForm({ settings }: { settings: BundleSettings }) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (input: Values) => api.updateBundleSettings(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(bundleKeys.settings, saved);
      void message.success('Đã lưu cài đặt gửi số liệu.');
    },
  });
  const submit = async (values: Values) => {
    setProblem(null);
    try {
      await save.mutateAsync({
        receivingEmail: values.receivingEmail ?? '',
        sendPhones: values.sendPhones === true,
        sharedFolder: values.sharedFolder ?? '',
      });
    } catch (error) {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields) || shown.code !== 'validation') setProblem(shown.message);
    }
  };
  const shape = bundleSettingsInputSchema.shape;
  return (
    <Form<Values>
      form={form}
      name="bundle-settings"
      layout="vertical"
      initialValues={settings}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        label="Thư điện tử của cấp nhận báo cáo"
        name="receivingEmail"
        rules={[zodRule(shape.receivingEmail.unwrap())]}
        extra="Người nhận của thư nháp kèm gói số liệu."
      >
        <Input placeholder="vanthu.skhcn@…gov.vn" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="sendPhones"
        valuePropName="checked"
        extra="Chỉ chọn khi cấp trên yêu cầu; mặc định số điện thoại của người dân không rời khỏi xã."
      >
        <Checkbox>Cấp trên yêu cầu gửi kèm số điện thoại</Checkbox>
      </Form.Item>
      <Form.Item
        label="Thư mục dùng chung"
        name="sharedFolder"
        rules={[zodRule(shape.sharedFolder.unwrap())]}
        extra="Ổ mạng hoặc thư mục đồng bộ (OneDrive, Google Drive…) của cơ quan; mỗi lần xuất gói cũng chép vào đây. Để trống nếu không dùng."
      >
        <FolderInput title="Thư mục dùng chung" placeholder="D:\OneDrive\Bao cao CNSCD" />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
      <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
        Lưu cài đặt gửi số liệu
      </Button>
    </Form>
  );
}

export function BundleSettingsCard() {
  const settings = useBundleSettings();
  return (
    <Card title="Gửi số liệu cho cấp trên">
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : settings.isError ? (
        <LoadError
          title="Không đọc được cài đặt gửi số liệu"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </Card>
  );
}
