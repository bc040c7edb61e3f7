/**
 * Loaded only by the web preview's page, before the application: defines `window.api` over
 * fetch, with the per-run token the server put in the page. Electron's preload plays this role.
 */
import { createClient, type Transport } from '../shared/contract/client';
import { httpPathOf } from '../shared/contract/operations';
import { TOKEN_HEADER, TOKEN_META } from '../shared/contract/web';

const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';

const transport: Transport = async (name, input) => {
  let response: Response;
  try {
    response = await fetch(httpPathOf(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ input }),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'Không kết nối được với phần xử lý của ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh còn chạy không, rồi tải lại trang.',
      },
    };
  }
  return (await response.json()) as Awaited<ReturnType<Transport>>;
};

(window as unknown as { api: unknown }).api = createClient(transport);
