import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // uuid 14 is ESM only; bundling it spares the CommonJS main a require() of an ES module.
      externalizeDeps: { exclude: ['uuid'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The backend's worker thread (issue 11): out/main/backend-worker.js beside index.js.
          'backend-worker': resolve(__dirname, 'electron/backend/worker/worker-main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules from node_modules: bundle everything (zod,
      // the contract) into one CommonJS file that requires only `electron`.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // Defines window.api over fetch; only the web preview's page loads it.
          'web-bridge': resolve(__dirname, 'renderer/web-bridge.ts'),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'web-bridge' ? 'assets/web-bridge.js' : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
