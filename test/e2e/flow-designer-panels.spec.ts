import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, comboboxIn, login, switchLanguage, watchErrors } from './helpers';

// The canvas chunk and the editor load lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(300_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/flow-designer-panels-${step}.png` });
/** The antd Select around the combobox labelled `label` (its visible value is in there). */
// (`has` is matched inside each .ant-select, so its locator must not repeat the scope)
const selectOf = (scope: Locator, label: string) => scope.locator('.ant-select', { has: scope.page().getByLabel(label, { exact: true }) });

/** Open the Select labelled `label`, click the option, and see that the pick took. */
async function pick(page: Page, scope: Locator, label: string, text: string | RegExp, shown: string) {
  await chooseOption(page, scope.getByLabel(label, { exact: true }), text, { shows: shown });
}

async function seriousAxe(page: Page, build: (b: AxeBuilder) => AxeBuilder) {
  await page.mouse.move(0, 0);
  const r = await build(new AxeBuilder({ page })).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('wait filter, notify recipients, compensation mapping and approval assignees set without typing JSON, saved exactly', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const key = `e2e-panels-${Date.now().toString(36)}`;
  const body = {
    kind: 'flow', key, title: { en: 'E2E panels', 'zh-CN': '端到端面板' },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'erp', type: 'action', config: { capability: 'demo.erp-push', output: 'erp' } },
      { id: 'paid', type: 'wait', config: { event: 'payment-received' } },
      { id: 'tell', type: 'notify', config: { template: 'order-update', to: [{ role: 'operator' }] } },
      { id: 'ok', type: 'approval', config: { assignees: [] } },
      { id: 'done', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'erp' }, { id: 'e2', from: 'erp', to: 'paid', outcome: 'succeeded' },
      { id: 'e3', from: 'paid', to: 'tell', outcome: 'received' }, { id: 'e4', from: 'tell', to: 'ok' },
      { id: 'e5', from: 'ok', to: 'done', outcome: 'approved' },
    ],
    layout: { start: { x: 0, y: 0 }, erp: { x: 0, y: 120 }, paid: { x: 0, y: 240 }, tell: { x: 0, y: 360 }, ok: { x: 0, y: 480 }, done: { x: 0, y: 600 } },
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  await expect(page.getByTestId('flow-canvas').locator('.react-flow__pane')).toBeVisible();

  // Wait: a timeout the runtime refuses is named at once; a good one clears the message.
  await page.getByTestId('node-paid').click();
  const wait = page.getByTestId('wait-panel');
  await expect(wait).toBeVisible();
  await expect(wait.getByTestId('wait-filter-summary')).toContainText('No filter');
  await wait.getByLabel('Timeout', { exact: true }).fill('P1Y');
  await expect(wait.getByTestId('wait-timeout-invalid')).toBeVisible();
  await wait.getByLabel('Timeout', { exact: true }).fill('PT48H');
  await expect(wait.getByTestId('wait-timeout-invalid')).toHaveCount(0);

  // The filter in the rule builder: a field of the event's payload (typed under event.), "is at least", 100.
  await page.waitForLoadState('networkidle');
  await wait.getByTestId('wait-filter-edit').click();
  const rule = page.getByTestId('wait-filter');
  await expect(rule.getByText('Try it', { exact: true })).toBeVisible();
  await chooseOption(page, rule.getByLabel('Field or value', { exact: true }), /^event\.amount$/, { search: 'event.amount', shows: 'event.amount' });
  await pick(page, rule, 'Operator', /^is at least$/, 'is at least');
  await rule.getByLabel('Compared with', { exact: true }).fill('100');
  await expect(rule.getByLabel('Compared with', { exact: true })).toHaveValue('100');
  // Try it starts with the data a wait filter is evaluated on, and evaluates the rule on it.
  const sample = JSON.parse(await rule.getByLabel('Sample data (JSON)', { exact: true }).inputValue()) as Record<string, Record<string, unknown>>;
  expect(Object.keys(sample)).toEqual(['order', 'vars', 'event']);
  expect(sample.order.externalId).toBe('PO-3003');
  expect(sample.vars).toEqual({ erp: null });
  await expect(rule.getByText('Result: false', { exact: true })).toBeVisible();
  await shot(page, '01-wait-filter');
  expect(await seriousAxe(page, (b) => b.include('.fd-wait-drawer').exclude('.monaco-editor'))).toEqual([]);
  await page.locator('.fd-wait-drawer').getByRole('button', { name: 'Close' }).click();
  await expect(rule).toHaveCount(0);
  await expect(wait.getByTestId('wait-filter-summary')).toContainText('event.amount >= 100');
  expect(await seriousAxe(page, (b) => b.include('[data-testid="wait-panel"]'))).toEqual([]);

  // Notify: the role row picks from the runtime's roles, a user row is typed, a customer row needs nothing.
  await page.getByTestId('node-tell').click();
  const notify = page.getByTestId('notify-panel');
  await expect(notify).toBeVisible();
  await pick(page, notify, 'Recipient 1: role', /^Approver$/, 'Approver');
  await notify.getByTestId('notify-add-recipient').click();
  await pick(page, notify, 'Recipient 2: kind', /^User$/, 'User');
  await notify.getByLabel('Recipient 2: user', { exact: true }).fill('ana@demo.test');
  await notify.getByTestId('notify-add-recipient').click();
  await pick(page, notify, 'Recipient 3: kind', /^Customer$/, 'Customer');
  await shot(page, '02-notify');
  expect(await seriousAxe(page, (b) => b.include('[data-testid="notify-panel"]'))).toEqual([]);

  // Action: the compensation capability, then its input with the same rows as the call.
  await page.getByTestId('node-erp').click();
  const action = page.getByTestId('action-panel');
  await expect(action).toBeVisible();
  await expect(action.getByTestId('compensation-none')).toBeVisible();
  await chooseOption(page, action.getByLabel('Compensation capability', { exact: true }), 'demo.erp-cancel');
  await expect(action.getByTestId('action-compensation')).toContainText('demo.erp-cancel');
  await expect(action.getByTestId('compensation-input-order')).toBeVisible();
  await action.getByTestId('compensation-input-reason-mode').getByText('Constant', { exact: true }).click();
  await action.getByLabel('Value of reason (compensation)', { exact: true }).fill('flow cancelled');
  await shot(page, '03-compensation');
  expect(await seriousAxe(page, (b) => b.include('[data-testid="action-panel"]'))).toEqual([]);

  // Approval: a role offered as you type, a user id taken from an upstream variable, escalation to a role.
  await page.getByTestId('node-ok').click();
  await page.getByTestId('add-assignee').click();
  await chooseOption(page, page.getByTestId('assignee-value-0'), /· approver$/, { search: 'appr' });
  await expect(page.getByTestId('assignee-value-0')).toHaveValue('approver');
  await page.getByTestId('add-assignee').click();
  await chooseOption(page, comboboxIn(page, 'assignee-kind-1'), /^Rule$/, { shows: 'Rule' });
  await chooseOption(page, comboboxIn(page, 'assignee-value-1'), 'vars.erp', { search: 'vars.erp', shows: 'vars.erp' });
  await chooseOption(page, page.getByLabel('When the SLA is due', { exact: true }), 'Escalate');
  await chooseOption(page, page.getByTestId('prop-escalate-to'), /· operator$/, { search: 'oper' });
  await expect(page.getByTestId('prop-escalate-to')).toHaveValue('operator');
  expect(await seriousAxe(page, (b) => b.include('[data-testid="flow-properties"]'))).toEqual([]);

  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  type Saved = { draft: { body: { nodes: Array<{ id: string; config?: unknown }> } } };
  const saved = ((await (await page.request.get(`/api/definitions/flow/${key}`)).json()) as Saved).draft.body.nodes;
  const config = (id: string) => saved.find((n) => n.id === id)?.config;
  expect(config('paid')).toEqual({ event: 'payment-received', timeout: 'PT48H', filter: { '>=': [{ var: 'event.amount' }, 100] } });
  expect(config('tell')).toEqual({ template: 'order-update', to: [{ role: 'approver' }, { user: 'ana@demo.test' }, { customer: true }] });
  expect(config('ok')).toEqual({ assignees: [{ role: 'approver' }, { rule: { var: 'vars.erp' } }], sla: { onTimeout: { action: 'escalate', to: { role: 'operator' } } } });
  expect(config('erp')).toEqual({ capability: 'demo.erp-push', output: 'erp', compensation: { capability: 'demo.erp-cancel', input: { reason: 'flow cancelled' } } });

  // In zh-CN the same panels speak Chinese (the zh-CN sweep does not open flow nodes).
  await switchLanguage(page, '简体中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('node-paid').click();
  for (const text of ['事件名称', '超时', '编辑过滤条件', '移除过滤条件']) await expect(wait.getByText(text, { exact: true })).toBeVisible();
  await page.getByTestId('node-tell').click();
  await expect(selectOf(notify, '接收人 2：类型')).toContainText('用户');
  await expect(notify.getByText('添加接收人', { exact: true })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});
