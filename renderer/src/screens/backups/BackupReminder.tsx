/** A row of the overview: no copy outside the PC, or the newest older than 30 days — say so, and where to fix it. */
import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Col } from 'antd';
import { takenAtToVi } from '../../../../shared/vi/backups';
import { useBackups } from '../../app/backup-queries';
import { hrefOf } from '../../app/router';

export function BackupReminder() {
  const backups = useBackups();
  if (!backups.isSuccess || !backups.data.outsideCopyOverdue) return null;
  const last = backups.data.lastOutsideCopyAt;
  return (
    <Col span={24}>
      <Alert
        type="warning"
        showIcon
        role="status"
        title={
          last === null
            ? 'Dữ liệu chưa từng được sao lưu ra ngoài máy này.'
            : `Lần sao lưu ra ngoài máy gần nhất là ${takenAtToVi(last)}, đã hơn 30 ngày.`
        }
        description="Máy hỏng, mất hoặc nhiễm mã độc thì bản sao trên cùng máy cũng mất. Hãy cắm ổ USB và sao lưu (Cài đặt → Sao lưu)."
        action={
          <Button icon={<CloudUploadOutlined />} href={hrefOf('cai-dat')}>
            Sao lưu
          </Button>
        }
      />
    </Col>
  );
}
