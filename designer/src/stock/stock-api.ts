import { api } from '../api/client';

export interface StockLevel { location: string; sku: string; onHand: number; reserved: number; incoming: number; safety: number; damaged: number; available: number; updatedAt: string }
export interface StockMovement { id: string; location: string; sku: string; bucket: string; delta: number; reason: string; refType: string | null; refId: string | null; orderId: string | null; actorId: string | null; at: string }
export interface Page<T> { items: T[]; nextCursor: string | null }
export type ImportType = 'stock' | 'products' | 'locations' | 'orders';
export interface ImportProgress {
  id: string;
  type: ImportType;
  status: 'queued' | 'running' | 'done' | 'failed';
  fileName: string | null;
  totalRows: number | null;
  doneRows: number;
  okRows: number;
  badRows: number;
  rate: number | null;
  etaSeconds: number | null;
  error: string | null;
  errors: Array<{ line: number; code: string; field: string | null; message: string }>;
}
export const ADJUSTABLE = ['on_hand', 'incoming', 'safety', 'damaged'] as const;

const qs = (p: Record<string, string | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) u.set(k, v);
  return u.toString();
};

export const listStock = (f: { sku?: string; location?: string }, after?: string) =>
  api.get<Page<StockLevel>>(`/api/stock?${qs({ ...f, after, limit: '100' })}`);
export const listMovements = (f: { sku?: string; location?: string }, before?: string) =>
  api.get<Page<StockMovement>>(`/api/stock/movements?${qs({ ...f, before, limit: '50' })}`);
export const adjustStock = (body: { location: string; sku: string; bucket: string; delta?: number; set?: number; reason: string }) =>
  api.post<StockLevel>('/api/stock/adjustments', body);
export const startImport = (type: ImportType, csv: string, fileName: string) =>
  api.postText<{ id: string }>(`/api/imports?${qs({ type, fileName })}`, csv, 'text/csv');
export const getImport = (id: string) => api.get<ImportProgress>(`/api/imports/${encodeURIComponent(id)}`);
export const errorsCsvUrl = (id: string) => `/api/imports/${encodeURIComponent(id)}/errors.csv`;
