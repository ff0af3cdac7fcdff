import { describe, expect, it } from 'vitest';
import i18n from '../../../designer/src/i18n/index';

/**
 * Counted texts use i18next plural keys (`key_one` / `key_other`, chosen by Intl.PluralRules for the language),
 * so English never says "1 errors". Both languages carry both forms (Chinese has one form: `_other`).
 * Cases: [key, count, en, zh-CN]; checked through the designer's own i18next instance and resources.
 */
const cases: Array<[string, number, string, string]> = [
  ['flowDesigner.errors', 0, '0 errors', '0 个错误'],
  ['flowDesigner.errors', 1, '1 error', '1 个错误'],
  ['flowDesigner.errors', 2, '2 errors', '2 个错误'],
  ['flowDesigner.warnings', 1, '1 warning', '1 个警告'],
  ['releases.published', 1, 'Released 1 definition.', '已发布 1 个定义。'],
  ['releases.published', 3, 'Released 3 definitions.', '已发布 3 个定义。'],
  ['releases.imported', 1, 'Imported 1 definition.', '已导入 1 个定义。'],
  ['releases.issues.title', 1, 'The release was refused: 1 finding', '发布被拒绝：1 个问题'],
  ['stock.import.bad', 1, '1 bad row', '错误行 1 行'],
  ['stock.import.bad', 3, '3 bad rows', '错误行 3 行'],
  ['formDesigner.issues', 1, '1 problem', '1 个问题'],
  ['formDesigner.issues', 4, '4 problems', '4 个问题'],
  ['form.fixErrors', 1, 'Please correct the 1 highlighted field.', '请更正标出的 1 个字段。'],
  ['console.endOfList', 1, 'The 1 matching order shown', '已显示全部 1 个匹配订单'],
  ['admin.plugins.failures', 1, '1 failure in a row', '连续失败 1 次'],
];

type Tree = { [k: string]: unknown };
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as Tree, `${prefix}${k}.`)));
}

describe('counted texts', () => {
  it.each(cases)('%s with count %i', async (key, count, en, zh) => {
    expect(i18n.getFixedT('en')(key, { count })).toBe(en);
    expect(i18n.getFixedT('zh-CN')(key, { count })).toBe(zh);
  });

  it('every plural key has both forms, in both languages', () => {
    for (const lng of ['en', 'zh-CN']) {
      const keys = new Set(keysOf(i18n.getResourceBundle(lng, 'translation') as Tree));
      const plural = [...keys].filter((k) => /_(one|other)$/.test(k));
      expect(plural.length).toBeGreaterThan(10);
      for (const k of plural) {
        const base = k.replace(/_(one|other)$/, '');
        expect(keys.has(`${base}_one`) && keys.has(`${base}_other`), `${lng} ${base}`).toBe(true);
        expect(keys.has(base), `${lng} ${base}: a plain key beside its plural forms shadows nothing but confuses`).toBe(false);
      }
    }
  });
});
