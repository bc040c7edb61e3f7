/**
 * "Soạn văn bản": the kind of decision, the teams it is for, then a draft with the default texts
 * (the legal bases, tasks and recipients the officer can edit before printing).
 */
import { FileAddOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Empty, Radio, Select, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentDetail, TeamSummary } from '../../../../shared/contract/types';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';
import { toShownError } from '../../app/errors';
import { useTeams } from '../../app/register-queries';
import { hrefOf } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';
import { useDocumentChanged } from './document-queries';
import { confirmSecondFounding, foundedTeamsOf } from './second-founding';

export type ComposeKind = 'founding_commune' | 'founding_village' | 'reorganization';
type VillageMode = 'each' | 'combined';

interface Props {
  /** The drafts just made (several when each village gets its own decision). */
  onCreated: (docs: DocumentDetail[]) => void;
}

const kinds: { value: ComposeKind; title: string; description: string }[] = [
  {
    value: 'founding_commune',
    title: 'Quyết định thành lập Tổ CNSCĐ xã',
    description: 'Tổ cấp xã; danh sách thành viên là phụ lục kèm theo.',
  },
  {
    value: 'founding_village',
    title: 'Quyết định thành lập Tổ CNSCĐ thôn',
    description: 'Các Tổ thôn, tổ dân phố: mỗi thôn một quyết định, hoặc một quyết định cho nhiều thôn.',
  },
  {
    value: 'reorganization',
    title: 'Quyết định kiện toàn Tổ',
    description: 'Khi thành viên thay đổi: một Tổ, kèm những thay đổi so với quyết định trước.',
  },
];

function WarningMark({ team }: { team: TeamSummary }) {
  if (team.warnings.length === 0) return null;
  return (
    <Tag color="orange" icon={<WarningOutlined />} className="compose-warning">
      {team.warnings.length} nhắc nhở
    </Tag>
  );
}

function memberCount(team: TeamSummary): string {
  return `${team.members.length} người`;
}

