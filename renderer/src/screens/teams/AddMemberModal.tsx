/**
 * "Thêm thành viên": pick a person (or add one on the spot), a role (the first one the team
 * lacks is proposed) and the day they start. "Lưu và thêm tiếp" keeps the window for the next.
 */
import { UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Radio, Space, type RefSelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import type { Person, TeamDetail } from '../../../../shared/contract/types';
import { roleLabels, roles, type Role } from '../../../../shared/domain/teams';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshRegister } from '../../app/register-queries';
import { showFieldProblems } from '../../components/forms/field-errors';
import { settledValues } from '../../components/forms/settle-inputs';
import { PersonFormModal } from '../people/PersonFormModal';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { PersonPicker } from './PersonPicker';
import { defaultRole } from './team-text';
import { DateField } from '../../components/forms/DateField';

interface FormValues {
  personId?: string | null;
  role?: Role;
  startDate?: Dayjs | null;
}

interface Props {
  open: boolean;
  team: TeamDetail;
  onClose: () => void;
}

type KnownPerson = Pick<Person, 'id' | 'fullName' | 'birthYear' | 'phone' | 'villageName'>;

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

export function AddMemberModal({ open, team, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [known, setKnown] = useState<KnownPerson[]>([]);
  const [typed, setTyped] = useState('');
  const [newPerson, setNewPerson] = useState({ open: false, opened: 0 });
  const refresh = useRefreshRegister();
  const { message } = App.useApp();
  const members = useMemo(() => new Set(team.members.map((m) => m.personId)), [team.members]);
  const picker = useRef<RefSelectProps>(null);

  const add = useMutation({
    mutationFn: (input: { personId: string; role: Role; startDate: string }) =>
      api.addMember({ teamId: team.id, ...input }),
    onSuccess: () => refresh(),
  });

  const pick = (person: KnownPerson) => {
    setKnown((list) => [person, ...list.filter((p) => p.id !== person.id)]);
    form.setFieldValue('personId', person.id);
    void form.validateFields(['personId']);
  };

  // "Người" first: `autoFocus` alone was lost when the dialog took the focus as it opened.
  useFocusOnOpen(open, () => picker.current?.focus());

  const submit = async (next: boolean) => {
    setProblem(null);
    const values = await settledValues(form);
    if (values === null) return;
    const input = {
      personId: values.personId ?? '',
      role: values.role ?? 'member',
      startDate: (values.startDate ?? dayjs()).format('YYYY-MM-DD'),
    };
    try {
      const updated = await add.mutateAsync(input);
      const added = updated.history.find((m) => m.personId === input.personId && m.endDate === null);
      void message.success(
        `Đã thêm ${added?.fullName ?? 'thành viên'} vào Tổ với chức danh ${roleLabels[input.role]}.`,
      );
      if (next) {
        form.setFieldsValue({ personId: null, role: defaultRole(team.level, updated.members) });
        // The next person is typed at once: the cursor goes back to "Người", never to the page.
        picker.current?.focus();
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
    <>
      <Modal
        open={open}
        width={720}
        title={`Thêm thành viên vào “${team.name}”`}
        onCancel={onClose}
        destroyOnHidden
        mask={{ closable: false }}
        footer={(_, { CancelBtn }) => (
          <>
            <CancelBtn />
            <Button onClick={() => void submit(true)} loading={add.isPending}>
              Lưu và thêm tiếp
            </Button>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              Thêm vào Tổ
            </Button>
          </>
        )}
        cancelText="Hủy"
        modalRender={(dom) => (
          <Form<FormValues>
            form={form}
            name="member"
            layout="vertical"
            clearOnDestroy
            initialValues={{
              personId: null,
              role: defaultRole(team.level, team.members),
              startDate: dayjs(),
            }}
            onFinish={() => void submit(false)}
          >
            {dom}
          </Form>
        )}
      >
        <Form.Item label="Người" required htmlFor="member_personId">
          <Space.Compact block>
            <Form.Item
              name="personId"
              noStyle
              rules={[
                { required: true, message: 'Hãy chọn một người (gõ tên để tìm), hoặc bấm “Thêm người mới”.' },
              ]}
            >
              <PersonPicker ref={picker} members={members} known={known} onSearchChange={setTyped} />
            </Form.Item>
            <Button
              icon={<UserAddOutlined />}
              onClick={() => setNewPerson((p) => ({ open: true, opened: p.opened + 1 }))}
            >
              Thêm người mới
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item label="Chức danh trong Tổ" name="role" required>
          <Radio.Group options={roleOptions} optionType="button" buttonStyle="solid" />
        </Form.Item>
        <Form.Item
          label="Từ ngày"
          name="startDate"
          required
          rules={[{ required: true, message: 'Hãy chọn ngày bắt đầu tham gia Tổ.' }]}
          extra="Thường là ngày ký quyết định thành lập hoặc kiện toàn Tổ."
        >
          <DateField allowClear={false} />
        </Form.Item>
        {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
      </Modal>
      {/* Outside the window above, so that its form's Enter does not submit that one too. */}
      <PersonFormModal
        key={newPerson.opened}
        open={newPerson.open}
        person={null}
        initialName={typed.trim()}
        onClose={() => setNewPerson((p) => ({ ...p, open: false }))}
        onSaved={(saved) => pick(saved.person)}
        duplicateAction={{
          label: 'Chọn người này',
          advice: 'Nếu đúng là người đã có trong sổ, bấm “Chọn người này” thay vì thêm một người nữa.',
          run: (hint) => {
            pick({ ...hint, id: hint.personId });
            setNewPerson((p) => ({ ...p, open: false }));
          },
        }}
      />
    </>
  );
}
