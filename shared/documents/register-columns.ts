/**
 * Columns of the outgoing register (Decree 30, Appendix IV) read from a document's recipients,
 * kept joined by "; " with the filing line last ("Lưu: VT, VHXH"). The screen and the Excel
 * export both use these, so they always agree.
 */
import { documentStatusLabels } from './statuses';
function recipientLines(recipients: string | null): string[] {
  return (recipients ?? '')
    .split(/;\s*/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const keptLine = /^Lưu\s*:?\s*/u;

/** "Nơi nhận" without the filing line: "Như Điều 4; Sở Khoa học và Công nghệ (b/c); …". */
export function recipientsShown(recipients: string | null): string {
  return recipientLines(recipients)
    .filter((line) => !keptLine.test(line))
    .join('; ');
}

/** "Đơn vị, người nhận bản lưu": what the filing line names ("VT, VHXH"). */
export function keptBy(recipients: string | null): string {
  const line = recipientLines(recipients).find((l) => keptLine.test(l));
  return line === undefined ? '' : line.replace(keptLine, '');
}

/** The status part of a register row's "Ghi chú": what the office needs to see at a glance. */
export function registerNotes(doc: { status: string; hasScan: boolean; number: number | null }): string[] {
  const notes: string[] = [];
  if (doc.status === 'cancelled') notes.push(documentStatusLabels.cancelled);
  if (doc.hasScan) notes.push('Có bản quét');
  if (doc.number === null && doc.status !== 'cancelled') notes.push('Chưa cấp số');
  return notes;
}
