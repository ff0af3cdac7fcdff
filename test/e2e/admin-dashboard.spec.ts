import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login, snap, switchLanguage, watchErrors } from './helpers';

/** No serious or critical accessibility violation on the current screen (colour contrast included). */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the admin creates a user and an API key (shown once) and sees the plugin catalog', async ({ page }) => {
  test.setTimeout(180_000); // axe runs on three screens of a shared, busy machine
  const run = Date.now().toString(36);
  const errors = watchErrors(page);
  await login(page, 'admin@demo.test');
  // The admin's navigation starts with the admin screens, grouped under one header item with a side menu.
  await expect(page.getByTestId('main-nav').locator('a').first()).toHaveAttribute('data-testid', 'nav-admin');
  await snap(page, 'admin-01-home');

  await page.getByTestId('nav-admin').click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByTestId('admin-nav').locator('a')).toHaveCount(7);
  await page.getByTestId('nav-admin-users').click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(`e2e-${run}@demo.test`);
  await dialog.getByLabel('Name').fill(`E2E ${run}`);
  // A too-short password comes back as a coded error at the field.
  await dialog.getByLabel('Password').fill('short');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('The password must have at least 10 characters.')).toBeVisible();
  await snap(page, 'admin-02-password-rule');
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const password = await dialog.getByLabel('Password').inputValue();
  expect(password).toHaveLength(16);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('new-password')).toContainText(password);
  await snap(page, 'admin-03-password-once');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('cell', { name: `e2e-${run}@demo.test`, exact: true })).toBeVisible();
  await expect(page.getByTestId('new-password')).toHaveCount(0);

  await page.getByTestId('nav-admin-keys').click();
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create API key' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(`e2e-key-${run}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  const shown = page.getByTestId('new-api-key');
  await expect(shown).toBeVisible();
  const key = (await shown.innerText()).trim();
  expect(key.length).toBeGreaterThan(20);
  await snap(page, 'admin-04-key-once');
  await page.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row').filter({ hasText: `e2e-key-${run}` });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Never');
  // Closed: the key is nowhere on the page any more, only its prefix.
  await expect(page.getByTestId('new-api-key')).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  await snap(page, 'admin-05-key-list');

  await page.getByTestId('nav-admin-plugins').click();
  await expect(page.getByRole('heading', { name: 'Plugins' })).toBeVisible();
  await expect(page.getByTestId('plugins-unavailable').or(page.getByRole('table'))).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'admin-06-plugins');
  expect(errors).toEqual([]);
});

test('the dashboard shows the demo KPIs, drills down into the console and speaks zh-CN', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await login(page, 'admin@demo.test');
  await page.getByTestId('nav-dashboards').click();
  await expect(page.getByRole('heading', { name: 'Dashboards' })).toBeVisible();
  // The demo tenant has about a dozen orders in the last 30 days (other specs may add more).
  await expect(page.getByTestId('kpi-orders')).toContainText(/\d+/);
  const orders = Number((await page.getByTestId('kpi-orders').locator('.ant-statistic-content').innerText()).replace(/\D/g, ''));
  expect(orders).toBeGreaterThanOrEqual(10);
  const chart = page.getByTestId('chart-status');
  await expect(chart.locator('svg')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'dash-01-kpis');

  // A click on the first bar of "orders by status" opens the console filtered to that status and range.
  // The tallest filled shape in the SVG is a bar (axes and split lines are unfilled strokes).
  const bar = await chart.evaluate((el) => {
    const shapes = [...el.querySelectorAll('path')].filter((p) => (p.getAttribute('fill') ?? 'none') !== 'none' && p.getAttribute('fill') !== 'transparent');
    const boxes = shapes.map((p) => p.getBoundingClientRect()).filter((b) => b.width > 4);
    boxes.sort((a, b) => b.height - a.height);
    const b = boxes[0]!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.click(bar.x, bar.y);
  await expect(page).toHaveURL(/\/console\?status=[^&]+&from=[^&]+&to=[^&]+$/);
  const url = new URL(page.url());
  expect(Date.parse(url.searchParams.get('from')!)).toBeLessThan(Date.parse(url.searchParams.get('to')!));
  await snap(page, 'dash-02-drill-down');

  await page.goto('/dashboards');
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { name: '仪表板' })).toBeVisible();
  await expect(page.getByTestId('kpi-fulfilmentRate')).toContainText('履约率');
  await expect(page.getByTestId('nav-admin')).toHaveText('系统管理');
  await snap(page, 'dash-03-zh-cn');
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('nav-admin-users')).toHaveText('用户');
  await page.getByTestId('nav-admin-keys').click();
  await expect(page.getByRole('heading', { name: 'API 密钥' })).toBeVisible();
  await snap(page, 'dash-04-zh-cn-keys');
  expect(errors).toEqual([]);
});
