import type { testRunEn } from './test-run.en';

// 试运行时间线的文字（在 index.ts 中合并到 `testRun`）。
export const testRunZhCN: typeof testRunEn = {
  role: '角色 {{id}}',
  user: '用户 {{id}}',
  someone: '处理人',
  types: {
    slaDue: 'SLA 到期',
    remindDue: '提醒到期',
    timer: '计时器触发',
    taskCreated: '为{{who}}创建任务',
    escalated: '升级给{{who}}',
    taskCancelled: '任务已取消',
    taskDecided: '任务已决定',
    review: '审核',
    held: '被审核挂起',
    actionSucceeded: '连接器调用成功',
    actionFailed: '连接器调用失败',
    compensated: '动作已撤销',
    routed: '已寻仓',
    routeFailed: '寻仓失败',
    stockReleased: '库存已释放',
    status: '状态已设置',
    notified: '通知已发送',
    flowCompleted: '流程已完成',
  },
};
