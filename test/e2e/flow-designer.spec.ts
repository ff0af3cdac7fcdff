import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { centre, chooseOption, login, pointerDrag, shownJson, watchErrors } from './helpers';

// The canvas chunk and the editor load lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(480_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/flow-designer-${step}.png` });

async function wire(page: Page, from: string, outcome: string, to: string) {
  const source = page.getByTestId(`handle-${from}-${outcome}`);
  const target = page.getByTestId(`node-${to}`).locator('.react-flow__handle.target');
  await pointerDrag(page, await centre(source, false), await centre(target, false));
}

async function pick(page: Page, label: string, option: string) {
  await chooseOption(page, page.getByLabel(label, { exact: true }), option);
}

/** In branch `i`'s rule builder: field order.totals.total, operator >, the value typed; closes the drawer. */
async function buildTotalOver(page: Page, i: number, value: string) {
  await page.getByTestId(`branch-edit-${i}`).click();
  const rule = page.getByTestId(`branch-rule-${i}`);
  await chooseOption(page, rule.getByLabel('Field or value', { exact: true }), 'order.totals.total', { search: 'totals.total', shows: 'order.totals.total' });
  await chooseOption(page, rule.getByLabel('Operator', { exact: true }), /^is greater than$/, { shows: 'is greater than' });
  await rule.getByLabel('Compared with', { exact: true }).fill(value);
  await page.locator('.fd-branch-drawer').getByRole('button', { name: 'Close' }).click();
  await expect(rule).toHaveCount(0);
}

