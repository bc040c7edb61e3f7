import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  fullyParallel: false,
  // No retry: a test that passes only sometimes is a defect to fix at its cause.
  retries: 0,
  // Every read waits for its data with a web-first assertion; on a loaded two-core machine
  // drawing a .docx preview alone can take several seconds, beyond Playwright's default 5 s.
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    // A failure leaves what is needed to see its cause: the page as it was, and the trace (DOM
    // snapshots, console, every request and how long it was pending).
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
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
