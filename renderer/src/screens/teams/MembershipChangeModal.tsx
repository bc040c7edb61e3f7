/**
 * "Đổi chức danh" (the old role ends the day before, the new one starts that day) and "Thôi tham
 * gia" (the membership ends that day), each with its date: the history stays true.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import type { Member } from '../../../../shared/contract/types';
import { roleLabels, type Role } from '../../../../shared/domain/teams';
import { isoToVi } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshRegister } from '../../app/register-queries';
import { showFieldProblems } from '../../components/forms/field-errors';
import { settledValues } from '../../components/forms/settle-inputs';
import { roleOptions } from './AddMemberModal';
import { DateField, type DateFieldRef } from '../../components/forms/DateField';
import { focusCheckedRadio, useFocusOnOpen } from '../../components/forms/use-focus-on-open';

export type MembershipChange = { kind: 'role' | 'end'; member: Member };

interface FormValues {
  role?: Role;
  date?: Dayjs | null;
}

interface Props {
  open: boolean;
  change: MembershipChange | null;
  onClose: () => void;
}

export function MembershipChangeModal({ open, change, onClose }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshRegister();
  const { message } = App.useApp();
  const member = change?.member;
  const changingRole = change?.kind === 'role';
  const roleGroup = useRef<HTMLDivElement>(null);
  const dateField = useRef<DateFieldRef>(null);
  // The first field has the cursor: the new role, or the last day for a leaving.
  useFocusOnOpen(open && change !== null, () =>
    changingRole ? focusCheckedRadio(roleGroup.current) : dateField.current?.focus(),
  );

  const save = useMutation({
    mutationFn: ({ role, date }: { role: Role; date: string }) =>
      changingRole
        ? api.changeMemberRole({ membershipId: member?.membershipId ?? '', role, date })
        : api.endMembership({ membershipId: member?.membershipId ?? '', endDate: date }),
    onSuccess: () => refresh(),
  });

  const submit = async () => {
    setProblem(null);
    const values = await settledValues(form);
    if (values === null) return;
    const role = values.role ?? member?.role ?? 'member';
    const date = (values.date ?? dayjs()).format('YYYY-MM-DD');
    try {
      await save.mutateAsync({ role, date });
      void message.success(
        changingRole
          ? `${member?.fullName ?? ''} là ${roleLabels[role]} từ ngày ${isoToVi(date)}.`
          : `${member?.fullName ?? ''} là thành viên đến hết ngày ${isoToVi(date)}, sau đó thôi tham gia Tổ.`,
      );
      onClose();
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields, (path) => (path === 'endDate' ? 'date' : path));
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  return (
    <Modal
      open={open && change !== null}
      title={
        member === undefined
          ? ''
          : changingRole
            ? `Đổi chức danh của ${member.fullName}`
            : `${member.fullName} thôi tham gia Tổ`
      }
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      okText={changingRole ? 'Đổi chức danh' : 'Thôi tham gia'}
      okButtonProps={{ htmlType: 'submit', loading: save.isPending, danger: !changingRole }}
      cancelText="Hủy"
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="membership-change"
          layout="vertical"
          clearOnDestroy
          initialValues={{ role: member?.role, date: dayjs() }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      {member !== undefined && (
        <p>
          Đang là <strong>{roleLabels[member.role]}</strong> từ ngày {isoToVi(member.startDate)}.
        </p>
      )}
      {changingRole && (
        <Form.Item label="Chức danh mới" name="role" required>
          <Radio.Group ref={roleGroup} options={roleOptions} optionType="button" buttonStyle="solid" />
        </Form.Item>
      )}
      <Form.Item
        label={changingRole ? 'Giữ chức danh mới từ ngày' : 'Là thành viên đến hết ngày'}
        name="date"
        required
        rules={[{ required: true, message: 'Hãy chọn ngày.' }]}
        extra={
          changingRole
            ? 'Chức danh cũ kết thúc vào ngày hôm trước. Thường là ngày ký quyết định kiện toàn Tổ.'
            : 'Ngày cuối cùng người này còn trong Tổ, thường là ngày ký quyết định kiện toàn Tổ.'
        }
      >
        <DateField ref={dateField} allowClear={false} />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
