/** Where the application looks for updates; empty means it never looks. */
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { settingsInputSchema } from '../../../../shared/contract/schemas';
import type { Settings } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { keys, useSettings } from '../../app/queries';
import { showFieldProblems, zodRule } from '../../components/forms/field-errors';
import { LoadError } from '../../components/LoadError';

function UpdateForm({ settings }: { settings: Settings }) {
  const [form] = Form.useForm<Settings>();
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const save = useMutation({
    mutationFn: (input: Pick<Settings, 'updateUrl'>) => api.updateSettings(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.settings, saved);
      form.setFieldsValue(saved);
      void message.success(
        saved.updateUrl === ''
          ? 'Đã lưu: ứng dụng sẽ không tự kiểm tra cập nhật.'
          : 'Đã lưu địa chỉ cập nhật.',
      );
    },
  });

  const submit = async (values: Settings) => {
    setProblem(null);
    try {
      await save.mutateAsync({ updateUrl: values.updateUrl ?? '' });
    } catch (error) {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields) || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  return (
    <Form<Settings>
      form={form}
      name="update-settings"
      layout="vertical"
      initialValues={settings}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        label="Địa chỉ máy chủ cập nhật"
        name="updateUrl"
        rules={[zodRule(settingsInputSchema.shape.updateUrl)]}
        extra="Do đơn vị cấp trên cung cấp, bắt đầu bằng https://. Để trống thì ứng dụng không tự kiểm tra cập nhật."
      >
        <Input placeholder="https://…" autoComplete="off" spellCheck={false} />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
      <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
        Lưu địa chỉ
      </Button>
    </Form>
  );
}

export function UpdateSettingsCard() {
  const settings = useSettings();
  return (
    <Card title="Cập nhật ứng dụng">
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : settings.isError ? (
        <LoadError
          title="Không đọc được cài đặt"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <UpdateForm settings={settings.data} />
      )}
    </Card>
  );
}
