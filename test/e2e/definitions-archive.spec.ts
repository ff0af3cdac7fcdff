import { expect, test } from '@playwright/test';
import { login, snap } from './helpers';

// An admin works with definitions too; a new form starts valid and can be archived (then it is read-only).
test('admin creates a form that validates, archives it, and it becomes read-only', async ({ page }) => {
  const key = `e2e-form-${Date.now().toString(36)}`;
  await login(page, 'admin@demo.test');
  await page.getByTestId('nav-definitions').click();
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('E2E order form');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/form/${key}$`));
  // First spec of a run: the server may still be seeding the demo tenant and the editor chunk is cold.
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('"fields"', { timeout: 60_000 });

  await page.getByTestId('validate').click();
  await expect(page.getByText('No problems found')).toBeVisible();
  await expect(page.getByTestId('issues-list')).toHaveCount(0);

  await page.getByTestId('archive').click();
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByTestId('definition-title').getByTestId('status-tag')).toHaveText('Archived');
  await expect(page.getByTestId('archived-note')).toBeVisible();
  await expect(page.getByTestId('save-draft')).toBeDisabled();
  await expect(page.getByTestId('publish')).toBeDisabled();
  await snap(page, '09-admin-archived');

  // Archived definitions are out of the normal list; "Show archived" lists them under their kind.
  await page.getByRole('link', { name: 'Definitions' }).first().click();
  await expect(page.getByTestId('show-archived')).toBeVisible();
  await expect(page.getByTestId(`definition-link-${key}`)).toHaveCount(0);
  await page.getByTestId('show-archived').click();
  await expect(page.getByTestId(`definition-link-${key}`)).toBeVisible();
});
