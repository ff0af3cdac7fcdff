import { describe, expect, it } from 'vitest';
import { flowActionEn } from '../../../../designer/src/i18n/flow-action.en';
import { flowActionZhCN } from '../../../../designer/src/i18n/flow-action.zh-cn';

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): Array<[string, string]> =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));
const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('action panel texts', () => {
  it('en and zh-CN have the same keys under flowDesigner.action, the same placeholders, none empty', () => {
    const en = new Map(flat(flowActionEn));
    const zh = new Map(flat(flowActionZhCN));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of en) {
      expect(k.startsWith('flowDesigner.action.'), k).toBe(true);
      expect(v && zh.get(k), k).toBeTruthy();
      expect(holes(zh.get(k)!), k).toEqual(holes(v));
    }
  });
});
