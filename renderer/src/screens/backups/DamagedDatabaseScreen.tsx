/**
 * The whole window when the database was found damaged at start: what happened (the file is kept
 * aside, untouched), the newest verified backup with its date (what would be lost since), restore
 * it or quit.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import type { StartupState } from '../../../../shared/contract/backup-types';
import { backupTriggerLabels, takenAtToVi } from '../../../../shared/vi/backups';
import { api } from '../../api';
import { toShownError } from '../../app/errors';

type Damaged = Extract<StartupState, { kind: 'damaged' }>;

export function DamagedDatabaseScreen({ state }: { state: Damaged }) {
  const queryClient = useQueryClient();
  const [quit, setQuit] = useState(false);
  const choose = useMutation({
    mutationFn: (choice: 'restore' | 'quit') => api.resolveDamagedStart({ choice }),
    onSuccess: async (next, choice) => {
      if (choice === 'quit') {
        setQuit(true);
        return;
      }
      queryClient.setQueryData(['startup'], next);
      await queryClient.invalidateQueries();
    },
  });
  const backup = state.newestBackup;

  if (quit) {
    return (
      <main className="app-loading">
        <Result status="info" title="Đã thoát Tổ CNSCĐ" subTitle="Có thể đóng cửa sổ này." />
      </main>
    );
  }

  return (
    <main className="app-loading damaged-screen">
      <Result
        status="warning"
        title="Tệp dữ liệu bị hỏng"
        subTitle="Khi mở, ứng dụng kiểm tra thấy tệp dữ liệu không còn toàn vẹn (thường do mất điện khi đang ghi, hoặc ổ đĩa lỗi)."
        extra={
          <Space orientation="vertical" size="middle" className="damaged-screen-body">
            <Typography.Paragraph>
              Ứng dụng không ghi gì vào tệp hỏng và không xóa nó: tệp đã được chuyển sang một bên để người hỗ
              trợ xem:
              <br />
              <Typography.Text code className="path-text">
                {state.movedTo}
              </Typography.Text>
            </Typography.Paragraph>
            {backup === null ? (
              <Alert
                type="error"
                showIcon
                title="Trên máy này không có bản sao lưu nào để khôi phục."
                description="Hãy thoát và nhờ người hỗ trợ; nếu có ổ USB chứa bản sao lưu, họ có thể khôi phục từ đó."
              />
            ) : (
              <Alert
                type="info"
                showIcon
                title={`Bản sao lưu gần nhất còn tốt: ${takenAtToVi(backup.takenAt)} (${backupTriggerLabels[backup.trigger]}).`}
                description={`Khôi phục bản này thì những gì đã nhập sau ${takenAtToVi(backup.takenAt)} sẽ không còn và cần nhập lại.`}
              />
            )}
            {choose.isError && (
              <Alert type="error" showIcon role="alert" title={toShownError(choose.error).message} />
            )}
            <Space>
              {backup !== null && (
                <Button
                  type="primary"
                  size="large"
                  loading={choose.isPending && choose.variables === 'restore'}
                  onClick={() => choose.mutate('restore')}
                >
                  Khôi phục bản sao lưu ngày {takenAtToVi(backup.takenAt)}
                </Button>
              )}
              <Button size="large" disabled={choose.isPending} onClick={() => choose.mutate('quit')}>
                Thoát
              </Button>
            </Space>
          </Space>
        }
      />
    </main>
  );
}
