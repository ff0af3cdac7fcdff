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
