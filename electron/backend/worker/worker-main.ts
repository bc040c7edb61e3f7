/**
 * The backend's worker thread (worker_threads). Built as its own entry for the shell
 * (out/main/backend-worker.js); the web preview and the tests start this same file through tsx
 * (source-entry.ts).
 */
import { serveBackend } from './serve';

void serveBackend();
