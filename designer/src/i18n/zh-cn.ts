import type { Resources } from './en';

// 简体中文界面文本，键必须与 en.ts 完全一致。
export const zhCN: Resources = {
  app: { name: 'OMS Studio', tagline: '设计订单表单、流程与规则，运行您的订单。' },
  common: {
    loading: '加载中…', retry: '重试', cancel: '取消', close: '关闭', create: '创建', save: '保存',
    yes: '是', no: '否', none: '无', back: '返回', requestId: '请求编号：{{id}}', unknownError: '出现了问题',
  },
  nav: { home: '首页', definitions: '定义', admin: '系统管理' },
  header: { language: '语言', logout: '退出登录', signedInAs: '当前用户：{{name}}（{{role}}）' },
  roles: { admin: '管理员', analyst: '业务分析师', approver: '审批人', operator: '运营人员', customer: '客户' },
  login: {
    title: '登录 OMS Studio', email: '邮箱', password: '密码', tenant: '租户（可选）',
    tenantHelp: '您所在组织的简称。当您的邮箱在多个组织中使用时必须填写；本浏览器会记住它。', submit: '登录', failed: '登录失败',
    emailRequired: '请输入邮箱', passwordRequired: '请输入密码',
    demoHint: '演示用户：admin@、analyst@、approver@、operator@、customer@demo.test，密码 demo1234。',
  },
  home: {
    welcome: '欢迎，{{name}}', staffIntro: '您的角色可以使用以下功能：',
    definitionsCard: '设计并发布订单表单、审批流程、路由规则和审核规则。',
    open: '打开', noModules: '适用于您角色的更多模块即将推出。',
    portalTitle: '客户门户',
    portalIntro: '您将在此门户中使用供应商发布的表单下单，并跟踪订单状态。',
    portalItems: '您可以在这里：', portalPlace: '使用已发布的订单表单下单',
    portalTrack: '查看订单状态', portalSoon: '订单表单发布后将显示在这里。',
  },
  errors: {
    forbiddenTitle: '无权访问', forbidden: '您的角色（{{role}}）不能使用此页面。',
    notFoundTitle: '页面不存在', notFound: '此地址没有内容。', goHome: '返回首页',
  },
  kinds: { form: '订单表单', flow: '流程', routing: '路由规则', review: '审核规则' },
  kindOne: { form: '订单表单', flow: '流程', routing: '路由规则', review: '审核规则' },
  kindHelp: {
    form: '终端用户下单时填写的字段，包括校验与布局。',
    flow: '订单经过的步骤：审批、动作、路由、等待。',
    routing: '由哪些库位履约订单，带评分与原因说明。',
    review: '在订单进入流程前执行的检查：挂起、拒绝或标记。',
  },
  status: { draft: '草稿', published: '已发布', archived: '已归档' },
  definitions: {
    title: '定义',
    help: '定义是配置 OMS 的 JSON 文档。编辑草稿、校验，然后发布为不可变的版本。',
    new: '新建定义', empty: '还没有{{kind}}，创建第一个吧。',
    col: { key: '标识', title: '标题', status: '状态', latest: '最新版本', draft: '草稿', updated: '更新时间' },
    hasDraft: '有未发布的修改', noDraft: '—',
    createTitle: '新建定义', kind: '类型', key: '标识', keyHelp: '小写字母、数字和连字符，创建后不能修改。',
    keyInvalid: '请使用以字母开头的小写字母、数字和连字符', titleField: '标题',
    titleRequired: '请输入标题', created: '草稿已创建',
  },
  detail: {
    help: '以 JSON 编辑草稿（Ctrl+S 保存）。编辑器会在输入时检查结构与语义；“校验”会执行服务器端的全部检查。',
    format: '格式化', archivedNote: '此定义已归档：只读，且不能用于新订单。', save: '保存草稿', validate: '校验', publish: '发布', archive: '归档',
    conflict: '在您打开之后，其他人已保存了此草稿。您的修改尚未保存：请先复制修改，重新加载最新草稿后再次应用。',
    reloadDraft: '重新加载最新草稿',
    saved: '草稿已保存', valid: '未发现问题', published: '已发布版本 {{version}}', archived: '已归档',
    invalidJson: '文本不是有效的 JSON：{{message}}', archiveConfirm: '归档此定义？它仍可查看，但不能用于新订单。',
    publishConfirm: '将已保存的草稿发布为新的不可变版本？', unsaved: '有未保存的修改',
    noDraft: '当前没有草稿，显示的是最新发布的版本；保存后将创建新草稿。',
    tabs: { editor: '编辑器', versions: '版本历史', diff: '版本对比' },
    issuesTitle: '问题（{{count}}）', issuesHelp: '点击问题可跳转到编辑器中的对应位置。', noIssues: '没有问题。',
    root: '（整个文档）', latestVersion: '最新版本：{{version}}', neverPublished: '尚未发布',
  },
  versions: {
    help: '每次发布都会冻结一个不可变的编号版本。订单始终使用其开始时的版本。',
    empty: '还没有已发布的版本。', col: { version: '版本', publishedAt: '发布时间', publishedBy: '发布人', checksum: '校验和' },
    view: '查看', viewTitle: '版本 {{version}}（只读）',
  },
  diff: {
    help: '选择两个版本（或草稿）查看差异。', from: '从', to: '到', compare: '对比', draft: '草稿',
    noChanges: '没有差异。', needTwo: '至少发布一个版本后才能对比。',
    change: '变更', path: '路径', op: { add: '新增', remove: '删除', replace: '修改' }, before: '修改前', after: '修改后',
  },
};
