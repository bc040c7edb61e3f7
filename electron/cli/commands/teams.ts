import type { Member, TeamSummary, TeamWarning } from '../../../shared/contract/types';
import { roleLabels, teamLevelLabels, teamStatusLabels } from '../../../shared/domain/teams';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { formatNumber, table } from '../output';
import { teamJson, teamWarningJson } from '../shapes';

function indent(text: string, spaces = 3): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function teamFacts(team: TeamSummary): string {
  const facts = [teamLevelLabels[team.level], teamStatusLabels[team.status]];
  if (team.villageName !== null) {
    facts.push(
      team.villageHouseholds === null
        ? team.villageName
        : `${team.villageName}: ${formatNumber(team.villageHouseholds)} hộ`,
    );
  }
  if (team.zaloLink !== null || team.zaloHouseholds !== null) {
    const households = team.zaloHouseholds === null ? '' : `${formatNumber(team.zaloHouseholds)} hộ tham gia`;
    facts.push(`nhóm Zalo ${[team.zaloLink ?? '', households].filter(Boolean).join(', ')}`);
  }
  return facts.join('; ');
}

function membersTable(members: readonly Member[], history: boolean): string {
  if (members.length === 0) return history ? 'Chưa có ai từng tham gia.' : 'Chưa có thành viên.';
  return table(members, [
    { header: 'STT', value: (_m, i) => String(i + 1), align: 'right' },
    { header: 'Họ và tên', value: (m) => m.fullName },
    { header: 'Chức danh', value: (m) => roleLabels[m.role] },
    { header: 'Từ ngày', value: (m) => isoToVi(m.startDate) },
    ...(history
      ? [{ header: 'Đến ngày', value: (m: Member) => (m.endDate === null ? '' : isoToVi(m.endDate)) }]
      : []),
  ]);
}

function teamsText(entries: readonly { team: TeamSummary; members: Member[] }[], history: boolean): string {
  if (entries.length === 0) return 'Chưa có Tổ CNSCĐ nào đang hoạt động.';
  const blocks = entries.map(({ team, members }, index) =>
    [
      `${index + 1}. ${team.name}`,
      indent(teamFacts(team)),
      indent(membersTable(members, history)),
      ...team.warnings.map((w) => indent(`Cảnh báo: ${w.message}`)),
    ].join('\n'),
  );
  const current = entries.reduce((sum, e) => sum + e.team.members.length, 0);
  const warnings = entries.reduce((sum, e) => sum + e.team.warnings.length, 0);
  return [
    ...blocks,
    `Tổng cộng: ${formatNumber(entries.length)} Tổ đang hoạt động, ${formatNumber(current)} lượt thành viên ` +
      `hiện tại, ${formatNumber(warnings)} cảnh báo.`,
  ].join('\n\n');
}

export const teamsListCommand = defineCommand({
  words: ['teams', 'list'],
  summary: 'Các Tổ CNSCĐ đang hoạt động, với thành viên hiện tại và cảnh báo',
  details: [
    'Tổ cấp xã trước, rồi Tổ của các thôn, tổ dân phố theo thứ tự chữ cái.',
    'Thành viên: người đang tham gia hôm nay, theo thứ tự in (Tổ trưởng, Tổ phó thường trực, Tổ phó,',
    'thành viên). Với --history: mọi lượt tham gia từ trước đến nay, mới nhất trước, kể cả đã thôi.',
    'JSON: một mảng [{id, level, name, villageId, villageName, villageHouseholds, status, zaloLink,',
    'zaloHouseholds, notes, members, warnings}]; level là "commune" hoặc "village"; status là "active";',
    'members là [{membershipId, personId, fullName, role, startDate, endDate}], role là "leader",',
    '"standing_deputy", "deputy" hoặc "member"; endDate null khi còn tham gia;',
    'warnings là [{ruleId, message}] theo thành phần hiện tại.',
  ],
  examples: ['teams list', 'teams list --history --json'],
  options: {
    history: { type: 'boolean', help: 'Mọi lượt tham gia từ trước đến nay thay vì thành viên hiện tại' },
  },
  async run({ api, out }, values) {
    const teams = await api.listTeams();
    const entries: { team: TeamSummary; members: Member[] }[] = [];
    for (const team of teams) {
      const members = values.history ? (await api.getTeam({ id: team.id })).history : team.members;
      entries.push({ team, members });
    }
    out.result(
      entries.map(({ team, members }) => teamJson(team, members)),
      () => teamsText(entries, values.history),
    );
  },
});

function warningsText(warnings: readonly TeamWarning[]): string {
  if (warnings.length === 0) {
    return 'Không có cảnh báo: mọi Tổ đang hoạt động đều đủ thành phần theo hướng dẫn.';
  }
  const byTeam = new Map<string, TeamWarning[]>();
  for (const w of warnings) byTeam.set(w.teamId, [...(byTeam.get(w.teamId) ?? []), w]);
  const blocks = [...byTeam.values()].map((list) =>
    [`${list[0]?.teamName ?? ''}:`, ...list.map((w) => `  - ${w.message} [${w.ruleId}]`)].join('\n'),
  );
  return [
    ...blocks,
    `${formatNumber(warnings.length)} cảnh báo ở ${formatNumber(byTeam.size)} Tổ. ` +
      'Cảnh báo không ngăn việc lưu: địa phương được lựa chọn thành viên cho phù hợp thực tế.',
  ].join('\n\n');
}

export const teamsCheckCommand = defineCommand({
  words: ['teams', 'check'],
  summary: 'Kiểm tra thành phần mọi Tổ đang hoạt động theo hướng dẫn',
  details: [
    'Cảnh báo chỉ để xem xét, không phải lỗi: lệnh thoát mã 0 dù có hay không có cảnh báo.',
    'JSON: [{teamId, teamName, ruleId, message}], một mục cho mỗi cảnh báo (mảng: danh sách cảnh báo);',
    'ruleId là mã ổn định của quy tắc (ví dụ "team.leader.count").',
  ],
  examples: ['teams check', 'teams check --json'],
  options: {},
  async run({ api, out }) {
    const warnings = await api.checkTeams();
    out.result(warnings.map(teamWarningJson), () => warningsText(warnings));
  },
});
