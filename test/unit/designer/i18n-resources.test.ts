import { describe, expect, it } from 'vitest';
import { NAV_ENTRIES } from '../../../designer/src/app/nav-registry';
import { consoleEn } from '../../../designer/src/i18n/console.en';
import { consoleZhCN } from '../../../designer/src/i18n/console.zh-cn';
import { en } from '../../../designer/src/i18n/en';
import { stockEn } from '../../../designer/src/i18n/stock.en';
import { stockZhCN } from '../../../designer/src/i18n/stock.zh-cn';
import { zhCN } from '../../../designer/src/i18n/zh-cn';
import { flowDesignerEn } from '../../../designer/src/i18n/flow-designer.en';
import { flowDesignerZhCN } from '../../../designer/src/i18n/flow-designer.zh-cn';
import { portalEn } from '../../../designer/src/i18n/portal.en';
import { portalZhCN } from '../../../designer/src/i18n/portal.zh-cn';
import { dashEn } from '../../../designer/src/i18n/dash.en';
import { ruleBuilderEn } from '../../../designer/src/i18n/rule-builder.en';
import { ruleBuilderZhCN } from '../../../designer/src/i18n/rule-builder.zh-cn';
import { dashZhCN } from '../../../designer/src/i18n/dash.zh-cn';
import { adminEn } from '../../../designer/src/i18n/admin.en';
import { adminZhCN } from '../../../designer/src/i18n/admin.zh-cn';
import { d2En, d2ZhCN } from './releases/d2-bundles';
import { csvOrdersEn } from '../../../designer/src/i18n/csv-orders.en';
import { csvOrdersZhCN } from '../../../designer/src/i18n/csv-orders.zh-cn';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
// The main bundle plus the area namespaces merged into it (designer/src/i18n/index.ts).
const bundle = (...trees: unknown[]) => new Map(trees.flatMap((t) => [...flatten(t as Tree)]));
const enFlat = bundle(en, consoleEn, stockEn, portalEn, flowDesignerEn, { dash: dashEn, admin: adminEn, ruleBuilder: ruleBuilderEn }, d2En, csvOrdersEn);
const zhFlat = bundle(zhCN, consoleZhCN, stockZhCN, portalZhCN, flowDesignerZhCN, { dash: dashZhCN, admin: adminZhCN, ruleBuilder: ruleBuilderZhCN }, d2ZhCN, csvOrdersZhCN);

describe('designer UI texts', () => {
  it('both languages have exactly the same keys', () => {
    expect([...zhFlat.keys()].sort()).toEqual([...enFlat.keys()].sort());
  });

  it.each([...enFlat.keys()])('%s: non-empty in both languages, same placeholders', (key) => {
    const a = enFlat.get(key)!;
    const b = zhFlat.get(key)!;
    expect(a.trim()).not.toBe('');
    expect(b.trim()).not.toBe('');
    expect(placeholders(b)).toEqual(placeholders(a));
  });

  it('every navigation entry has its label and description in both languages', () => {
    for (const e of NAV_ENTRIES) {
      for (const key of [e.labelKey, e.descriptionKey].filter(Boolean) as string[]) {
        expect(enFlat.has(key), `${key} (en)`).toBe(true);
        expect(zhFlat.has(key), `${key} (zh-CN)`).toBe(true);
      }
    }
  });

  it('zh-CN texts are actually Chinese where English has words', () => {
    // Names that stay as they are in Chinese UIs too (the product name, the data format).
    const sameInBoth = new Set(['OMS Studio', 'JSON']);
    const untranslated = [...enFlat].filter(([k, v]) => /[a-z]{3}/i.test(v) && zhFlat.get(k) === v && k !== 'app.name' && !sameInBoth.has(v));
    expect(untranslated).toEqual([]);
  });
});
