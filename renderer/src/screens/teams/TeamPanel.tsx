/**
 * One team on the right of the screen: header, composition reminders, members on any day (today
 * by default, where they can be changed), the whole history, the trainings its members attended.
 */
import { CalendarOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Skeleton, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Team } from '../../../../shared/contract/types';
import { isoToVi, todayIso } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshRegister, useTeam } from '../../app/register-queries';
import { saveDownload } from '../../components/files/save-download';
import { LoadError } from '../../components/LoadError';
import { AddMemberModal } from './AddMemberModal';
import { HistoryTable } from './HistoryTable';
import { MembersTable } from './MembersTable';
import { MembershipChangeModal, type MembershipChange } from './MembershipChangeModal';
import { TeamHeader } from './TeamHeader';
import { TeamWarnings } from './TeamWarnings';
import { TeamTrainings, TeamTrainingsLabel } from '../trainings/TeamTrainings';
import { DateField } from '../../components/forms/DateField';

interface Props {
  teamId: string;
  onEdit: (team: Team) => void;
}

export function TeamPanel({ teamId, onEdit }: Props) {
  const today = todayIso();
  const [date, setDate] = useState(today);
  const team = useTeam(teamId, date);
  const refresh = useRefreshRegister();
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState({ open: false, opened: 0 });
  // The last change asked for stays while its window closes; `opened` starts a fresh form each time.
  const [change, setChange] = useState<{ open: boolean; value: MembershipChange | null; opened: number }>({
    open: false,
    value: null,
    opened: 0,
  });

  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });

  const setStatus = useMutation({
    mutationFn: (status: Team['status']) => api.setTeamStatus({ id: teamId, status }),
    onSuccess: (saved) => {
      void message.success(
        saved.status === 'active' ? `“${saved.name}” hoạt động lại.` : `Đã giải thể “${saved.name}”.`,
      );
      return refresh();
    },
    onError: fail('Không đổi được trạng thái của Tổ'),
  });
  const exportMembers = useMutation({
    mutationFn: () => api.exportTeamMembers({ teamId }),
    onSuccess: saveDownload,
    onError: fail('Không xuất được danh sách'),
  });
  const reorder = useMutation({
    mutationFn: (membershipIds: string[]) => api.reorderMembers({ teamId, membershipIds }),
    onSuccess: () => refresh(),
    onError: fail('Không sắp xếp được'),
  });

  if (team.isError) {
    return (
      <Card>
        <LoadError title="Không đọc được Tổ này" error={team.error} onRetry={() => void team.refetch()} />
      </Card>
    );
  }
  const detail = team.data;
  if (detail === undefined) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }

  const active = detail.status === 'active';
  const viewingToday = date === today;
  const dayNote = viewingToday ? '' : ` ngày ${isoToVi(date)}`;

  const members = (
    <div className="stack-tight">
      <div className="toolbar toolbar-tight">
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          disabled={!active}
          onClick={() => setAdding((a) => ({ open: true, opened: a.opened + 1 }))}
        >
          Thêm thành viên
        </Button>
        <label className="date-label toolbar-end" htmlFor="team-members-date">
          <CalendarOutlined aria-hidden /> Xem thành viên vào ngày
        </label>
        <DateField
          id="team-members-date"

          allowClear={false}
          value={dayjs(date)}
          onChange={(d) => setDate(d === null ? today : d.format('YYYY-MM-DD'))}
        />
        {!viewingToday && <Button onClick={() => setDate(today)}>Về hôm nay</Button>}
      </div>
      <MembersTable
        members={detail.members}
        editable={active && viewingToday}
        busy={reorder.isPending}
        onChange={(value) => setChange((c) => ({ open: true, value, opened: c.opened + 1 }))}
        onReorder={(ids) => reorder.mutate(ids)}
        empty={
          <Empty
            description={
              viewingToday
                ? active
                  ? 'Tổ chưa có thành viên. Bấm “Thêm thành viên”, bắt đầu với Tổ trưởng.'
                  : 'Tổ đã giải thể, không còn thành viên.'
                : `Ngày ${isoToVi(date)} Tổ không có thành viên nào.`
            }
          />
        }
      />
    </div>
  );

  return (
    <Card className="team-panel">
      <div className="stack">
        <TeamHeader
          team={detail}
          busy={{ status: setStatus.isPending, exporting: exportMembers.isPending }}
          onEdit={() => onEdit(detail)}
          onSetStatus={(status) => setStatus.mutateAsync(status)}
          onExport={() => exportMembers.mutate()}
        />
        <TeamWarnings warnings={detail.warnings} dayNote={dayNote} dissolved={!active && viewingToday} />
        <Tabs
          items={[
            {
              key: 'members',
              label: viewingToday
                ? `Thành viên (${detail.members.length})`
                : `Thành viên ngày ${isoToVi(date)} (${detail.members.length})`,
              children: members,
            },
            {
              key: 'history',
              label: `Lịch sử (${detail.history.length})`,
              children: <HistoryTable history={detail.history} />,
            },
            {
              key: 'trainings',
              label: <TeamTrainingsLabel members={detail.members} />,
              children: <TeamTrainings members={detail.members} />,
            },
          ]}
        />
      </div>
      <AddMemberModal
        key={adding.opened}
        open={adding.open}
        team={detail}
        onClose={() => setAdding((a) => ({ ...a, open: false }))}
      />
      <MembershipChangeModal
        key={change.opened}
        open={change.open}
        change={change.value}
        onClose={() => setChange((c) => ({ ...c, open: false }))}
      />
    </Card>
  );
}
