import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, comboboxIn, drag, login, switchLanguage, watchErrors } from './helpers';

// The designer chunk and the editor load lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(600_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/form-designer-${step}.png`, fullPage: true });

/** Picks an option of an antd Select found by its label inside `scope` (typing filters long lists). */
async function pick(page: Page, scope: Locator, label: string, option: string, search?: string) {
  await chooseOption(page, scope.getByLabel(label, { exact: true }).first(), option, { search });
}

async function newDefinition(page: Page, kind: string, key: string, title: string) {
  await page.goto(`/definitions?kind=${kind}`);
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill(title);
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/${kind}/${key}$`));
  // Monaco loads lazily and slowly on a busy machine; the designer tab does not need it.
  await expect(page.getByTestId(`view-${kind}-designer`)).toBeVisible();
}

async function rename(page: Page, props: Locator, key: string, en: string, zh: string) {
  const keyInput = props.getByTestId('fd-prop-key').first();
  await keyInput.fill(key);
  await keyInput.press('Enter');
  const scope = page.getByTestId(`fd-props-${key}`).or(page.locator(`[data-testid$=".${key}"][data-testid^="fd-props-"]`)).first();
  await scope.getByTestId('fd-prop-label-en').first().fill(en);
  await scope.getByTestId('fd-prop-label-zh-CN').first().fill(zh);
}

async function noSeriousAxe(page: Page, selector: string) {
  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const zone = (page: Page, id: string) => page.getByTestId(`fd-drop-${id}`);

// The second test opens the form the first one built and saved (one worker runs this file's tests in order).
test.describe.configure({ mode: 'serial' });
const key = `e2e-form-${Date.now().toString(36)}`;

test('an analyst builds a form by drag and drop, without JSON, and saves it', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  await newDefinition(page, 'form', key, 'Designer form');
  await page.getByTestId('view-form-designer').click();
  const designer = page.getByTestId('form-designer');
  await expect(designer).toBeVisible();
  await expect(page.getByTestId('fd-field-note')).toBeVisible();
  await shot(page, '01-starter');

  // Country: a text field dropped into a new row, then named in the property panel.
  await drag(page, page.getByTestId('fd-palette-text'), zone(page, 'row:0:1'));
  await expect(page.getByTestId('fd-field-text1')).toBeVisible();
  await rename(page, page.getByTestId('fd-props-text1'), 'country', 'Country', '国家');
  // VAT id: dropped next to it in the same row, visible only when country = DE (rule builder, no JSON).
  await drag(page, page.getByTestId('fd-palette-text'), zone(page, 'slot:0:1:1'));
  await rename(page, page.getByTestId('fd-props-text1'), 'vatId', 'VAT id', '增值税号');
  await expect(page.getByTestId('fd-row-0-1').getByTestId('fd-field-country')).toBeVisible();
  await expect(page.getByTestId('fd-row-0-1').getByTestId('fd-field-vatId')).toBeVisible();
  const vatProps = page.getByTestId('fd-props-vatId');
  await vatProps.getByTestId('fd-add-visibleIf').click();
  const visibleIf = vatProps.getByTestId('fd-rule-visibleIf');
  await pick(page, visibleIf, 'Field or value', 'country');
  await visibleIf.getByLabel('Compared with', { exact: true }).fill('DE');
  await shot(page, '02-visible-if');

  // A line-items table: seeded SKU and Qty columns, plus Unit price and a computed Line total (A × B).
  await drag(page, page.getByTestId('fd-palette-line-items'), zone(page, 'row:0:2'));
  await rename(page, page.getByTestId('fd-props-lineItems1'), 'lines', 'Lines', '明细');
  const linesProps = page.getByTestId('fd-props-lines');
  await pick(page, linesProps, 'Column type', 'Amount');
  await linesProps.getByTestId('fd-add-column').click();
  await rename(page, page.getByTestId('fd-props-lines.money1'), 'unitPrice', 'Unit price', '单价');
  await linesProps.getByTestId('fd-add-column').click();
  await rename(page, page.getByTestId('fd-props-lines.money1'), 'lineTotal', 'Line total', '小计');
  const lineTotal = page.getByTestId('fd-props-lines.lineTotal');
  await pick(page, lineTotal, 'Formula', 'A × B');
  await expect(lineTotal.getByTestId('fd-formula-a')).toContainText('row.qty');
  await expect(lineTotal.getByTestId('fd-formula-b')).toContainText('row.unitPrice');
  await shot(page, '03-line-items');

  // Order total = sum of the lines; an approval note required when total > 1000.
  await drag(page, page.getByTestId('fd-palette-money'), zone(page, 'row:0:3'));
  await rename(page, page.getByTestId('fd-props-money1'), 'total', 'Total', '总额');
  await pick(page, page.getByTestId('fd-props-total'), 'Formula', 'Sum of line totals');
  await drag(page, page.getByTestId('fd-palette-text'), zone(page, 'row:0:4'));
  await rename(page, page.getByTestId('fd-props-text1'), 'approvalNote', 'Approval note', '审批说明');
  const noteProps = page.getByTestId('fd-props-approvalNote');
  await noteProps.getByTestId('fd-add-requiredIf').click();
  const requiredIf = noteProps.getByTestId('fd-rule-requiredIf');
  await pick(page, requiredIf, 'Field or value', 'total');
  await pick(page, requiredIf, 'Operator', 'is greater than');
  await requiredIf.getByLabel('Compared with', { exact: true }).fill('1000');
  await shot(page, '04-required-if');

  // Move by drag: the starter field joins the approval note's row; undo and redo cover the drag.
  await drag(page, page.getByTestId('fd-handle-note'), zone(page, 'slot:0:4:1'));
  await expect(page.getByTestId('fd-row-0-3').getByTestId('fd-field-note')).toBeVisible();
  await expect(page.getByTestId('fd-row-0-3').getByTestId('fd-field-approvalNote')).toBeVisible();
  await page.getByTestId('fd-undo').click();
  await expect(page.getByTestId('fd-row-0-0').getByTestId('fd-field-note')).toBeVisible();
  await page.getByTestId('fd-redo').click();
  await expect(page.getByTestId('fd-row-0-3').getByTestId('fd-field-note')).toBeVisible();
  // keyboard alternative: move up / down buttons
  await page.getByRole('button', { name: 'Move Total up' }).click();
  await expect(page.getByTestId('fd-row-0-1').getByTestId('fd-field-total')).toBeVisible();
  await page.getByTestId('fd-undo').click();
  await expect(page.getByTestId('fd-row-0-2').getByTestId('fd-field-total')).toBeVisible();
  await shot(page, '05-moved');

  // A problem is pinned to its field: click → field selected, property focused.
  await page.getByRole('button', { name: 'Select Country' }).click();
  await page.getByTestId('fd-props-country').getByTestId('fd-prop-pattern').fill('[');
  await expect(page.getByTestId('fd-field-issues-country')).toBeVisible();
  await page.getByRole('button', { name: 'Select Total' }).click();
  await page.getByTestId('fd-issues').click();
  await page.getByTestId('fd-issue-list').getByText(/^country · pattern/).click();
  await expect(page.getByTestId('fd-props-country').getByTestId('fd-prop-pattern')).toBeFocused();
  await shot(page, '06-issue-pinned');
  await page.getByTestId('fd-props-country').getByTestId('fd-prop-pattern').fill('');
  await expect(page.getByTestId('fd-issues')).toHaveText('No problems');

  // The JSON view holds what the designer built; save.
  await page.getByTestId('view-json').click();
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('"key": "country"', { timeout: 120_000 });
  await page.getByTestId('view-form-designer').click();
  await page.getByTestId('save-draft').click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await noSeriousAxe(page, '[data-testid="form-designer"]');
  expect(errors).toEqual([]);
});

test('the saved form previews with the end users\' renderer, validates, and speaks zh-CN', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  await page.goto(`/definitions/form/${key}`);
  await page.getByTestId('view-form-designer').click();
  await expect(page.getByTestId('fd-field-approvalNote')).toBeVisible();
  // Live preview: the end users' renderer, validated by the runtime.
  await page.getByTestId('fd-tab-preview').click();
  const preview = page.getByTestId('fd-preview');
  await expect(preview.locator('#f-country')).toBeVisible();
  await expect(preview.locator('#f-vatId')).toHaveCount(0);
  await preview.locator('#f-country').fill('DE');
  await expect(preview.locator('#f-vatId')).toBeVisible();
  if ((await preview.locator('#f-lines-0-qty').count()) === 0) await preview.getByRole('button', { name: /add/i }).first().click();
  await preview.locator('#f-lines-0-qty').fill('10');
  await preview.locator('#f-lines-0-unitPrice').fill('200');
  await preview.getByTestId('fd-preview-validate').click();
  await expect(preview.getByTestId('fd-preview-result')).toBeVisible();
  await expect(preview.getByTestId('error-approvalNote')).toBeVisible();
  await shot(page, '07-preview-invalid');
  await preview.locator('#f-approvalNote').fill('Agreed with sales');
  await preview.getByTestId('fd-preview-validate').click();
  await expect(preview.getByTestId('error-approvalNote')).toHaveCount(0);
  await shot(page, '08-preview');
  await noSeriousAxe(page, '[data-testid="form-designer"]');

  // zh-CN: the designer speaks Chinese.
  await switchLanguage(page, '简体中文');
  await expect(page.getByTestId('fd-palette')).toContainText('字段类型');
  await expect(page.getByTestId('fd-palette-text')).toContainText('单行文本');
  await expect(page.getByTestId('fd-field-country')).toContainText('国家');
  await expect(page.getByTestId('fd-undo')).toContainText('撤销');
  await shot(page, '09-zh-cn');
  await switchLanguage(page, 'English');
  expect(errors).toEqual([]);
});

test('an analyst builds the review rule "hold when the address has no postcode" in the rule builder', async ({ page }) => {
  const errors = watchErrors(page);
  const key = `e2e-review-${Date.now().toString(36)}`;
  await login(page, 'analyst@demo.test');
  await newDefinition(page, 'review', key, 'Designer review');
  await page.getByTestId('view-review-designer').click();
  await expect(page.getByTestId('review-designer')).toBeVisible();

  await page.getByTestId('rd-add-rule').click();
  await page.getByTestId('rd-id-0').fill('no-postcode');
  await page.getByTestId('rd-message-0-en').fill('The address has no postcode');
  await page.getByTestId('rd-message-0-zh-CN').fill('地址缺少邮编');
  const when = page.getByTestId('rd-when-0');
  await when.getByRole('button', { name: 'Add "not" group' }).click();
  await when.getByRole('button', { name: 'Add condition' }).first().click();
  await pick(page, when, 'Field or value', 'shipTo.postcode', 'shipTo.post');
  await pick(page, when, 'Operator', 'is set');
  await shot(page, 'review-01-rule');

  // Try it with the runtime's review engine on ready-made sample orders.
  const tryIt = page.getByTestId('rd-try-it');
  await pick(page, tryIt, 'Load a sample order', 'Address without postcode');
  await expect(page.getByTestId('rd-decision')).toContainText('hold');
  await expect(page.getByTestId('rd-result')).toContainText('The address has no postcode');
  await pick(page, tryIt, 'Load a sample order', 'Complete address');
  await expect(page.getByTestId('rd-decision')).toContainText('pass');
  await shot(page, 'review-02-try-it');

  // A second rule, dragged above the first: order is evaluation order.
  await page.getByTestId('rd-add-rule').click();
  await chooseOption(page, comboboxIn(page, 'rd-action-1'), 'Flag');
  await drag(page, page.getByTestId('rd-handle-1'), page.getByTestId('rd-gap-0'));
  await expect(page.getByTestId('rd-id-0')).toHaveValue('rule-1');
  await expect(page.getByTestId('rd-id-1')).toHaveValue('no-postcode');
  await page.getByTestId('rd-undo').click();
  await expect(page.getByTestId('rd-id-0')).toHaveValue('no-postcode');
  await shot(page, 'review-03-reordered');

  await page.getByTestId('save-draft').click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.getByTestId('view-json').click();
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('shipTo.postcode', { timeout: 120_000 });
  await page.getByTestId('view-review-designer').click();
  await noSeriousAxe(page, '[data-testid="review-designer"]');

  await switchLanguage(page, '简体中文');
  await expect(page.getByTestId('rd-add-rule')).toContainText('添加规则');
  await expect(page.getByTestId('rd-try-it')).toContainText('用示例订单试运行');
  await shot(page, 'review-04-zh-cn');
  await switchLanguage(page, 'English');
  expect(errors).toEqual([]);
});
