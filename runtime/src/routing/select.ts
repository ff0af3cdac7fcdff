import type { CanonicalOrder, OrderLine } from '../order/canonical-order.js';
import { truthy } from '../rules/truthy.js';
import type { RuleEnv } from '../rules/types.js';
import type { CompiledSelector } from './compile.js';
import type { Location, ReasonRef } from './types.js';

/** What rules over a location see: `{location, order, distanceKm}` (plus `line` for line-scope rules). */
export interface LocationData {
  location: Location;
  order: CanonicalOrder;
  distanceKm: number | null;
}

/** Per-decision working state of one location. */
export interface LocState {
  loc: Location;
  km: number | null;
  data: LocationData;
  excluded?: ReasonRef;
  boost: number;
  preferredBy: string[];
}


const hasAll = (have: string[] | undefined, want: string[]) => want.every((t) => have?.includes(t) ?? false);
const hasAny = (have: string[] | undefined, want: string[]) => want.some((t) => have?.includes(t) ?? false);

/** Does the location meet every condition of the selector? Cheap checks run before JSON Logic. */
export function matches(sel: CompiledSelector, st: LocState, env: RuleEnv, line?: OrderLine): boolean {
  const loc = st.loc;
  if (sel.ids && !sel.ids.has(loc.id)) return false;
  if (sel.types && !sel.types.has(loc.type)) return false;
  if (sel.tags && !hasAll(loc.tags, sel.tags)) return false;
  if (sel.anyTags && !hasAny(loc.tags, sel.anyTags)) return false;
  // An unknown distance never counts as near.
  if (sel.maxDistanceKm !== undefined && (st.km === null || st.km > sel.maxDistanceKm)) return false;
  if (!sel.where) return true;
  // Written out, not `{ ...st.data, line }`: V8 (Node 20) runs a spread followed by a property in its slow
  // runtime path, ~6 µs per object, which dominated line-scope decisions.
  const d = st.data;
  return truthy(sel.where(line ? { location: d.location, order: d.order, distanceKm: d.distanceKm, line } : d, env));
}

/** The candidate filter; returns why a location is not a candidate, or undefined. */
export function candidateReason(
  c: CompiledSelector & { excludeTags?: string[] },
  st: LocState,
  env: RuleEnv,
): ReasonRef | undefined {
  const loc = st.loc;
  if (loc.active === false) return { code: 'routing.excluded.inactive' };
  if (c.types && !c.types.has(loc.type)) return { code: 'routing.excluded.type', params: { type: loc.type } };
  if ((c.tags && !hasAll(loc.tags, c.tags)) || (c.anyTags && !hasAny(loc.tags, c.anyTags)) || (c.excludeTags && hasAny(loc.tags, c.excludeTags))) {
    return { code: 'routing.excluded.tag', params: { tags: [...(loc.tags ?? [])] } };
  }
  if (c.maxDistanceKm !== undefined && (st.km === null || st.km > c.maxDistanceKm)) {
    return { code: 'routing.excluded.distance', params: { distanceKm: st.km, maxKm: c.maxDistanceKm } };
  }
  if (c.where && !truthy(c.where(st.data, env))) return { code: 'routing.excluded.where' };
  const cap = loc.capacity;
  if (cap && cap.openOrders >= cap.maxOpenOrders) {
    return { code: 'routing.excluded.capacity-full', params: { openOrders: cap.openOrders, maxOpenOrders: cap.maxOpenOrders } };
  }
  return undefined;
}
