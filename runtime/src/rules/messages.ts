import { defineMessages } from '../core/message-catalogue.js';

/** Messages for the stable `rule.*` codes (RuleError and check() issues). */
export const ruleMessages = defineMessages({
  'rule.too-large': { en: 'The rule is larger than {max} bytes', 'zh-CN': '规则大小超过 {max} 字节' },
  'rule.too-deep': { en: 'The rule is nested deeper than {max} levels', 'zh-CN': '规则嵌套超过 {max} 层' },
  'rule.too-many-nodes': { en: 'The rule has more than {max} operators', 'zh-CN': '规则中的运算符超过 {max} 个' },
  'rule.unknown-operator': { en: 'Unknown operator "{op}"', 'zh-CN': '未知运算符“{op}”' },
  'rule.bad-arity': {
    en: 'Operator "{op}" takes {expected} argument(s), got {got}',
    'zh-CN': '运算符“{op}”需要 {expected} 个参数，实际为 {got} 个',
  },
  'rule.iteration-budget': {
    en: 'The rule did too much work (iterations or result size) and was stopped',
    'zh-CN': '规则计算量过大（迭代次数或结果大小），已中止',
  },
  'rule.forbidden-path': {
    en: 'The path "{varPath}" uses the forbidden segment "{segment}"',
    'zh-CN': '路径“{varPath}”包含禁止使用的片段“{segment}”',
  },
  'rule.invalid-value': { en: 'A rule may only contain JSON values (found a {type})', 'zh-CN': '规则只能包含 JSON 值（发现 {type}）' },
  'rule.no-clock': { en: 'Date operators need the current time from the clock', 'zh-CN': '日期运算符需要时钟提供的当前时间' },
  'rule.invalid-time-zone': { en: '"{timeZone}" is not an IANA time zone', 'zh-CN': '“{timeZone}”不是有效的 IANA 时区' },
  'rule.evaluation-failed': { en: 'The rule could not be evaluated ({detail})', 'zh-CN': '规则无法计算（{detail}）' },
  'rule.operator-conflict': { en: 'Operator "{op}" is built in and cannot be replaced', 'zh-CN': '运算符“{op}”为内置运算符，不能替换' },
});
