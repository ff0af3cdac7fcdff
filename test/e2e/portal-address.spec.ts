import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { chooseOption, login, snap, watchErrors } from './helpers';

const expect = baseExpect.configure({ timeout: 45_000 });
// Unique per run: the shared database keeps the addresses of earlier runs and other specs.
const run = Date.now().toString(36).toUpperCase();
const recipient = `Ada ${run}`;

async function fillLine(page: Page) {
  await page.getByRole('button', { name: 'Add line' }).click();
  await chooseOption(page, page.getByLabel('SKU · Line 1'), 'DRILL-18V', { search: 'DRILL' });
  await page.getByLabel('Qty · Line 1').fill('1');
}

async function submitAndRead(page: Page): Promise<string> {
  await page.getByTestId('submit-order').click();
  await expect(page.getByTestId('order-status-page')).toBeVisible();
  return (await page.getByTestId('order-number').textContent())!.replace(/^Order\s+/, '').trim();
}

test('a customer reuses a previous ship-to address from the picker, by keyboard, edits it and submits', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await login(page, 'customer@demo.test');
  await page.goto('/portal/forms/b2b-order');
  await expect(page.getByTestId('order-form')).toBeVisible();
  await page.getByLabel('PO number').fill(`PO-A-${run}`);
  await page.getByLabel('Requested delivery date').fill('2099-07-01');
  await page.getByLabel('Ship to · Recipient').fill(recipient);
  await page.getByLabel('Ship to · Address line 1').fill('12 Harbour Rd');
  await page.getByLabel('Ship to · City').fill('Oakland');
  await page.getByLabel('Ship to · Postcode').fill('94607');
  await page.getByLabel('Ship to · Country (2 letters)').fill('US');
  await fillLine(page);
  const first = await submitAndRead(page);
  expect(first).not.toBe('');

  // A new order: the picker offers the address just used; arrow keys and Enter pick it.
  await page.goto('/portal/forms/b2b-order');
  await expect(page.getByTestId('order-form')).toBeVisible();
  const picker = page.getByLabel('Ship to · Reuse an address');
  await picker.focus();
  await page.keyboard.type(run.toLowerCase());
  const option = page.locator('.ant-select-item-option', { hasText: `${recipient}, 12 Harbour Rd, 94607 Oakland, US` });
  await expect(option).toBeVisible();
  await snap(page, 'portal-address-01-suggestions');
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(' | ')}`)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Ship to · Recipient')).toHaveValue(recipient);
  await expect(page.getByLabel('Ship to · Address line 1')).toHaveValue('12 Harbour Rd');
  await expect(page.getByLabel('Ship to · City')).toHaveValue('Oakland');
  await expect(page.getByLabel('Ship to · Country (2 letters)')).toHaveValue('US');
  await expect(page.getByText('Address filled in: you can still edit every field.')).toBeVisible();
  // The filled fields stay editable.
  await page.getByLabel('Ship to · Address line 2').fill('Dock 4');
  await snap(page, 'portal-address-02-filled');

  await page.getByLabel('PO number').fill(`PO-B-${run}`);
  await page.getByLabel('Requested delivery date').fill('2099-07-02');
  await fillLine(page);
  const second = await submitAndRead(page);
  expect(second).not.toBe(first);
  const mine = await page.request.get('/api/my/orders');
  const id = (await mine.json()).items.find((o: { number: string }) => o.number === second).id;
  const detail = await (await page.request.get(`/api/my/orders/${id}`)).json();
  expect(detail.shipTo).toMatchObject({ name: recipient, line1: '12 Harbour Rd', line2: 'Dock 4', city: 'Oakland', postcode: '94607', country: 'US' });
  await snap(page, 'portal-address-03-submitted');
  expect(errors).toEqual([]);
});
