import { api, request } from './client';

export type OpenHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<{ open: string; close: string }>>>;

export interface LocationView {
  id: string;
  name: string;
  type: string;
  lat: number | null;
  lon: number | null;
  region: string | null;
  address: Record<string, unknown> | null;
  tags: string[];
  priority: number;
  dailyCapacity: number | null;
  openHours: OpenHours | null;
  active: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface ChannelView { id: string; name: string; type: string; active: boolean; createdAt?: string; updatedAt?: string }

export interface Page<T> { items: T[]; nextCursor: string | null }

const qs = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** CRUD of one catalog collection (`/api/locations`, `/api/channels`): the same routes for each. */
function collection<T extends { id: string }>(path: string) {
  return {
    list: (q: { q?: string; type?: string; after?: string; limit?: string } = {}) => api.get<Page<T>>(`${path}${qs({ limit: '100', ...q })}`),
    create: (body: Partial<T>) => api.post<T>(path, body),
    update: (id: string, patch: Partial<T>) => request<T>('PATCH', `${path}/${encodeURIComponent(id)}`, patch),
    remove: (id: string) => request<void>('DELETE', `${path}/${encodeURIComponent(id)}`),
  };
}

export const locationsApi = collection<LocationView>('/api/locations');
export const channelsApi = collection<ChannelView>('/api/channels');
