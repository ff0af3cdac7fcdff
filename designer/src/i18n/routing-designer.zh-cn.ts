// 寻仓设计器的文字（在 index.ts 中合并到 `routingDesigner` 下）。
export const routingDesignerZhCN = {
  tab: '设计器',
  fixJsonFirst: 'JSON 有语法错误：请先在 JSON 视图中修正。',
  sections: { candidates: '候选地点', rules: '规则（按顺序）', weights: '评分权重', policy: '拆单、安全库存、无法满足' },
  selector: {
    ids: '地点', types: '地点类型', tags: '包含全部标签', anyTags: '包含任一标签', excludeTags: '不含标签',
    maxDistanceKm: '最远距离（公里）', boost: '加分', where: '地点条件',
  },
  condition: { add: '添加条件', remove: '删除条件', always: '无条件：始终生效。' },
  rules: {
    id: '规则标识', up: '上移', down: '下移', remove: '删除规则', add: '添加规则', none: '暂无规则。',
    scope: '适用于', scopeOrder: '整个订单', scopeLine: '每个订单行', stop: '命中后停止后续规则',
    when: '当', weights: '权重覆盖',
    effect: { restrict: '只用这些地点（限定）', exclude: '不用这些地点（排除）', prefer: '优先这些地点（加分）' },
  },
  weights: {
    sliderLabel: '{{factor}}的权重', defaults: '未设置权重：使用引擎默认值。移动任一滑块会写入全部五项。',
    maxKm: '距离尺度（公里）', stockCap: '库存深度上限', priorityMax: '最高优先级', costDefault: '默认运费',
  },
  policy: {
    shipComplete: '优先从一个地点整单发货', maxShipments: '最多发货单数', perLineFallback: '能发的先发',
    safetyDefault: '安全库存（默认）', unfillable: '无法满足的订单行',
    unfillableOption: { backorder: '缺货待发', hold: '挂起订单', reject: '拒绝订单' },
    overridesKept_one: '已保留 {{count}} 条安全库存覆盖（请在 JSON 视图中编辑）。', overridesKept_other: '已保留 {{count}} 条安全库存覆盖（请在 JSON 视图中编辑）。',
  },
  preview: {
    title: '实时排名', sample: '示例订单', orderJson: '示例订单（JSON）', orderInvalid: '示例订单不是带订单行的有效 JSON；使用上一个有效版本。',
    noLocations: '该租户还没有地点。', status: '结果', strategy: '策略', weights: '权重', unfilled: '未分配',
    rank: '排名', location: '地点', score: '得分', components: '得分构成（权重 × 归一值）或排除原因',
    lineExclusions: '按订单行', rulesFired: '命中的规则',
  },
  samples: { columbus: 'PO-1001 · 俄亥俄州哥伦布（2 行）', 'san-francisco': 'WEB-5005 · 加州旧金山（电钻）', 'reno-saws': 'PO-2002 · 加州萨克拉门托（电锯）' },
  replay: {
    title: '回放', last: '最近订单数', run: '用此草稿回放', summary: '最近 {{total}} 个订单中有 {{changed}} 个分配发生变化',
    totals: '发货单 {{sb}} → {{sa}} · 距离 {{kb}} → {{ka}} 公里 · 运费 {{cb}} → {{ca}}',
    order: '订单', before: '原分配', after: '按此草稿', changed: '变化', yes: '有变化', no: '相同',
  },
};
