import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { centre, chooseOption, comboboxIn, drag, switchLanguage } from './helpers';
import { en } from '../../designer/src/i18n/en';
import { zhCN } from '../../designer/src/i18n/zh-cn';
import { flowDesignerEn } from '../../designer/src/i18n/flow-designer.en';
import { flowDesignerZhCN } from '../../designer/src/i18n/flow-designer.zh-cn';
import { formDesignerEn } from '../../designer/src/i18n/form-designer.en';
import { formDesignerZhCN } from '../../designer/src/i18n/form-designer.zh-cn';
import { ruleBuilderEn } from '../../designer/src/i18n/rule-builder.en';
import { ruleBuilderZhCN } from '../../designer/src/i18n/rule-builder.zh-cn';
import { routingDesignerEn } from '../../designer/src/i18n/routing-designer.en';
import { routingDesignerZhCN } from '../../designer/src/i18n/routing-designer.zh-cn';
import { releasesEn, releasesErrorCodesEn } from '../../designer/src/i18n/releases.en';
import { releasesErrorCodesZhCN, releasesZhCN } from '../../designer/src/i18n/releases.zh-cn';
import { definitionsExtraEn } from '../../designer/src/i18n/definitions-extra.en';
import { definitionsExtraZhCN } from '../../designer/src/i18n/definitions-extra.zh-cn';
import { testRunEn } from '../../designer/src/i18n/test-run.en';
import { testRunZhCN } from '../../designer/src/i18n/test-run.zh-cn';

/** Every step's screenshot: test/e2e/artifacts/designer-acceptance-<step>.png. */
export const shot = (page: Page, step: string) =>
  page.screenshot({ path: `test/e2e/artifacts/designer-acceptance-${step}.png`, fullPage: true });

export { centre, drag };

/** Drags a slider handle to a fraction (0…1) of its rail. */
export async function dragSlider(page: Page, slider: Locator, fraction: number) {
  const handle = slider.locator('.ant-slider-handle');
  await handle.scrollIntoViewIfNeeded();
  const h = (await handle.boundingBox())!;
  const rail = (await slider.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(rail.x + rail.width * fraction, h.y + h.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Picks an option of an antd Select (found by its label in `scope`); `search` filters long lists. */
export async function pick(page: Page, scope: Locator | Page, label: string, option: string | RegExp, search?: string) {
  await chooseOption(page, scope.getByLabel(label, { exact: true }).first(), option, { search });
}

export async function pickByTestId(page: Page, testId: string, option: string | RegExp) {
  await chooseOption(page, comboboxIn(page, testId), option);
}

export { switchLanguage };

/** New definition through the dialog (English and Chinese titles), landing on its editor. */
export async function newDefinition(page: Page, kind: string, key: string, title: string, titleZh: string) {
  await page.goto(`/definitions?kind=${kind}`);
  await page.getByTestId('new-definition').click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill(title);
  await page.getByTestId('create-title-zh').fill(titleZh);
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/definitions/${kind}/${key}$`));
}

/** axe-core on the screen at rest (a hovered button shows its lighter hover colour); serious / critical fail. */
export async function noSeriousAxe(page: Page, selector: string) {
  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).include(selector).exclude('.monaco-editor').analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

type Tree = { [k: string]: string | Tree };

/** [path, en, zh] of every leaf string of two catalogues with the same keys. */
function leaves(a: Tree, b: Tree | undefined, path: string, out: Array<[string, string, string | undefined]>) {
  for (const [k, v] of Object.entries(a)) {
    const other = b?.[k];
    if (typeof v === 'string') out.push([`${path}${k}`, v, typeof other === 'string' ? other : undefined]);
    else leaves(v, typeof other === 'object' ? other : undefined, `${path}${k}.`, out);
  }
  return out;
}

/**
 * The English UI strings of the designer screens: every catalogue value of en.ts and the designer namespaces
 * whose Chinese text differs (names such as "SKU" or "JSON" are the same in both and so not a finding).
 * Interpolated values become patterns ("Move {{name}} up" → /^Move .+ up$/).
 */
export const ENGLISH_UI: Array<{ path: string; test: RegExp }> = [
  leaves(en as unknown as Tree, zhCN as unknown as Tree, '', []),
  leaves(flowDesignerEn as unknown as Tree, flowDesignerZhCN as unknown as Tree, '', []),
  leaves(formDesignerEn as unknown as Tree, formDesignerZhCN as unknown as Tree, 'formDesigner.', []),
  leaves(ruleBuilderEn as unknown as Tree, ruleBuilderZhCN as unknown as Tree, 'ruleBuilder.', []),
  leaves(routingDesignerEn as unknown as Tree, routingDesignerZhCN as unknown as Tree, 'routingDesigner.', []),
  leaves(releasesEn as unknown as Tree, releasesZhCN as unknown as Tree, 'releases.', []),
  leaves(releasesErrorCodesEn as unknown as Tree, releasesErrorCodesZhCN as unknown as Tree, 'errorCodes.', []),
  leaves(definitionsExtraEn as unknown as Tree, definitionsExtraZhCN as unknown as Tree, 'defx.', []),
  leaves(testRunEn as unknown as Tree, testRunZhCN as unknown as Tree, 'testRun.', []),
].flat()
  .filter(([, e, z]) => e !== z && /[A-Za-z]{3}/.test(e))
  .map(([path, e]) => ({
    path,
    test: new RegExp(`^${e.split(/\{\{[^}]+\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`),
  }));

/** Visible text of the page, one entry per text node (Monaco's document is content, not UI: left out). */
export async function visibleTexts(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const rootEl = document.querySelector(sel);
    if (!rootEl) return out;
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('.monaco-editor, script, style')) continue;
      if (el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) out.push(text);
    }
    return out;
  }, root);
}

/** Fails with the English UI strings still visible (and which catalogue keys they are). */
export async function expectNoEnglishUi(page: Page, root = 'body') {
  const texts = await visibleTexts(page, root);
  const found = texts.flatMap((t) => ENGLISH_UI.filter((u) => u.test.test(t)).map((u) => `${JSON.stringify(t)} (${u.path})`));
  expect([...new Set(found)]).toEqual([]);
}
