/**
 * Add or edit one training (bồi dưỡng, tập huấn): date, topic, organiser (suggestions: the usual
 * organisers and those already typed), in person or online, hours, and the people who attended.
 * Checked with the contract's schema; the backend's refusals shown next to the field.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Form, Input, InputNumber, Modal, Switch, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { trainingInputSchema, type TrainingInput } from '../../../../shared/contract/monthly-schemas';
import type { Training } from '../../../../shared/contract/monthly-types';
import { trainingOrganisers } from '../../../../shared/domain/activities';
import { compareVi } from '../../../../shared/vi/text';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { DateField } from '../../components/forms/DateField';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';
import { AttendeesPicker } from './AttendeesPicker';

interface FormValues {
  date?: Dayjs | null;
  topic?: string;
  organiser?: string;
  online?: boolean;
  hours?: number | null;
  attendeeIds?: string[];
  note?: string;
}

interface Props {
  open: boolean;
  /** The training edited; null to add one. */
  training: Training | null;
  /** Organisers already typed in other trainings: offered with the usual ones. */
  usedOrganisers: readonly string[];
  onClose: () => void;
}

export function TrainingFormModal({ open, training, usedOrganisers, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const topicInput = useRef<InputRef>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshMonthly();
  const { message } = App.useApp();
  const adding = training === null;
  useFocusOnOpen(open, () => topicInput.current?.focus());

  const organiserOptions = useMemo(
    () =>
      [...new Set([...trainingOrganisers, ...usedOrganisers])]
        .sort(compareVi)
        .map((o) => ({ value: o, search: searchKey(o) })),
    [usedOrganisers],
  );

  const save = useMutation({
    mutationFn: (input: TrainingInput) =>
      training === null ? api.addTraining(input) : api.updateTraining({ id: training.id, ...input }),
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
    const checked = trainingInputSchema.safeParse({
      date: values.date?.format('YYYY-MM-DD') ?? '',
      topic: values.topic ?? '',
      organiser: values.organiser ?? '',
      online: values.online ?? false,
      hours: values.hours ?? null,
      teamId: training?.teamId ?? null,
      attendeeIds: values.attendeeIds ?? [],
      note: values.note ?? '',
    });
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      void message.success(adding ? `Đã thêm lớp “${saved.topic}”.` : `Đã lưu lớp “${saved.topic}”.`);
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
      title={adding ? 'Thêm lớp bồi dưỡng, tập huấn' : `Sửa lớp “${training.topic}”`}
      onCancel={onClose}
      destroyOnHidden
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      width={640}
      okText={adding ? 'Thêm' : 'Lưu'}
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="training"
          layout="vertical"
          clearOnDestroy
          initialValues={
            training === null
              ? {
                  date: dayjs(),
                  topic: '',
                  organiser: '',
                  online: false,
                  hours: null,
                  attendeeIds: [],
                  note: '',
                }
              : {
                  date: dayjs(training.date),
                  topic: training.topic,
                  organiser: training.organiser,
                  online: training.online,
                  hours: training.hours,
                  attendeeIds: training.attendees.map((a) => a.personId),
                  note: training.note ?? '',
                }
          }
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <Form.Item label="Nội dung bồi dưỡng" name="topic" rules={[zodRule(trainingInputSchema.shape.topic)]}>
        <Input ref={topicInput} autoComplete="off" />
      </Form.Item>
      <div className="training-form-row">
        <Form.Item
          label="Ngày"
          name="date"
          rules={[{ required: true, message: 'Ngày: chưa nhập. Hãy nhập ngày dạng dd/mm/yyyy.' }]}
        >
          <DateField allowClear={false} />
        </Form.Item>
        <Form.Item label="Số giờ" name="hours" rules={[zodRule(trainingInputSchema.shape.hours, null)]}>
          <InputNumber step={0.5} decimalSeparator="," placeholder="ví dụ 3" />
        </Form.Item>
        <Form.Item label="Học trực tuyến" name="online" valuePropName="checked">
          <Switch />
        </Form.Item>
      </div>
      <Form.Item
        label="Đơn vị tổ chức"
        name="organiser"
        rules={[zodRule(trainingInputSchema.shape.organiser)]}
      >
        <AutoComplete
          options={organiserOptions}
          placeholder="Gõ hoặc chọn: Sở Khoa học và Công nghệ, VNPT…"
          showSearch={{ filterOption: foldedFilter }}
        />
      </Form.Item>
      <Form.Item label="Người dự" name="attendeeIds">
        <AttendeesPicker known={training?.attendees ?? []} />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
    </Modal>
  );
}