export function ComposeTab({ onCreated }: Props) {
  const teams = useTeams();
  const changed = useDocumentChanged();
  const { modal, message } = App.useApp();
  const [kind, setKind] = useState<ComposeKind>('founding_commune');
  const [mode, setMode] = useState<VillageMode>('each');
  const [villageIds, setVillageIds] = useState<string[]>([]);
  const [reorgId, setReorgId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const active = useMemo(() => (teams.data ?? []).filter((t) => t.status === 'active'), [teams.data]);
  const communeTeam = active.find((t) => t.level === 'commune') ?? null;
  const villageTeams = active.filter((t) => t.level === 'village');

  /** The request for what is chosen: one operation, one transaction, however many teams. */
  const request = () => {
    if (kind === 'founding_commune') {
      return { kind, teamIds: communeTeam === null ? [] : [communeTeam.id] };
    }
    if (kind === 'reorganization') return { kind, teamIds: reorgId === null ? [] : [reorgId] };
    if (mode === 'combined') return { kind: 'founding_villages' as const, teamIds: villageIds };
    // In the order of the list: each team gets a draft of its own.
    return { kind, teamIds: villageTeams.filter((t) => villageIds.includes(t.id)).map((t) => t.id) };
  };

  // A batch of decisions is a job: a progress window with "Hủy" (nothing made then).
  const job = useJob();
  const create = useMutation({
    mutationFn: async (force: boolean): Promise<DocumentDetail[]> =>
      (await job.run('makeDecisions', { ...request(), issue: null, force })).map((made) => made.document),
    onSuccess: async (docs) => {
      const last = docs.at(-1);
      if (last !== undefined) await changed(last);
      onCreated(docs);
    },
  });

  // The question about a second founding is asked after the refused request has ended, and the
  // knowing yes is a request of its own (never a new request started from inside the first's
  // error callback, which the query library is still awaiting).
  const compose = async (force: boolean): Promise<void> => {
    try {
      await create.mutateAsync(force);
    } catch (error) {
      const shown = toShownError(error);
      if (!force && foundedTeamsOf(error) !== null) {
        if (await confirmSecondFounding(modal, shown.message)) await compose(true);
        return;
      }
      if (shown.code === 'cancelled') void message.info(shown.message);
      else modal.error({ title: 'Không soạn được văn bản', content: shown.message, okText: 'Đóng' });
    }
  };

  const submit = () => {
    setProblem(null);
    if (kind === 'founding_commune' && communeTeam === null) {
      setProblem('Xã chưa có Tổ cấp xã. Hãy lập Tổ ở mục “Tổ CNSCĐ” trước.');
    } else if (kind === 'founding_village' && villageIds.length === 0) {
      setProblem('Hãy chọn ít nhất một Tổ thôn, tổ dân phố.');
    } else if (kind === 'reorganization' && reorgId === null) {
      setProblem('Hãy chọn Tổ cần kiện toàn.');
    } else {
      void compose(false);
    }
  };

  if (teams.isError) {
    return (
      <LoadError
        title="Không đọc được danh sách Tổ"
        error={teams.error}
        onRetry={() => void teams.refetch()}
      />
    );
  }

  const allChecked = villageTeams.length > 0 && villageIds.length === villageTeams.length;
  const count = kind === 'founding_village' && mode === 'each' ? villageIds.length : 1;

  return (
    <div className="compose">
      <JobProgressModal job={job} />
      <fieldset className="compose-kinds">
        <legend className="compose-legend">Loại văn bản</legend>
        <Radio.Group
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ComposeKind);
            setProblem(null);
          }}
          className="compose-kind-group"
        >
          {kinds.map((k) => (
            <Radio key={k.value} value={k.value} className="compose-kind">
              <span className="compose-kind-title">{k.title}</span>
              <span className="compose-kind-description">{k.description}</span>
            </Radio>
          ))}
        </Radio.Group>
      </fieldset>

      <section className="compose-teams" aria-label="Tổ của văn bản">
        {teams.isPending ? (
          <Skeleton active />
        ) : kind === 'founding_commune' ? (
          communeTeam === null ? (
            <Empty
              description={
                <>
                  Xã chưa có Tổ cấp xã. <a href={hrefOf('to')}>Lập Tổ ở mục “Tổ CNSCĐ”</a> trước.
                </>
              }
            />
          ) : (
            <div className="compose-chosen">
              <div className="compose-label">Tổ của quyết định</div>
              <div className="compose-team-line">
                <strong>{communeTeam.name}</strong>
                <span className="compose-muted">{memberCount(communeTeam)}</span>
                <WarningMark team={communeTeam} />
              </div>
            </div>
          )
        ) : kind === 'founding_village' ? (
          villageTeams.length === 0 ? (
            <Empty
              description={
                <>
                  Xã chưa có Tổ thôn, tổ dân phố nào. <a href={hrefOf('to')}>Lập Tổ ở mục “Tổ CNSCĐ”</a>.
                </>
              }
            />
          ) : (
            <div className="stack-compose">
              <Radio.Group
                value={mode}
                onChange={(e) => setMode(e.target.value as VillageMode)}
                optionType="button"
                buttonStyle="solid"
                aria-label="Cách ra quyết định"
                options={[
                  { value: 'each', label: 'Mỗi thôn một quyết định' },
                  { value: 'combined', label: 'Một quyết định cho nhiều thôn' },
                ]}
              />
              <div className="compose-muted">
                {mode === 'each'
                  ? 'Mỗi Tổ được chọn có một bản nháp quyết định riêng.'
                  : 'Một quyết định chung; mỗi thôn, tổ dân phố một phụ lục danh sách thành viên.'}
              </div>
              <Checkbox
                checked={allChecked}
                indeterminate={villageIds.length > 0 && !allChecked}
                onChange={(e) => setVillageIds(e.target.checked ? villageTeams.map((t) => t.id) : [])}
              >
                Chọn tất cả ({villageTeams.length} Tổ)
              </Checkbox>
              <Checkbox.Group
                className="compose-village-list"
                value={villageIds}
                onChange={(ids) => setVillageIds(ids)}
                aria-label="Các Tổ thôn, tổ dân phố"
              >
                {villageTeams.map((team) => (
                  <Checkbox key={team.id} value={team.id} className="compose-village">
                    <span className="compose-village-name">{team.villageName ?? team.name}</span>
                    <span className="compose-muted">{memberCount(team)}</span>
                    <WarningMark team={team} />
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </div>
          )
        ) : (
          <div className="compose-chosen">
            <label className="compose-label" htmlFor="compose-reorg-team">
              Tổ cần kiện toàn
            </label>
            <Select
              id="compose-reorg-team"
              className="compose-reorg-select"
              showSearch={{ filterOption: foldedFilter }}
              placeholder="Chọn Tổ"
              value={reorgId ?? undefined}
              onChange={(id: string) => setReorgId(id)}
              options={active.map((t) => ({ value: t.id, label: t.name, search: searchKey(t.name) }))}
            />
          </div>
        )}

        {problem !== null && (
          <Alert type="error" showIcon title={problem} role="alert" className="compose-problem" />
        )}

        <div className="compose-actions">
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            loading={create.isPending}
            onClick={submit}
            disabled={teams.isPending}
          >
            {count > 1 ? `Soạn ${count} bản nháp` : 'Soạn văn bản'}
          </Button>
          <span className="compose-muted">
            Bản nháp dùng các căn cứ, nhiệm vụ, nơi nhận mặc định; sửa được trước khi in trình ký.
          </span>
        </div>
      </section>
    </div>
  );
}
