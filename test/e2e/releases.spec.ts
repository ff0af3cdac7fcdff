import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { login, switchLanguage, watchErrors } from './helpers';

const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(600_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/releases-${step}.png`, fullPage: true });

async function createDraft(page: Page, kind: string, key: string, title: string) {
  await page.goto(`/definitions?kind=${kind}`);
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill(title);
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/${kind}/${key}$`));
  await expect(page.getByTestId('latest-version')).toContainText('Not published yet');
}

async function noSeriousAxe(page: Page) {
  // Monaco's diff editor is excluded: its EditContext element computes its own accessible name (the diff's
  // originalAriaLabel / modifiedAriaLabel are set) and axe flags it; our own controls are all checked.
  const axe = await new AxeBuilder({ page }).include('main').exclude('.monaco-editor').analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('publish a form, a flow and a routing as one release; history shows v1; rollback; export and import', async ({ page }) => {
  const errors = watchErrors(page);
  const id = Date.now().toString(36);
  const keys = { form: `rel-form-${id}`, flow: `rel-flow-${id}`, routing: `rel-routing-${id}` };
  await login(page, 'analyst@demo.test');
  await createDraft(page, 'form', keys.form, 'Release form');
  await createDraft(page, 'flow', keys.flow, 'Release flow');
  await createDraft(page, 'routing', keys.routing, 'Release routing');

  await page.getByTestId('nav-releases').click();
  await expect(page.getByTestId('drafts-tab')).toBeVisible();
  for (const [kind, key] of Object.entries(keys)) await expect(page.getByTestId(`select-${kind}-${key}`)).toBeVisible();
  // The form's semantic diff against "never published": its one field is added.
  const formRow = page.getByTestId(`select-form-${keys.form}`).locator('xpath=ancestor::tr');
  await formRow.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId(`draft-diff-form-${keys.form}`).getByTestId('change-field-added')).toContainText('note');
  await expect(page.getByTestId(`draft-diff-form-${keys.form}`).getByTestId('json-diff-editor')).toBeVisible();
  await shot(page, '01-drafts-diff');
  await noSeriousAxe(page);

  for (const [kind, key] of Object.entries(keys)) await page.getByTestId(`select-${kind}-${key}`).check();
  await page.getByLabel('Release note (optional)').fill(`e2e ${id}`);
  await page.getByTestId('publish-release').click();
  await expect(page.locator('.ant-message')).toContainText('Released 3 definitions');
  await expect(page.getByTestId(`select-form-${keys.form}`)).toHaveCount(0);

  await page.getByTestId('releases-tab-history').click();
  for (const [kind, key] of Object.entries(keys)) await expect(page.getByTestId(`history-item-${kind}-${key}-v1`)).toBeVisible();
  await shot(page, '02-history-v1');

  // A second version of the routing (a weight moved in the designer), released on its own.
  await page.goto(`/definitions/routing/${keys.routing}`);
  await page.getByTestId('view-routing').click();
  await expect(page.getByTestId('routing-designer')).toBeVisible({ timeout: 90_000 });
  const handle = page.getByTestId('weight-distance').locator('.ant-slider-handle');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('weight-value-distance')).toHaveText('0.45');
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await page.getByTestId('nav-releases').click();
  const routingRow = page.getByTestId(`select-routing-${keys.routing}`).locator('xpath=ancestor::tr');
  await routingRow.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId(`draft-diff-routing-${keys.routing}`)).toContainText('/scoring');
  await page.getByTestId(`select-routing-${keys.routing}`).check();
  await page.getByTestId('publish-release').click();
  await expect(page.locator('.ant-message')).toContainText('Released 1 definition.');

  // Rollback: v1 is published again as v3.
  await page.getByTestId('releases-tab-history').click();
  await page.getByTestId(`history-item-routing-${keys.routing}-v2`).click();
  await expect(page.getByTestId('version-2')).toBeVisible();
  await page.getByTestId('rollback-1').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText('v1 is published again as v3');
  await expect(page.getByTestId('version-3')).toBeVisible();
  await shot(page, '03-rollback');
  // A menu opened while the drawer is still closing stays open: the drawer gives the focus back to its opener
  // only when nothing else has taken it (antd's own focus return closed the menu again).
  const opener = page.getByTestId(`history-item-routing-${keys.routing}-v2`);
  const drawer = page.locator('.ant-drawer-content-wrapper');
  const languages = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const language = page.getByTestId('language-switch').getByRole('combobox');
  await page.locator('.ant-drawer-close').click();
  // By keyboard, while the drawer is still sliding out (a click would wait for its mask to go).
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await expect(languages).toBeVisible();
  await expect(drawer).toBeHidden();
  // Two frames: whatever the drawer does when its animation ends has run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(language).toBeFocused();
  await expect(languages).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(languages).toBeHidden();
  // With nothing else focused, closing by keyboard puts the focus back on the opener.
  await opener.click();
  await expect(page.getByTestId('version-3')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();

  // Export the first release and import it back: each definition is compared first (all identical here: v3 is v1 again).
  const firstRelease = page.locator('tr').filter({ has: page.getByTestId(`history-item-form-${keys.form}-v1`) });
  const download = page.waitForEvent('download');
  await firstRelease.getByTestId('export-release').click();
  const file = await (await download).path();
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { format: string; definitions: unknown[] };
  expect(bundle.format).toBe('oms-release');
  expect(bundle.definitions).toHaveLength(3);
  await page.getByTestId('releases-tab-import').click();
  await page.getByTestId('release-file').setInputFiles(file);
  await expect(page.getByTestId('import-state-same')).toHaveCount(3);
  await page.getByTestId('import-release').click();
  await expect(page.locator('.ant-message')).toContainText('Imported 3 definitions');
  await expect(page.getByTestId('history-tab')).toContainText('imported');
  await shot(page, '04-imported');

  // zh-CN labels.
  await switchLanguage(page, '简体中文');
  await expect(page.getByTestId('releases-tab-drafts')).toHaveText('草稿');
  await expect(page.getByTestId('releases-tab-history')).toHaveText('历史');
  await shot(page, '05-zh-cn');
  await noSeriousAxe(page);
  expect(errors).toEqual([]);
});
