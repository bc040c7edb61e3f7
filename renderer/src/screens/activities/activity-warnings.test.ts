import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import type { ActivitySaved } from '../../../../shared/contract/monthly-types';
import { duplicateWarnings, outsideTeamLifeRefusal } from './activity-warnings';

describe('outsideTeamLifeRefusal', () => {
  it('reads the refusal as a question', () => {
    const error = new AppError(
      'conflict',
      'Tổ CNSCĐ thôn An Hải được thành lập ngày 01/03/2026, sau ngày hoạt động 20/02/2026. Nếu ngày đúng, hãy xác nhận để lưu.',
      { warning: 'outside_team_life' },
    );
    expect(outsideTeamLifeRefusal(error)).toBe(
      'Tổ CNSCĐ thôn An Hải được thành lập ngày 01/03/2026, sau ngày hoạt động 20/02/2026. Nếu ngày đúng, hãy xác nhận để lưu.',
    );
  });
  it('recognises the error by shape (as it arrives over the bridge)', () => {
    const plain = { code: 'conflict', message: 'Tổ đã giải thể.', details: { warning: 'outside_team_life' } };
    expect(outsideTeamLifeRefusal(plain)).toBe('Tổ đã giải thể.');
  });
  it('is null for any other error', () => {
    expect(outsideTeamLifeRefusal(new AppError('conflict', 'Khác.'))).toBeNull();
    expect(
      outsideTeamLifeRefusal(new AppError('validation', 'Sai.', { warning: 'outside_team_life' })),
    ).toBeNull();
    expect(outsideTeamLifeRefusal('lỗi')).toBeNull();
    expect(outsideTeamLifeRefusal(null)).toBeNull();
  });
});

describe('duplicateWarnings', () => {
  it('keeps only the possible duplicates', () => {
    const saved = {
      activity: {},
      warnings: [
        { code: 'outside_team_life', message: 'Ngoài thời gian.', activityIds: [] },
        { code: 'duplicate', message: 'Có thể trùng.', activityIds: ['a'] },
      ],
    } as unknown as ActivitySaved;
    expect(duplicateWarnings(saved).map((w) => w.message)).toEqual(['Có thể trùng.']);
  });
});
