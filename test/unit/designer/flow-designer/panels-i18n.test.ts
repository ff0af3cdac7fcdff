import { describe, expect, it } from 'vitest';
import { flowPanelsEn } from '../../../../designer/src/i18n/flow-panels.en';
import { flowPanelsZhCN } from '../../../../designer/src/i18n/flow-panels.zh-cn';

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): Array<[string, string]> =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));
const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('wait / notify / compensation panel texts', () => {
  it('en and zh-CN have the same keys and placeholders, none empty, every zh-CN text Chinese', () => {
    const en = new Map(flat(flowPanelsEn));
    const zh = new Map(flat(flowPanelsZhCN));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of en) {
      expect(v.trim(), k).not.toBe('');
      expect(holes(zh.get(k)!), k).toEqual(holes(v));
      expect(/[\u4e00-\u9fff]/.test(zh.get(k)!), `${k}: ${zh.get(k)}`).toBe(true);
    }
  });
});
