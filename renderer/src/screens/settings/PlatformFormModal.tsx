/** Add a digital platform to the catalog (a stable code and its Vietnamese name), or rename one: its code stays. */
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { platformInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { Platform } from '../../../../shared/contract/monthly-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';

interface FormValues {
  code?: string;
  name?: string;
}

interface Props {
  open: boolean;
  /** The platform renamed, or null to add one. */
  platform: Platform | null;
  onClose: () => void;
}

export function PlatformFormModal({ open, platform, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const first = useRef<InputRef>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshMonthly();
  const { message } = App.useApp();
  useFocusOnOpen(open, () => first.current?.focus());

  const save = useMutation({
    mutationFn: (input: { code: string; name: string }) =>
      platform === null ? api.addPlatform(input) : api.renamePlatform(input),
    onSuccess: () => refresh(),
  });

  const submit = async () => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FormValues;
    const checked = platformInputSchema.safeParse({ code: values.code ?? '', name: values.name ?? '' });
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      void message.success(
        platform === null
          ? `Đã thêm nền tảng “${saved.name}”.`
          : `Đã đổi tên nền tảng thành “${saved.name}”.`,
      );
      onClose();
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields);
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  return (
    <Modal
      open={open}
      title={platform === null ? 'Thêm nền tảng số' : 'Đổi tên nền tảng số'}
      onCancel={onClose}
      destroyOnHidden
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      okText={platform === null ? 'Thêm' : 'Lưu'}
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="platform"
          layout="vertical"
          clearOnDestroy
          initialValues={{ code: platform?.code ?? '', name: platform?.name ?? '' }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <Form.Item
        label="Mã nền tảng"
        name="code"
        rules={[zodRule(platformInputSchema.shape.code)]}
        extra={
          platform === null
            ? 'Chữ thường tiếng Anh không dấu, ví dụ vnpost_app.'
            : 'Mã không đổi được: các hoạt động đã ghi vẫn mang mã này.'
        }
      >
        <Input
          ref={platform === null ? first : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={platform !== null}
        />
      </Form.Item>
      <Form.Item label="Tên nền tảng" name="name" rules={[zodRule(platformInputSchema.shape.name)]}>
        <Input ref={platform === null ? undefined : first} autoComplete="off" />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
    </Modal>
  );
}
