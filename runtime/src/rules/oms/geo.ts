import { eager, type OpSpec } from '../ops/op-spec.js';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

function coord(v: unknown): number | null {
  // Coordinates are short numbers: a long text is not one (and is not scanned).
  if (typeof v === 'string' && v.length > 64) return null;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function point(v: unknown): [number, number] | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const lat = coord(o.lat);
  const lon = coord(o.lon ?? o.lng);
  return lat === null || lon === null ? null : [lat, lon];
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * `distance-km`: great-circle distance. Either two points `{lat, lon}` (`lng` accepted; e.g. an address
 * and a location) or four numbers `[lat1, lon1, lat2, lon2]`. Missing or invalid coordinates give null.
 */
export const geoOps: Record<string, OpSpec> = {
  'distance-km': {
    minArgs: 2,
    maxArgs: 4,
    compile(node) {
      if (node.raw.length === 3) node.fail('rule.bad-arity', 'distance-km takes two points or four numbers', { op: 'distance-km', expected: '2 or 4', got: 3 });
      return eager((v) => {
        const p = v.length === 2 ? point(v[0]) : [coord(v[0]), coord(v[1])];
        const q = v.length === 2 ? point(v[1]) : [coord(v[2]), coord(v[3])];
        if (!p || !q || p[0] === null || p[1] === null || q[0] === null || q[1] === null) return null;
        return haversineKm(p[0], p[1], q[0], q[1]);
      }).compile(node);
    },
  },
};
