/**
 * The one door to the backend. `window.api` is defined by Electron's preload or by the web
 * preview's bridge; the renderer never knows which. Where the preload also offers its raw
 * transport, the client is built here, in the page's world, because errors thrown across
 * Electron's context bridge keep only their message (we need `code` and `details.fields`).
 * Read lazily, so that the order in which the scripts load does not matter.
 */
import { createClient, type Api } from '../../shared/contract/client';
import { AppError } from '../../shared/contract/errors';

let client: Api | null = null;

function current(): Api {
  if (client !== null) return client;
  const { api: exposed, apiTransport } = window as Partial<Pick<Window, 'api' | 'apiTransport'>>;
  if (apiTransport !== undefined) client = createClient(apiTransport);
  else if (exposed !== undefined) client = exposed;
  else {
    throw new AppError(
      'unavailable',
      'Không kết nối được với phần xử lý của ứng dụng. Hãy đóng rồi mở lại ứng dụng.',
    );
  }
  return client;
}

export const api: Api = new Proxy({} as Api, {
  get: (_target, name) => (current() as unknown as Record<string | symbol, unknown>)[name],
});
