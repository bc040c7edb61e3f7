/** The states a document of the outgoing register goes through, with their stable codes and names. */
export const documentStatuses = ['draft', 'printed', 'issued', 'signed', 'cancelled'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** The status as the screens name it (a tag, a step). */
export const documentStatusLabels: Record<DocumentStatus, string> = {
  draft: 'Bản nháp',
  printed: 'Đã in trình ký',
  issued: 'Đã ban hành',
  signed: 'Đã ký, đóng dấu',
  cancelled: 'Đã hủy',
};

/** The status with what it implies, for the CLI's tables and help and the README's code table. */
export const documentStatusDescriptions: Record<DocumentStatus, string> = {
  draft: 'Bản nháp (chưa có số)',
  printed: 'Đã in bản trình ký',
  issued: 'Đã ban hành',
  signed: 'Đã ký, có bản quét',
  cancelled: 'Đã hủy (giữ số)',
};
