/**
 * A large people list as a commune keeps it (the bench's workbook: village sections, a decision
 * date in the title), as the upload the import operations take: enough rows for several batches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeImportWorkbook } from '../bench/import-people';
import { benchPeople } from '../bench/people-data';
import { tempDir } from './temp';

export async function peopleUpload(count: number): Promise<{ fileName: string; base64: string }> {
  const dir = tempDir('to-cnscd-sheet-');
  try {
    const file = path.join(dir, 'danh-sach.xlsx');
    await writeImportWorkbook(file, benchPeople(count));
    return { fileName: 'danh-sach.xlsx', base64: fs.readFileSync(file).toString('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
