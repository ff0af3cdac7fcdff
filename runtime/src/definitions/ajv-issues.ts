import type { ErrorObject } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { pointerSegment } from '../core/issue.js';
import { makeIssue } from '../core/messages.js';


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
