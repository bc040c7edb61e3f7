/**
 * The desktop spec's core stories (e2e/app.stories.ts), run here in the browser on the web
 * preview: the same steps, proven on every machine, including those without the Electron binary.
 */
import path from 'node:path';
import { coreStories } from './app.stories';
import { expect, test } from './fixtures';

test('the core stories of the desktop spec: first start, a village, a person, a team, a decision issued and saved', async ({
  page,
  preview,
}) => {
  test.setTimeout(240_000);
  await page.goto(preview.url);
  await coreStories(page, {
    // No dialog in the browser: "Lưu…" downloads the .docx.
    saveDocument: async (click) => {
      const download = page.waitForEvent('download');
      await click();
      const file = path.join(preview.dir, (await download).suggestedFilename());
      await (await download).saveAs(file);
      return file;
    },
  });
  expect(await preview.call('getInfo')).toMatchObject({
    counts: { villages: 2, people: 1, teams: 1, memberships: 1 },
    decisionsInForce: 1,
  });
});
