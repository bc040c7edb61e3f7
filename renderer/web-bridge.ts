/**
 * Loaded only by the web preview's page, before the application: defines `window.api` over
 * fetch, with the per-run token the server put in the page, and `window.jobEvents` over
 * Server-Sent Events. Electron's preload plays this role.
 */
import { createClient, type Transport } from '../shared/contract/client';
import { jobEventHub } from '../shared/contract/job-events';
import { JOB_EVENTS_PATH, JOB_HEADER } from '../shared/contract/jobs';
import { httpPathOf } from '../shared/contract/operations';
import { TOKEN_HEADER, TOKEN_META, TOKEN_QUERY } from '../shared/contract/web';

const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';

const transport: Transport = async (name, input, call = {}) => {
  let response: Response;
  try {
    response = await fetch(httpPathOf(name), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: token,
        ...(call.jobId === undefined ? {} : { [JOB_HEADER]: call.jobId }),
      },
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

// Connected as the page loads, not at the first job: an event sent before the stream is open
// would be lost.
const jobEvents = jobEventHub(() => undefined);
const source = new EventSource(`${JOB_EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(token)}`);
source.onmessage = (event: MessageEvent<string>) => {
  try {
    jobEvents.receive(JSON.parse(event.data));
  } catch {
    // Not JSON: not one of ours, ignored.
  }
};

const page = window as unknown as { api: unknown; apiTransport: Transport; jobEvents: unknown };
page.api = createClient(transport);
page.apiTransport = transport;
page.jobEvents = { subscribe: jobEvents.subscribe };
