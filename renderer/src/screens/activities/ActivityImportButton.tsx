/** "Nhập từ Excel": the button that opens the activities import, for the log's toolbar. */
import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { ActivityImportDialog } from './ActivityImportDialog';

export function ActivityImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)}>
        Nhập từ Excel
      </Button>
      <ActivityImportDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
