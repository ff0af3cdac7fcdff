import { defaultNodeTypes } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { formatOffset } from '../../../../designer/src/flow-designer/format-offset';
import { flowDesignerEn } from '../../../../designer/src/i18n/flow-designer.en';
import { flowDesignerZhCN } from '../../../../designer/src/i18n/flow-designer.zh-cn';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

describe('flow designer registry', () => {
  it('the designer has icon and panel entries under exactly the runtime node type keys', async () => {
    const { nodeUiKeys } = await import('../../../../designer/src/flow-designer/node-ui-registry');
    expect(nodeUiKeys().sort()).toEqual(defaultNodeTypes().keys().sort());
  }, 60_000); // the registry pulls in antd and its icons: slow to load on a shared machine
});

describe('flow designer texts', () => {
  const en = new Map(flatten(flowDesignerEn as unknown as Tree));
  const zh = new Map(flatten(flowDesignerZhCN as unknown as Tree));
  it('both languages have the same keys, non-empty, same placeholders', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    const ph = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of en) {
      expect(v.trim(), k).not.toBe('');
      expect(ph(zh.get(k)!), k).toEqual(ph(v));
    }
  });
});

describe('timeline offsets', () => {
  it.each([
    [0, 'T+0'], [45_000, 'T+45s'], [90 * 60_000, 'T+1h 30m'], [24 * 3_600_000, 'T+24h'], [3 * 86_400_000 + 2 * 3_600_000, 'T+3d 2h'],
  ])('%d ms → %s', (ms, text) => expect(formatOffset(ms)).toBe(text));
});
