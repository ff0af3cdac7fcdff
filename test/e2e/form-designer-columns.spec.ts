import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { centre, login, watchErrors } from './helpers';

// The designer chunk loads lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(300_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/form-designer-columns-${step}.png`, fullPage: true });

/** A real pointer drag: down, small moves past the threshold, then 12 steps onto the target. */
async function drag(page: Page, from: Locator, to: Locator, step: string) {
  const a = await centre(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 6, a.y + 4, { steps: 3 });
  await shot(page, `${step}-a-picked`);
  const b = await centre(to);
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await shot(page, `${step}-b-over`);
  await page.mouse.up();
  await shot(page, `${step}-c-dropped`);
}

const column = (key: string, type: string, en: string) => ({ key, type, label: { en, 'zh-CN': en } });

test('line-items columns reorder by a real pointer drag and by buttons, each one undo step', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const key = `e2e-columns-${Date.now().toString(36)}`;
  const body = {
    kind: 'form', key, title: { en: 'Columns' },
    fields: [{ key: 'lines', type: 'line-items', label: { en: 'Lines', 'zh-CN': 'Lines' }, columns: [column('sku', 'text', 'SKU'), column('qty', 'number', 'Qty'), column('price', 'money', 'Price')] }],
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'form', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);

  await page.goto(`/definitions/form/${key}`);
  await page.getByTestId('view-form-designer').click();
  await page.getByRole('button', { name: 'Select Lines' }).click();
  const editor = page.getByTestId('fd-props-lines').getByTestId('fd-columns');
  await expect(editor).toBeVisible();
  const order = () => editor.locator('[data-drop^="col:"] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-testid')?.replace('fd-column-', '')));
  await page.getByTestId('fd-tab-preview').click();
  const headers = page.getByTestId('fd-preview').getByTestId('line-items-lines').locator('thead th');
  const previewOrder = async () => (await headers.allInnerTexts()).map((s) => s.trim()).filter((s) => ['SKU', 'Qty', 'Price'].includes(s));
  expect(await order()).toEqual(['sku', 'qty', 'price']);
  await expect.poll(previewOrder).toEqual(['SKU', 'Qty', 'Price']);
  await shot(page, '01-start');

  // Drag Price onto SKU's place: Price becomes the first column, in the editor and in the preview.
  await drag(page, editor.getByTestId('fd-column-price'), editor.getByTestId('fd-column-slot-0'), '02-drag');
  await expect.poll(order).toEqual(['price', 'sku', 'qty']);
  await expect.poll(previewOrder).toEqual(['Price', 'SKU', 'Qty']);
  // ending the drag did not also press the button under the pointer (no column opened)
  await expect(editor.getByRole('button', { name: /^Edit column/, pressed: true })).toHaveCount(0);

  // One undo step restores the order; redo applies it again.
  await page.getByTestId('fd-undo').click();
  await expect.poll(order).toEqual(['sku', 'qty', 'price']);
  await expect.poll(previewOrder).toEqual(['SKU', 'Qty', 'Price']);
  await page.getByTestId('fd-redo').click();
  await expect.poll(order).toEqual(['price', 'sku', 'qty']);
  await shot(page, '03-undo-redo');

  // Keyboard alternative: open a column, move it right with a labelled button; undo.
  await editor.getByTestId('fd-column-sku').click();
  await page.getByRole('button', { name: 'Move column sku right' }).click();
  await expect.poll(order).toEqual(['price', 'qty', 'sku']);
  await page.getByRole('button', { name: 'Move column sku left' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['price', 'sku', 'qty']);
  await page.getByTestId('fd-undo').click();
  await expect.poll(order).toEqual(['price', 'qty', 'sku']);
  await shot(page, '04-buttons');

  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="fd-properties"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
