/**
 * Reads a zip that arrived by USB stick or e-mail without trusting it (issue 10, items 5 and 9):
 * from memory (nothing extracted to disk), every limit of `bundleLimits` enforced while reading —
 * the number of entries, names (no absolute path, no `..`, no backslash, no folder, no
 * duplicate), each entry's declared and ACTUAL inflated size, the total, the compression ratio —
 * and stopped at the first breach. Refusals are `ZipRefusal`s whose `kind` says which sentence
 * the officer reads.
 */
import yauzl from 'yauzl';
import { bundleLimits } from '../../../shared/contract/bundle-format';

export type RefusalKind = 'damaged' | 'unsafe' | 'too_big' | 'foreign';

export class ZipRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** What is wrong, in Vietnamese, without the file's name (the caller adds it). */
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ZipRefusal';
  }
}

export interface ZipEntryBytes {
  name: string;
  bytes: Buffer;
}

/** Above this size an entry's compression ratio is checked (tiny entries compress oddly). */
const RATIO_FLOOR = 64 * 1024;

function yauzlRefusal(error: Error): ZipRefusal {
  const m = error.message;
  if (/absolute path|invalid relative path|invalid characters in fileName/u.test(m)) {
    return new ZipRefusal(
      'unsafe',
      'có mục mang đường dẫn nguy hiểm (đường dẫn tuyệt đối, "..", hoặc dấu \\)',
    );
  }
  if (
    /too many length or distance symbols|invalid|unexpected end|stored|crc|too many bytes|too few bytes|end of central directory/iu.test(
      m,
    )
  ) {
    return new ZipRefusal('damaged', 'cấu trúc tệp nén bị hỏng hoặc bị cắt cụt');
  }
  return new ZipRefusal('damaged', 'không đọc được tệp nén');
}

function checkName(name: string, seen: Set<string>, allowed: (name: string) => boolean): void {
  if (
    name.startsWith('/') ||
    /^[a-zA-Z]:/u.test(name) ||
    name.split('/').includes('..') ||
    name.includes('\\')
  ) {
    throw new ZipRefusal(
      'unsafe',
      'có mục mang đường dẫn nguy hiểm (đường dẫn tuyệt đối, "..", hoặc dấu \\)',
    );
  }
  if (seen.has(name)) throw new ZipRefusal('unsafe', `mục «${name}» xuất hiện hai lần`);
  seen.add(name);
  if (!allowed(name))
    throw new ZipRefusal('foreign', `có mục lạ «${name.slice(0, 80)}» không thuộc định dạng gói số liệu`);
}

function readStream(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { total: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        reject(yauzlRefusal(error));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        budget.total += chunk.length;
        // Counted on what actually comes out of the inflater, not what the header claims.
        if (size > entry.uncompressedSize || size > bundleLimits.entryBytes) {
          stream.destroy();
          reject(new ZipRefusal('unsafe', `mục «${entry.fileName}» bung ra lớn hơn kích thước khai báo`));
          return;
        }
        if (budget.total > bundleLimits.totalBytes) {
          stream.destroy();
          reject(new ZipRefusal('too_big', 'nội dung giải nén vượt quá giới hạn cho phép'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) => reject(e instanceof ZipRefusal ? e : yauzlRefusal(e)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Every entry of the zip, in order, read within the limits; `allowed` says which names the format
 * knows. Throws ZipRefusal (never anything else).
 */
export async function readZipEntries(
  bytes: Buffer,
  allowed: (name: string) => boolean,
): Promise<ZipEntryBytes[]> {
  if (bytes.length > bundleLimits.fileBytes) {
    throw new ZipRefusal(
      'too_big',
      `tệp lớn ${Math.ceil(bytes.length / 1024 / 1024)} MB, quá giới hạn ${bundleLimits.fileBytes / 1024 / 1024} MB`,
    );
  }
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new ZipRefusal('foreign', 'tệp không phải tệp nén .zip');
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(
        bytes,
        { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true },
        (error, opened) => (error ? reject(error) : resolve(opened)),
      ),
    );
  } catch (error) {
    throw error instanceof Error ? yauzlRefusal(error) : new ZipRefusal('damaged', 'không đọc được tệp nén');
  }
  if (zip.entryCount > bundleLimits.entries) {
    zip.close();
    throw new ZipRefusal('unsafe', `tệp có ${zip.entryCount} mục, quá giới hạn ${bundleLimits.entries} mục`);
  }
  const seen = new Set<string>();
  const out: ZipEntryBytes[] = [];
  const budget = { total: 0 };
  let declared = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) => reject(yauzlRefusal(e)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          checkName(entry.fileName, seen, allowed);
          if (entry.isEncrypted())
            throw new ZipRefusal('foreign', `mục «${entry.fileName}» được mã hóa bằng mật khẩu`);
          if (entry.uncompressedSize > bundleLimits.entryBytes) {
            throw new ZipRefusal('unsafe', `mục «${entry.fileName}» quá lớn khi giải nén`);
          }
          declared += entry.uncompressedSize;
          if (declared > bundleLimits.totalBytes) {
            throw new ZipRefusal('too_big', 'nội dung giải nén vượt quá giới hạn cho phép');
          }
          if (
            entry.uncompressedSize >= RATIO_FLOOR &&
            entry.uncompressedSize > bundleLimits.compressionRatio * Math.max(entry.compressedSize, 1)
          ) {
            throw new ZipRefusal(
              'unsafe',
              `mục «${entry.fileName}» có tỉ lệ nén bất thường (dấu hiệu "bom nén")`,
            );
          }
          out.push({ name: entry.fileName, bytes: await readStream(zip, entry, budget) });
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return out;
}
