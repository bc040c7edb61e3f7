/**
 * Add or edit one person. Checked with the contract's schema as the user types; likely
 * duplicates (same phone, or same name and year of birth) are flagged while typing; the tags
 * the rules need are suggested from the position. Enter saves.
 */
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  type InputRef,
} from 'antd';
import { useMemo, useRef, useState } from 'react';
import { personInputSchema, phoneInputSchema, type PersonInput } from '../../../../shared/contract/schemas';
import type { DuplicateHint, Person, PersonSaved } from '../../../../shared/contract/types';
import { inferTags } from '../../../../shared/domain/tag-infer';
import {
  genderLabels,
  personTagLabels,
  personTags,
  type Gender,
  type PersonTag,
} from '../../../../shared/domain/teams';
import { formatPhone } from '../../../../shared/vi/phone';
import { compareVi, foldVi } from '../../../../shared/vi/text';
import { api } from '../../api';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { foldedFilter } from '../../components/forms/vi-search';
import { toShownError } from '../../app/errors';
import { useVillages } from '../../app/queries';
import { useRefreshRegister } from '../../app/register-queries';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { DuplicateAlert } from './DuplicateAlert';
import { describeHint } from './person-text';
import { useDuplicateHints } from './use-duplicate-hints';
import { textLimits } from '../../../../shared/contract/limits';
import { ListEmpty } from '../../components/ListEmpty';

interface FormValues {
  fullName?: string;
  gender?: Gender | 'none';
  birthYear?: number | null;
  phone?: string;
  position?: string;
  villageId?: string | null;
  tags?: PersonTag[];
  notes?: string;
}

export interface DuplicateAction {
  /** The button next to each likely duplicate ("Xem hồ sơ", "Chọn người này"). */
  label: string;
  advice?: string;
  run: (hint: DuplicateHint) => void;
}

interface Props {
  open: boolean;
  /** The person being edited; null to add someone. */
  person: Person | null;
  onClose: () => void;
  onSaved?: (saved: PersonSaved) => void;
  duplicateAction: DuplicateAction;
  /** A name typed elsewhere (the member picker's search) to start from. */
  initialName?: string;
}

const genderOptions = [
  { value: 'male', label: genderLabels.male },
  { value: 'female', label: genderLabels.female },
  { value: 'none', label: '—', title: 'Không ghi' },
];

const tagOptions = personTags.map((tag) => ({ value: tag, label: personTagLabels[tag] }));

function initialValues(person: Person | null, initialName: string | undefined): FormValues {
  if (person === null) {
    return { fullName: initialName ?? '', gender: 'none', birthYear: null, phone: '', tags: [], notes: '' };
  }
  return {
    fullName: person.fullName,
    gender: person.gender ?? 'none',
    birthYear: person.birthYear,
    phone: person.phone === null ? '' : formatPhone(person.phone),
    position: person.position ?? '',
    villageId: person.villageId,
    tags: person.tags,
    notes: person.notes ?? '',
  };
}

function toInput(values: FormValues): PersonInput {
  return {
    fullName: values.fullName ?? '',
    gender: values.gender === undefined || values.gender === 'none' ? null : values.gender,
    birthYear: values.birthYear ?? null,
    phone: values.phone ?? null,
    position: values.position ?? null,
    villageId: values.villageId ?? null,
    tags: values.tags ?? [],
    notes: values.notes ?? null,
  };
}

