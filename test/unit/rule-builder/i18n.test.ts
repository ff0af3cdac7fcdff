import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleBuilderEn } from '../../../designer/src/i18n/rule-builder.en';
import { ruleBuilderZhCN } from '../../../designer/src/i18n/rule-builder.zh-cn';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const en = new Map(flatten(ruleBuilderEn as Tree));
const zh = new Map(flatten(ruleBuilderZhCN as Tree));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('rule builder texts', () => {
  it('both languages have the same keys, placeholders, and Chinese where English has words', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of en) {
      expect(placeholders(zh.get(k)!), k).toEqual(placeholders(v));
      if (/[a-z]{3}/i.test(v) && v !== 'JSON') expect(zh.get(k), k).not.toBe(v);
    }
  });

  it('every static key the rule builder uses exists', () => {
    const dir = new URL('../../../designer/src/rule-builder/', import.meta.url);
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/t\('ruleBuilder\.([\w.]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) expect(en.has(key), key).toBe(true);
  });
});
