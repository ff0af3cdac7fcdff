import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

test('the login form takes the tenant from ?tenant=, then remembers the last one used', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-tenant')).toHaveValue('');
  await page.goto('/login?tenant=demo');
  await expect(page.getByTestId('login-tenant')).toHaveValue('demo');
  await page.getByLabel(/email|邮箱/i).fill('operator@demo.test');
  await page.getByLabel(/^(password|密码)$/i).fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('oms.lastTenant'))).toBe('demo');
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-tenant')).toBeVisible();
  await page.goto('/login');
  await expect(page.getByTestId('login-tenant')).toHaveValue('demo');
});
