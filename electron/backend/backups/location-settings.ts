/**
 * Where the second copy goes, when one last got there, and this installation's identity (in the
 * name of every copy it takes, so PCs copying to the same shared folder each rotate only their
 * own copies). Kept in a small file of the PC's
 * `backups/` folder, not in the database: it belongs to this PC, so a restore of an older copy
 * (or a damaged database) does not lose it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOCATION_FILE = 'noi-sao-luu.json';

const locationFileSchema = z.object({
  secondLocation: z.string().min(1).nullable().default(null),
  lastOutsideCopyAt: z.string().nullable().default(null),
  installationId: z
    .string()
    .regex(/^[0-9a-f]{8}$/u)
    .nullable()
    .default(null),
});

export type LocationSettings = z.infer<typeof locationFileSchema>;

const empty: LocationSettings = { secondLocation: null, lastOutsideCopyAt: null, installationId: null };

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

/**
 * This installation's identity, made (8 random hex digits) and kept the first time it is asked
 * for. Null when it cannot be kept (a folder that refuses writes): a copy then carries none, and
 * the shared folder's rotation leaves every copy alone rather than guess which are this PC's.
 */
export function installationOf(folder: string): string | null {
  const settings = readLocationSettings(folder);
  if (settings.installationId !== null) return settings.installationId;
  const installationId = crypto.randomBytes(4).toString('hex');
  try {
    writeLocationSettings(folder, { ...settings, installationId });
  } catch {
    return null;
  }
  return installationId;
}
