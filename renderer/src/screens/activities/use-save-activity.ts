/**
 * Saves an activity (new or edited) and asks the backend's questions on the way: a date outside
 * the team's life is saved only once the officer confirms it; a possible duplicate is saved, then
 * the officer keeps both or takes the new one back (an edit goes back to what it was). Nothing is
 * saved or dropped without a word.
 */
import { App, type ModalFuncProps } from 'antd';
import { api } from '../../api';
import { useRefreshMonthly } from '../../app/monthly-queries';
import type { Activity, ActivitySaved } from '../../../../shared/contract/monthly-types';
import { inputOf, type ActivityInputSent } from './activity-form-values';
import { duplicateWarnings, outsideTeamLifeRefusal } from './activity-warnings';

/** The activity kept, or null when the officer declined (nothing changed). */
export type SaveOutcome = ActivitySaved | null;

export function useSaveActivity(editing: Activity | null) {
  const { modal, message } = App.useApp();
  const refresh = useRefreshMonthly();

  // The answer once the question has closed and given the focus back, so the form can then move it.
  const ask = (config: ModalFuncProps) =>
    new Promise<boolean>((resolve) => {
      let answer = false;
      modal.confirm({
        ...config,
        onOk: () => {
          answer = true;
        },
        onCancel: () => {
          answer = false;
        },
        afterClose: () => resolve(answer),
      });
    });

  const write = (input: ActivityInputSent) =>
    editing === null ? api.addActivity(input) : api.updateActivity({ id: editing.id, ...input });

  const writeConfirmingDate = async (input: ActivityInputSent): Promise<ActivitySaved | null> => {
    try {
      return await write(input);
    } catch (error) {
      const question = outsideTeamLifeRefusal(error);
      if (question === null) throw error;
      const confirmed = await ask({
        title: 'Ngày hoạt động nằm ngoài thời gian hoạt động của Tổ',
        content: question,
        okText: 'Ngày đúng, vẫn lưu',
        cancelText: 'Sửa lại',
      });
      if (!confirmed) return null;
      return write({ ...input, confirmOutsideTeamLife: true });
    }
  };

  return async (input: ActivityInputSent): Promise<SaveOutcome> => {
    const saved = await writeConfirmingDate(input);
    if (saved === null) return null;
    await refresh();
    const duplicates = duplicateWarnings(saved);
    if (duplicates.length === 0) return saved;
    const keep = await ask({
      title: 'Có thể trùng với hoạt động đã ghi',
      content: duplicates.map((w) => w.message).join(' '),
      okText: 'Giữ cả hai',
      cancelText: editing === null ? 'Bỏ hoạt động vừa ghi' : 'Hoàn lại như trước',
    });
    if (keep) return saved;
    if (editing === null) await api.deleteActivity({ id: saved.activity.id });
    else await api.updateActivity({ id: editing.id, ...inputOf(editing), confirmOutsideTeamLife: true });
    await refresh();
    void message.info(
      editing === null
        ? 'Đã bỏ hoạt động vừa ghi; hãy sửa lại nếu cần.'
        : 'Đã hoàn lại hoạt động như trước khi sửa.',
    );
    return null;
  };
}
