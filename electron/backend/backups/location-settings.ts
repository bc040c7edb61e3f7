/**
 * Where the second copy goes and when one last got there. Kept in a small file of the PC's
 * `backups/` folder, not in the database: it belongs to this PC, so a restore of an older copy
 * (or a damaged database) does not lose it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOCATION_FILE = 'noi-sao-luu.json';

const locationFileSchema = z.object({
  secondLocation: z.string().min(1).nullable().default(null),
  lastOutsideCopyAt: z.string().nullable().default(null),
});

export type LocationSettings = z.infer<typeof locationFileSchema>;

const empty: LocationSettings = { secondLocation: null, lastOutsideCopyAt: null };

/** The settings, or the defaults when the file is missing or not what we wrote. */
export function readLocationSettings(folder: string): LocationSettings {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, LOCATION_FILE), 'utf8');
  } catch {
    return { ...empty };
  }
  try {
    const parsed = locationFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...empty };
  } catch {
    return { ...empty };
  }
}

/** Written to a temporary name then renamed: a cut never leaves half a file. */
export function writeLocationSettings(folder: string, settings: LocationSettings): void {
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, LOCATION_FILE);
  fs.writeFileSync(`${target}.tmp`, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  fs.renameSync(`${target}.tmp`, target);
}
