import { pointerSegment } from '@oms/runtime';
import { HttpError } from './errors.js';
import type { Where } from './validate.js';

/**
 * Why a string cannot be stored, or null. PostgreSQL refuses `\u0000` in text and jsonb, and jsonb refuses
 * unpaired UTF-16 surrogates (JSON.parse lets both through), so they would surface as a 500 from SQL.
 */
export function badCharacter(s: string): 'NUL character' | 'unpaired UTF-16 surrogate' | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return 'NUL character';
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'unpaired UTF-16 surrogate';
    } else if (c >= 0xdc00 && c <= 0xdfff) return 'unpaired UTF-16 surrogate';
  }
  return null;
}

/** Walk a parsed request part once; the first bad string (value or key) is a 400 naming its JSON Pointer. */
export function checkStrings(value: unknown, where: Where, path = ''): void {
  if (typeof value === 'string') {
    const why = badCharacter(value);
    if (why) throw invalidString(why, where, path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkStrings(v, where, `${path}/${i}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const p = `${path}/${pointerSegment(key)}`;
      const why = badCharacter(key);
      if (why) throw invalidString(why, where, p);
      checkStrings(v, where, p);
    }
  }
}

const invalidString = (why: string, where: Where, path: string) =>
  new HttpError(400, 'request.invalid-string', `Invalid text at ${path || '/'} in ${where}: ${why}`, {
    path,
    details: { in: where },
  });
