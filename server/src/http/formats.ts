import type { Format } from 'ajv';

/**
 * The formats the framework checks (Ajv knows none by itself). Checked before any SQL, so a value PostgreSQL
 * would refuse (`uuid`, `timestamptz`, `date` columns) is a 400 naming the field, not a 500.
 * `uuid` is the canonical hyphenated form only: PostgreSQL accepts more spellings, the API does not.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // day 0 of the next month: length of this one
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

function validDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m || !validDate(m[1])) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
}

export const FORMATS: Record<string, Format> = {
  uuid: UUID,
  date: { type: 'string', validate: validDate },
  'date-time': { type: 'string', validate: validDateTime },
};

export const isUuid = (s: string) => UUID.test(s);
