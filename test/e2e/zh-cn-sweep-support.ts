import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { adminEn } from '../../designer/src/i18n/admin.en';
import { adminZhCN } from '../../designer/src/i18n/admin.zh-cn';
import { consoleEn } from '../../designer/src/i18n/console.en';
import { consoleZhCN } from '../../designer/src/i18n/console.zh-cn';
import { dashEn } from '../../designer/src/i18n/dash.en';
import { dashZhCN } from '../../designer/src/i18n/dash.zh-cn';
import { definitionsExtraEn } from '../../designer/src/i18n/definitions-extra.en';
import { definitionsExtraZhCN } from '../../designer/src/i18n/definitions-extra.zh-cn';
import { en } from '../../designer/src/i18n/en';
import { portalEn } from '../../designer/src/i18n/portal.en';
import { portalZhCN } from '../../designer/src/i18n/portal.zh-cn';
import { releasesEn, releasesErrorCodesEn } from '../../designer/src/i18n/releases.en';
import { releasesErrorCodesZhCN, releasesZhCN } from '../../designer/src/i18n/releases.zh-cn';
import { stockEn } from '../../designer/src/i18n/stock.en';
import { stockZhCN } from '../../designer/src/i18n/stock.zh-cn';
import { zhCN } from '../../designer/src/i18n/zh-cn';

function strings(o: unknown, out: string[] = []): string[] {
  if (typeof o === 'string') out.push(o);
  else if (o && typeof o === 'object') for (const v of Object.values(o)) strings(v, out);
  return out;
}

// The work screens' and shell's catalogues. A value that reads the same in zh-CN ("SKU", "OMS Studio") is no fault.
const EN = strings([en, portalEn, consoleEn, stockEn, dashEn, adminEn, releasesEn, releasesErrorCodesEn, definitionsExtraEn]);
const ZH = new Set(strings([zhCN, portalZhCN, consoleZhCN, stockZhCN, dashZhCN, adminZhCN, releasesZhCN, releasesErrorCodesZhCN, definitionsExtraZhCN]));
// Names the demo seed stores as data (server/src/seed/demo-operations.ts: channels "API", "Marketplace") read like
// catalogue values; they are the tenant's own records, shown as entered, not UI text.
const DEMO_DATA = new Set(['API', 'Marketplace']);
const plain = new Set(EN.filter((s) => !s.includes('{{') && !ZH.has(s) && /[a-z]{2}/i.test(s) && !DEMO_DATA.has(s)));
// "version {{version}}" → /^version .+$/ (only templates with at least one English word outside the placeholders).
const templates = EN.filter((s) => s.includes('{{') && !ZH.has(s) && /[a-z]{3}/i.test(s.replace(/\{\{[^}]+\}\}/g, '')))
  .map((s) => new RegExp(`^${s.split(/\{\{[^}]+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's'));
// antd's own English (its locale must be zh_CN): empty tables, pagination, pickers, confirmations.
const ANTD = ['No data', '/ page', 'Select date', 'Start date', 'End date', 'Items per page', 'Go to', 'Cancel', 'OK'];

/** Visible text of the page (text nodes of rendered elements, placeholders, titles) that is an English UI string. */
export async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || el.closest('script,style,.monaco-editor,[aria-hidden=true]')) continue;
      if (el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder],[title]')) {
      if (!el.checkVisibility()) continue;
      for (const a of ['placeholder', 'title']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!.trim());
    }
    return out;
  });
  return [...new Set(texts.filter((t) => plain.has(t) || templates.some((r) => r.test(t)) || ANTD.includes(t)))];
}

/** No serious or critical axe violation (colour contrast included: axe runs it by default). */
export async function axeFaults(page: Page, screen: string): Promise<string[]> {
  await page.mouse.move(0, 0); // the resting state, not the hover colour of the last click
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).slice(0, 3).join(' | ')}`);
}

/**
 * Tab from the top of the page until `target` has focus (at most `max` presses); every element focused on the way
 * must be visible and show a focus indicator (outline or box shadow). Returns the faults found.
 */
export async function tabTo(page: Page, target: string, screen: string, max = 60): Promise<string[]> {
  const faults: string[] = [];
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const visible = r.width > 0 && r.height > 0 && el.checkVisibility();
      // The ring may be drawn on the element or on its antd wrapper (inputs, selects).
      const ring = [el, el.parentElement, el.parentElement?.parentElement, el.closest('.ant-select')].some((x) => {
        if (!x) return false;
        const s = getComputedStyle(x);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      });
      const hit = el.matches(sel) || !!el.closest(sel);
      return { visible, ring, hit, what: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.innerText || el.getAttribute('aria-label') || '').slice(0, 30)}"` };
    }, target);
    if (!f) continue;
    if (!f.visible) faults.push(`${screen}: focused but not visible: ${f.what}`);
    else if (!f.ring) faults.push(`${screen}: no focus indicator: ${f.what}`);
    if (f.hit) return faults;
  }
  return [...faults, `${screen}: Tab never reached ${target}`];
}

/** At least one heading or button of the main area reads in Chinese. */
export async function expectChinese(page: Page): Promise<void> {
  const texts = await page.locator('main h1, main h2, main h3, main h4, main h5, main button, main [role=tab], main th, header a').allInnerTexts();
  expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(0);
}
