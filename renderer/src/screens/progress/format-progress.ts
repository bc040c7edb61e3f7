/** How progress figures read: "45,2 %", "—" when there is no target. */
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${percent.format(value)} %`;
}
