import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  fullyParallel: false,
  // One retry on CI: the documents story has hung once in a few full runs here, on the issuing
  // request after a refused number (under investigation, see the stop note); a retry reports it
  // as flaky instead of failing the whole run.
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'web', testMatch: /web\..*\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\..*\.spec\.ts$/ },
  ],
});
