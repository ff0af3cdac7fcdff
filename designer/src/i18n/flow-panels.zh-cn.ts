// 等待、通知面板与动作补偿映射的文案（合并到 flowDesigner 下）；与 flow-panels.en.ts 键一致。
export const flowPanelsZhCN = {
  flowDesigner: {
    wait: {
      event: '事件名称', eventPlaceholder: '例如 payment-received',
      eventHelp: '此节点等待的外部事件；可从本流程其他等待节点使用的名称中选择。',
      timeout: '超时', timeoutHelp: 'ISO 8601 时长：PT30M、PT4H、P2D、P1DT12H。留空：无截止时间地等待。设置超时后，还需连接节点的“timeout”出口。',
      timeoutInvalid: '“{{value}}”不是有效时长：请使用周、天、小时、分钟、秒，例如 PT4H 或 P1DT12H（不支持年和月）。',
      filter: '过滤条件', noFilter: '无过滤条件：任何“{{event}}”事件都会让流程继续。', filterWhen: '继续条件',
      addFilter: '添加过滤条件', editFilter: '编辑过滤条件', removeFilter: '移除过滤条件', filterTitle: '“{{event}}”的过滤条件',
      eventPayload: 'event（事件数据；输入 event.<字段> 引用其中字段）',
      output: '将事件数据保存为 vars.', outputPlaceholder: '例如 payment',
    },
    notify: {
      template: '模板', channel: '渠道', channelPlaceholder: '默认渠道', recipients: '接收人',
      kind: '接收人 {{n}}：类型', role: '接收人 {{n}}：角色', user: '接收人 {{n}}：用户', address: '接收人 {{n}}：地址来源',
      userPlaceholder: '用户 ID 或邮箱', remove: '移除接收人 {{n}}', add: '添加接收人',
      kinds: { role: '角色', user: '用户', customer: '客户', address: '地址' },
      customer: '订单的客户', none: '请至少添加一个接收人。', opaque: '在 JSON 视图中设置（保持原样）',
    },
    approval: {
      rolePlaceholder: '角色，例如 approver', userFrom: '用户 ID 取自', useVariable: '改用变量',
    },
    compensation: {
      input: '补偿输入', none: '选择补偿能力后即可映射其输入。',
      keyOf: '{{key}}（补偿）',
    },
  },
};
