import { expect, type Page } from '@playwright/test';

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
