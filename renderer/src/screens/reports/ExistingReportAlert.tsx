/** "This period already has its report": one report per period, opened from here (commune and unit). */
import { Alert, Button } from 'antd';
import type { ReportListItem } from '../../../../shared/contract/report-types';

interface Props {
  report: ReportListItem;
  /** What the report is called: "báo cáo", "báo cáo tổng hợp". */
  noun: string;
  testId: string;
  onOpen: () => void;
}

export function ExistingReportAlert({ report, noun, testId, onOpen }: Props) {
  const number = report.document.numberText;
  return (
    <Alert
      type="info"
      showIcon
      data-testid={testId}
      title={`${report.periodLabel} đã có ${noun} ${number === null ? '(dự thảo)' : `số ${number}`}.`}
      description="Mỗi kỳ một báo cáo: mở báo cáo đó để xem, sửa dự thảo, ban hành hoặc đính kèm bản quét."
      action={<Button onClick={onOpen}>Mở báo cáo</Button>}
    />
  );
}
