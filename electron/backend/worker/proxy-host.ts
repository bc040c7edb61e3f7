/**
 * The Host inside the worker: what is data (the data folder, whether a dialog asks) came with
 * the start; every method is asked of the parent's real Host (Electron's dialogs and shell live
 * in the main process), and its answer or its AppError comes back.
 */
import { AppError, type Envelope } from '../../../shared/contract/errors';
import type { FolderRequest, Host, PrintAvailability, SaveRequest } from '../host';
import type { HostMethod } from './protocol';

export type AskParent = (method: HostMethod, args: unknown[]) => Promise<Envelope<unknown>>;

export class ProxyHost implements Host {
  /** Present only when the parent's Host has a folder dialog (the shell's; not the web preview's). */
  readonly chooseFolder?: (request: FolderRequest) => Promise<string | null>;

  constructor(
    readonly dataDir: string,
    readonly asksWhereToSave: boolean,
    choosesFolders: boolean,
    private readonly ask: AskParent,
  ) {
    if (choosesFolders)
      this.chooseFolder = async (request) => (await this.call('chooseFolder', [request])) as string | null;
  }

  private async call(method: HostMethod, args: unknown[]): Promise<unknown> {
    const envelope = await this.ask(method, args);
    if (envelope.ok) return envelope.value;
    throw AppError.fromPayload(envelope.error);
  }

  async chooseSavePath(request: SaveRequest): Promise<string | null> {
    return (await this.call('chooseSavePath', [request])) as string | null;
  }

  async printAvailability(): Promise<PrintAvailability> {
    return (await this.call('printAvailability', [])) as PrintAvailability;
  }

  async openPath(file: string): Promise<void> {
    await this.call('openPath', [file]);
  }

  async printFile(file: string): Promise<void> {
    await this.call('printFile', [file]);
  }
}
