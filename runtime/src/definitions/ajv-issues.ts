import type { ErrorObject } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { pointerSegment } from '../core/issue.js';
import { makeIssue, registerMessages } from '../core/messages.js';

registerMessages({
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

/** Turn Ajv errors into issues with JSON Pointer paths and stable codes, most specific first. */
export function ajvToIssues(errors: ErrorObject[] | null | undefined, locale: Locale): Issue[] {
  if (!errors) return [];
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // oneOf/anyOf summaries repeat what the branch errors already say.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const { code, path, params } = describe(e);
    const dedupe = `${path}|${code}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(makeIssue(code, path, locale, params));
  }
  return out;
}

function describe(e: ErrorObject): { code: string; path: string; params: Record<string, unknown> } {
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return { code: 'schema.required', path: `${e.instancePath}/${pointerSegment(p.missingProperty)}`, params: { property: p.missingProperty } };
    case 'additionalProperties':
      return { code: 'schema.unknown-property', path: `${e.instancePath}/${pointerSegment(p.additionalProperty)}`, params: { property: p.additionalProperty } };
    case 'type':
      return { code: 'schema.type', path: e.instancePath, params: { type: p.type } };
    case 'enum':
      return { code: 'schema.enum', path: e.instancePath, params: { allowed: (p.allowedValues as unknown[]).join(', ') } };
    case 'const':
      return { code: 'schema.const', path: e.instancePath, params: { allowed: JSON.stringify(p.allowedValue) } };
    case 'pattern':
      return { code: 'schema.pattern', path: e.instancePath, params: { pattern: p.pattern } };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'minItems':
    case 'minProperties':
      return { code: e.keyword === 'minimum' || e.keyword === 'exclusiveMinimum' ? 'schema.too-small' : 'schema.too-short', path: e.instancePath, params: { limit: p.limit } };
    case 'maximum':
    case 'exclusiveMaximum':
    case 'maxItems':
    case 'maxProperties':
      return { code: e.keyword === 'maximum' || e.keyword === 'exclusiveMaximum' ? 'schema.too-large' : 'schema.too-long', path: e.instancePath, params: { limit: p.limit } };
    case 'minLength':
      return { code: 'schema.too-short', path: e.instancePath, params: { limit: p.limit } };
    case 'maxLength':
      return { code: 'schema.too-long', path: e.instancePath, params: { limit: p.limit } };
    default:
      return { code: 'schema.invalid', path: e.instancePath, params: { detail: e.message ?? e.keyword } };
  }
}
