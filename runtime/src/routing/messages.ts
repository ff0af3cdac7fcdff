import { defineMessages } from '../core/message-catalogue.js';

// Definition check codes and trace reason codes share the catalogue so the designer can show both.
export const routingMessages = defineMessages({
  'routing.rule.duplicate-id': { en: 'Rule id "{id}" is used more than once', 'zh-CN': '规则 ID "{id}" 重复' },
  'routing.rule.no-effect': { en: 'Rule "{id}" has no effect (add restrict, exclude, prefer, weights or stop)', 'zh-CN': '规则 "{id}" 没有任何效果（请添加 restrict、exclude、prefer、weights 或 stop）' },
  'routing.rule.line-scope-effect': { en: 'A line-scope rule can only restrict or exclude locations, not {effect}', 'zh-CN': '行级规则只能限定或排除仓点，不能使用 {effect}' },
  'routing.weights.all-zero': { en: 'At least one score weight must be greater than zero', 'zh-CN': '至少一个评分权重必须大于零' },
  'routing.candidates.tag-conflict': { en: 'Tag "{tag}" is both required and excluded', 'zh-CN': '标签 "{tag}" 同时被要求和排除' },
  'routing.cost.exceeds-max': { en: 'Cost {cost} is above the normalisation maximum {max}', 'zh-CN': '运费 {cost} 超过归一化上限 {max}' },
  'routing.safety-stock.no-target': { en: 'A safety-stock override needs a location, a SKU or both', 'zh-CN': '安全库存覆盖项需要指定仓点、SKU 或两者' },
  'routing.safety-stock.duplicate': { en: 'Another safety-stock override already covers this location and SKU', 'zh-CN': '已有安全库存覆盖项针对相同的仓点和 SKU' },
  'routing.excluded.inactive': { en: 'Location is inactive', 'zh-CN': '仓点未启用' },
  'routing.excluded.type': { en: 'Location type {type} is not a candidate type', 'zh-CN': '仓点类型 {type} 不在候选类型中' },
  'routing.excluded.tag': { en: 'Location tags do not match the candidate tags', 'zh-CN': '仓点标签不符合候选标签' },
  'routing.excluded.distance': { en: 'Location is farther than {maxKm} km from the ship-to address', 'zh-CN': '仓点距收货地址超过 {maxKm} 公里' },
  'routing.excluded.where': { en: 'Location does not meet the candidate condition', 'zh-CN': '仓点不满足候选条件' },
  'routing.excluded.rule': { en: 'Excluded by rule "{rule}" ({effect})', 'zh-CN': '被规则 "{rule}" 排除（{effect}）' },
  'routing.excluded.capacity-full': { en: 'Location is at capacity ({openOrders}/{maxOpenOrders} open orders)', 'zh-CN': '仓点已满负荷（{openOrders}/{maxOpenOrders} 个未完成订单）' },
  'routing.excluded.no-stock': { en: 'Location cannot ship any line of the order in full', 'zh-CN': '仓点无法完整发出订单中的任何一行' },
  'routing.line.insufficient-stock': { en: 'Only {available} available, {qty} needed', 'zh-CN': '可用 {available}，需要 {qty}' },
});
