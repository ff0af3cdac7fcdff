import { makeIssue, registerMessages, type Issue, type Locale } from '@oms/runtime';

registerMessages({
  'release.missing-reference': {
    en: '{type} "{key}" is neither in the release nor published',
    'zh-CN': '{type}「{key}」既不在本次发布中，也未曾发布',
  },
  'release.missing-form-field': {
    en: 'flow "{flow}" reads order field "{field}" that form "{form}" does not provide',
    'zh-CN': '流程「{flow}」读取的订单字段「{field}」在表单「{form}」中不存在',
  },
  'release.unknown-definition': { en: 'No definition {kind}/{key} in this tenant', 'zh-CN': '本租户中没有定义 {kind}/{key}' },
  'release.duplicate-item': { en: '{kind}/{key} appears more than once', 'zh-CN': '{kind}/{key} 出现了不止一次' },
  'release.archived': { en: '{kind}/{key} is archived', 'zh-CN': '{kind}/{key} 已归档' },
  'release.no-draft': { en: '{kind}/{key} has no draft', 'zh-CN': '{kind}/{key} 没有草稿' },
  'release.checksum-mismatch': {
    en: 'checksum does not match the body (expected {expected})',
    'zh-CN': '校验和与内容不符（应为 {expected}）',
  },
  'release.mismatch': { en: 'body.{field} must be {expected}', 'zh-CN': 'body.{field} 必须为 {expected}' },
  'release.unsupported-format': { en: 'not an oms-release bundle of format version 1', 'zh-CN': '不是格式版本为 1 的 oms-release 文件' },
});

/** An issue whose message is in the caller's locale (argument order kept for the release checks). */
export function issue(path: string, code: string, locale: Locale, params: Record<string, unknown> = {}): Issue {
  return makeIssue(code, path, locale, params);
}
