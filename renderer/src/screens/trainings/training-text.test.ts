import { describe, expect, it } from 'vitest';
import type { Training } from '../../../../shared/contract/monthly-types';
import { formatHours, membersTrainings } from './training-text';

describe('formatHours', () => {
  it('writes hours with a decimal comma, and a dash when unknown', () => {
    expect(formatHours(3.5)).toBe('3,5');
    expect(formatHours(2)).toBe('2');
    expect(formatHours(null)).toBe('—');
  });
});

function training(id: string, attendees: [string, string][]): Training {
  return {
    id,
    date: '2026-04-10',
    topic: `Lớp ${id}`,
    organiser: 'VNPT',
    online: false,
    hours: null,
    teamId: null,
    teamName: null,
    attendees: attendees.map(([personId, fullName]) => ({ personId, fullName })),
    note: null,
    createdAt: '2026-04-10T00:00:00Z',
    updatedAt: '2026-04-10T00:00:00Z',
  };
}

describe('membersTrainings', () => {
  it('keeps the trainings members attended, names only the members, counts each member once', () => {
    const result = membersTrainings(
      [
        training('a', [
          ['p1', 'Nguyễn Văn An'],
          ['x', 'Người ngoài Tổ'],
        ]),
        training('b', [['x', 'Người ngoài Tổ']]),
        training('c', [
          ['p1', 'Nguyễn Văn An'],
          ['p2', 'Trần Thị Bình'],
        ]),
      ],
      [{ personId: 'p1' }, { personId: 'p2' }, { personId: 'p3' }],
    );
    expect(result.trainedMembers).toBe(2);
    expect(result.trainings.map((t) => [t.id, t.memberNames])).toEqual([
      ['a', ['Nguyễn Văn An']],
      ['c', ['Nguyễn Văn An', 'Trần Thị Bình']],
    ]);
  });
});
