import type { Training } from '../../../shared/contract/monthly-types';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { fields, formatNumber, table } from '../output';
import { dateProblem } from '../checks';
import { numberProblem, toNumber } from './monthly-values';

function hours(t: Training): string {
  return t.hours === null ? '' : `${formatNumber(t.hours)} giờ`;
}

export const trainingsAddCommand = defineCommand({
  words: ['trainings', 'add'],
  summary: 'Ghi một lớp bồi dưỡng, tập huấn mà thành viên Tổ đã dự',
  details: [
    'Đơn vị tổ chức ghi tự do (ví dụ UBND tỉnh, Sở Khoa học và Công nghệ, VNPT, Viettel, Bưu điện Việt Nam).',
    'JSON: {id, date, topic, organiser, online, hours, teamId, teamName, attendees: [{personId, fullName}],',
    'note, createdAt, updatedAt}.',
  ],
  examples: [
    'trainings add --date 2026-04-10 --topic "Kỹ năng số cơ bản" --organiser VNPT --hours 3 --attendee MÃ_NGƯỜI',
  ],
  options: {
    date: { type: 'string', required: true, value: 'YYYY-MM-DD', help: 'Ngày học', check: dateProblem },
    topic: { type: 'string', required: true, value: 'CHỮ', help: 'Nội dung bồi dưỡng' },
    organiser: { type: 'string', required: true, value: 'CHỮ', help: 'Đơn vị tổ chức' },
    online: { type: 'boolean', help: 'Học trực tuyến (không có: trực tiếp)' },
    hours: { type: 'string', value: 'GIỜ', help: 'Số giờ học', check: numberProblem('Số giờ') },
    team: { type: 'string', value: 'MÃ_TỔ', help: 'Lớp dành riêng cho một Tổ' },
    attendee: { type: 'string', multiple: true, value: 'MÃ_NGƯỜI', help: 'Người dự' },
    note: { type: 'string', value: 'CHỮ', help: 'Ghi chú' },
  },
  async run({ api, out }, values) {
    const training = await api.addTraining({
      date: values.date,
      topic: values.topic,
      organiser: values.organiser,
      online: values.online,
      hours: values.hours === undefined ? null : toNumber(values.hours),
      teamId: values.team ?? null,
      attendeeIds: values.attendee,
      note: values.note ?? null,
    });
    out.result(training, () =>
      [
        'Đã ghi lớp bồi dưỡng.',
        fields([
          ['Mã', training.id],
          ['Ngày', isoToVi(training.date)],
          ['Nội dung', training.topic],
          ['Đơn vị tổ chức', training.organiser],
          ['Hình thức', training.online ? 'Trực tuyến' : 'Trực tiếp'],
          ['Số giờ', hours(training) || 'không ghi'],
          ['Người dự', training.attendees.map((a) => a.fullName).join(', ') || 'chưa ghi'],
        ]),
      ].join('\n'),
    );
  },
});

export const trainingsListCommand = defineCommand({
  words: ['trainings', 'list'],
  summary: 'Danh sách lớp bồi dưỡng, tập huấn (mới nhất trước)',
  details: ['JSON: một mảng, cùng dạng với "trainings add".'],
  examples: ['trainings list', 'trainings list --json'],
  options: {},
  async run({ api, out }) {
    const trainings = await api.listTrainings({});
    out.result(trainings, () => {
      if (trainings.length === 0) return 'Chưa có lớp bồi dưỡng nào.';
      const attendees = new Set(trainings.flatMap((t) => t.attendees.map((a) => a.personId)));
      return [
        table(trainings, [
          { header: 'Ngày', value: (t) => isoToVi(t.date) },
          { header: 'Nội dung', value: (t) => t.topic },
          { header: 'Đơn vị tổ chức', value: (t) => t.organiser },
          { header: 'Hình thức', value: (t) => (t.online ? 'Trực tuyến' : 'Trực tiếp') },
          { header: 'Số giờ', value: hours, align: 'right' },
          { header: 'Người dự', value: (t) => formatNumber(t.attendees.length), align: 'right' },
        ]),
        '',
        `Tổng cộng: ${formatNumber(trainings.length)} lớp, ${formatNumber(attendees.size)} người đã được bồi dưỡng.`,
      ].join('\n');
    });
  },
});
