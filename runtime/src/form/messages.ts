import type { Locale } from '../core/issue.js';
import { defineMessages } from '../core/message-catalogue.js';
import type { I18nText } from './types.js';

// Messages an end user sees while filling a form (browser and server give the same text).
export const fieldMessages = defineMessages({
  'form.required': { en: '{label} is required', 'zh-CN': '{label}为必填项' },
  'form.not-a-string': { en: '{label} must be text', 'zh-CN': '{label}必须是文本' },
  'form.not-a-number': { en: '{label} must be a number', 'zh-CN': '{label}必须是数字' },
  'form.not-a-boolean': { en: '{label} must be yes or no', 'zh-CN': '{label}必须是“是”或“否”' },
  'form.invalid-value': { en: '{label} has an invalid value', 'zh-CN': '{label}的值无效' },
  'form.too-small': { en: '{label} must be at least {limit}', 'zh-CN': '{label}不能小于 {limit}' },
  'form.too-large': { en: '{label} must be at most {limit}', 'zh-CN': '{label}不能大于 {limit}' },
  'form.too-short': { en: '{label} needs at least {limit} characters', 'zh-CN': '{label}至少需要 {limit} 个字符' },
  'form.too-long': { en: '{label} allows at most {limit} characters', 'zh-CN': '{label}最多 {limit} 个字符' },
  'form.too-many-decimals': { en: '{label} allows at most {scale} decimals', 'zh-CN': '{label}最多保留 {scale} 位小数' },
  'form.pattern': { en: '{label} has an invalid format', 'zh-CN': '{label}格式不正确' },
  'form.invalid-date': { en: '{label} must be a date (YYYY-MM-DD)', 'zh-CN': '{label}必须是日期（YYYY-MM-DD）' },
  'form.date-too-early': { en: '{label} must be on or after {limit}', 'zh-CN': '{label}不能早于 {limit}' },
  'form.date-too-late': { en: '{label} must be on or before {limit}', 'zh-CN': '{label}不能晚于 {limit}' },
  'form.not-an-option': { en: '{label}: "{value}" is not one of the options', 'zh-CN': '{label}：“{value}”不是可选项' },
  'form.too-few-items': { en: 'Choose at least {limit} for {label}', 'zh-CN': '{label}至少选择 {limit} 项' },
  'form.too-many-items': { en: 'Choose at most {limit} for {label}', 'zh-CN': '{label}最多选择 {limit} 项' },
  'form.too-few-rows': { en: '{label} needs at least {limit} rows', 'zh-CN': '{label}至少需要 {limit} 行' },
  'form.too-many-rows': { en: '{label} allows at most {limit} rows', 'zh-CN': '{label}最多 {limit} 行' },
  'form.invalid-email': { en: '{label}: invalid email address', 'zh-CN': '{label}：邮箱地址无效' },
  'form.invalid-country': { en: '{label} must be a two-letter country code', 'zh-CN': '{label}必须是两位国家/地区代码' },
  'form.validation-failed': { en: '{message}', 'zh-CN': '{message}' },
});

// Messages an analyst sees while designing a form.
export const formMessages = defineMessages({
  'form.duplicate-field-key': { en: 'Field key "{key}" is used more than once', 'zh-CN': '字段键“{key}”重复' },
  'form.duplicate-column-key': { en: 'Column key "{key}" is used more than once', 'zh-CN': '列键“{key}”重复' },
  'form.missing-options': { en: 'A {type} field needs options', 'zh-CN': '{type}字段需要选项' },
  'form.duplicate-option': { en: 'Option value "{value}" is used more than once', 'zh-CN': '选项值“{value}”重复' },
  'form.missing-columns': { en: 'A line-items field needs columns', 'zh-CN': '明细表字段需要列' },
  'form.missing-children': { en: 'A section needs fields', 'zh-CN': '分组需要字段' },
  'form.unexpected-property': { en: '"{property}" does not apply to a {type} field', 'zh-CN': '“{property}”不适用于{type}字段' },
  'form.invalid-column-type': { en: 'A {type} field cannot be a line-items column', 'zh-CN': '{type}字段不能作为明细表的列' },
  'form.invalid-pattern': { en: 'Invalid regular expression: {detail}', 'zh-CN': '正则表达式无效：{detail}' },
  'form.min-greater-than-max': { en: 'min ({min}) is greater than max ({max})', 'zh-CN': '最小值（{min}）大于最大值（{max}）' },
  'form.invalid-default': { en: 'The default value is not valid: {detail}', 'zh-CN': '默认值无效：{detail}' },
  'form.unknown-var': { en: 'The rule reads "{var}", which is not a field of this form', 'zh-CN': '规则读取了“{var}”，但表单中没有该字段' },
  'form.computed-cycle': { en: 'Computed fields depend on each other in a cycle: {cycle}', 'zh-CN': '计算字段存在循环依赖：{cycle}' },
  'form.unknown-field': { en: 'No field with key "{key}"', 'zh-CN': '没有键为“{key}”的字段' },
  'form.mapping-invalid-target': { en: '"{target}" is not a place on the order', 'zh-CN': '“{target}”不是订单上的有效位置' },
  'form.mapping-type-mismatch': { en: 'A {type} field cannot map onto "{target}"', 'zh-CN': '{type}字段不能映射到“{target}”' },
  'form.mapping-duplicate-target': { en: 'Two fields map onto "{target}"', 'zh-CN': '多个字段映射到“{target}”' },
  'form.layout-duplicate-field': { en: 'Field "{key}" is placed more than once', 'zh-CN': '字段“{key}”被放置了多次' },
});


/** The text for a locale, falling back to English, then to any language present. */
export function pickText(text: I18nText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text.en ?? Object.values(text).find((v) => typeof v === 'string') ?? '';
}
