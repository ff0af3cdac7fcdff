import { expect as baseExpect, test, type Page } from '@playwright/test';
import { login, switchLanguage, watchErrors } from './helpers';
import { axeFaults, englishLeft, expectChinese, tabTo } from './zh-cn-sweep-support';

const expect = baseExpect.configure({ timeout: 45_000 });

/** One screen: how to get there from the page before, what shows it is ready, and its main action for the Tab check. */
interface Screen {
  name: string;
  open(page: Page): Promise<void>;
  ready: string;
  action: string;
}
const go = (path: string) => async (page: Page) => { await page.goto(path); };
const S: Record<string, Screen> = {
  portal: { name: 'portal', open: go('/portal'), ready: '[data-testid=customer-portal]', action: '[data-testid^=form-card] a' },
  form: { name: 'portal-form', open: go('/portal/forms/b2b-order'), ready: '[data-testid=order-form]', action: '[data-testid=submit-order]' },
  myOrders: { name: 'my-orders', open: go('/portal/orders'), ready: '[data-testid=my-orders] tbody tr', action: '[data-testid=my-orders] a' },
  status: {
    name: 'order-status',
    open: async (page) => { await page.goto('/portal/orders'); await page.getByTestId('my-orders').getByRole('link').first().click(); },
    ready: '[data-testid=order-steps]', action: 'main a[href="/portal/orders"]',
  },
  inbox: { name: 'inbox', open: go('/inbox'), ready: '[data-testid=inbox-table] tbody tr', action: '[data-testid=inbox-search] input' },
  task: {
    name: 'inbox-task',
    open: async (page) => { await page.goto('/inbox'); await page.getByTestId('inbox-table').locator('tbody tr').first().click(); },
    ready: '[data-testid=task-drawer]', action: '[data-testid=task-approve]',
  },
  console: { name: 'console', open: go('/console'), ready: '[data-testid=order-table] tbody tr', action: '[data-testid=filter-apply]' },
  order: {
    name: 'console-order',
    open: async (page) => { await page.goto('/console'); await page.getByTestId('order-table').locator('[data-testid^=open-]').first().click(); },
    ready: '[data-testid=order-timeline]', action: '[data-testid=order-drawer] button',
  },
  exceptions: { name: 'exceptions', open: go('/exceptions'), ready: 'main h2, main h3', action: 'main button, main a[href]' },
  stock: { name: 'stock', open: go('/stock'), ready: '[data-testid=stock-levels] tbody tr', action: '[data-testid=stock-filter-apply]' },
  stockImport: {
    name: 'stock-import',
    open: async (page) => { await page.goto('/stock'); await page.getByRole('tab').last().click(); },
    ready: '[data-testid=import-panel]', action: '[data-testid=import-panel] button, [data-testid=import-panel] input',
  },
  dashboards: { name: 'dashboards', open: go('/dashboards'), ready: 'main [data-testid=chart-status] svg', action: 'main button, main input' },
  definitions: { name: 'definitions', open: go('/definitions'), ready: 'main tbody tr', action: '[data-testid=new-definition]' },
  releases: { name: 'releases', open: go('/releases'), ready: '[data-testid=releases-tab-drafts]', action: 'main [role=tab], main button' },
  ...Object.fromEntries(
    [['users', '[data-testid=admin-nav] a, main .ant-btn-primary'], ['api-keys', 'main .ant-btn-primary'], ['plugins', '[data-testid=plugin-catalog] button'],
      ['locations', '[data-testid=location-create]'], ['channels', '[data-testid=channel-create]'], ['settings', '[data-testid=settings-save]'],
      ['audit', '[data-testid=audit-apply]']].map(([p, action]) => [
      `admin-${p}`, { name: `admin-${p}`, open: go(`/admin/${p}`), ready: 'main h2, main h3, main h4', action },
    ]),
  ),
};

// What each demo role can reach: the nav registry's entries for it (designer/src/app/nav-registry.ts), with the
// drawers and tabs they open.
const ROLES: Array<[string, string[]]> = [
  ['customer', ['portal', 'form', 'myOrders', 'status']],
  ['approver', ['inbox', 'task']],
  ['operator', ['console', 'order', 'exceptions', 'stock', 'stockImport', 'dashboards']],
  ['analyst', ['definitions', 'releases', 'dashboards']],
  ['admin', ['admin-users', 'admin-api-keys', 'admin-plugins', 'admin-locations', 'admin-channels', 'admin-settings', 'admin-audit']],
];

async function visit(page: Page, s: Screen): Promise<void> {
  await s.open(page);
  await expect(page.locator(s.ready).first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

/** Dates and amounts exactly as Intl formats them in zh-CN with the tenant's zone and currency. */
async function expectTenantFormats(page: Page, api: string, table: string) {
  const settings = await (await page.request.get('/api/settings')).json();
  const first = (await (await page.request.get(api)).json()).items[0];
  const dt = new Intl.DateTimeFormat('zh-CN', { timeZone: settings.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  await expect(page.locator(table).locator('tbody tr').first()).toContainText(dt.format(new Date(first.createdAt)));
  if (first.total !== null) {
    const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: first.currency ?? settings.currency }).format(first.total);
    await expect(page.locator(table).locator('tbody tr').first()).toContainText(money);
  }
}

/**
 * The customer's lists need an order of their own: other specs may not have run first (the sweep runs alone too),
 * so submit the demo form once through the API when the customer has none.
 */
async function ensureCustomerOrder(page: Page) {
  const mine = await (await page.request.get('/api/my/orders')).json();
  if (mine.items.length > 0) return;
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const address = { name: 'Acme Receiving', line1: '100 Industrial Way', city: 'Columbus', region: 'OH', postcode: '43215', country: 'US' };
  const r = await page.request.post('/api/forms/b2b-order/submit', {
    headers: { 'X-CSRF-Token': csrfToken, 'Idempotency-Key': `zh-cn-sweep-${Date.now()}` },
    data: {
      data: {
        customer: { name: 'Acme Tools Inc.', email: 'buyer@acme.example' }, poNumber: 'PO-SWEEP-1', requestedDate: '2027-01-15',
        shipTo: address, sameBilling: true, lines: [{ sku: 'DRILL-18V', qty: 1, unitPrice: 129 }], shippingMethod: 'standard',
      },
    },
  });
  expect(r.status(), await r.text()).toBeLessThan(300);
}

for (const [role, screens] of ROLES) {
  test(`zh-CN sweep: ${role}`, async ({ page }) => {
    test.setTimeout(600_000);
    const errors = watchErrors(page);
    await login(page, `${role}@demo.test`);
    if (role === 'customer') await ensureCustomerOrder(page);
    await switchLanguage(page, '简体中文');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const faults: string[] = [];
    for (const key of screens) {
      const s = S[key];
      await visit(page, s);
      await page.screenshot({ path: `test/e2e/artifacts/zh-cn-${role}-${s.name}.png`, fullPage: true });
      await expectChinese(page);
      faults.push(...(await englishLeft(page)).map((t) => `${s.name}: English "${t}"`));
      faults.push(...(await axeFaults(page, s.name)));
      faults.push(...(await tabTo(page, s.action, s.name)));
      if (key === 'myOrders') await expectTenantFormats(page, '/api/my/orders', '[data-testid=my-orders]');
      if (key === 'console') await expectTenantFormats(page, '/api/orders?limit=1', '[data-testid=order-table]');
    }
    expect(faults).toEqual([]);
    expect(errors).toEqual([]);
  });
}
