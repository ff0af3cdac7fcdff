import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** The server's coded message, translated when the admin namespace knows the code. */
export function errorText(e: ApiError, t: TFunction): string {
  return t(`admin.errors.${e.code}`, { defaultValue: e.message });
}

/**
 * Put a server error at its field (JSON Pointer `/password` → field `password`).
 * Returns false when the error names no field of this form, so the caller shows it elsewhere.
 */
export function showFieldError(form: FormInstance, e: unknown, t: TFunction, fields: readonly string[]): boolean {
  if (!(e instanceof ApiError) || !e.path) return false;
  const name = e.path.replace(/^\//, '').split('/')[0];
  if (!fields.includes(name)) return false;
  form.setFields([{ name, errors: [errorText(e, t)] }]);
  return true;
}
