import { defineMessages } from '../core/message-catalogue.js';

export const reviewMessages = defineMessages({
  'review.duplicate-rule-id': { en: 'Rule id "{id}" is used more than once', 'zh-CN': '规则 ID“{id}”重复' },
  'review.unknown-var': { en: 'The rule reads "{var}", which is not part of an order', 'zh-CN': '规则读取了“{var}”，它不是订单的一部分' },
  'review.unreachable-rule': { en: 'This rule never runs: rule "{by}" always stops the review before it', 'zh-CN': '此规则永远不会执行：规则“{by}”总会先结束审核' },
  'review.rule-error': { en: 'Review rule "{id}" could not be evaluated ({detail}); the order is held', 'zh-CN': '审核规则“{id}”无法计算（{detail}），订单已暂扣' },
});
