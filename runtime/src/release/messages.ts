import { defineMessages } from '../core/message-catalogue.js';

/** Cross-definition findings of a release (and of a single publish, a release of one). */
export const releaseMessages = defineMessages({
  'release.missing-reference': {
    en: '{type} "{key}" is neither in the release nor published',
    'zh-CN': '{type}「{key}」既不在本次发布中，也未曾发布',
  },
  'release.missing-form-field': {
    en: '{via} "{source}" reads order field "{field}" that form "{form}" does not provide',
    'zh-CN': '{via}「{source}」读取的订单字段「{field}」在表单「{form}」中不存在',
  },
  'release.unknown-location-tag': {
    en: 'No location has the tag "{key}" (yet): this rule matches nothing',
    'zh-CN': '还没有任何库位带有标签「{key}」：该规则不会匹配任何库位',
  },
  'release.misspelled-location-tag': {
    en: 'Unknown location tag "{key}": did you mean "{suggestion}"?',
    'zh-CN': '未知的库位标签「{key}」：是否应为「{suggestion}」？',
  },
  'release.unknown-location-type': {
    en: 'No location has the type "{key}" (yet): this rule matches nothing',
    'zh-CN': '还没有任何库位属于类型「{key}」：该规则不会匹配任何库位',
  },
  'release.misspelled-location-type': {
    en: 'Unknown location type "{key}": did you mean "{suggestion}"?',
    'zh-CN': '未知的库位类型「{key}」：是否应为「{suggestion}」？',
  },
  'release.unknown-capability': {
    en: 'No installed plugin provides the capability "{key}"',
    'zh-CN': '没有已安装的插件提供能力「{key}」',
  },
  'release.unknown-role': {
    en: 'There is no role "{key}" (roles: {roles})',
    'zh-CN': '不存在角色「{key}」（可用角色：{roles}）',
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
