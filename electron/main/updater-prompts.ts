/** What the updater says to the officer: messages, the two questions, the release notes as text. */
import type { MessageBoxOptions } from 'electron';

export const updateMessages = {
  disabled:
    'Chưa đặt địa chỉ cập nhật. Hãy nhập địa chỉ máy chủ cập nhật trong mục Cài đặt rồi kiểm tra lại.',
  upToDate: 'Bạn đang dùng phiên bản mới nhất.',
  declined: 'Bạn chưa tải bản cập nhật; ứng dụng sẽ hỏi lại ở lần kiểm tra sau.',
  downloading: 'Bản cập nhật đang được tải về; ứng dụng sẽ hỏi bạn khi tải xong.',
  downloadStarted: 'Đang tải bản cập nhật; ứng dụng vẫn dùng bình thường và sẽ hỏi bạn khi tải xong.',
  unavailable: 'Bản đang chạy thử (chưa cài đặt) không tự cập nhật.',
  failed:
    'Không kiểm tra được bản cập nhật (mất mạng hoặc địa chỉ cập nhật chưa đúng). ' +
    'Ứng dụng vẫn dùng bình thường; hãy thử lại sau.',
  unsafeFiles:
    'Máy chủ cập nhật chỉ tới tệp cài đặt ở một địa chỉ không mã hoá (không phải https://), nên ứng dụng không tải về. ' +
    'Hãy báo cho đơn vị cấp trên kiểm tra tệp latest.yml trên máy chủ.',
  waitingForWrites:
    'Ứng dụng đang ghi dữ liệu; sẽ khởi động lại để cài đặt ngay khi việc ghi xong. Đừng tắt máy lúc này.',
} as const;

export function downloadFailedMessage(version: string, attempts: number): string {
  return (
    `Không tải được phiên bản ${version} sau ${attempts} lần thử (mất mạng, hoặc tệp trên máy chủ không ` +
    'khớp mã kiểm tra sha512 trong latest.yml). Ứng dụng đang dùng không bị ảnh hưởng; lần kiểm tra sau ' +
    '(hoặc Trợ giúp → Kiểm tra cập nhật) sẽ thử lại.'
  );
}

export interface UpdateOffer {
  version: string;
  /** The release notes as plain text; empty when the feed has none. */
  notes: string;
}

const title = 'Cập nhật Tổ CNSCĐ';

export function downloadPrompt(offer: UpdateOffer): MessageBoxOptions {
  const notes = offer.notes === '' ? '' : `Những điểm mới:\n${offer.notes}\n\n`;
  return {
    type: 'info',
    title,
    message: `Đã có phiên bản mới ${offer.version}.`,
    detail:
      `${notes}Tải về ngay? Trong khi tải, ứng dụng vẫn dùng bình thường; ` +
      'bản mới chỉ được cài khi bạn đồng ý.',
    buttons: ['Tải về', 'Để sau'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export function restartPrompt(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title,
    message: `Đã tải xong và kiểm tra phiên bản ${version}.`,
    detail: 'Khởi động lại ứng dụng để cài đặt ngay? Dữ liệu đã được lưu.',
    buttons: ['Khởi động lại và cài đặt', 'Để sau'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** The longest release notes shown in a dialog; the rest is cut with "…". */
const notesLimit = 1500;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** One note as plain text: electron-builder may write it as HTML (line breaks, lists). */
function plain(note: string): string {
  return note
    .replace(/<br\s*\/?>|<\/(p|li|h\d)>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, name: string) => entities[name] ?? '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** latest.yml's `releaseNotes`: a string, or one note per version; absent when none was written. */
export function releaseNotesText(
  notes: string | readonly { version: string; note: string | null }[] | null | undefined,
): string {
  if (notes === null || notes === undefined) return '';
  const text =
    typeof notes === 'string'
      ? plain(notes)
      : notes
          .map((entry) => (entry.note ? `${entry.version}: ${plain(entry.note)}` : ''))
          .filter((line) => line !== '')
          .join('\n');
  const normalized = text.normalize('NFC');
  return normalized.length > notesLimit ? `${normalized.slice(0, notesLimit).trimEnd()}…` : normalized;
}
