/**
 * Add an indicator to the catalog, or rename one (name and unit; the code and the pillar of an
 * indicator in use never change). Checked with the contract's schema; the backend's refusals (a
 * code already used, even by a removed indicator) are shown next to the field.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Form, Input, Modal, Select, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { indicatorInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { z } from 'zod';
import type { Indicator, Platform } from '../../../../shared/contract/monthly-types';
import { indicatorUnits, pillarLabels, pillars, type Pillar } from '../../../../shared/domain/activities';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';

interface FormValues {
  code?: string;
  name?: string;
  unit?: string;
  pillar?: Pillar;
  platform?: string | null;
}

interface Props {
  open: boolean;
  /** The indicator renamed; null to add one. */
  indicator: Indicator | null;
  platforms: readonly Platform[];
  onClose: () => void;
}

type IndicatorInput = z.output<typeof indicatorInputSchema>;

const pillarOptions = pillars.map((p) => ({ value: p, label: pillarLabels[p] }));
const unitOptions = indicatorUnits.map((u) => ({ value: u, search: searchKey(u) }));

export function IndicatorFormModal({ open, indicator, platforms, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const first = useRef<InputRef>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshMonthly();
  const { message } = App.useApp();
  const adding = indicator === null;
  useFocusOnOpen(open, () => first.current?.focus());

  const save = useMutation({
    mutationFn: (input: IndicatorInput) =>
      indicator === null
        ? api.addIndicator(input)
        : api.renameIndicator({ code: indicator.code, name: input.name, unit: input.unit }),
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
    const checked = indicatorInputSchema.safeParse({
      code: indicator?.code ?? values.code ?? '',
      name: values.name ?? '',
      unit: values.unit ?? '',
      pillar: indicator?.pillar ?? values.pillar,
      platform: indicator?.platform ?? values.platform ?? null,
    });
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      void message.success(adding ? `Đã thêm chỉ tiêu “${saved.name}”.` : `Đã lưu chỉ tiêu “${saved.name}”.`);
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
      title={adding ? 'Thêm chỉ tiêu' : `Đổi tên chỉ tiêu “${indicator.name}”`}
      onCancel={onClose}
      destroyOnHidden
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      okText={adding ? 'Thêm' : 'Lưu'}
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="indicator"
          layout="vertical"
          clearOnDestroy
          initialValues={
            indicator === null
              ? { code: '', name: '', unit: '', pillar: 'digital_government', platform: null }
              : indicator
          }
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      {adding && (
        <Form.Item
          label="Mã chỉ tiêu"
          name="code"
          rules={[zodRule(indicatorInputSchema.shape.code)]}
          extra="Chữ thường tiếng Anh không dấu, nối bằng dấu gạch dưới, ví dụ wifi_points. Mã không đổi và không bao giờ dùng lại."
        >
          <Input ref={first} autoComplete="off" spellCheck={false} />
        </Form.Item>
      )}
      <Form.Item label="Tên chỉ tiêu" name="name" rules={[zodRule(indicatorInputSchema.shape.name)]}>
        <Input ref={adding ? undefined : first} autoComplete="off" />
      </Form.Item>
      <Form.Item label="Đơn vị tính" name="unit" rules={[zodRule(indicatorInputSchema.shape.unit)]}>
        <AutoComplete
          options={unitOptions}
          placeholder="người, hộ, tài khoản…"
          showSearch={{ filterOption: foldedFilter }}
        />
      </Form.Item>
      {adding && (
        <>
          <Form.Item label="Trụ cột" name="pillar">
            <Select options={pillarOptions} />
          </Form.Item>
          <Form.Item label="Nền tảng số" name="platform">
            <Select
              allowClear
              placeholder="Không gắn với nền tảng nào"
              options={platforms.map((p) => ({
                value: p.code,
                label: p.name,
                search: searchKey(p.name, p.code),
              }))}
              showSearch={{ filterOption: foldedFilter }}
            />
          </Form.Item>
        </>
      )}
      {problem !== null && (
        <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
      )}
    </Modal>
  );
}
