/**
 * The bridge between the page and the shell: `window.api`, one method per contract operation,
 * each an `ipcRenderer.invoke` on the operation's channel. Built as CommonJS requiring only
 * `electron` (a sandboxed preload cannot load anything else).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createClient, type Transport } from '../../shared/contract/client';
import { channelOf, isOperationName } from '../../shared/contract/operations';

const transport: Transport = (name, input) => {
  // The page can call apiTransport with any string: only contract operations reach IPC.
  if (typeof name !== 'string' || !isOperationName(name)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown_operation', message: `Thao tác "${String(name)}" không tồn tại.` },
    });
  }
  return ipcRenderer.invoke(channelOf(name), input);
};

contextBridge.exposeInMainWorld('api', createClient(transport));
// Errors crossing the context bridge keep only their message; the raw transport lets the page
// build a client whose errors keep `code` and `details` (see shared/contract/window.d.ts).
contextBridge.exposeInMainWorld('apiTransport', transport);
