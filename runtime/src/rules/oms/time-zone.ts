import { canonicalZone } from '../../core/time-zone.js';
import { RuleError } from '../types.js';

/** A zone name that must be valid (an engine option or `env.timeZone`): a bad one is a clear RuleError. */
export function requireZone(name: string): string {
  const id = canonicalZone(name);
  if (id === null) {
    throw new RuleError('rule.invalid-time-zone', `"${String(name).slice(0, 64)}" is not an IANA time zone`, '', { timeZone: String(name).slice(0, 64) });
  }
  return id;
}

