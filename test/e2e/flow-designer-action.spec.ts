import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { centre, chooseOption, login, pointerDrag, watchErrors } from './helpers';

// The canvas chunk and the editor load lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(300_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/flow-designer-action-${step}.png` });
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

test('action node: capability picked from the Select, inputs mapped from upstream variables and constants, no JSON typed', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const key = `e2e-action-${Date.now().toString(36)}`;
  // erp runs before the node we drop (its result is upstream); other is not wired to it (its result is not)
  const body = {
    kind: 'flow', key, title: { en: 'E2E action panel', 'zh-CN': '端到端动作面板' },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'erp', type: 'action', config: { capability: 'demo.erp-push', output: 'erp' } },
      { id: 'other', type: 'action', config: { capability: 'demo.wms-push', output: 'other' } },
    ],
    edges: [{ id: 'e1', from: 'start', to: 'erp' }],
    layout: { start: { x: 0, y: 0 }, erp: { x: 0, y: 120 }, other: { x: 320, y: 120 } },
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  const canvas = page.getByTestId('flow-canvas');
  await expect(canvas.locator('.react-flow__pane')).toBeVisible();
  await expect(page.getByTestId('node-erp')).toBeVisible();

  // Drop an action node under erp and wire erp's "succeeded" into it.
  const erpBox = (await page.getByTestId('node-erp').boundingBox())!;
  await pointerDrag(page, await centre(page.getByTestId('palette-action'), false), { x: erpBox.x + erpBox.width / 2, y: erpBox.y + erpBox.height + 120 });
  const node = page.getByTestId('node-action-1');
  await expect(node).toBeVisible();
  await pointerDrag(page, await centre(page.getByTestId('handle-erp-succeeded'), false), await centre(node.locator('.react-flow__handle.target'), false));
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(2);
  await node.click();
  const panel = page.getByTestId('action-panel');
  await expect(panel).toBeVisible();
  await shot(page, '01-dropped');

  // The capability: open the Select, the demo group lists titles; pick "Refund a payment (demo)" by clicking it.
  await panel.getByLabel('Capability', { exact: true }).click();
  await expect(openDropdown(page).getByText('Built-in demo', { exact: true })).toBeVisible();
  await chooseOption(page, panel.getByLabel('Capability', { exact: true }), 'demo.refund');
  await expect(panel.getByTestId('action-input-amount')).toBeVisible();
  await expect(panel.getByTestId('action-input-amount-required')).toBeVisible();
  await expect(panel.getByTestId('action-input-reason')).toBeVisible();
  await expect(panel.getByTestId('action-capability-not-installed')).toHaveCount(0);

  // amount from order.totals.total via the picker; the picker offers erp's result (upstream), not other's
  await panel.getByLabel('Variable for amount', { exact: true }).click();
  await page.keyboard.type('vars.');
  await expect(openDropdown(page).locator('.ant-select-item-option').filter({ hasText: 'vars.erp' })).toHaveCount(1);
  await expect(openDropdown(page).locator('.ant-select-item-option').filter({ hasText: 'vars.other' })).toHaveCount(0);
  await chooseOption(page, panel.getByLabel('Variable for amount', { exact: true }), 'order.totals.total', { search: 'totals.total', shows: 'order.totals.total' });
  // reason as a constant
  await panel.getByTestId('action-input-reason-mode').getByText('Constant', { exact: true }).click();
  await panel.getByTestId('action-input-reason-const').fill('damaged');
  await shot(page, '02-mapped');

  const expected = { capability: 'demo.refund', input: { amount: { var: 'order.totals.total' }, reason: 'damaged' } };
  // The JSON view (the expert view) holds exactly that config for the node.
  await page.getByTestId('view-json').click();
  const lines = page.getByTestId('json-editor').locator('.view-lines');
  // Monaco renders only the lines in view: page through the document and read every screen.
  await lines.click();
  await page.keyboard.press('Control+Home');
  let seen = '';
  for (let i = 0; i < 40 && !seen.includes('"layout"'); i++) {
    seen += (await lines.innerText()).replace(/\u00a0/g, ' ');
    await page.keyboard.press('PageDown');
  }
  // (each on one line, so a screen boundary cannot split it; the exact config is checked on the saved draft below)
  for (const line of ['"id": "action-1"', '"capability": "demo.refund"', '"var": "order.totals.total"', '"reason": "damaged"']) expect(seen).toContain(line);
  await page.getByTestId('view-canvas').click();
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  type Saved = { draft: { body: { nodes: Array<{ id: string; config?: unknown }> } } };
  const config = async () => ((await (await page.request.get(`/api/definitions/flow/${key}`)).json()) as Saved).draft.body.nodes.find((n) => n.id === 'action-1')?.config;
  expect(await config()).toEqual(expected);

  // One undo takes back the typed constant as one step (the whole word); the variable row stays.
  await page.getByTestId('node-action-1').click();
  await page.getByTestId('flow-undo').click();
  await expect(panel.getByTestId('action-input-reason-const')).toHaveValue('');
  await expect(panel.getByTestId('action-input-amount-var')).toContainText('order.totals.total');
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  expect(await config()).toEqual({ capability: 'demo.refund', input: { amount: { var: 'order.totals.total' } } });
  await shot(page, '03-undone');

  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="action-panel"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});
