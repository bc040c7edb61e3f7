/**
 * The bridge between the page and the shell: `window.api`, one method per contract operation,
 * each an `ipcRenderer.invoke` on the operation's channel, and `window.jobEvents`, the progress
 * of long jobs the shell sends. Built as CommonJS requiring only `electron` (a sandboxed preload
 * cannot load anything else).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createClient, type Transport } from '../../shared/contract/client';
import { jobEventHub } from '../../shared/contract/job-events';
import { JOB_PROGRESS_CHANNEL } from '../../shared/contract/jobs';
import { channelOf, isOperationName } from '../../shared/contract/operations';

const transport: Transport = (name, input, call) => {
  // The page can call apiTransport with any string: only contract operations reach IPC.
  if (typeof name !== 'string' || !isOperationName(name)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown_operation', message: `Thao tác "${String(name)}" không tồn tại.` },
    });
  }
  // The job id, when there is one, is checked by the shell (jobIdSchema).
  return call?.jobId === undefined
    ? ipcRenderer.invoke(channelOf(name), input)
    : ipcRenderer.invoke(channelOf(name), input, call.jobId);
};

const jobEvents = jobEventHub(() => {
  ipcRenderer.on(JOB_PROGRESS_CHANNEL, (_event, progress: unknown) => jobEvents.receive(progress));
});

contextBridge.exposeInMainWorld('api', createClient(transport));
// Errors crossing the context bridge keep only their message; the raw transport lets the page
// build a client whose errors keep `code` and `details` (see shared/contract/window.d.ts).
contextBridge.exposeInMainWorld('apiTransport', transport);
contextBridge.exposeInMainWorld('jobEvents', { subscribe: jobEvents.subscribe });
