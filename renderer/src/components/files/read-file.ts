/** A file the user chose, read as base64 for the contract's `fileUploadSchema`. */

export interface ChosenFile {
  fileName: string;
  base64: string;
}

export function readAsBase64(file: File): Promise<ChosenFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // "data:application/…;base64,AAAA" → "AAAA"
      resolve({ fileName: file.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () =>
      reject(
        new Error(`Không đọc được tệp «${file.name}». Hãy kiểm tra tệp còn mở được không rồi chọn lại.`),
      );
    reader.readAsDataURL(file);
  });
}
