import { charge } from '../eval-context.js';
import { eager, type OpSpec } from '../ops/op-spec.js';
import { sizeUnits, weighed } from '../weigh.js';

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Postcodes compare upper-case without spaces or dashes ("sw1a 1aa" starts with "SW1A"). */
function normPostcode(v: unknown): string {
  return String(v).toUpperCase().replace(/[\s-]/g, '');
}

function field(o: unknown, k: string): string | null {
  if (typeof o !== 'object' || o === null) return null;
  const v = (o as Record<string, unknown>)[k];
  return typeof v === 'string' && v !== '' && v.length <= 64 ? v.toUpperCase() : null;
}

export const placeOps: Record<string, OpSpec> = {
  /** `postcode-prefix`: `[postcode, prefix | prefixes]` → true when the postcode starts with any prefix. */
  'postcode-prefix': eager((v, _d, c) => {
    if (v[0] === null || v[0] === undefined || v[0] === '') return false;
    const pc = normPostcode(weighed(v[0], c));
    const prefixes = list(v[1]);
    charge(c, sizeUnits(prefixes, c.budget));
    return prefixes.some((p) => {
      const pre = normPostcode(p);
      return pre !== '' && pc.startsWith(pre);
    });
  }, 2, 2),
  /**
   * `region-in`: `[address, codes]` → true when the address's country ("US") or country-region ("US-CA",
   * ISO 3166-2 style) is among the codes. A string first argument is compared as a code itself.
   */
  'region-in': eager((v, _d, c) => {
    const list1 = list(v[1]);
    charge(c, sizeUnits(list1, c.budget));
    const codes = list1.map((x) => String(x).toUpperCase());
    if (typeof v[0] === 'string') return codes.includes(weighed(v[0], c).toUpperCase());
    const country = field(v[0], 'country');
    const region = field(v[0], 'region');
    if (country === null) return false;
    return codes.includes(country) || (region !== null && codes.includes(`${country}-${region}`));
  }, 2, 2),
};
