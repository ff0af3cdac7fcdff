import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { dragSlider } from './designer-acceptance-helpers';
import { chooseOption, comboboxIn, login, switchLanguage, watchErrors } from './helpers';

// The designer chunk, the rule builder and the editor load lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(600_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/routing-designer-${step}.png`, fullPage: true });
const topLocation = (page: Page) => page.getByTestId('routing-ranking').locator('tbody tr').first();

test('an analyst raises the distance weight and sees the ranking change; replay shows the allocation diff', async ({ page }) => {
  const errors = watchErrors(page);
  const key = `e2e-routing-${Date.now().toString(36)}`;
  await login(page, 'analyst@demo.test');
  await page.goto('/definitions?kind=routing');
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('E2E routing');
  await page.getByTestId('create-title-zh').fill('端到端寻仓');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/routing/${key}$`));
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('端到端寻仓');

  await page.getByTestId('view-routing').click();
  await expect(page.getByTestId('routing-designer')).toBeVisible({ timeout: 90_000 });
  // The San Francisco sample: drills only at the two warehouses (the store has none: excluded with its reason).
  await chooseOption(page, comboboxIn(page, 'sample-order'), 'WEB-5005');
  await expect(page.getByTestId('rank-row-store-san-francisco')).toContainText(/not enough stock/);
  await expect(page.getByTestId('routing-ranking')).toContainText('wh-reno');
  await shot(page, '01-default-weights');

  // Stock weight to 0 first: other specs reserve demo stock, so stock depth differs from run to run.
  await dragSlider(page, page.getByTestId('weight-stock'), 0);
  await expect(page.getByTestId('weight-value-stock')).toHaveText('0.00');
  // Distance weight down to 0: the priority-3 Columbus warehouse, 3,400 km away, ranks first.
  await dragSlider(page, page.getByTestId('weight-distance'), 0);
  await expect(page.getByTestId('weight-value-distance')).toHaveText('0.00');
  await expect(topLocation(page)).toContainText('wh-columbus');
  await shot(page, '02-distance-zero');

  // Raise it again (a real drag to the far end): Reno, 300 km from the customer, moves to the top.
  await dragSlider(page, page.getByTestId('weight-distance'), 1);
  await expect(page.getByTestId('weight-value-distance')).toHaveText('1.00');
  await expect(topLocation(page)).toContainText('wh-reno');
  await expect(topLocation(page).getByTestId('ranking-factors')).toContainText(/Distance/);
  await shot(page, '03-distance-raised');

  // The JSON view holds what the sliders wrote (one document).
  await page.getByTestId('view-json').click();
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText('"distance": 1');
  await page.getByTestId('view-routing').click();

  // Replay the last orders against this draft.
  await page.getByTestId('tab-routing-replay').click();
  await page.getByTestId('run-replay').click();
  await expect(page.getByTestId('replay-summary')).toHaveText(/^\d+ of the last \d+ orders change$/);
  await shot(page, '04-replay');

  const axe = await new AxeBuilder({ page }).include('[data-testid="routing-designer"]').analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  // zh-CN: the designer's labels follow the language.
  await switchLanguage(page, '简体中文');
  await expect(page.getByTestId('routing-designer')).toContainText('评分权重');
  await page.getByTestId('tab-routing-preview').click();
  await expect(page.getByTestId('routing-preview')).toContainText('示例订单');
  await shot(page, '05-zh-cn');
  expect(errors).toEqual([]);
});

test('unsaved routing edits: leaving through the menu asks first, staying keeps them', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  await page.goto('/definitions/routing/b2b-routing');
  await page.getByTestId('view-routing').click();
  await expect(page.getByTestId('routing-designer')).toBeVisible({ timeout: 90_000 });
  await dragSlider(page, page.getByTestId('weight-cost'), 0.8);
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await page.getByTestId('nav-definitions').click();
  await expect(page.getByTestId('leave-stay')).toBeVisible();
  await shot(page, '06-leave-guard');
  await page.getByTestId('leave-stay').click();
  await expect(page).toHaveURL(/\/definitions\/routing\/b2b-routing$/);
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await page.getByTestId('nav-definitions').click();
  await page.getByTestId('leave-discard').click();
  await expect(page).toHaveURL(/\/definitions(\?|$)/);
  expect(errors).toEqual([]);
});
