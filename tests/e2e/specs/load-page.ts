// Driving the load dialog in the load tests (the page itself is opened by openApp in ../helpers/app.ts, which records
// CSP violations and JavaScript dialogs).
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/report.ts';

export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

/** Opens "Last inn data", gives it files, and waits for the preview or the error. */
export async function loadFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.getByRole('button', { name: 'Last inn data' }).click();
  await page.getByRole('dialog', { name: 'Last inn egne data' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', files);
  await page.locator('[data-testid=load-counts], [data-testid=load-error]').first().waitFor();
}
