import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { pointerSegment } from '@oms/runtime';
import { HttpError } from './errors.js';
import { FORMATS } from './formats.js';
import type { JsonSchema } from './route-spec.js';

// Bodies are validated as sent; path params and query strings arrive as text, so those coerce.
// Formats are checked (uuid, date, date-time); a format the framework does not know is ignored.
const options = { allErrors: false, strict: false, validateFormats: true, formats: FORMATS, logger: false } as const;
const strict = new Ajv(options);
const coercing = new Ajv({ ...options, coerceTypes: true });

export type Where = 'body' | 'query' | 'params';

export function compile(schema: JsonSchema, where: Where): ValidateFunction {
  return (where === 'body' ? strict : coercing).compile(schema);
}

/** Throw the first schema error as 400 with the JSON Pointer of the offending value. */
export function check(validate: ValidateFunction, value: unknown, where: Where): void {
  if (validate(value)) return;
  throw toHttpError(validate.errors?.[0], where);
}

function toHttpError(e: ErrorObject | undefined, where: Where): HttpError {
  const base = e?.instancePath ?? '';
  const details = { in: where };
  if (e?.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const path = `${base}/${pointerSegment(extra)}`;
    return new HttpError(400, 'request.unknown-field', `Unknown field at ${path} in ${where}`, { path, details });
  }
  if (e?.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const path = `${base}/${pointerSegment(missing)}`;
    return new HttpError(400, 'request.invalid', `Missing required field ${path} in ${where}`, { path, details });
  }
  const path = base || '/';
  const msg = `Invalid value at ${path} in ${where}: ${e?.message ?? 'invalid'}`;
  return new HttpError(400, 'request.invalid', msg, { path: base, details });
}
