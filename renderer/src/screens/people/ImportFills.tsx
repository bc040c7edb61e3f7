/**
 * The empty fields of people already in the register that the import fills from the sheet: the
 * officer sees every value added to a record before (and after) it is written.
 */
import { Typography } from 'antd';
import type { ImportFill } from '../../../../shared/contract/types';
import { formatCount } from '../../components/format';

export function ImportFills({ fills, applied }: { fills: ImportFill[]; applied: boolean }) {
  return (
    <div className="import-fills" data-testid="import-fills">
      <Typography.Text strong>
        {applied ? 'Đã bổ sung thông tin còn trống' : 'Bổ sung thông tin còn trống'} của{' '}
        {formatCount(fills.length)} người đã có trong sổ (ô đã có giá trị không bị ghi đè):
      </Typography.Text>
      <ul>
        {fills.map((fill) => (
          <li key={`${fill.row}-${fill.personId}`}>
            Dòng {fill.row}: <strong>{fill.fullName}</strong> —{' '}
            {fill.fields.map((f) => `${f.label}: ${f.value}`).join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
