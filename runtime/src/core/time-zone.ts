import { Temporal } from 'temporal-polyfill';

/**
 * Time zones through Temporal (the standard API; temporal-polyfill is spec-complete and takes its IANA
 * data from Intl), so no offset arithmetic is written here and nothing reads the host's zone.
 */

const known = new Map<string, string>();

/** The canonical IANA id of a zone name, or null when Intl does not know it. */
export function canonicalZone(name: unknown): string | null {
  if (typeof name !== 'string' || name === '' || name.length > 64) return null;
  const hit = known.get(name);
  if (hit !== undefined) return hit;
  let id: string;
  try {
    id = new Temporal.ZonedDateTime(0n, name).timeZoneId;
  } catch {
    return null;
  }
  if (known.size < 1000) known.set(name, id);
  return id;
}

/** ISO-8601 texts are short; longer strings are not dates and are not parsed at all (bounded work). */
const MAX_DATE_TEXT = 64;

/**
 * Epoch ms of an ISO-8601 text: with an offset (or `Z`) it is that instant; with a bracketed zone it is read
 * there; without either (`2026-03-01T00:00`, `2026-03-01`) it is a wall-clock time in `zone`.
 * Anything else is null (no `Date.parse` guessing).
 */
export function parseInZone(text: string, zone: string): number | null {
  if (text.length > MAX_DATE_TEXT) return null;
  // Rules read the same few timestamps over and over (an order's placedAt per location): parsing through
  // Temporal costs microseconds, so answers are remembered (bounded; the mapping never changes).
  const key = zone + '\u0000' + text;
  const hit = parsed.get(key);
  if (hit !== undefined) return hit;
  if (parsed.size >= 4096) parsed.clear();
  const t = parseUncached(text, zone);
  parsed.set(key, t);
  return t;
}

const parsed = new Map<string, number | null>();

function parseUncached(text: string, zone: string): number | null {
  try {
    if (text.includes('[')) return Temporal.ZonedDateTime.from(text).epochMilliseconds;
    if (/(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/.test(text) && /\d[T t]\d/.test(text)) return Temporal.Instant.from(text).epochMilliseconds;
    return Temporal.PlainDateTime.from(text).toZonedDateTime(zone).epochMilliseconds;
  } catch {
    return null;
  }
}

/** The wall clock of an instant in a zone; null outside Temporal's range (±10⁸ days around 1970). */
export function zoned(t: number, zone: string): Temporal.ZonedDateTime | null {
  try {
    return Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone);
  } catch {
    return null;
  }
}
