/**
 * "Ban hành (cấp số)": after the signature, the number the clerk gave (checked for duplicates in
 * the year) or the register's next one, and the date. With composition warnings, the officer
 * confirms them or goes back to the team.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState, type ComponentRef } from 'react';
import { issueDocumentSchema } from '../../../../shared/contract/schemas';
import { nextNumber, padNumber } from '../../../../shared/documents/numbers';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { todayIso } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { navigateTo } from '../../app/router';
import { showFieldProblems, zodProblems } from '../../components/forms/field-errors';
import { settledValues } from '../../components/forms/settle-inputs';
import { useDocumentChanged, useOutgoingRegister } from './document-queries';
import { dateVi } from './document-text';
import { confirmSecondFounding, foundedTeamsOf } from './second-founding';
import { WarningsAlert } from './WarningsAlert';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { DateField } from '../../components/forms/DateField';

type NumberMode = 'clerk' | 'next';

interface FormValues {
  mode: NumberMode;
  number: number | null;
  date: Dayjs | null;
  confirmWarnings: boolean;
}

interface Props {
  open: boolean;
  doc: DocumentDetail;
  onClose: () => void;
}

export function IssueModal({ open, doc, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const numberInput = useRef<ComponentRef<typeof InputNumber>>(null);
  const changed = useDocumentChanged();
  const { message, modal } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const mode = Form.useWatch('mode', form) ?? 'clerk';
  const date = Form.useWatch('date', form) ?? null;
  const year = date?.year() ?? new Date().getFullYear();
  const register = useOutgoingRegister({ year, kind: null, includeDrafts: false });
  const next = register.data === undefined ? null : nextNumber(register.data);
  const hasWarnings = doc.warnings.length > 0;
  const firstTeam = doc.warnings[0]?.teamId ?? doc.teamIds[0] ?? null;

  useFocusOnOpen(open, () => numberInput.current?.focus());

  const issue = useMutation({
    mutationFn: api.issueDocument,
    onSuccess: changed,
  });

  const submit = async () => {
    setProblem(null);
    const values = await settledValues(form);
    if (values === null) return;
    const input = {
      id: doc.id,
      number: values.mode === 'clerk' ? (values.number ?? undefined) : null,
      date: values.date?.format('YYYY-MM-DD') ?? '',
      confirmWarnings: values.confirmWarnings,
    };
    const checked = issueDocumentSchema.safeParse(input);
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      let issued: DocumentDetail;
      try {
        issued = await issue.mutateAsync(checked.data);
      } catch (error) {
        // A team already founded: only a knowing confirmation records a second founding decision.
        if (foundedTeamsOf(error) === null) throw error;
        if (!(await confirmSecondFounding(modal, toShownError(error).message))) return;
        issued = await issue.mutateAsync({ ...checked.data, force: true });
      }
      void message.success(
        `Đã ban hành: Số ${issued.numberText ?? ''}, ngày ${dateVi(issued.date)}. Hãy đính kèm bản quét khi đã đóng dấu.`,
      );
      onClose();
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields);
      if (!onFields) setProblem(shown.message);
    }
  };

  const backToTeam = () => {
    onClose();
    if (firstTeam !== null) navigateTo('to', { id: firstTeam });
  };

  return (
    <Modal
      open={open}
      title="Ban hành văn bản (cấp số)"
      onCancel={onClose}
      destroyOnHidden
      width={600}
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      cancelText="Hủy"
      footer={(_, { CancelBtn }) => (
        <>
          {hasWarnings && <Button onClick={backToTeam}>Quay lại sửa Tổ</Button>}
          <CancelBtn />
          <Button type="primary" htmlType="submit" loading={issue.isPending}>
            Ban hành
          </Button>
        </>
      )}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="issue"
          layout="vertical"
          clearOnDestroy
          initialValues={{ mode: 'clerk', number: null, date: dayjs(todayIso()), confirmWarnings: false }}
          onValuesChange={(changedValues: Partial<FormValues>) => {
            if (changedValues.mode === 'next') form.setFields([{ name: 'number', errors: [] }]);
            if (changedValues.mode === 'clerk') requestAnimationFrame(() => numberInput.current?.focus());
          }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <p className="modal-lead">
        Cấp số và ngày sau khi lãnh đạo đã ký. Số do văn thư cấp theo sổ văn bản đi của cơ quan; mỗi số chỉ
        dùng một lần trong năm.
      </p>
      <Form.Item label="Số văn bản" name="mode" className="issue-mode">
        <Radio.Group className="issue-mode-group">
          <Radio value="clerk">Nhập số văn thư đã cấp</Radio>
          <Radio value="next">
            Lấy số tiếp theo của sổ
            {next !== null && <span className="issue-next"> (số {padNumber(next)})</span>}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <div className="issue-row">
        <Form.Item
          label="Số"
          name="number"
          className="issue-number"
          hidden={mode !== 'clerk'}
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                if (form.getFieldValue('mode') === 'clerk' && (value === null || value === undefined)) {
                  throw new Error('Hãy nhập số văn thư đã cấp, hoặc chọn “Lấy số tiếp theo của sổ”.');
                }
              },
            },
          ]}
          extra={`Ký hiệu: /${doc.symbol}`}
        >
          <InputNumber ref={numberInput} placeholder="Ví dụ: 7" className="input-full" />
        </Form.Item>
        <Form.Item
          label="Ngày ban hành"
          name="date"
          className="issue-date"
          rules={[{ required: true, message: 'Hãy chọn ngày ban hành (ngày ký).' }]}
        >
          <DateField
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            className="input-full"
          />
        </Form.Item>
      </div>
      {hasWarnings && (
        <>
          <WarningsAlert warnings={doc.warnings} className="issue-warnings" />
          <Form.Item
            name="confirmWarnings"
            valuePropName="checked"
            rules={[
              {
                validator: async (_rule, value: unknown) => {
                  if (value !== true) {
                    throw new Error('Hãy đánh dấu ô này để ban hành, hoặc bấm “Quay lại sửa Tổ”.');
                  }
                },
              },
            ]}
          >
            <Checkbox>Tôi đã xem các cảnh báo và vẫn ban hành</Checkbox>
          </Form.Item>
        </>
      )}
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
