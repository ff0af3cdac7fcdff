import { expect, test } from '@playwright/test';
import { hoverMarker, login, replaceEditorText, snap, switchLanguage, watchErrors } from './helpers';

test('analyst creates a draft, sees an issue at its path, fixes it, publishes v1, switches to zh-CN', async ({ page }) => {
  const key = `e2e-review-${Date.now().toString(36)}`;
  // One line: Monaco's auto-indent would re-indent a multi-line insert.
  const body = (title: unknown) => JSON.stringify({ kind: 'review', key, title, rules: [] });
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  await snap(page, '01-analyst-home');

  await page.getByTestId('nav-definitions').click();
  await expect(page.getByRole('heading', { name: 'Definitions' })).toBeVisible();
  await page.getByTestId('kind-tab-review').click();
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('E2E review rules');
  await snap(page, '02-create-dialog');
  await page.getByTestId('create-submit').click();

  await expect(page).toHaveURL(new RegExp(`/definitions/review/${key}$`));
  await expect(page.getByTestId('definition-title')).toContainText('E2E review rules');
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);

  // An invalid value: the title's English text must be a string.
  await replaceEditorText(page, body({ en: 5 }));
  await page.getByTestId('validate').click();
  const issue = page.getByTestId('issue-item').filter({ has: page.getByTestId('issue-path').getByText('/title/en', { exact: true }) });
  await expect(issue).toBeVisible();
  // The same issue is a Monaco marker on the text at that pointer (its hover names the server's message and path).
  await hoverMarker(page, 'error', 'Must be of type string (/title/en)');
  // Monaco's own JSON worker checks the runtime's schema as you type, as a warning (proves the bundled worker
  // runs offline and gets the kind's schema).
  await hoverMarker(page, 'warning', 'Incorrect type');
  await issue.click();
  await expect(page.getByTestId('json-editor').locator('.current-line')).toBeVisible();
  await snap(page, '03-issue-at-path');

  // Publishing the invalid draft is refused with the same issue list.
  await page.getByTestId('publish').click();
  await expect(issue).toBeVisible();

  await replaceEditorText(page, body({ en: 'E2E review rules', 'zh-CN': '端到端审核规则' }));
  await page.getByTestId('validate').click();
  await expect(page.getByTestId('issues-list')).toHaveCount(0);
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('latest-version')).toContainText('Latest version: 1');
  await page.getByTestId('tab-versions').click();
  await expect(page.getByTestId('version-row-1')).toBeVisible();
  await snap(page, '04-published-v1');

  await page.getByTestId('version-row-1').getByRole('button').click();
  await expect(page.getByRole('dialog').getByText('Version 1 (read-only)')).toBeVisible();
  await expect(page.getByRole('dialog').locator('.view-lines')).toContainText('E2E review rules');
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).first().click();

  // A second version, then the structured diff v1 → v2.
  await page.getByRole('tab', { name: 'Editor' }).click();
  await replaceEditorText(page, body({ en: 'E2E review rules v2', 'zh-CN': '端到端审核规则' }));
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('latest-version')).toContainText('Latest version: 2');
  await page.getByTestId('tab-diff').click();
  await page.getByTestId('compare').click();
  const changes = page.getByTestId('diff-changes');
  await expect(changes.getByText('/title/en', { exact: true })).toBeVisible();
  await expect(changes).toContainText('"E2E review rules v2"');
  await expect(page.getByTestId('json-diff-editor').locator('.monaco-diff-editor')).toBeVisible();
  await snap(page, '05-diff-v1-v2');

  // Language switch: labels, antd's own texts and the choice survive a reload.
  await switchLanguage(page, '简体中文');
  await expect(page.getByTestId('nav-definitions')).toHaveText('定义');
  await expect(page.getByTestId('tab-versions')).toHaveText('版本历史');
  await page.reload();
  await expect(page.getByTestId('nav-definitions')).toHaveText('定义');
  // antd spaces out two-character CJK button labels ("发 布").
  await expect(page.getByTestId('publish')).toHaveText(/发\s?布/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);
  await snap(page, '06-zh-cn');
  expect(errors).toEqual([]);
});

test('a customer sees the portal, not the definitions page', async ({ page }) => {
  await login(page, 'customer@demo.test');
  await expect(page.getByTestId('customer-portal')).toBeVisible();
  await expect(page.getByTestId('main-nav')).toBeVisible();
  await expect(page.getByTestId('nav-definitions')).toHaveCount(0);
  await snap(page, '07-customer-portal');

  await page.goto('/definitions');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByTestId('json-editor')).toHaveCount(0);
  await snap(page, '08-customer-forbidden');

  // The server refuses too: the guard is not only in the UI.
  const res = await page.request.get('/api/definitions?kind=form');
  expect(res.status()).toBe(403);
});

test('signed-out visitors are sent to the login page', async ({ page }) => {
  await page.goto('/definitions');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator('button[type=submit]')).toBeVisible();
});
