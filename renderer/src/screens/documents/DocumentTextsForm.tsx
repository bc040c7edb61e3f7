/**
 * The texts of a draft the officer may change before printing: summary, legal bases, proposal,
 * the articles, recipients and the signer. Checked with the contract's schema; saved texts make
 * the preview draw the document again. Ctrl+S saves.
 */
import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Form, Input, Select } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { documentTextsSchema, signerModes, type DocumentTexts } from '../../../../shared/contract/schemas';
import type { DocumentDetail, Profile } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { leaderOptions, signerFor, signerModeLabels, type SignerMode } from './document-text';
import { textLimits } from '../../../../shared/contract/limits';

interface Props {
  doc: DocumentDetail & { texts: DocumentTexts };
  profile: Profile;
  dirty: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (doc: DocumentDetail) => void | Promise<void>;
}

type FormValues = DocumentTexts;

const shape = documentTextsSchema.shape;
const rules = {
  summary: [zodRule(shape.summary)],
  proposal: [zodRule(shape.proposal)],
  article1: [zodRule(shape.article1)],
  effect: [zodRule(shape.effect)],
  executors: [zodRule(shape.executors)],
  signerName: [zodRule(shape.signer.shape.name)],
};

const modeOptions = signerModes.map((mode) => ({ value: mode, label: signerModeLabels[mode] }));

interface LinesProps {
  name: 'legalBases' | 'tasks' | 'recipients';
  label: string;
  /** The name of one line, for assistive technology: "Căn cứ 2". */
  lineLabel: string;
  addLabel: string;
  help: string;
  max: number;
}

/** A list of lines (legal bases, tasks, recipients): each one editable, removable, added at the end. */
function Lines({ name, label, lineLabel, addLabel, help, max }: LinesProps) {
  return (
    <div className="texts-lines" role="group" aria-label={label}>
      <div className="texts-lines-label">{label}</div>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="texts-line">
                <Form.Item
                  name={field.name}
                  className="texts-line-input"
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: `${lineLabel} ${index + 1}: dòng đang trống, hãy điền hoặc xóa dòng.`,
                    },
                  ]}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    maxLength={textLimits.notes}
                    aria-label={`${lineLabel} ${index + 1}`}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa ${lineLabel.toLocaleLowerCase('vi')} ${index + 1}`}
                  title="Xóa dòng này"
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              disabled={fields.length >= max}
              onClick={() => add('')}
            >
              {addLabel}
            </Button>
            <div className="texts-help">{help}</div>
          </>
        )}
      </Form.List>
    </div>
  );
}

export function DocumentTextsForm({ doc, profile, dirty, onDirtyChange, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const leaders = leaderOptions(profile);

  const save = useMutation({
    mutationFn: (texts: DocumentTexts) => api.updateDocumentTexts({ id: doc.id, texts }),
  });

  const submit = async () => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const checked = documentTextsSchema.safeParse(form.getFieldsValue(true));
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      onDirtyChange(false);
      void message.success('Đã lưu nội dung; bản xem trước đã cập nhật.');
      await onSaved(saved);
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields, (path) => path.replace(/^texts\./u, ''));
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Form<FormValues>
      form={form}
      name={`texts-${doc.id}`}
      layout="vertical"
      className="texts-form"
      initialValues={doc.texts}
      onKeyDown={onKeyDown}
      onFinish={() => void submit()}
      onValuesChange={(changed: Partial<FormValues>) => {
        const mode = changed.signer?.mode as SignerMode | undefined;
        if (mode !== undefined) {
          // A leader's name follows the mode; a name typed by hand stays.
          const current = form.getFieldValue(['signer', 'name']) as string | undefined;
          const proposed = signerFor(mode, profile);
          const isLeader = leaders.some((l) => l.value === current) || (current ?? '').trim() === '';
          if (proposed !== null && isLeader) form.setFieldValue(['signer', 'name'], proposed);
        }
        if (!dirty) onDirtyChange(true);
      }}
    >
      <Form.Item label="Trích yếu" name="summary" required rules={rules.summary}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={textLimits.summary} />
      </Form.Item>
      <Lines
        name="legalBases"
        label="Căn cứ"
        lineLabel="Căn cứ"
        addLabel="Thêm căn cứ"
        help="Mỗi dòng một căn cứ, không cần dấu “;” cuối dòng."
        max={12}
      />
      <Form.Item
        label="Theo đề nghị của"
        name="proposal"
        required
        rules={rules.proposal}
        extra="Cả câu, ví dụ: Theo đề nghị của công chức Văn hóa - Xã hội."
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={textLimits.summary} />
      </Form.Item>
      <Form.Item label="Điều 1" name="article1" required rules={rules.article1}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={textLimits.paragraph} />
      </Form.Item>
      <Lines
        name="tasks"
        label="Nhiệm vụ của Tổ (Điều 2)"
        lineLabel="Nhiệm vụ"
        addLabel="Thêm nhiệm vụ"
        help="Mỗi dòng một đoạn của Điều 2."
        max={12}
      />
      <Form.Item label="Hiệu lực (Điều 3)" name="effect" required rules={rules.effect}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={textLimits.notes} />
      </Form.Item>
      <Form.Item label="Tổ chức thực hiện (Điều 4)" name="executors" required rules={rules.executors}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={textLimits.paragraph} />
      </Form.Item>
      <Lines
        name="recipients"
        label="Nơi nhận"
        lineLabel="Nơi nhận"
        addLabel="Thêm nơi nhận"
        help="Mỗi dòng một nơi nhận, không cần dấu “-” đầu dòng; dòng cuối thường là “Lưu: VT, VHXH”."
        max={15}
      />
      <div className="texts-signer">
        <Form.Item label="Người ký" name={['signer', 'mode']} required className="texts-signer-mode">
          <Select options={modeOptions} />
        </Form.Item>
        <Form.Item
          label="Họ tên người ký"
          name={['signer', 'name']}
          required
          rules={rules.signerName}
          className="texts-signer-name"
        >
          <AutoComplete
            options={leaders}
            placeholder="Chọn hoặc gõ họ tên"
            maxLength={textLimits.personName}
            filterOption={(typed, option) =>
              (option?.value ?? '').toLocaleLowerCase('vi').includes(typed.toLocaleLowerCase('vi'))
            }
          />
        </Form.Item>
      </div>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
      <div className={dirty ? 'texts-footer texts-footer-dirty' : 'texts-footer'}>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          Lưu nội dung
        </Button>
        <Button
          icon={<UndoOutlined />}
          disabled={!dirty}
          onClick={() => {
            form.resetFields();
            setProblem(null);
            onDirtyChange(false);
          }}
        >
          Hoàn tác
        </Button>
        <span className="texts-footer-note" aria-live="polite">
          {dirty ? 'Có thay đổi chưa lưu' : ''}
        </span>
      </div>
    </Form>
  );
}
