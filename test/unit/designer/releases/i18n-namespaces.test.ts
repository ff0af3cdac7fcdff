import { describe, expect, it } from 'vitest';
import { releasesEn, releasesErrorCodesEn } from '../../../../designer/src/i18n/releases.en';
import { releasesErrorCodesZhCN, releasesZhCN } from '../../../../designer/src/i18n/releases.zh-cn';
import { routingDesignerEn } from '../../../../designer/src/i18n/routing-designer.en';
import { routingDesignerZhCN } from '../../../../designer/src/i18n/routing-designer.zh-cn';

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): Array<[string, string]> =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[p + k, v] as [string, string]] : flat(v, `${p}${k}.`)));
const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['routing designer', routingDesignerEn, routingDesignerZhCN],
  ['releases', releasesEn, releasesZhCN],
  ['server error codes', releasesErrorCodesEn, releasesErrorCodesZhCN],
])('%s texts', (_name, en, zh) => {
  const e = new Map(flat(en as Tree));
  const z = new Map(flat(zh as Tree));
  it('en and zh-CN have the same keys and placeholders, every zh-CN text is Chinese', () => {
    expect([...z.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [k, v] of e) expect(holes(z.get(k)!), k).toEqual(holes(v));
    for (const [k, v] of z) expect(/[\u4e00-\u9fff]/.test(v), `${k}: ${v}`).toBe(true);
  });
});
