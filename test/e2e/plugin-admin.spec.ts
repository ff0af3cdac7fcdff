import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login, snap, watchErrors } from './helpers';

async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the admin installs and configures a connector: schema forms, write-only credentials, test, disable, uninstall', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await login(page, 'admin@demo.test');
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('nav-admin-plugins').click();
  const catalog = page.getByTestId('plugin-catalog');
  // The bundled connectors are discovered from plugins/*.
  for (const name of ['Vendure', 'Tryton ERP', 'X12 3PL']) await expect(catalog.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'plugins-01-catalog');

  await page.getByTestId('install-vendure').click();
  const modal = page.getByRole('dialog');
  const form = modal.getByTestId('install-config-form');
  // The form comes from the manifest's configSchema; its rules apply in the browser before anything is sent.
  await form.getByRole('button', { name: 'Install' }).click();
  await expect(form.getByText('Required')).toBeVisible();
  await form.getByLabel('Shop base URL').fill('not a url');
  await form.getByRole('button', { name: 'Install' }).click();
  await expect(form.getByText('Wrong format').first()).toBeVisible();
  await snap(page, 'plugins-02-config-errors');
  await form.getByLabel('Shop base URL').fill('http://127.0.0.1:9');
  await modal.getByTestId('install-extra-hosts').locator('input').fill('127.0.0.1:9');
  await page.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Install' }).click();

  // The installation opens: write-only credentials, never shown back.
  const drawer = page.getByRole('dialog', { name: 'Vendure', exact: true });
  await expect(drawer.getByText('vendure.pull-orders')).toBeVisible();
  await drawer.getByRole('tab', { name: 'Credentials' }).click();
  const creds = drawer.getByTestId('installation-credentials-form');
  await creds.getByLabel('Admin API key').fill('short');
  await creds.getByRole('button', { name: 'Save credentials' }).click();
  await expect(creds.getByText('Too short')).toBeVisible();
  await creds.getByLabel('Admin API key').fill('e2e-secret-api-key-123');
  await creds.getByRole('button', { name: 'Save credentials' }).click();
  await expect(page.getByText('Credentials saved')).toBeVisible();
  await expect(creds.getByLabel('Admin API key')).toHaveValue('');
  await expect(creds.getByLabel('Admin API key')).toHaveAttribute('placeholder', /type to replace/);
  await expect(page.getByText('e2e-secret-api-key-123')).toHaveCount(0);
  await snap(page, 'plugins-03-credentials');

  // Nothing listens on port 9: the plugin's own connection test runs in its child process and says so.
  await drawer.getByTestId('installation-test').click();
  await expect(drawer.getByTestId('installation-test-result')).toBeVisible({ timeout: 60_000 });
  await expect(drawer.getByTestId('installation-test-result')).toHaveClass(/ant-alert-error/);
  await drawer.getByRole('tab', { name: 'Health' }).click();
  await expect(drawer.getByTestId('installation-health')).toContainText('Circuit');
  await expectAccessible(page);
  await snap(page, 'plugins-04-test-health');

  await drawer.getByTestId('installation-enabled').click();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(catalog.getByRole('row').filter({ hasText: 'Vendure' })).toContainText('Disabled');
  await page.getByTestId('manage-vendure').click();
  await drawer.getByRole('button', { name: 'Uninstall' }).click();
  // the confirmation's own button (rendered after the drawer's)
  await page.getByRole('button', { name: 'Uninstall', exact: true }).last().click();
  await expect(catalog.getByRole('row').filter({ hasText: 'Vendure' })).toContainText('Available');
  await snap(page, 'plugins-05-uninstalled');
  expect(errors).toEqual([]);
});
