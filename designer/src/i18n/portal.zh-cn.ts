import type { portalEn } from './portal.en';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** 门户与审批收件箱的中文文本（与 portal.en.ts 键相同）。 */
export const portalZhCN: Texts<typeof portalEn> = {
  nav: { portal: '订货门户', myOrders: '我的订单', inbox: '审批' },
  navHelp: { portal: '使用已发布的订货单下单。', inbox: '审批、驳回或退回等待您处理的订单。' },
  portal: {
    title: '订货门户', intro: '选择订货单，填写并提交，然后跟踪订单直至送达。',
    forms: '订货单', noForms: '暂时没有为您发布的订货单，请联系供应商发布。',
    fill: '填写', version: '版本 {{version}}', myOrders: '我的订单', viewAll: '全部订单',
    noOrders: '您还没有下过订单。',
    col: { number: '订单', status: '状态', total: '金额', created: '下单时间', form: '表单' },
  },
  form: {
    submit: '提交订单', submitting: '提交中…', reset: '清空表单', resetConfirm: '放弃已填写的全部内容？',
    draftSaved: '草稿已保存在本设备 {{time}}', draftRestored: '已恢复您的草稿。',
    fixErrors_one: '请更正标出的 {{count}} 个字段。', fixErrors_other: '请更正标出的 {{count}} 个字段。', back: '返回门户',
    addRow: '添加明细', removeRow: '删除第 {{n}} 行', copyRow: '复制第 {{n}} 行', row: '第 {{n}} 行', actions: '操作',
    noRows: '还没有明细，请添加。', skuSearch: '搜索商品编码或名称', computed: '自动计算',
    select: '请选择…', yes: '是', required: '必填',
    versionChanged: '您填写期间表单已更新。请重新加载，已填内容会保留。', reload: '重新加载表单',
    addressPick: '使用已有地址', addressPickHint: '搜索以往的收货地址：收件人、街道、城市或邮编',
    addressNone: '没有匹配的以往地址', addressFilled: '地址已填入，各字段仍可修改。',
    address: { name: '收件人', company: '公司', line1: '详细地址', line2: '地址补充', city: '城市', region: '省/州', postcode: '邮编', country: '国家/地区（两位代码）', phone: '电话' },
    customer: { name: '名称', email: '邮箱', id: '客户编号' },
  },
  order: {
    title: '订单 {{number}}', placed: '下单于 {{time}}', back: '我的订单', refresh: '刷新', live: '自动更新',
    steps: { received: '已接收', approval: '待审批', approved: '已审批', shipped: '已发货', delivered: '已送达' },
    lines: '明细', shipments: '发货', noShipments: '尚未发货。', history: '历史', tracking: '运单号',
    carrier: '承运商', shippedAt: '发货时间', track: '查询物流', total: '金额',
    col: { sku: '商品编码', name: '商品', qty: '数量', price: '单价', shipped: '已发' },
    submitted: '谢谢！订单 {{number}} 已接收。', ended: '该订单已结束：{{status}}。',
    statusChange: '由 {{from}} 变为 {{to}}',
  },
  orderStatus: {
    received: '已接收', 'on-hold': '已暂停', rejected: '已驳回', 'awaiting-approval': '待审批', approved: '已审批',
    allocated: '已分配', backordered: '缺货待补', released: '已下发', 'partially-shipped': '部分发货',
    shipped: '已发货', delivered: '已送达', completed: '已完成', cancelled: '已取消', exception: '异常',
  },
  inbox: {
    title: '审批收件箱', intro: '分配给您和您角色的任务，最紧急的在前。',
    counts: '待办 {{open}} · 超时 {{overdue}} · 已认领 {{claimed}}',
    filter: { status: '状态', open: '待办', done: '已完成', cancelled: '已取消', overdue: '仅看超时', search: '搜索订单或客户', mine: '我认领的' },
    sort: { label: '排序', due: '按时限（最早到期在前）', newest: '最新在前', total: '金额最大在前' },
    col: { order: '订单', task: '任务', customer: '客户', total: '金额', due: '时限', assignee: '处理人', status: '状态' },
    empty: '没有等待您处理的任务。', noDue: '无时限', overdueBy: '已超时 {{time}}', dueIn: '剩余 {{time}}',
    claimedByMe: '由您认领', claimedByOther: '已被认领', role: '角色 {{role}}', you: '您',
    bulkApprove: '批量审批 {{count}} 项', bulkDone: '已审批 {{ok}} 项，失败 {{failed}} 项', selectRow: '选择订单 {{number}}',
    keys: '快捷键', keysTitle: '键盘快捷键',
    key: { jk: '下一个 / 上一个任务', enter: '打开任务', a: '审批通过', r: '驳回', c: '认领或取消认领', x: '选中以批量审批', slash: '搜索', help: '显示本帮助', esc: '关闭' },
    refresh: '刷新',
  },
  task: {
    title: '任务：{{title}}', order: '订单', formData: '表单数据', editable: '您可修改的字段', history: '历史与评论',
    noHistory: '暂无历史。', comment: '评论', commentPlaceholder: '您的评论（记录在历史中）',
    approve: '通过', reject: '驳回', return: '退回提交人', reassign: '转交', addApprover: '加签', addComment: '评论',
    claim: '认领', unclaim: '取消认领', done: '已处理：{{decision}}', to: '给', toUser: '用户 ID', toRole: '角色', position: '位置',
    before: '在我之前', after: '在我之后', target: '退回到', submitter: '提交人', previous: '上一步',
    confirm: '确认', cancel: '取消', decided: '已记录处理结果', commentNeeded: '请先填写评论',
    customer: '客户', total: '金额', placed: '下单时间', status: '状态', channel: '渠道', due: '时限',
  },
  errorCodes: {
    'task.closed': '该任务已关闭。', 'task.not-assignee': '该任务未分配给您或您的角色。',
    'task.not-claimer': '只有认领人可以执行此操作。', 'task.claimed-by-other': '该任务已被其他审批人认领。',
    'task.stale': '任务已变化，请刷新。', 'task.user-required': '请以用户身份登录后操作。',
    'task.field-not-editable': '该字段在此任务中不可修改。', 'form.invalid': '表单有错误，请查看标出的字段。',
    'form.version-changed': '表单已更新，请重新加载。', 'order.invalid': '订单未被接收。', 'not-found': '未找到。',
  },
};
