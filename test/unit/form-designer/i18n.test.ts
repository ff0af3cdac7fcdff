import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formDesignerEn } from '../../../designer/src/i18n/form-designer.en';
import { formDesignerZhCN } from '../../../designer/src/i18n/form-designer.zh-cn';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const en = new Map(flatten(formDesignerEn as Tree));
const zh = new Map(flatten(formDesignerZhCN as Tree));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
// Texts that are the same in both languages by nature (formula symbols).
const SAME = new Set(['formula.product', 'formula.sum', 'formula.a', 'formula.b']);

function sources(dir: URL): string[] {
  return readdirSync(dir).flatMap((f) => {
    const u = new URL(f, dir);
    if (statSync(u).isDirectory()) return sources(new URL(`${f}/`, dir));
    return f.endsWith('.tsx') || f.endsWith('.ts') ? [readFileSync(u, 'utf8')] : [];
  });
}

describe('form and review designer texts', () => {
  it('both languages have the same keys, placeholders, and Chinese where English has words', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of en) {
      expect(placeholders(zh.get(k)!), k).toEqual(placeholders(v));
      if (!SAME.has(k) && /[a-z]{3}/i.test(v)) expect(zh.get(k), k).not.toBe(v);
    }
  });

  it('every static key the designers use exists', () => {
    const code = [
      ...sources(new URL('../../../designer/src/form-designer/', import.meta.url)),
      ...sources(new URL('../../../designer/src/review-designer/', import.meta.url)),
    ];
    const used = code.flatMap((c) => [...c.matchAll(/(?:t\(|labelKey=)["']formDesigner\.([\w.]+)["']/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(40);
    // a counted text is found under its plural forms (`key_one` / `key_other`)
    for (const key of used) expect(en.has(key) || en.has(`${key}_other`), key).toBe(true);
  });
});
