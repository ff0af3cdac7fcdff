import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login, snap, watchErrors } from './helpers';

const run = Date.now().toString(36);
const LOCATIONS = ['wh-columbus', 'wh-reno', 'store-san-francisco']; // templates/demo/locations.json

/** No serious or critical axe-core violation on the screen as it is now. */
async function expectAccessible(page: Page, name: string, scope?: string): Promise<void> {
  // Hover colours are not the resting ones: check with the pointer parked off the controls.
  await page.mouse.move(1, 1);
  // With a drawer open, the page behind its mask is inert: check the drawer itself.
  const axe = new AxeBuilder({ page });
  const result = await (scope ? axe.include(scope) : axe).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** The operator's CSRF token (the API wants it on writes made with the session cookie). */
async function csrf(page: Page): Promise<string> {
  const me = await page.request.get('/api/auth/me');
  expect(me.ok()).toBe(true);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

test('(c) the operator finds an allocated order with its routing trace and timeline, holds and releases it', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await login(page, 'operator@demo.test');
  const externalId = `E2E-C-${run}`;
  const placed = await page.request.post('/api/orders', {
    headers: { 'X-CSRF-Token': await csrf(page), 'Idempotency-Key': `e2e-${run}` },
    data: {
      channel: 'web',
      externalId,
      currency: 'USD',
      customer: { id: 'cust-acme', name: 'Acme Tools Inc.', email: 'buyer@acme.example', creditLimit: 20000 },
      shipTo: { name: 'Acme Receiving', line1: '100 Industrial Way', city: 'Columbus', region: 'OH', postcode: '43215', country: 'US', lat: 39.9612, lon: -82.9988 },
      lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 1, unitPrice: 129 }],
    },
  });
  expect(placed.status(), await placed.text()).toBeLessThan(300);

  await page.getByTestId('nav-console').click();
  await expect(page.getByTestId('console-page')).toBeVisible({ timeout: 45_000 });
  await page.getByTestId('filter-q').fill(externalId);
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(new RegExp(`/console\\?q=${externalId}`));
  const row = page.getByTestId('order-table').locator('tbody tr').first();
  // The flow runs in the background worker: apply the filter again until routing has allocated the order.
  await expect(async () => {
    await page.getByTestId('filter-apply').click();
    await expect(row.getByTestId('order-status')).toHaveText('Allocated', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await snap(page, 'console-01-found');
  await expectAccessible(page, 'console');

  await row.locator('[data-testid^=open-]').click();
  const drawer = page.getByTestId('order-drawer');
  await expect(drawer.getByTestId('routing-trace')).toBeVisible();
  await expect(drawer.locator('.ant-drawer-title').getByTestId('order-status')).toHaveText('Allocated');
  await expect(drawer.getByTestId('plan-shipment')).toContainText('DRILL-18V × 1');
  await expect(drawer.getByTestId('trace-factors').first()).toContainText(/Distance|Stock|Priority|Cost|Load/);
  await expect(drawer.getByTestId('order-timeline')).toContainText('Order received');
  await expect(drawer.getByTestId('order-timeline')).toContainText('Routed');
  await expect(drawer.getByTestId('flow-canvas')).toBeVisible();
  await snap(page, 'console-02-detail');
  await expectAccessible(page, 'order drawer', '[data-testid=order-drawer]');

  await drawer.getByTestId('action-hold').click();
  await expect(page.getByTestId('confirm-text')).toContainText('no step of its flow runs until it is released');
  await snap(page, 'console-03-hold-confirm');
  await page.getByTestId('confirm-ok').click();
  await expect(drawer.locator('.ant-drawer-title').getByTestId('order-status')).toHaveText('On hold');
  await expect(drawer.getByTestId('order-timeline')).toContainText('Status changed');
  await snap(page, 'console-04-held');

  await drawer.getByTestId('action-release').click();
  await expect(page.getByTestId('confirm-text')).toContainText('hold on');
  await page.getByTestId('confirm-ok').click();
  // Release resumes the flow in the background worker: refresh until it is back where it was.
  await expect(async () => {
    await drawer.getByTestId('order-refresh').click();
    await expect(drawer.locator('.ant-drawer-title').getByTestId('order-status')).toHaveText('Allocated', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await snap(page, 'console-05-released');

  await page.goto('/exceptions');
  await expect(page.getByRole('heading', { name: 'Exceptions' })).toBeVisible();
  await expectAccessible(page, 'exceptions');
  expect(errors).toEqual([]);
});

test('(d) the operator imports a 10,000-row stock CSV with 3 bad rows', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await login(page, 'operator@demo.test');
  // Own products, so the demo SKUs other specs allocate keep their stock.
  const token = await csrf(page);
  const skus = [0, 1, 2, 3, 4].map((i) => `E2E-${run}-${i}`.toUpperCase());
  for (const sku of skus) {
    const r = await page.request.post('/api/products', { headers: { 'X-CSRF-Token': token }, data: { sku, name: `E2E import ${sku}` } });
    expect(r.status(), await r.text()).toBeLessThan(300);
  }
  // 10,000 data rows; the header is line 1, so row i is on line i + 2. Three rows are bad.
  const bad = new Map<number, string>([[1233, 'no-such-dc'], [5677, 'sku'], [9000, 'qty']]);
  const rows: string[] = ['location,sku,on_hand,safety'];
  const last = new Map<string, number>();
  for (let i = 0; i < 10_000; i++) {
    const loc = LOCATIONS[i % 3];
    const sku = skus[i % 5];
    const qty = 100 + (i % 97);
    const kind = bad.get(i);
    if (kind === 'no-such-dc') rows.push(`no-such-dc,${sku},${qty},0`);
    else if (kind === 'sku') rows.push(`${loc},NO-SUCH-SKU-${run},${qty},0`);
    else if (kind === 'qty') rows.push(`${loc},${sku},lots,0`);
    else {
      rows.push(`${loc},${sku},${qty},2`);
      last.set(`${loc}|${sku}`, qty);
    }
  }

  await page.getByTestId('nav-stock').click();
  await expect(page.getByTestId('stock-levels')).toBeVisible({ timeout: 45_000 });
  await expectAccessible(page, 'stock levels');
  await page.getByRole('tab', { name: 'CSV import' }).click();
  await expect(page.getByTestId('import-panel')).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({ name: `stock-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n') + '\n') });
  await snap(page, 'stock-01-file-chosen');
  await expectAccessible(page, 'stock import');

  // Record every value the progress bar shows while the import runs.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __progress: number[] }).__progress = seen;
    const read = () => {
      const bar = document.querySelector('[data-testid=import-bar] [role=progressbar], [data-testid=import-bar][role=progressbar]');
      const v = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen[seen.length - 1] !== v) seen.push(v);
    };
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await snap(page, 'stock-02-progress');
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(page.getByTestId('import-rows')).toHaveText('10,000 of 10,000 rows');
  await expect(page.getByTestId('import-ok')).toHaveText('9997 applied');
  await expect(page.getByTestId('import-bad')).toHaveText('3 bad rows');
  const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(seen[seen.length - 1]).toBe(100);
  expect(seen.some((v) => v > 0 && v < 100), `progress values seen: ${seen.join(', ')}`).toBe(true);

  const lines = page.getByTestId('import-errors').locator('tbody tr');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('1235');
  await expect(lines.nth(0)).toContainText('No such location');
  await expect(lines.nth(1)).toContainText('5679');
  await expect(lines.nth(1)).toContainText('No such product');
  await expect(lines.nth(2)).toContainText('9002');
  await expect(lines.nth(2)).toContainText('on_hand');
  await snap(page, 'stock-03-done');
  const download = await page.request.get((await page.getByTestId('import-errors-download').getAttribute('href'))!);
  const csv = await download.text();
  expect(csv.split('\n').filter(Boolean).map((l) => l.split(',')[0])).toEqual(['line', '1235', '5679', '9002']);

  // The good rows were applied: the last row of each key sets its level.
  await page.getByRole('tab', { name: 'Levels' }).click();
  await page.getByTestId('stock-filter-sku').fill(skus[1]);
  await page.getByTestId('stock-filter-apply').click();
  const levelRows = page.getByTestId('stock-levels').locator('tbody tr.ant-table-row');
  await expect(levelRows).toHaveCount(3);
  for (const loc of LOCATIONS) {
    const r = levelRows.filter({ hasText: loc });
    await expect(r).toContainText(String(last.get(`${loc}|${skus[1]}`)));
  }
  await snap(page, 'stock-04-levels');
  await page.getByRole('tab', { name: 'Movements' }).click();
  await expect(page.getByTestId('stock-movements').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expectAccessible(page, 'stock movements');
  expect(errors).toEqual([]);
});

test('(g) in zh-CN the console and stock screens show Chinese labels', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.addInitScript(() => localStorage.setItem('oms.language', 'zh-CN'));
  await login(page, 'operator@demo.test');
  await page.getByTestId('nav-console').click();
  await expect(page.getByRole('heading', { name: '订单控制台' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('console-filters')).toContainText('状态');
  await expect(page.getByTestId('order-table')).toContainText('创建时间');
  await expectAccessible(page, 'console zh-CN');
  await page.getByTestId('order-table').locator('[data-testid^=open-]').first().click();
  await expect(page.getByTestId('order-drawer')).toContainText('时间线');
  await expect(page.getByTestId('order-drawer')).toContainText('分配方案与路由追踪');
  await snap(page, 'zh-01-console');
  await expectAccessible(page, 'console zh-CN drawer', '[data-testid=order-drawer]');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-exceptions').click();
  await expect(page.getByRole('heading', { name: '异常订单' })).toBeVisible();
  await page.getByTestId('nav-stock').click();
  await expect(page.getByRole('heading', { name: '库存' })).toBeVisible();
  await expect(page.getByTestId('stock-levels')).toContainText('在库');
  await expect(page.getByTestId('stock-levels')).toContainText('安全库存');
  await page.getByRole('tab', { name: 'CSV 导入' }).click();
  await expect(page.getByTestId('import-panel')).toContainText('上传并导入');
  await snap(page, 'zh-02-stock');
  await expectAccessible(page, 'stock zh-CN');
  expect(errors).toEqual([]);
});
