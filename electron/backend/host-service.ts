/** What the machine the backend runs on can do with a file, asked of the Host. */
import { AppError } from '../../shared/contract/errors';
import type { ChosenFolder } from '../../shared/contract/folder-schemas';
import type { HostCapabilities } from '../../shared/contract/types';
import type { BackendContext } from './context';

export async function getHostCapabilities(ctx: BackendContext): Promise<HostCapabilities> {
  return {
    asksWhereToSave: ctx.host.asksWhereToSave,
    choosesFolders: ctx.host.chooseFolder !== undefined,
    print: await ctx.host.printAvailability(),
  };
}

/** The folder the user picks in the machine's dialog; refused where the host has none. */
export async function chooseFolder(
  ctx: BackendContext,
  request: { title: string; current: string | null },
): Promise<ChosenFolder> {
  if (ctx.host.chooseFolder === undefined) {
    throw new AppError(
      'unavailable',
      'Bản xem thử trên trình duyệt không mở được hộp thoại chọn thư mục: hãy gõ đường dẫn thư mục vào ô.',
    );
  }
  const chosen = await ctx.host.chooseFolder({
    title: request.title,
    ...(request.current === null || request.current === '' ? {} : { defaultFolder: request.current }),
  });
  return { path: chosen };
}
