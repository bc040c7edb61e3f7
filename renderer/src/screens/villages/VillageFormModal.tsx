/**
 * Add or edit one village: checked with the contract's schema as the user types, problems the
 * backend finds (a name already used) shown next to the field. Enter saves.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { householdsSchema, villageInputSchema, type VillageInput } from '../../../../shared/contract/schemas';
import type { Village } from '../../../../shared/contract/types';
import {
  kindAfterNameChange,
  villageKindLabels,
  villageKinds,
  type VillageKind,
} from '../../../../shared/domain/villages';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { keys } from '../../app/queries';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { textLimits } from '../../../../shared/contract/limits';

interface FormValues {
  name?: string;
  kind?: VillageKind;
  households?: number | null;
}

interface Props {
  open: boolean;
  /** The village being edited; null to add a new one. */
  village: Village | null;
  onClose: () => void;
}

const kindOptions = villageKinds.map((kind) => ({ value: kind, label: villageKindLabels[kind] }));

function describe(village: { name: string }): string {
  return `“${village.name}”`;
}

export function VillageFormModal({ open, village, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const nameInput = useRef<InputRef>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Once the officer has chosen the kind in this dialog, the name no longer sets it.
  const kindChosen = useRef(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const adding = village === null;

  useFocusOnOpen(open, () => nameInput.current?.focus());

  useEffect(() => {
    if (open) kindChosen.current = false;
  }, [open]);

  const save = useMutation({
    mutationFn: (input: VillageInput) =>
      village === null ? api.createVillage(input) : api.updateVillage({ id: village.id, ...input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.villages }),
        queryClient.invalidateQueries({ queryKey: keys.info }),
      ]),
  });

  /** Saves; `next` keeps the window open, emptied, for the next village. */
  const submit = async (next: boolean) => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FormValues;
    const input = { name: values.name ?? '', kind: values.kind ?? 'thon', households: values.households };
    const checked = villageInputSchema.safeParse(input);
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      void message.success(adding ? `Đã thêm ${describe(saved)}.` : `Đã lưu ${describe(saved)}.`);
      if (next) {
        // The kind stays as chosen: villages are often typed in kind by kind.
        form.setFieldsValue({ name: '', households: null });
        nameInput.current?.focus();
      } else {
        onClose();
      }
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields);
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  return (
    <Modal
      open={open}
      title={village === null ? 'Thêm thôn, tổ dân phố' : `Sửa ${describe(village)}`}
      onCancel={onClose}
      destroyOnHidden
      // No opening animation: typing starts at once, and the dialog never takes the focus back
      // from a field the user has already tabbed to when an animation ends.
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      footer={(_, { CancelBtn }) => (
        <>
          <CancelBtn />
          {adding && (
            <Button onClick={() => void submit(true)} disabled={save.isPending}>
              Lưu và thêm tiếp
            </Button>
          )}
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            Lưu
          </Button>
        </>
      )}
      cancelText="Hủy"
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="village"
          layout="vertical"
          clearOnDestroy
          initialValues={
            village === null
              ? { name: '', kind: 'thon', households: null }
              : { name: village.name, kind: village.kind, households: village.households }
          }
          onValuesChange={(changed: FormValues) => {
            // Only the officer's own changes arrive here (setFieldValue does not), so a kind seen
            // here is one the officer chose.
            if (changed.kind !== undefined) kindChosen.current = true;
            if (changed.name === undefined) return;
            const current = form.getFieldValue('kind') as VillageKind;
            const kind = kindAfterNameChange(changed.name, current, kindChosen.current);
            if (kind !== current) form.setFieldValue('kind', kind);
          }}
          onFinish={() => void submit(false)}
        >
          {dom}
        </Form>
      )}
    >
      <Form.Item
        label="Tên thôn, tổ dân phố"
        name="name"
        required
        rules={[zodRule(villageInputSchema.shape.name)]}
      >
        <Input
          ref={nameInput}
          placeholder="Ví dụ: Thôn An Hải, Tổ dân phố 3"
          maxLength={textLimits.placeName}
          autoComplete="off"
        />
      </Form.Item>
      <Form.Item label="Loại" name="kind" required>
        <Radio.Group options={kindOptions} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item
        label="Số hộ"
        name="households"
        required
        validateFirst
        rules={[
          { required: true, message: 'Số hộ: chưa nhập. Hãy điền số hộ (điền 0 nếu chưa biết).' },
          zodRule(householdsSchema, null),
        ]}
        extra="Số hộ gia đình đang sinh sống trong thôn, tổ dân phố."
      >
        <InputNumber placeholder="Ví dụ: 350" className="input-households" />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
