/**
 * "Lập Tổ mới" and "Sửa thông tin tổ": level, village, a name suggested the way decisions write
 * it, the Zalo group and how many households it reaches. Backend problems sit under their field.
 */
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
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
import { useEffect, useMemo, useRef, useState } from 'react';
import { teamInputSchema, type TeamInput } from '../../../../shared/contract/schemas';
import type { Team } from '../../../../shared/contract/types';
import { teamLevelLabels } from '../../../../shared/domain/teams';
import { villageKindLabels } from '../../../../shared/domain/villages';
import { compareVi, foldVi } from '../../../../shared/vi/text';
import { api } from '../../api';
import { foldedFilter } from '../../components/forms/vi-search';
import { toShownError } from '../../app/errors';
import { useProfile, useVillages } from '../../app/queries';
import { useRefreshRegister } from '../../app/register-queries';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { formatCount } from '../../components/format';
import { suggestTeamName } from './team-text';
import { focusCheckedRadio, useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { textLimits } from '../../../../shared/contract/limits';
import { ListEmpty } from '../../components/ListEmpty';

type Level = 'commune' | 'village';

interface FormValues {
  level?: Level;
  villageId?: string | null;
  name?: string;
  zaloLink?: string;
  zaloHouseholds?: number | null;
  notes?: string;
}

interface Props {
  open: boolean;
  /** The team being edited; null to found a new one. */
  team: Team | null;
  /** An active commune team exists already: a new team is a village team by default. */
  hasCommuneTeam: boolean;
  onClose: () => void;
  onSaved: (team: Team) => void;
}

const levelOptions = (['commune', 'village'] as const).map((level) => ({
  value: level,
  label: teamLevelLabels[level],
}));

/**
 * The name follows the level and village until the user types one. It lives inside the form, so
 * its effect runs once the form (rendered in the modal's portal) holds its fields: an effect of
 * the modal's owner can run before that, and its value was then lost.
 */
function SuggestedName({ suggestion, follow }: { suggestion: string; follow: boolean }) {
  const form = Form.useFormInstance<FormValues>();
  useEffect(() => {
    if (follow) form.setFieldValue('name', suggestion);
  }, [form, suggestion, follow]);
  return null;
}

export function TeamFormModal({ open, team, hasCommuneTeam, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const nameInput = useRef<InputRef>(null);
  const levelGroup = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [nameTouched, setNameTouched] = useState(team !== null);
  const villages = useVillages();
  const profile = useProfile();
  const refresh = useRefreshRegister();
  const { message } = App.useApp();
  const adding = team === null;

  const level = Form.useWatch('level', form) ?? team?.level;
  const villageId = Form.useWatch('villageId', form) ?? team?.villageId ?? null;
  const village = villages.data?.find((v) => v.id === villageId);
  const communeName = profile.data?.communeName ?? '';
  const suggestion =
    level === 'commune' || level === 'village' ? suggestTeamName(level, village, communeName) : '';
  const typedName = Form.useWatch('name', form) ?? '';

  const villageOptions = useMemo(
    () =>
      [...(villages.data ?? [])]
        .sort((a, b) => compareVi(a.name, b.name))
        .map((v) => ({
          value: v.id,
          label: v.name,
          search: foldVi(v.name),
        })),
    [villages.data],
  );

  // The paper's order: a new team starts at its level (then the village); an edited one at its name.
  useFocusOnOpen(open, () => (adding ? focusCheckedRadio(levelGroup.current) : nameInput.current?.focus()));

  const save = useMutation({
    mutationFn: (input: TeamInput) =>
      team === null
        ? api.createTeam(input)
        : api.updateTeam({
            id: team.id,
            name: input.name,
            zaloLink: input.zaloLink ?? null,
            zaloHouseholds: input.zaloHouseholds ?? null,
            notes: input.notes ?? null,
          }),
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
    const input = {
      level: team === null ? (values.level ?? 'village') : team.level === 'commune' ? 'commune' : 'village',
      name: values.name ?? '',
      villageId: team === null ? (values.villageId ?? null) : team.villageId,
      zaloLink: values.zaloLink ?? null,
      zaloHouseholds: values.zaloHouseholds ?? null,
      notes: values.notes ?? null,
    } satisfies TeamInput;
    const checked = teamInputSchema.safeParse(input);
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error));
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.data);
      void message.success(adding ? `Đã lập “${saved.name}”.` : `Đã lưu “${saved.name}”.`);
      onSaved(saved);
      onClose();
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields);
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  const households =
    level === 'village' ? village?.households : villages.data?.reduce((sum, v) => sum + v.households, 0);
  const householdsNote =
    households === undefined
      ? undefined
      : level === 'village'
        ? `${village === undefined ? '' : villageKindLabels[village.kind]} có ${formatCount(households)} hộ.`
        : `Các thôn, tổ dân phố của xã có tổng cộng ${formatCount(households)} hộ.`;

  return (
    <Modal
      open={open}
      width={720}
      title={adding ? 'Lập Tổ CNSCĐ mới' : `Sửa thông tin “${team.name}”`}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      okText={adding ? 'Lập Tổ' : 'Lưu'}
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="team"
          layout="vertical"
          clearOnDestroy
          initialValues={
            team === null
              ? {
                  level: hasCommuneTeam ? 'village' : 'commune',
                  villageId: null,
                  name: '',
                  zaloLink: '',
                  notes: '',
                }
              : {
                  level: team.level === 'commune' ? 'commune' : 'village',
                  villageId: team.villageId,
                  name: team.name,
                  zaloLink: team.zaloLink ?? '',
                  zaloHouseholds: team.zaloHouseholds,
                  notes: team.notes ?? '',
                }
          }
          onValuesChange={(changed: FormValues) => {
            if (changed.name !== undefined) setNameTouched(true);
            if (changed.level === 'commune') form.setFieldValue('villageId', null);
          }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <SuggestedName suggestion={suggestion} follow={adding && !nameTouched} />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Cấp" name="level" required>
            <Radio.Group
              ref={levelGroup}
              options={levelOptions}
              optionType="button"
              buttonStyle="solid"
              disabled={!adding}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          {level === 'village' && (
            <Form.Item
              label="Thôn, tổ dân phố"
              name="villageId"
              required
              rules={[{ required: true, message: 'Tổ cấp thôn cần chọn thôn, tổ dân phố.' }]}
            >
              <Select
                placeholder="Chọn thôn, tổ dân phố"
                options={villageOptions}
                disabled={!adding}
                showSearch={{ filterOption: foldedFilter }}
                notFoundContent={
                  <ListEmpty>Chưa có thôn, tổ dân phố nào. Hãy thêm ở mục “Thôn, tổ dân phố”.</ListEmpty>
                }
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item
        label="Tên Tổ"
        name="name"
        required
        rules={[zodRule(teamInputSchema.shape.name)]}
        extra={
          nameTouched && suggestion !== '' && suggestion !== typedName ? (
            <span>
              Gợi ý: {suggestion}{' '}
              <Button
                type="link"
                size="small"
                onClick={() => {
                  form.setFieldValue('name', suggestion);
                  setNameTouched(false);
                }}
              >
                Dùng tên gợi ý
              </Button>
            </span>
          ) : (
            'Tên ghi trong quyết định thành lập.'
          )
        }
      >
        <Input ref={nameInput} maxLength={textLimits.name} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={15}>
          <Form.Item
            label="Đường dẫn nhóm Zalo"
            name="zaloLink"
            rules={[zodRule(teamInputSchema.shape.zaloLink, null)]}
          >
            <Input placeholder="https://zalo.me/g/…" maxLength={textLimits.url} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item
            label="Số hộ trong nhóm Zalo"
            name="zaloHouseholds"
            rules={[zodRule(teamInputSchema.shape.zaloHouseholds, null)]}
            extra={householdsNote}
          >
            <InputNumber placeholder="Ví dụ: 350" className="input-households" controls={false} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Ghi chú" name="notes">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={textLimits.notes} />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
