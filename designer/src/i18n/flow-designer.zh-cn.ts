import type { flowDesignerEn } from './flow-designer.en';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

// 流程设计器（画布）文本；键与 flow-designer.en.ts 完全一致。
export const flowDesignerZhCN: Texts<typeof flowDesignerEn> = {
  flowDesigner: {
    jsonView: 'JSON', canvasView: '画布', palette: '节点', properties: '属性', selectNode: '选择一个节点进行编辑',
    noProperties: '此节点没有设置项。', invalidJson: 'JSON 无效：已保留之前的值。',
    fixJsonFirst: 'JSON 有语法错误：请先在 JSON 页签中修正，再查看画布。',
    undo: '撤销', redo: '重做', copy: '复制', paste: '粘贴', delete: '删除', autoLayout: '自动布局',
    errors_one: '{{count}} 个错误', errors_other: '{{count}} 个错误', warnings_one: '{{count}} 个警告', warnings_other: '{{count}} 个警告', zoom: '缩放', minimap: '小地图',
    layoutFailed: '自动布局失败：{{message}}', remove: '移除', addAssignee: '添加处理人', addBranch: '添加分支',
    editRule: '编辑规则', branchWhen: '条件', branchRule: '分支“{{outcome}}”的规则', moveUp: '上移“{{outcome}}”',
    moveDown: '下移“{{outcome}}”', removeBranch: '删除分支“{{outcome}}”',
    defaultBranch: '否则订单走“default”出口。按顺序第一个规则为真的分支生效。',
    defaultRouting: '租户默认路由',
    refused: {
      'into-start': '已拒绝：任何连线都不能指向开始节点。',
      'out-of-end': '已拒绝：结束节点没有出口。',
      'outcome-wired': '已拒绝：结果“{{outcome}}”已连线，请先删除原连线。',
      'self-loop': '已拒绝：节点不能连向自身。',
      'unknown-node': '已拒绝：该节点不存在。',
    },
    who: { user: '用户', role: '角色', rule: '规则' },
    mode: { any: '任一人', all: '全部', sequential: '依次', vote: '投票' },
    timeout: { escalate: '升级', approve: '自动通过', reject: '自动驳回' },
    field: {
      title: '标题', assignees: '处理人', assigneeKind: '处理人类型', assigneeValue: '处理人',
      mode: '审批方式', threshold: '所需票数', slaDue: 'SLA 期限（如 PT24H）', slaRemind: '提醒时间（如 PT4H）',
      onTimeout: 'SLA 到期时', escalateTo: '升级给角色', outcome: '结果', when: '条件（JSON Logic 规则）',
      capability: '能力（插件.能力）', input: '输入映射（JSON）', output: '结果存为 vars.',
      compensate: '撤销能力', event: '事件', timeout: '超时（如 P2D）', filter: '过滤（JSON Logic 规则）',
      status: '状态', template: '模板', recipients: '接收人（JSON）', channel: '渠道',
      compensateAll: '撤销已完成的操作', routing: '路由', reserve: '预留库存',
    },
    testRun: {
      title: '试运行', sample: '示例订单', pastOrder: '历史订单', order: '订单（JSON）', orderId: '订单 ID',
      decisionFor: '{{node}} 的审批决定', run: '运行', clear: '清除',
      decision: { approve: '通过', reject: '驳回', wait: '等待（让 SLA 计时）' },
      status: '结果：{{status}}（结果 {{outcome}}）。未写入任何数据。', tasks: '将创建的任务',
      noTasks: '没有任务', timeline: '时间线（虚拟时钟）', simulated: '模拟',
    },
  },
};
