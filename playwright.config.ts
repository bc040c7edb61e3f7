import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  fullyParallel: false,
  // One retry on CI, kept knowingly: the documents story still hung once in the last .ci/run at
  // the issue dialog (the "Ban hành" request pending for minutes after a refused number) although
  // one cause (requests paused while Chromium says offline) is fixed. Until the second cause is
  // found (issue #7 item 18 stays open for it), a retry reports it as flaky instead of keeping a
  // whole submission from landing. Locally: no retry.
  retries: process.env.CI ? 1 : 0,
  // Every read waits for its data with a web-first assertion; on a loaded two-core machine
  // drawing a .docx preview alone can take several seconds, beyond Playwright's default 5 s.
  expect: { timeout: 15_000 },
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
