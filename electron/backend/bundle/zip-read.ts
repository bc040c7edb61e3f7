/**
 * Reads a zip that arrived by USB stick or e-mail without trusting it (issue 10, items 5 and 9):
 * from memory (nothing extracted to disk), every limit of `bundleLimits` enforced while reading —
 * the number of entries, names (no absolute path, no `..`, no backslash, no folder, no
 * duplicate), each entry's declared and ACTUAL inflated size, the total, the compression ratio —
 * and stopped at the first breach. Refusals are `ZipRefusal`s whose `kind` says which sentence
 * the officer reads.
 */
import zlib from 'node:zlib';
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

/** The raw bytes of an entry as stored in the zip (still compressed): a memory read, no inflating. */
function readRaw(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const take = (error: Error | null, stream: NodeJS.ReadableStream) => {
      if (error) {
        reject(yauzlRefusal(error));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (e: Error) => reject(yauzlRefusal(e)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    };
    try {
      zip.openReadStream(entry, { decodeFileData: false }, take);
    } catch (error) {
      reject(
        error instanceof Error ? yauzlRefusal(error) : new ZipRefusal('damaged', 'không đọc được tệp nén'),
      );
    }
  });
}

/**
 * An entry's bytes: stored as is, or inflated in one synchronous call (no round trip to zlib's
 * thread pool per chunk) that stops at the size the entry declares, so that an entry inflating
 * beyond it is refused without ever being held whole.
 */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { total: number }): Promise<Buffer> {
  const declared = entry.uncompressedSize;
  const raw = await readRaw(zip, entry);
  let bytes: Buffer;
  if (entry.compressionMethod === 0) bytes = raw;
  else if (entry.compressionMethod === 8) {
    try {
      bytes = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(declared, 1) });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRefusal('unsafe', `mục «${entry.fileName}» bung ra lớn hơn kích thước khai báo`);
      }
      throw new ZipRefusal('damaged', 'cấu trúc tệp nén bị hỏng hoặc bị cắt cụt');
    }
  } else {
    throw new ZipRefusal('foreign', `mục «${entry.fileName}» được nén theo cách gói số liệu không dùng`);
  }
  if (bytes.length > declared) {
    throw new ZipRefusal('unsafe', `mục «${entry.fileName}» bung ra lớn hơn kích thước khai báo`);
  }
  if (bytes.length < declared) throw new ZipRefusal('damaged', 'cấu trúc tệp nén bị hỏng hoặc bị cắt cụt');
  budget.total += bytes.length;
  if (budget.total > bundleLimits.totalBytes) {
    throw new ZipRefusal('too_big', 'nội dung giải nén vượt quá giới hạn cho phép');
  }
  return bytes;
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
          out.push({ name: entry.fileName, bytes: await readEntry(zip, entry, budget) });
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