test('an analyst builds, checks, saves and test-runs a flow on the canvas', async ({ page }) => {
  const errors = watchErrors(page);
  const key = `e2e-canvas-${Date.now().toString(36)}`;
  await login(page, 'analyst@demo.test');
  await page.goto('/definitions?kind=flow');
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('Canvas flow');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/flow/${key}$`));
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);
  await page.getByTestId('view-canvas').click();
  const canvas = page.getByTestId('flow-canvas');
  await expect(canvas.locator('.react-flow__pane')).toBeVisible();
  await page.getByTestId('flow-designer').scrollIntoViewIfNeeded();
  await shot(page, '01-starter-canvas');

  // The starter flow's two boxes go: select both (Ctrl+click) and press Delete.
  await page.getByTestId('node-start').click();
  await page.getByTestId('node-end').click({ modifiers: ['Control'] });
  await page.keyboard.press('Delete');
  await expect(canvas.locator('.react-flow__node')).toHaveCount(0);
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(0);

  // Drag five nodes from the palette; each lands under the cursor.
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2 - 60;
  const drops: Array<[string, number, number]> = [
    ['start', cx, box.y + 20], ['decision', cx, box.y + 130], ['approval', cx - 120, box.y + 250],
    ['route', cx - 120, box.y + 380], ['end', cx + 200, box.y + 500],
  ];
  for (const [type, x, y] of drops) {
    await pointerDrag(page, await centre(page.getByTestId(`palette-${type}`), false), { x, y });
    const node = page.getByTestId(`node-${type}-1`);
    await expect(node).toBeVisible();
    const nb = (await node.boundingBox())!;
    // the box's top centre is where the pointer let go
    expect(Math.abs(nb.x + nb.width / 2 - x)).toBeLessThan(100);
    expect(Math.abs(nb.y - y)).toBeLessThan(30);
  }
  await shot(page, '02-dropped');

  // Wire the outcomes.
  await wire(page, 'start-1', 'next', 'decision-1');
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(1);
  // An outcome can be wired once: the second edge is refused with its reason.
  await wire(page, 'start-1', 'next', 'approval-1');
  await expect(page.getByText('Refused: outcome "next" is already wired; delete its edge first.')).toBeVisible();
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(1);
  await shot(page, '03-refused-edge');
  for (const [from, outcome, to] of [
    ['decision-1', 'high', 'approval-1'], ['decision-1', 'default', 'end-1'], ['approval-1', 'approved', 'route-1'],
    ['approval-1', 'rejected', 'end-1'], ['approval-1', 'returned', 'end-1'], ['route-1', 'routed', 'end-1'], ['route-1', 'unfillable', 'end-1'],
  ] as const) await wire(page, from, outcome, to);
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(8);
  await shot(page, '04-wired');

  // The approval has no assignee yet: the runtime's check pins it to the node.
  await expect(page.getByTestId('node-issues-approval-1')).toBeVisible();
  await expect(page.getByTestId('flow-error-count')).not.toContainText('0 errors');
  await page.getByTestId('node-approval-1').click();
  await page.getByTestId('add-assignee').click();
  await page.getByTestId('assignee-value-0').fill('approver');
  await page.getByTestId('prop-sla-due').fill('PT24H');
  await pick(page, 'When the SLA is due', 'Escalate');
  await expect(page.getByTestId('prop-escalate-to')).toHaveValue('admin');
  await expect(page.getByTestId('node-issues-approval-1')).toHaveCount(0);
  await expect(page.getByTestId('flow-error-count')).toContainText('0 errors');
  await shot(page, '05-fixed');

  // The decision's branch "high": order total > 10000, picked in the visual rule builder (no JSON typed).
  await page.getByTestId('node-decision-1').click();
  await buildTotalOver(page, 0, '10000');
  await expect(page.getByTestId('branch-when-0')).toContainText('order.totals.total > 10000');

  // The JSON view is the same document (Monaco renders only the lines in view).
  await page.getByTestId('view-json').click();
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('"id": "decision-1"');
  await page.getByTestId('view-canvas').click();

  await page.getByTestId('save-draft').click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await shot(page, '06-saved');

  // Test run with the approver waiting: the 24 h SLA escalates on the virtual clock.
  await page.getByTestId('open-test-run').click();
  await pick(page, 'Approver decision at approval-1', 'Wait');
  await page.getByTestId('test-run-start').click();
  const timeline = page.getByTestId('test-run-timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: 'T+24h' }).first()).toBeVisible();
  await expect(page.getByTestId('test-run-tasks')).toContainText('approval-1');
  await expect(page.getByTestId('run-outcome-decision-1')).toHaveText('high');
  await shot(page, '07-test-run');

  // a hovered button shows its lighter hover colour: check the resting screen
  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="flow-designer"]').analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('decision branches: built without JSON, each add / reorder / remove one undo step', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const key = `e2e-decision-${Date.now().toString(36)}`;
  const body = {
    kind: 'flow', key, title: { en: 'Decision' },
    nodes: [{ id: 'start', type: 'start' }, { id: 'd', type: 'decision', config: { branches: [{ outcome: 'high', when: { '>': [{ var: 'order.totals.total' }, 1] } }] } }, { id: 'end', type: 'end' }],
    edges: [{ id: 'e1', from: 'start', to: 'd' }, { id: 'e2', from: 'd', to: 'end', outcome: 'high' }, { id: 'e3', from: 'd', to: 'end', outcome: 'default' }],
    layout: { start: { x: 0, y: 0 }, d: { x: 0, y: 140 }, end: { x: 0, y: 300 } },
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  await page.getByTestId('node-d').click();
  const outcomes = () => page.locator('[data-testid^="branch-outcome-"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect.poll(outcomes).toEqual(['high']);

  await page.getByTestId('add-branch').click();
  await expect.poll(outcomes).toEqual(['high', 'branch-2']);
  await expect(page.getByTestId('handle-d-branch-2')).toBeAttached();
  await page.getByTestId('branch-outcome-1').fill('vip');
  await page.getByTestId('branch-up-1').click();
  await expect.poll(outcomes).toEqual(['vip', 'high']);
  await page.getByTestId('branch-remove-1').click();
  await expect.poll(outcomes).toEqual(['vip']);
  await shot(page, 'decision-01-edited');

  // one undo per step: remove, reorder, the typed name (one step for the whole word), add
  await page.getByTestId('flow-undo').click();
  await expect.poll(outcomes).toEqual(['vip', 'high']);
  await page.getByTestId('flow-undo').click();
  await expect.poll(outcomes).toEqual(['high', 'vip']);
  await page.getByTestId('flow-undo').click();
  await expect.poll(outcomes).toEqual(['high', 'branch-2']);
  await page.getByTestId('flow-undo').click();
  await expect.poll(outcomes).toEqual(['high']);
  await expect(page.getByTestId('flow-undo')).toBeDisabled();

  // the rule: the builder shows it, the JSON view (the builder's own toggle) holds exactly the stored rule
  await buildTotalOver(page, 0, '10000');
  await expect(page.getByTestId('branch-when-0')).toContainText('order.totals.total > 10000');
  await page.getByTestId('branch-edit-0').click();
  const rule = page.getByTestId('branch-rule-0');
  await expect(rule.getByText('Try it', { exact: true })).toBeVisible();
  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include('.fd-branch-drawer').include('[data-testid="flow-properties"]').exclude('.monaco-editor').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await rule.getByText('JSON', { exact: true }).click();
  const stored = () => shownJson(rule);
  await expect.poll(stored).toEqual({ '>': [{ var: 'order.totals.total' }, 10000] });
  await shot(page, 'decision-02-json-view');
  await page.locator('.fd-branch-drawer').getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  const saved = (await (await page.request.get(`/api/definitions/flow/${key}`)).json()) as { draft: { body: typeof body } };
  expect(saved.draft.body.nodes[1].config).toEqual({ branches: [{ outcome: 'high', when: { '>': [{ var: 'order.totals.total' }, 10000] } }] });
  expect(errors).toEqual([]);
});
