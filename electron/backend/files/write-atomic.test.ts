import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic';

const made: string[] = [];
function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-atomic-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file, creating its folders, and leaves nothing else behind', () => {
    const dir = tempFolder();
    const file = path.join(dir, 'a', 'b', 'van-ban.docx');
    writeFileAtomic(file, Buffer.from('nội dung'));
    expect(fs.readFileSync(file, 'utf8')).toBe('nội dung');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['van-ban.docx']);
  });

  it('replaces an existing file whole', () => {
    const dir = tempFolder();
    const file = path.join(dir, 'danh-sach.xlsx');
    fs.writeFileSync(file, 'cũ, dài hơn nội dung mới rất nhiều');
    writeFileAtomic(file, Buffer.from('mới'));
    expect(fs.readFileSync(file, 'utf8')).toBe('mới');
    expect(fs.readdirSync(dir)).toEqual(['danh-sach.xlsx']);
  });

  it('on a failed rename leaves the target as it was and removes the temporary file', () => {
    const dir = tempFolder();
    // A non-empty folder under the target's name: the rename fails after the bytes were written.
    const target = path.join(dir, 'bao-cao.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'giu-nguyen.txt'), 'x');
    expect(() => writeFileAtomic(target, Buffer.from('mới'))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.docx']);
    expect(fs.readFileSync(path.join(target, 'giu-nguyen.txt'), 'utf8')).toBe('x');
  });

  it('fails without writing when the folder cannot be made (a file stands in its way)', () => {
    const dir = tempFolder();
    fs.writeFileSync(path.join(dir, 'tep'), 'x');
    expect(() => writeFileAtomic(path.join(dir, 'tep', 'van-ban.docx'), Buffer.from('y'))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['tep']);
    expect(fs.readFileSync(path.join(dir, 'tep'), 'utf8')).toBe('x');
  });
});
