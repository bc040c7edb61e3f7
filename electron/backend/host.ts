/**
 * What differs between the Electron shell, the web preview and the CLI. The backend asks the
 * host; it never reaches for dialogs or the OS shell itself.
 */
export interface SaveRequest {
  /** File name proposed to the user, e.g. "QD-thanh-lap-to-CNSCD.docx". */
  suggestedName: string;
  /** Folder to start in (the one remembered from last time), if any. */
  defaultFolder?: string;
  filters: { name: string; extensions: string[] }[];
}

export interface FolderRequest {
  /** What the folder is for, the dialog's title. */
  title: string;
  /** Folder to start in (the one set before), if any. */
  defaultFolder?: string;
}

import type { PrintAvailability } from '../../shared/contract/types';

export type { PrintAvailability };

export interface Host {
  /** The application's data folder (database, scans, backups). */
  readonly dataDir: string;
  /**
   * True when `chooseSavePath` shows a dialog (the desktop shell); false where there is none (the
   * web preview, the CLI): the screens then hand the file to the browser as a download instead.
   */
  readonly asksWhereToSave: boolean;
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  /**
   * Asks for a folder (the desktop's dialog); null when the user cancels. Absent where there is no
   * dialog (the web preview, the CLI): the screens keep the typed path there.
   */
  chooseFolder?(request: FolderRequest): Promise<string | null>;
  /** Whether a printer is there to print on; `printFile` refuses with the same reason otherwise. */
  printAvailability(): Promise<PrintAvailability>;
  /** Opens a file the backend produced with the default program. */
  openPath(file: string): Promise<void>;
  /** Prints a file the backend produced through its default program. */
  printFile(file: string): Promise<void>;
}
