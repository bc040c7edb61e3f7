/**
 * `window.api`: the typed client the renderer talks to. The Electron preload and the web
 * preview's bridge both define it from the contract; the renderer never knows which one did.
 */
import type { Api, Transport } from './client';
import type { JobEvents } from './jobs';

declare global {
  interface Window {
    api: Api;
    /**
     * The raw transport under `api` (answers envelopes). Set by the Electron preload only:
     * errors thrown across Electron's context bridge lose everything but their message, so a
     * renderer that needs `code` and `details` can build its own client with
     * `createClient(window.apiTransport)` in the page's world.
     */
    apiTransport?: Transport;
    /** The progress of long jobs (set by the preload and by the web bridge). */
    jobEvents?: JobEvents;
  }
}

export {};