export function PersonFormModal({ open, person, onClose, onSaved, duplicateAction, initialName }: Props) {
  const [form] = Form.useForm<FormValues>();
  const nameInput = useRef<InputRef>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tagsTouched, setTagsTouched] = useState(false);
  const villages = useVillages();
  const refresh = useRefreshRegister();
  const { message, notification } = App.useApp();
  const adding = person === null;

  const typedName = Form.useWatch('fullName', form);
  const typedYear = Form.useWatch('birthYear', form);
  const typedPhone = Form.useWatch('phone', form);
  const typedPosition = Form.useWatch('position', form);
  const checkedTags = Form.useWatch('tags', form);
  const hints = useDuplicateHints(
    { fullName: typedName, birthYear: typedYear, phone: typedPhone },
    person?.id,
  );
  const missingTags = inferTags(typedPosition).filter((tag) => !(checkedTags ?? []).includes(tag));

  const villageOptions = useMemo(
    () =>
      [...(villages.data ?? [])]
        .sort((a, b) => compareVi(a.name, b.name))
        .map((v) => ({ value: v.id, label: v.name, search: foldVi(v.name) })),
    [villages.data],
  );

  useFocusOnOpen(open, () => nameInput.current?.focus());

  const save = useMutation({
    mutationFn: (input: PersonInput) =>
      person === null ? api.createPerson(input) : api.updatePerson({ id: person.id, ...input }),
    onSuccess: () => refresh(),
  });

  const submit = async () => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const checked = personInputSchema.safeParse(toInput(form.getFieldsValue(true) as FormValues));
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      const name = `“${saved.person.fullName}”`;
      void message.success(adding ? `Đã thêm ${name}.` : `Đã lưu ${name}.`);
      if (saved.duplicates.length > 0) {
        notification.warning({
          title: `Đã lưu ${name}, nhưng có thể trùng với người đã có`,
          description: saved.duplicates.map((hint) => (
            <div key={hint.personId}>
              {describeHint(hint)}{' '}
              <Button type="link" size="small" onClick={() => duplicateAction.run(hint)}>
                {duplicateAction.label}
              </Button>
            </div>
          )),
          duration: 10,
        });
      }
      onSaved?.(saved);
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
      width={800}
      style={{ top: 24 }}
      title={adding ? 'Thêm người' : `Sửa thông tin “${person.fullName}”`}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      okText="Lưu"
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="person"
          layout="vertical"
          clearOnDestroy
          initialValues={initialValues(person, initialName)}
          onValuesChange={(changed: FormValues) => {
            if (changed.tags !== undefined) setTagsTouched(true);
            else if (changed.position !== undefined && !tagsTouched) {
              // Suggested tags are ticked until the user ticks or unticks one.
              const kept = person?.tags ?? [];
              form.setFieldValue('tags', [...new Set([...kept, ...inferTags(changed.position)])]);
            }
          }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item
            label="Họ và tên"
            name="fullName"
            required
            rules={[zodRule(personInputSchema.shape.fullName)]}
          >
            <Input
              ref={nameInput}
              placeholder="Ví dụ: Nguyễn Thị Huệ"
              maxLength={textLimits.personName}
              autoComplete="off"
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="Giới tính" name="gender">
            <Radio.Group options={genderOptions} optionType="button" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            label="Năm sinh"
            name="birthYear"
            rules={[zodRule(personInputSchema.shape.birthYear, null)]}
          >
            <InputNumber placeholder="Ví dụ: 1990" className="input-year" controls={false} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Số điện thoại (Zalo)" name="phone" rules={[zodRule(phoneInputSchema, null)]}>
            <Input placeholder="Ví dụ: 0912 345 678" maxLength={40} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="Thôn, tổ dân phố" name="villageId">
            <Select
              allowClear
              placeholder="Chọn thôn (không bắt buộc)"
              options={villageOptions}
              showSearch={{ filterOption: foldedFilter }}
              notFoundContent={<ListEmpty>Chưa có thôn, tổ dân phố nào khớp.</ListEmpty>}
            />
          </Form.Item>
        </Col>
      </Row>
      <DuplicateAlert
        hints={hints}
        actionLabel={duplicateAction.label}
        onAction={duplicateAction.run}
        advice={
          duplicateAction.advice ??
          'Nếu đúng là một người, đừng thêm nữa: hãy mở hồ sơ đã có để sửa. Nếu là hai người khác nhau, cứ lưu.'
        }
      />
      <Row gutter={16}>
        <Col span={15}>
          <Form.Item
            label="Chức vụ, đơn vị công tác"
            name="position"
            rules={[zodRule(personInputSchema.shape.position, null)]}
          >
            <Input
              placeholder="Ví dụ: Giáo viên Tin học Trường THCS Bình Hiệp"
              maxLength={textLimits.name}
              autoComplete="off"
            />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item label="Ghi chú" name="notes" rules={[zodRule(personInputSchema.shape.notes, null)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={textLimits.notes} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="Nhãn (các đặc điểm mà hướng dẫn thành lập Tổ cần đến; được đánh dấu sẵn theo chức vụ)"
        name="tags"
      >
        <Checkbox.Group options={tagOptions} className="tag-checkboxes" />
      </Form.Item>
      {tagsTouched && missingTags.length > 0 && (
        <div className="tag-suggestion">
          Theo chức vụ, có thể đánh dấu thêm: {missingTags.map((t) => personTagLabels[t]).join(', ')}.{' '}
          <Button
            size="small"
            onClick={() => form.setFieldValue('tags', [...(checkedTags ?? []), ...missingTags])}
          >
            Đánh dấu theo gợi ý
          </Button>
        </div>
      )}
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
