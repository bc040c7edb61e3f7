/**
 * The commune profile form, one component for the first setup and for Settings. It checks the
 * input with the contract's schema before sending it, and shows the backend's problems next to
 * their fields.
 */
import { Alert, Button, Form, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { profileInputSchema, type ProfileInput } from '../../../../shared/contract/schemas';
import { toShownError } from '../../app/errors';
import { useCommunes, useProvinces } from '../../app/queries';
import { showFieldProblems, zodProblems } from '../forms/field-errors';
import { DocumentFields } from './DocumentFields';
import { LeaderFields } from './LeaderFields';
import { fieldOfPath, valuesToInput, type ProfileFormValues } from './profile-form-values';
import { UnitFields } from './UnitFields';
import { useUnitDefaults } from './use-unit-defaults';

interface Props {
  /** Prefix of the fields' ids (two forms may be on one page). */
  name: string;
  initialValues: ProfileFormValues;
  submitLabel: string;
  submitIcon?: ReactNode;
  /** Saves; throws the backend's error when refused. */
  onSubmit: (input: ProfileInput) => Promise<unknown>;
  /** More buttons beside the submit button. */
  actions?: ReactNode;
}

export function ProfileForm({ name, initialValues, submitLabel, submitIcon, onSubmit, actions }: Props) {
  const [form] = Form.useForm<ProfileFormValues>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const manual = Form.useWatch('manualUnit', form) === true;
  const provinceCode = Form.useWatch<string | undefined>('provinceCode', form);
  const communeCode = Form.useWatch<string | undefined>('communeCode', form);
  const typedProvince = Form.useWatch<string | undefined>('provinceName', form);
  const typedCommune = Form.useWatch<string | undefined>('communeName', form);
  const provinces = useProvinces();
  const communes = useCommunes(manual ? undefined : provinceCode);
  const chosen = {
    provinceName: provinces.data?.find((p) => p.code === provinceCode)?.name,
    communeName: communes.data?.find((c) => c.code === communeCode)?.name,
  };
  useUnitDefaults(
    form,
    manual ? typedProvince : chosen.provinceName,
    manual ? typedCommune : chosen.communeName,
  );

  const submit = async () => {
    setProblem(null);
    const values = form.getFieldsValue(true) as ProfileFormValues;
    const input = valuesToInput(values, chosen);
    const rename = (path: string) => fieldOfPath(path, values.manualUnit);
    const checked = profileInputSchema.safeParse(input);
    if (!checked.success) {
      if (!showFieldProblems(form, zodProblems(checked.error), rename)) {
        setProblem('Thông tin chưa đúng. Hãy kiểm tra lại các ô.');
      }
      return;
    }
    setSaving(true);
    try {
      await onSubmit(input);
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields, rename);
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ProfileFormValues>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      onFinish={() => void submit()}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      }}
      requiredMark
      className="profile-form"
    >
      <h2 className="form-section">Đơn vị hành chính</h2>
      <UnitFields />
      <h2 className="form-section">Trình bày trên văn bản</h2>
      <DocumentFields />
      <h2 className="form-section">Lãnh đạo Ủy ban nhân dân</h2>
      <LeaderFields />
      {problem !== null && (
        <Alert type="error" showIcon title={problem} className="form-problem" role="alert" />
      )}
      <Space size="middle" wrap className="form-actions">
        <Button type="primary" htmlType="submit" icon={submitIcon} loading={saving}>
          {submitLabel}
        </Button>
        {actions}
      </Space>
    </Form>
  );
}
