import { expect as baseExpect, test } from '@playwright/test';
import { login, replaceEditorText } from './helpers';

// Two tabs each load the lazy editor bundle: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 60_000 });

test.setTimeout(240_000);

test('two editors of one draft: the later save is refused with a conflict, never a silent overwrite', async ({ page, context }) => {
  const key = `e2e-conflict-${Date.now().toString(36)}`;
  const body = (title: string) => JSON.stringify({ kind: 'review', key, title: { en: title }, rules: [] });
  await login(page, 'analyst@demo.test');
  await page.getByTestId('nav-definitions').click();
  await page.getByTestId('kind-tab-review').click();
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('Conflict rules');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/review/${key}$`));
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);

  // A second tab (same analyst, or a colleague) loads the same revision and saves first.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('save-draft')).toBeVisible({ timeout: 60_000 });
  await expect(other.getByTestId('json-editor').locator('.view-lines')).toContainText(key);
  await replaceEditorText(other, body('Saved by the other tab'));
  await other.getByTestId('save-draft').click();
  await expect(other.getByTestId('unsaved')).toHaveCount(0);

  await replaceEditorText(page, body('Saved late'));
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('save-conflict')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await page.getByTestId('reload-draft').click();
  await expect(page.getByTestId('save-conflict')).toHaveCount(0);
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('Saved by the other tab');
});
