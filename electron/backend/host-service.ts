/** What the machine the backend runs on can do with a file, asked of the Host. */
import type { HostCapabilities } from '../../shared/contract/types';
import type { BackendContext } from './context';

export async function getHostCapabilities(ctx: BackendContext): Promise<HostCapabilities> {
  return { asksWhereToSave: ctx.host.asksWhereToSave, print: await ctx.host.printAvailability() };
}
