/**
 * Durations in flow configs: a number of milliseconds, or an ISO 8601 duration with weeks, days,
 * hours, minutes and seconds (`PT4H`, `P2D`, `P1DT12H`, `PT0.5S`). Years and months are refused
 * because their length depends on the calendar; days are exactly 24 h (UTC, no DST).
 */
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNITS = [604_800_000, 86_400_000, 3_600_000, 60_000, 1000];

export type Duration = string | number;

/** Milliseconds, or undefined when the value is not a supported duration. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || value === 'P' || value.endsWith('T')) return undefined;
  const m = ISO.exec(value);
  if (!m) return undefined;
  let ms = 0;
  for (let i = 0; i < UNITS.length; i++) if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * UNITS[i];
  return Math.round(ms);
}

/** Like parseDuration but throws: definitions are checked before they run, so a bad one here is a fault. */
export function durationMs(value: Duration): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new Error(`invalid duration: ${JSON.stringify(value)}`);
  return ms;
}

export const durationSchema = {
  description: 'Milliseconds, or ISO 8601 duration without years/months (PT4H, P2D, P1DT12H)',
  oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^P' }],
} as const;
