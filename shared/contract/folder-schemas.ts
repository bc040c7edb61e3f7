/**
 * Choosing a folder (a USB stick, a shared or synced folder) through the machine's own dialog:
 * what the screen asks with and what comes back. Only the desktop shell has the dialog; the web
 * preview and the CLI keep the typed path (HostCapabilities.choosesFolders says which).
 */
import { z } from 'zod';
import { textLimits } from './limits';
import { text } from './schemas';

export const chooseFolderSchema = z.object({
  /** The dialog's title: what the folder is for ("Thư mục dùng chung"). */
  title: text('Tiêu đề hộp thoại', textLimits.name),
  /** The folder the dialog opens in (the one typed or chosen before), if any. */
  current: z.string().max(4096, { error: 'Đường dẫn thư mục quá dài.' }).nullable().default(null),
});

/** The folder chosen; null when the user closed the dialog without choosing. */
export interface ChosenFolder {
  path: string | null;
}
