import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login, snap, switchLanguage, watchErrors } from './helpers';

async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the admin manages locations and channels, reads the settings and finds the changes in the audit log', async ({ page }) => {
  test.setTimeout(300_000); // axe on five screens of a shared, busy machine
  const run = Date.now().toString(36);
  const id = `e2e-dc-${run}`;
  const errors = watchErrors(page);
  await login(page, 'admin@demo.test');
  await page.getByTestId('nav-admin').click();

  await page.getByTestId('nav-admin-locations').click();
  await expect(page.getByRole('heading', { name: 'Locations' })).toBeVisible();
  await expect(page.getByTestId('locations-table').getByRole('row').nth(1)).toBeVisible(); // the demo's locations
  await expectAccessible(page);
  await page.getByTestId('location-create').click();
  const dialog = page.getByRole('dialog');
  // Bad input is refused at its field before anything is sent.
  await dialog.getByLabel('Id', { exact: true }).fill('Not Kebab');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Lower-case letters, digits and single dashes (e.g. dc-berlin)').first()).toBeVisible();
  await dialog.getByLabel('Id', { exact: true }).fill(id);
  await dialog.getByLabel('Name', { exact: true }).fill(`E2E DC ${run}`);
  await dialog.getByLabel('Latitude').fill('52.52');
  await dialog.getByLabel('Longitude').fill('13.405');
  await dialog.getByLabel('Tags').fill('cold-chain');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Monday: Add hours' }).click();
  await dialog.getByLabel('Monday Closes').fill('17:30');
  await snap(page, 'admin-catalog-01-location-form');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: id });
  await expect(row).toContainText('cold-chain');
  await expect(row).toContainText('52.52, 13.405');

  // The same id again: the server's coded error lands at the Id field.
  await page.getByTestId('location-create').click();
  await dialog.getByLabel('Id', { exact: true }).fill(id);
  await dialog.getByLabel('Name', { exact: true }).fill('Duplicate');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A location with this id already exists.')).toBeVisible();
  await snap(page, 'admin-catalog-02-duplicate');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Edit: the hours saved come back; the priority changes.
  await page.getByTestId(`edit-${id}`).click();
  await expect(dialog.getByLabel('Monday Opens')).toHaveValue('09:00');
  await expect(dialog.getByLabel('Monday Closes')).toHaveValue('17:30');
  await dialog.getByLabel('Priority').fill('7');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('7');

  await page.getByTestId('nav-admin-channels').click();
  await expect(page.getByRole('heading', { name: 'Sales channels' })).toBeVisible();
  await page.getByTestId('channel-create').click();
  await dialog.getByLabel('Id', { exact: true }).fill(`e2e-shop-${run}`);
  await dialog.getByLabel('Name', { exact: true }).fill(`E2E shop ${run}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row').filter({ hasText: `e2e-shop-${run}` })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'admin-catalog-03-channels');

  await page.getByTestId('nav-admin-settings').click();
  await expect(page.getByRole('heading', { name: 'Tenant settings' })).toBeVisible();
  await expect(page.getByTestId('settings-time-zone')).toContainText('/');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'admin-catalog-04-settings');

  await page.getByTestId('nav-admin-audit').click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await page.getByTestId('audit-filters').getByLabel('Subject').fill(`location:${id}`);
  await page.getByTestId('audit-apply').click();
  const audit = page.getByTestId('audit-table');
  await expect(audit.getByRole('row').filter({ hasText: 'location.update' })).toBeVisible();
  await expect(audit.getByRole('row').filter({ hasText: 'location.create' })).toBeVisible();
  await expect(audit.getByRole('row').filter({ hasText: 'admin@demo.test' }).first()).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'admin-catalog-05-audit');

  // zh-CN: the admin screens speak Chinese.
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await page.getByTestId('nav-admin-locations').click();
  await expect(page.getByRole('heading', { name: '库存地点' })).toBeVisible();
  await snap(page, 'admin-catalog-06-zh-cn');
  await switchLanguage(page, 'English');
  expect(errors).toEqual([]);
});
