/**
 * The register's own columns of a numbered document (Decree 30, Appendix IV): how many copies
 * were made, when it was sent, and notes. The clerk fills them after sending.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { showFieldProblems } from '../../components/forms/field-errors';
import { settleInputs } from '../../components/forms/settle-inputs';
import { textLimits } from '../../../../shared/contract/limits';
import { DateField } from '../../components/forms/DateField';

interface Values {
  copies: number | null;
  sentOn: Dayjs | null;
  notes: string;
}

export function RegisterEntryForm({
  doc,
  onSaved,
}: {
  doc: DocumentDetail;
  onSaved: (doc: DocumentDetail) => Promise<void>;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (values: Values) =>
      api.updateRegisterEntry({
        id: doc.id,
        copies: values.copies ?? null,
        sentOn: values.sentOn ? values.sentOn.format('YYYY-MM-DD') : null,
        notes: values.notes ?? '',
      }),
    onSuccess: async (saved) => {
      void message.success('Đã ghi vào sổ văn bản đi.');
      await onSaved(saved);
    },
    onError: (error) => {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields)) void message.error(shown.message);
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="inline"
      className="doc-register-entry"
      aria-label="Thông tin sổ văn bản đi"
      initialValues={{
        copies: doc.copies,
        sentOn: doc.sentOn ? dayjs(doc.sentOn) : null,
        notes: doc.notes ?? '',
      }}
      onFinish={async () => {
        await settleInputs();
        save.mutate(form.getFieldsValue());
      }}
    >
      <Form.Item label="Số lượng bản" name="copies">
        <InputNumber style={{ width: 80 }} />
      </Form.Item>
      <Form.Item label="Ngày chuyển" name="sentOn">
        <DateField />
      </Form.Item>
      <Form.Item label="Ghi chú" name="notes">
        <Input maxLength={textLimits.shortNotes} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          Ghi vào sổ
        </Button>
      </Form.Item>
    </Form>
  );
}
