/**
 * Fills "Tên cơ quan ban hành", "Địa danh ghi ngày tháng" and "Cơ quan cấp trên nhận báo cáo"
 * from the chosen unit, without overwriting what the user typed: a field is filled only while
 * it is empty or still holds the previous suggestion.
 */
import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { defaultsForUnit, type UnitDefaults } from '../../../../shared/domain/profile';
import { cleanText } from '../../../../shared/vi/text';

type DefaultField = keyof UnitDefaults;
const fields: DefaultField[] = ['issuerName', 'placeName', 'receivingLevel'];

export function useUnitDefaults(
  form: FormInstance,
  provinceName: string | undefined,
  communeName: string | undefined,
): void {
  const suggested = useRef<Partial<UnitDefaults>>({});

  useEffect(() => {
    const province = cleanText(provinceName ?? '');
    const commune = cleanText(communeName ?? '');
    if (province === '') return;
    const all = defaultsForUnit(commune === '' ? 'Xã' : commune, province);
    const next: Partial<UnitDefaults> = commune === '' ? { receivingLevel: all.receivingLevel } : all;
    const updates: Partial<UnitDefaults> = {};
    for (const field of fields) {
      const value = next[field];
      if (value === undefined) continue;
      const current: unknown = form.getFieldValue(field);
      if (typeof current !== 'string' || current.trim() === '' || current === suggested.current[field]) {
        if (current !== value) updates[field] = value;
      }
      suggested.current[field] = value;
    }
    if (Object.keys(updates).length > 0) form.setFieldsValue(updates);
  }, [form, provinceName, communeName]);
}
