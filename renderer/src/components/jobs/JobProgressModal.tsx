/**
 * The progress of a long job: what it is doing, a bar with "done / total", and "Hủy", which
 * stops it with nothing written. Stays above the screen until the job ends.
 */
import { Button, Modal, Progress, Typography } from 'antd';
import { jobName } from '../../../../shared/contract/jobs';
import { formatCount } from '../format';
import type { UseJob } from './use-job';

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function JobProgressModal({ job }: { job: UseJob }) {
  const { state } = job;
  const progress = state?.progress ?? null;
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <Modal
      open={state !== null}
      title={state === null ? '' : capitalised(jobName(state.operation))}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="cancel" danger disabled={state?.cancelling === true} onClick={job.cancel}>
          {state?.cancelling === true ? 'Đang hủy…' : 'Hủy'}
        </Button>,
      ]}
    >
      <div role="status" aria-live="polite" className="stack">
        <Typography.Text>{progress?.label ?? 'Đang bắt đầu…'}</Typography.Text>
        <Progress
          percent={percent}
          status={state?.cancelling === true ? 'exception' : 'active'}
          format={() => (total > 0 ? `${formatCount(done)} / ${formatCount(total)}` : '…')}
          aria-label="Tiến độ"
        />
        <Typography.Text type="secondary">
          {state?.cancelling === true
            ? 'Đang dừng…'
            : state?.operation === 'importBundles' || state?.operation === 'importWatchedBundles'
              ? 'Bấm “Hủy” để dừng: gói nào đã ghi xong được giữ nguyên, các gói còn lại không được ghi.'
              : 'Bấm “Hủy” để dừng: không có gì được ghi, dữ liệu giữ nguyên như trước.'}
        </Typography.Text>
      </div>
    </Modal>
  );
}
