import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A server error in the user's language by its stable code (`errorCodes.<code>`), else the server's message. */
export function apiErrorText(t: TFunction, e: unknown): string {
  if (e instanceof ApiError) return t(`errorCodes.${e.code}`, { defaultValue: e.message });
  return e instanceof Error ? e.message : String(e);
}
