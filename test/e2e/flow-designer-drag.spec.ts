import { expect as baseExpect, test, type Page } from '@playwright/test';
import { login, watchErrors } from './helpers';

// The canvas chunk loads lazily: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(300_000);

const shot = (page: Page, step: string) => page.screenshot({ path: `test/e2e/artifacts/flow-designer-drag-${step}.png` });

test('moving a box with a real drag is one undo step, and undo puts it back', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const key = `e2e-drag-${Date.now().toString(36)}`;
  const ids = ['start', 'n1', 'n2', 'n3', 'end'];
  const body = {
    kind: 'flow', key, title: { en: 'Drag' },
    nodes: ids.map((id) => (id === 'start' || id === 'end' ? { id, type: id } : { id, type: 'set-status', config: { status: id } })),
    edges: ids.slice(1).map((id, i) => ({ id: `e${i + 1}`, from: ids[i], to: id })),
    layout: Object.fromEntries(ids.map((id, i) => [id, { x: i * 240, y: 40 }])),
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  const node = page.getByTestId('node-n2');
  await expect(node).toBeVisible();
  await expect(page.getByTestId('flow-undo')).toBeDisabled();
  const before = (await node.boundingBox())!;

  const from = { x: before.x + before.width / 2, y: before.y + 8 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 150, { steps: 12 });
  await shot(page, '01-dragging');
  await page.mouse.up();
  const after = (await node.boundingBox())!;
  expect(after.y - before.y).toBeGreaterThan(50);
  await shot(page, '02-dropped');

  // exactly one step: one undo restores the box and leaves nothing more to undo
  await page.getByTestId('flow-undo').click();
  await expect.poll(async () => Math.round((await node.boundingBox())!.y - before.y)).toBe(0);
  expect(Math.round((await node.boundingBox())!.x - before.x)).toBe(0);
  await expect(page.getByTestId('flow-undo')).toBeDisabled();
  await page.getByTestId('flow-redo').click();
  await expect.poll(async () => Math.round((await node.boundingBox())!.y - after.y)).toBe(0);
  await shot(page, '03-redo');

  // the stored document: the move changed layout.n2 and nothing else
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  const saved = ((await (await page.request.get(`/api/definitions/flow/${key}`)).json()) as { draft: { body: typeof body } }).draft.body;
  const { layout: movedLayout, ...rest } = saved;
  const { layout: oldLayout, ...restBefore } = body;
  expect(rest).toEqual(restBefore);
  expect(Object.keys(movedLayout).filter((id) => JSON.stringify(movedLayout[id]) !== JSON.stringify(oldLayout[id as keyof typeof oldLayout]))).toEqual(['n2']);
  expect(errors).toEqual([]);
});

test('panning the background moves the view, not the document; far out the background dots are not drawn', async ({ page }) => {
  const errors = watchErrors(page);
  await login(page, 'analyst@demo.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const key = `e2e-pan-${Date.now().toString(36)}`;
  // 40 boxes on a 20-column grid: the fitted view opens below zoom 0.4 (the canvas's level-of-detail line)
  const ids = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'start' : i === 39 ? 'end' : `n${i}`));
  const body = {
    kind: 'flow', key, title: { en: 'Pan' },
    nodes: ids.map((id) => (id === 'start' || id === 'end' ? { id, type: id } : { id, type: 'set-status', config: { status: id } })),
    edges: ids.slice(1).map((id, i) => ({ id: `e${i + 1}`, from: ids[i], to: id })),
    layout: Object.fromEntries(ids.map((id, i) => [id, { x: (i % 20) * 240, y: Math.floor(i / 20) * 140 }])),
  };
  const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  const flow = page.locator('.react-flow');
  const node = page.getByTestId('node-n5');
  await expect(node).toBeVisible();
  await expect(page.locator('.fd-flow.fd-far')).toHaveCount(1);
  await expect(page.getByTestId('rf__background')).toHaveCount(0);

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const at = { x: pane.x + pane.width / 2, y: pane.y + 80 };
  await expect.poll(() => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), at)).toBe(true);
  const before = (await node.boundingBox())!;
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x - 120, at.y + 60, { steps: 12 });
  await expect(flow).toHaveClass(/fd-view-moving/);
  await page.mouse.up();
  await expect(flow).not.toHaveClass(/fd-view-moving|fd-moving/);
  const after = (await node.boundingBox())!;
  expect(Math.round(after.x - before.x)).toBe(-120);
  expect(Math.round(after.y - before.y)).toBe(60);
  await expect(page.getByTestId('flow-undo')).toBeDisabled();

  // zoomed in past 0.4 the boxes show their details and the dots come back
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -1000);
  await expect(page.locator('.fd-flow.fd-far')).toHaveCount(0);
  await expect(page.getByTestId('rf__background')).toHaveCount(1);
  expect(errors).toEqual([]);
});
