/**
 * The officer's part of a report: difficulties, proposals and next tasks (one paragraph a line)
 * and who signs — the head (the commune's Chairman, a Sở's Director) or a deputy signing for the
 * head ("KT."). Checked with the contract's reportTextsSchema in the browser, each problem under
 * its field; the backend's refusals land there too. Used to create a report and to change a
 * draft, at the commune and at the receiving unit (its aggregated report).
 */
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import {
  REPORT_TEXT_SECTIONS,
  reportTextsSchema,
  type ReportTexts,
} from '../../../../shared/contract/report-schemas';
import type { ReportDocumentTexts } from '../../../../shared/contract/report-types';
import type { Leader, Profile } from '../../../../shared/contract/types';
import { toShownError } from '../../app/errors';
import { showFieldProblems, zodProblems } from '../../components/forms/field-errors';

export type ReportSigner = ReportDocumentTexts['signer'];

/** Who may sign: the head, and the deputies who sign for the head. */
export interface Signers {
  head: Leader | null;
  deputies: Leader[];
}

/** The commune's signers: its Chairman and Vice-Chairmen. */
export function communeSigners(profile: Profile): Signers {
  return { head: profile.chairman, deputies: profile.viceChairmen };
}

interface FormValues extends ReportTexts {
  /** "chairman" (the head), or the name of the deputy who signs for the head. */
  signer: string;
}

interface Props {
  signers: Signers;
  initial: ReportTexts;
  signer: ReportSigner | null;
  submitLabel: string;
  /** Saves; a refusal is thrown back to be shown under its field (or above the button). */
  onSubmit: (texts: ReportTexts, signer: ReportSigner) => Promise<unknown>;
  onDirtyChange?: (dirty: boolean) => void;
}

const placeholders: Record<(typeof REPORT_TEXT_SECTIONS)[number]['key'], string> = {
  difficulties: 'Ví dụ: Sóng di động ở một số thôn vùng núi còn yếu…',
  proposals: 'Ví dụ: Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu hướng dẫn…',
  nextTasks: 'Ví dụ: Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử…',
};

export function ReportSectionsForm({
  signers,
  initial,
  signer,
  submitLabel,
  onSubmit,
  onDirtyChange,
}: Props) {
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (values: FormValues) => {
    setProblem(null);
    const checked = reportTextsSchema.safeParse({
      difficulties: values.difficulties ?? '',
      proposals: values.proposals ?? '',
      nextTasks: values.nextTasks ?? '',
    });
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    const chosen: ReportSigner =
      values.signer === 'chairman'
        ? { mode: 'chairman', name: signers.head?.name ?? '' }
        : { mode: 'vice_chairman', name: values.signer };
    setSaving(true);
    try {
      await onSubmit(checked.data, chosen);
      onDirtyChange?.(false);
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields, (path) => path.replace(/^texts\./u, ''));
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      name="report-sections"
      layout="vertical"
      className="report-sections-form"
      initialValues={{
        ...initial,
        signer:
          signer !== null && signer.mode === 'vice_chairman'
            ? signer.name
            : signers.head === null
              ? signers.deputies[0]?.name
              : 'chairman',
      }}
      onValuesChange={() => onDirtyChange?.(true)}
      onFinish={(values) => void submit(values)}
    >
      {REPORT_TEXT_SECTIONS.map((section) => (
        <Form.Item key={section.key} name={section.key} label={section.heading} extra="Mỗi đoạn một dòng.">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={placeholders[section.key]} />
        </Form.Item>
      ))}
      <Form.Item
        name="signer"
        label="Người ký"
        rules={[{ required: true, message: 'Hãy chọn người ký.' }]}
        extra={
          signers.head === null && signers.deputies.length === 0
            ? 'Chưa có người ký: hãy nhập thủ trưởng, cấp phó trong thông tin cơ quan.'
            : undefined
        }
      >
        <Radio.Group
          options={[
            ...(signers.head === null
              ? []
              : [{ value: 'chairman', label: `${signers.head.title} ${signers.head.name}` }]),
            ...signers.deputies.map((v) => ({
              value: v.name,
              label: `${v.title} ${v.name} (KT. ${signers.head?.title ?? v.title.replace(/^Phó\s+/iu, '')})`,
            })),
          ]}
        />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} className="report-form-problem" />}
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Form>
  );
}
