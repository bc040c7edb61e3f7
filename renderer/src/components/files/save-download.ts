/**
 * Saves a file the backend made ({ fileName, base64 }) the way a browser does: a Blob and a
 * click on an <a download>. Works in the web preview and in Electron (which asks where to save).
 */
import type { FileDownload } from '../../../../shared/contract/types';

const types: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveDownload(file: FileDownload): void {
  const extension = /\.([a-z0-9]+)$/iu.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  const blob = new Blob([base64ToBytes(file.base64)], {
    type: types[extension] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the address is only needed for that.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
