import { defineMessages } from '../core/message-catalogue.js';

/** Shape findings (JSON Schema errors turned into stable codes). */
export const schemaMessages = defineMessages({
  'schema.required': { en: 'Required: {property}', 'zh-CN': '必填：{property}' },
  'schema.unknown-property': { en: 'Unknown property: {property}', 'zh-CN': '未知属性：{property}' },
  'schema.type': { en: 'Must be of type {type}', 'zh-CN': '类型必须为 {type}' },
  'schema.enum': { en: 'Must be one of: {allowed}', 'zh-CN': '必须是以下之一：{allowed}' },
  'schema.const': { en: 'Must be {allowed}', 'zh-CN': '必须为 {allowed}' },
  'schema.pattern': { en: 'Does not match the pattern {pattern}', 'zh-CN': '格式不符合 {pattern}' },
  'schema.too-small': { en: 'Must be at least {limit}', 'zh-CN': '不能小于 {limit}' },
  'schema.too-large': { en: 'Must be at most {limit}', 'zh-CN': '不能大于 {limit}' },
  'schema.too-short': { en: 'Too short (at least {limit})', 'zh-CN': '太短（至少 {limit}）' },
  'schema.too-long': { en: 'Too long (at most {limit})', 'zh-CN': '太长（最多 {limit}）' },
  'schema.invalid': { en: 'Invalid value: {detail}', 'zh-CN': '无效的值：{detail}' },
});

/** Envelope findings of the definition registry and the registry's own faults. */
export const definitionMessages = defineMessages({
  'registry.duplicate-key': { en: '"{key}" is already registered', 'zh-CN': '“{key}”已注册' },
  'definition.not-object': { en: 'A definition must be a JSON object', 'zh-CN': '定义必须是 JSON 对象' },
  'definition.unknown-kind': { en: 'Unknown definition kind: {kind}', 'zh-CN': '未知的定义类型：{kind}' },
});
