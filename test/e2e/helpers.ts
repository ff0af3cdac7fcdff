import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';

/** Screenshots of key steps, kept as artifacts next to Playwright's own (test/e2e/artifacts, gitignored). */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test/e2e/artifacts/steps/${name}.png`, fullPage: true });
}

export async function login(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/^(password|密码)$/i).fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

/** Replace the whole Monaco document. keyboard.type would be mangled by auto-closing brackets. */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('json-editor').locator('.monaco-editor').first();
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/**
 * Collect uncaught page errors and console errors (e.g. a Monaco worker that fails to load in the built bundle).
 * Chrome logs expected 4xx responses (401 /me, 422 publish) as "Failed to load resource": those are not faults.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Hover a Monaco marker (`.squiggly-error` / `.squiggly-warning`) and wait for its hover text. Monaco re-renders
 * its decorations whenever a marker set changes (our check and its JSON worker report separately), so the
 * element found a moment ago can be gone: find, measure and move again until the hover shows.
 */
export async function hoverMarker(page: Page, squiggle: 'error' | 'warning', text: string, timeout = 30_000): Promise<void> {
  const marker = page.getByTestId('json-editor').locator(`.squiggly-${squiggle}`).first();
  const hover = page.locator('.monaco-hover').filter({ hasText: text });
  await expect(async () => {
    const box = await marker.boundingBox();
    if (!box) throw new Error(`no .squiggly-${squiggle} marker on screen`);
    // The squiggle sits under the text layer: move the mouse onto the text just above it.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
    await expect(hover).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout });
}

/** The options of the antd Select dropdown that is open (a closing one keeps its options until its motion ends). */
export const openOptions = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');

/**
 * Picks `option` in the antd Select whose combobox is `combobox`, and checks that it took: the dropdown closed
 * (a single Select closes on a pick) and, with `shows`, the Select displays that text. A click can miss: while the
 * dropdown opens, its virtual list may still scroll under the pointer (seen on a quiet CI machine: mouse down on
 * the option, up on the drawer header; no click, no change, the dropdown still open). So the open + click is
 * retried until the pick shows, never assumed. `search` is typed into a showSearch Select first.
 */
export async function chooseOption(
  page: Page, combobox: Locator, option: string | RegExp, opts: { search?: string; shows?: string | RegExp } = {},
): Promise<void> {
  const select = combobox.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click({ timeout: 10_000 });
    if (opts.search !== undefined) await combobox.fill(opts.search, { timeout: 10_000 });
    await openOptions(page).filter({ hasText: option }).first().click({ timeout: 10_000 });
    await expect(combobox).toHaveAttribute('aria-expanded', 'false', { timeout: 3_000 });
    if (opts.shows !== undefined) await expect(select).toContainText(opts.shows, { timeout: 3_000 });
  }).toPass({ timeout: 90_000 });
}

/** The combobox inside the element with `testId` (antd puts a Select's data-testid on its root). */
export const comboboxIn = (page: Page, testId: string) => page.getByTestId(testId).getByRole('combobox');

export async function switchLanguage(page: Page, name: 'English' | '简体中文'): Promise<void> {
  await chooseOption(page, comboboxIn(page, 'language-switch'), name, { shows: name });
}

/**
 * The centre of an element (the point a pointer drag starts from or aims at), scrolled into view first unless
 * `scroll` is false (a canvas spec that measured its drop points from the page as it is must not scroll it).
 */
export async function centre(l: Locator, scroll = true): Promise<{ x: number; y: number }> {
  if (scroll) await l.scrollIntoViewIfNeeded();
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** A real pointer drag between two points: down, many small moves, up. */
export async function pointerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

/**
 * A real pointer drag of an element: down, a first nudge (starts a drag library's drag), then many small moves
 * to the target, measured after the drag began (a list may have made room), up.
 */
export async function drag(page: Page, from: Locator, to: Locator | { x: number; y: number }): Promise<void> {
  const a = await centre(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + 10, { steps: 4 });
  const b = 'x' in to ? to : await centre(to);
  await page.mouse.move(b.x, b.y, { steps: 15 });
  await page.mouse.up();
}

/** The JSON a Monaco view inside `scope` shows; null while it is still rendering (or its text is not JSON yet). */
export async function shownJson(scope: Locator): Promise<unknown> {
  const text = await scope.locator('.view-lines').innerText().catch(() => null);
  if (text === null) return null;
  try {
    return JSON.parse(text.replace(/\u00a0/g, ' '));
  } catch {
    return null;
  }
}
