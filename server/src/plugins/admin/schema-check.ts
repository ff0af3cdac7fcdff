import { Ajv, type ValidateFunction } from 'ajv';
import { HttpError } from '../../http/errors.js';

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, logger: false });
const cache = new Map<string, ValidateFunction>();

/**
 * Check config or credentials against the manifest's schema; the error names the field (`/config/baseUrl`),
 * never the value (a credential must not echo back in an error).
 */
export function checkAgainst(schema: Record<string, unknown>, value: unknown, at: '/config' | '/credentials', code: string): void {
  const key = JSON.stringify(schema);
  let validate = cache.get(key);
  if (!validate) cache.set(key, (validate = ajv.compile(schema)));
  if (validate(value)) return;
  const e = validate.errors?.[0];
  const missing = e?.keyword === 'required' ? `/${String((e.params as { missingProperty: string }).missingProperty)}` : '';
  const path = `${at}${e?.instancePath ?? ''}${missing}`;
  const message = e?.keyword === 'required' ? `Missing ${path}` : `Invalid value at ${path}: ${e?.keyword === 'const' || e?.keyword === 'enum' ? 'not an allowed value' : e?.message ?? 'invalid'}`;
  throw new HttpError(422, code, message, { path });
}
