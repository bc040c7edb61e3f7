/** How a count reads in Vietnamese, on screen and in the CLI alike: 3694 → "3.694". */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}
