/**
 * Section I of a periodic report written as a commune officer writes it: the teams and their
 * members with what changed in the period, the communication and guidance work by kind with the
 * people and households reached, and the trainings. Every number comes from the figures; counts
 * under 10 take a leading zero ("01 Tổ", "04 buổi"), larger ones are grouped ("1.064"); a part
 * whose count is zero is left out of its sentence (never "00 lượt"); hours are a quantity, not a
 * count of things, and take no leading zero ("7 giờ", "7,5 giờ"). The receiving unit writes the
 * same sentences over its communes' totals, after saying which communes sent their data.
 */
import type { AggregateFigures, ReportTotals } from '../../../shared/contract/report-types';
import { activityKinds, type ActivityKind } from '../../../shared/domain/activities';
import { periodInTitle, type Period } from '../../../shared/domain/periods';
import { communeInSentence, splitUnitName } from '../../../shared/domain/profile';
import { TEAM_FULL_NAME } from '../../../shared/domain/team-names';
import { formatCountInText, formatDecimal } from '../../../shared/vi/numbers';
import { capitalFirst } from '../../../shared/vi/text';

const count = formatCountInText;

/** "trong tháng", "trong quý", "trong 6 tháng đầu năm"…: the period inside a sentence. */
export function periodInSentence(period: Period): string {
  switch (period.kind) {
    case 'month':
      return 'trong tháng';
    case 'quarter':
      return 'trong quý';
    case 'half_year':
      return `trong 6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm`;
    case 'nine_months':
      return 'trong 9 tháng';
    case 'year':
      return 'trong năm';
  }
}

/** "`prefix`09 `words`" when there are some, nothing when the count is zero. */
function some(n: number, words: string, prefix = ''): string {
  return n > 0 ? `${prefix}${count(n)} ${words}` : '';
}

/** "a, b và c". */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1] ?? ''}`;
}

/** "Toàn xã", "Toàn phường": the scope's kind of unit. */
function whole(figures: ReportTotals): string {
  return `Toàn ${splitUnitName(figures.scope.name).generic}`;
}

/**
 * 1. The teams and their members at the end of the period, and what changed during it. `where`
 * opens the first sentence: "Toàn xã" for a commune; a receiving unit names what it adds up.
 */
export function teamSentences(figures: ReportTotals, period: Period, where = whole(figures)): string[] {
  const { teams, members } = figures;
  const parts: string[] = [];
  if (teams.commune > 0) {
    parts.push(
      `${count(teams.commune)} ${TEAM_FULL_NAME} cấp xã${some(members.commune, 'thành viên', ' với ')}`,
    );
  }
  if (teams.village > 0) {
    parts.push(
      `${count(teams.village)} Tổ cấp thôn, tổ dân phố${some(members.village, 'thành viên', ' với ')}`,
    );
  }
  const state =
    parts.length === 0
      ? `${where} chưa có ${TEAM_FULL_NAME} nào đang hoạt động.`
      : `${where} hiện có ${joinAnd(parts)}${some(members.total, 'thành viên', '; tổng số ')}.`;

  const teamChanges = [
    teams.founded > 0 ? `thành lập mới ${count(teams.founded)} Tổ` : '',
    teams.reorganized > 0 ? `kiện toàn ${count(teams.reorganized)} Tổ` : '',
    teams.dissolved > 0 ? `giải thể ${count(teams.dissolved)} Tổ` : '',
  ].filter((t) => t !== '');
  const memberChanges = [
    members.joined > 0 ? `bổ sung ${count(members.joined)} thành viên` : '',
    members.left > 0 ? `${count(members.left)} thành viên thôi tham gia` : '',
  ].filter((t) => t !== '');
  const changes = [teamChanges, memberChanges].filter((g) => g.length > 0).map((g) => g.join(', '));
  const when = capitalFirst(periodInSentence(period));
  const change =
    changes.length === 0
      ? `${when}, không có thay đổi về tổ chức và thành viên của các Tổ.`
      : `${when}, ${changes.join('; ')}.`;
  return [state, change];
}

/** How an activity of each kind is counted in a sentence. */
const kindWords: Record<ActivityKind, string> = {
  propaganda: 'buổi tuyên truyền',
  guidance: 'buổi hướng dẫn',
  direct_support: 'lượt hỗ trợ trực tiếp',
  training: 'buổi tập huấn',
  meeting: 'cuộc họp',
};

/** 2. The communication and guidance work, by kind, with the people and households reached. */
export function communicationSentences(figures: ReportTotals, period: Period): string[] {
  const when = capitalFirst(periodInSentence(period));
  const { activities, reached } = figures;
  if (activities.total === 0) {
    return [`${when}, các ${TEAM_FULL_NAME} chưa tổ chức hoạt động tuyên truyền, hướng dẫn nào.`];
  }
  const kinds = activityKinds.map((k) => some(activities.byKind[k], kindWords[k])).filter((k) => k !== '');
  const reachedParts = [
    some(reached.people, 'lượt người dân'),
    some(reached.households, 'lượt hộ gia đình'),
  ].filter((p) => p !== '');
  const reach =
    reachedParts.length > 0 ? `; qua đó đã tuyên truyền, hướng dẫn, hỗ trợ cho ${joinAnd(reachedParts)}` : '';
  return [
    `${when}, các ${TEAM_FULL_NAME} đã thực hiện ${count(activities.total)} hoạt động, gồm: ${joinAnd(kinds)}${reach}.`,
  ];
}

/** 4. The trainings of the period and the members trained. */
export function trainingSentences(figures: ReportTotals, period: Period): string[] {
  const when = capitalFirst(periodInSentence(period));
  const { trainings } = figures;
  if (trainings.sessions === 0) {
    return [`${when}, chưa có lớp tập huấn, bồi dưỡng nào cho thành viên các Tổ.`];
  }
  const hours = trainings.hours > 0 ? ` với tổng thời lượng ${formatDecimal(trainings.hours)} giờ` : '';
  const attended = some(trainings.attendances, 'lượt người tham dự', ', ');
  const trained = some(trainings.trainedMembers, 'thành viên được tập huấn, bồi dưỡng kỹ năng số', '; có ');
  return [
    `${when}, thành viên các Tổ đã tham gia ${count(trainings.sessions)} lớp tập huấn, bồi dưỡng${hours}${attended}${trained}.`,
  ];
}

/** "02/03": how many of the communes sent their data of the period. */
export function receivedShare(received: number, total: number): string {
  return `${count(received)}/${count(total)}`;
}

/**
 * The receiving unit's opening of section I: how many communes sent their data of the period,
 * the ones that did not by name, and that the figures are those of the communes received.
 */
export function receivedSentences(figures: AggregateFigures, period: Period): string[] {
  const all = figures.communes.length;
  const missing = figures.communes.filter((c) => !c.received);
  const received = all - missing.length;
  const names = missing.map((c) => communeInSentence(c.communeName)).join(', ');
  const when = periodInTitle(period);
  if (all === 0) return ['Chưa có xã, phường nào trong danh sách gửi báo cáo.'];
  if (received === 0) {
    return [`Chưa có xã, phường nào gửi số liệu ${when} (${receivedShare(0, all)}): ${names}.`];
  }
  if (missing.length === 0) {
    return [`Có ${receivedShare(received, all)} xã, phường đã gửi số liệu ${when}.`];
  }
  return [
    `Có ${receivedShare(received, all)} xã, phường đã gửi số liệu ${when}; còn ${count(missing.length)} xã, phường chưa gửi: ${names}.`,
    'Số liệu tại Báo cáo này là số liệu tổng hợp của các xã, phường đã gửi.',
  ];
}
