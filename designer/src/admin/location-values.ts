import type { LocationView, OpenHours } from '../api/catalog-api';
import { DAYS } from './open-hours-field';

/** What the location form edits; `address` and other fields it does not show are sent back unchanged. */
export interface LocationValues {
  id: string;
  name: string;
  type: string;
  lat: number | null;
  lon: number | null;
  region: string;
  tags: string[];
  priority: number;
  dailyCapacity: number | null;
  openHours: OpenHours;
  active: boolean;
}

export const NEW_LOCATION: LocationValues = {
  id: '', name: '', type: 'warehouse', lat: null, lon: null, region: '', tags: [], priority: 0, dailyCapacity: null, openHours: {}, active: true,
};

export function toValues(l: LocationView): LocationValues {
  return {
    id: l.id, name: l.name, type: l.type, lat: l.lat, lon: l.lon, region: l.region ?? '', tags: l.tags, priority: l.priority,
    dailyCapacity: l.dailyCapacity, openHours: l.openHours ?? {}, active: l.active,
  };
}

/** The request body: empty text becomes null, days without intervals are left out (closed). */
export function toBody(v: LocationValues, isNew: boolean): Partial<LocationView> {
  const hours: OpenHours = {};
  for (const d of DAYS) if (v.openHours?.[d]?.length) hours[d] = v.openHours[d];
  const body: Partial<LocationView> = {
    name: v.name.trim(), type: v.type, lat: v.lat ?? null, lon: v.lon ?? null, region: v.region?.trim() || null, tags: v.tags ?? [],
    priority: v.priority ?? 0, dailyCapacity: v.dailyCapacity ?? null, openHours: Object.keys(hours).length ? hours : null, active: v.active,
  };
  return isNew ? { id: v.id.trim(), ...body } : body;
}
