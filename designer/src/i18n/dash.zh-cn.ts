import type { dashEn } from './dash.en';

/** 仪表板文本（命名空间 `dash`）。 */
export const dashZhCN: typeof dashEn = {
  nav: '仪表板',
  navDescription: '按日期范围查看订单指标；点击图表打开对应的订单。',
  title: '仪表板',
  from: '开始日期',
  to: '结束日期',
  granularity: '粒度',
  granularities: { day: '按日', week: '按周', month: '按月' },
  timeZone: '日期按 {{tz}}，金额按 {{currency}}',
  badRange: '开始日期不能晚于结束日期。',
  drillHint: '点击柱形或扇区，打开按其筛选的订单控制台。',
  kpi: {
    orders: '订单数',
    gmv: '成交总额',
    fulfilmentRate: '履约率',
    stockOutRate: '缺货率',
    returnRate: '退货率',
    approvalHours: '平均审批时长（小时）',
    hoursToShip: '平均发货时长（小时）',
    slaBreaches: 'SLA 违约',
  },
  chart: {
    orders: '订单数',
    gmv: '成交总额',
    statusTitle: '按状态的订单',
    channelTitle: '按渠道的订单',
    gmvTitle: '按渠道的成交总额',
    seriesTitle: '订单数与成交总额趋势',
  },
};
