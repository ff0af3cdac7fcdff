import { expect, test } from '@playwright/test';
import { hoverMarker, login, replaceEditorText } from './helpers';

// The designer runs the runtime's semantic checks in the browser while the analyst types: no server round trip.
test('a flow node nobody can reach is flagged as you type, before Validate', async ({ page }) => {
  const key = `e2e-flow-${Date.now().toString(36)}`;
  await login(page, 'analyst@demo.test');
  await page.goto('/definitions?kind=flow');
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('E2E flow');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/flow/${key}$`));
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key);

  const flow = {
    kind: 'flow', key, title: { en: 'E2E flow' },
    nodes: [{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }, { id: 'orphan', type: 'end' }],
    edges: [{ id: 'e1', from: 'start', to: 'end' }],
  };
  await replaceEditorText(page, JSON.stringify(flow));
  await page.getByTestId('format').click();
  // Format pretty-prints the one-line insert over many lines.
  await expect(page.getByTestId('json-editor').locator('.view-line').nth(10)).toBeVisible();
  await hoverMarker(page, 'warning', 'Node orphan cannot be reached from the start (/nodes/2)');
  await expect(page.getByTestId('issues-list')).toHaveCount(0);
  await page.screenshot({ path: 'test/e2e/artifacts/steps/10-flow-live-check.png' });

  // Ctrl+S in the editor saves the draft.
  await page.getByTestId('json-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('Draft saved')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  // The server agrees when asked.
  await page.getByTestId('validate').click();
  await expect(page.getByTestId('issue-item').filter({ hasText: '/nodes/2' })).toContainText('cannot be reached');
});
