import { expect, test, type Page } from '@playwright/test';
import { hoverMarker, login, replaceEditorText, watchErrors } from './helpers';

/** CSP violations reported by the page itself (the init script runs outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.setTimeout(150_000);

test('the built designer works under its Content-Security-Policy, with no violations', async ({ page }) => {
  const response = await page.request.get('/');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  const errors = watchErrors(page);
  const violations = await watchCsp(page);
  await login(page, 'analyst@demo.test');
  // Monaco (workers) and the runtime's live validation (Ajv validators, precompiled at build time) both run.
  const key = `e2e-csp-${Date.now().toString(36)}`;
  await page.goto('/definitions?kind=flow');
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill('CSP check');
  await page.getByTestId('create-submit').click();
  // Monaco is ~1 MB gz: on a loaded 2-core machine it can take longer than the default expect timeout.
  await expect(page.getByTestId('json-editor').locator('.view-lines')).toContainText(key, { timeout: 60_000 });
  const flow = {
    kind: 'flow', key, title: { en: 'CSP check' },
    nodes: [{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }, { id: 'orphan', type: 'end' }],
    edges: [{ id: 'e1', from: 'start', to: 'end' }],
  };
  await replaceEditorText(page, JSON.stringify(flow));
  // The in-browser check got past the schema (the precompiled Ajv validator) to the flow's meaning.
  await hoverMarker(page, 'warning', 'Node orphan cannot be reached from the start', 60_000);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
