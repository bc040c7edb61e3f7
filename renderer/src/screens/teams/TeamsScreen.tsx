/**
 * "Tổ CNSCĐ": the teams on the left, the selected one on the right (`#/to?id=…` selects one;
 * without it, the first team). Founding and editing a team happen in a window.
 */
import { Card, Empty } from 'antd';
import { useState } from 'react';
import type { Team } from '../../../../shared/contract/types';
import { useTeams } from '../../app/register-queries';
import { navigateTo, useRouteParam } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { TeamFormModal } from './TeamFormModal';
import { TeamList } from './TeamList';
import { TeamPanel } from './TeamPanel';
import './teams.css';

export function TeamsScreen() {
  const teams = useTeams();
  const routeId = useRouteParam('id');
  const [form, setForm] = useState<{ open: boolean; team: Team | null; opened: number }>({
    open: false,
    team: null,
    opened: 0,
  });
  const openForm = (team: Team | null) => setForm((f) => ({ open: true, team, opened: f.opened + 1 }));

  const list = teams.data ?? [];
  const firstActive = list.find((t) => t.status === 'active') ?? list[0];
  const selectedId = routeId ?? firstActive?.id ?? null;

  if (teams.isError) {
    return (
      <Card>
        <LoadError
          title="Không đọc được danh sách Tổ"
          error={teams.error}
          onRetry={() => void teams.refetch()}
        />
      </Card>
    );
  }

  return (
    <div className="teams-layout">
      <TeamList
        teams={list}
        selectedId={selectedId}
        loading={teams.isPending}
        onCreate={() => openForm(null)}
      />
      <div className="teams-detail">
        {selectedId !== null ? (
          <TeamPanel key={selectedId} teamId={selectedId} onEdit={openForm} />
        ) : (
          !teams.isPending && (
            <Card>
              <Empty
                description={
                  <>
                    Xã chưa có Tổ công nghệ số cộng đồng nào.
                    <br />
                    Bấm “Lập Tổ mới”: trước hết là Tổ cấp xã, sau đó các Tổ cấp thôn, tổ dân phố.
                  </>
                }
              />
            </Card>
          )
        )}
      </div>
      <TeamFormModal
        key={form.opened}
        open={form.open}
        team={form.team}
        hasCommuneTeam={list.some((t) => t.level === 'commune' && t.status === 'active')}
        onClose={() => setForm((f) => ({ ...f, open: false }))}
        onSaved={(team) => navigateTo('to', { id: team.id })}
      />
    </div>
  );
}
