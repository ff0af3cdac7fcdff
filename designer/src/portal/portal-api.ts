import type { FormDefinition } from '@oms/runtime';
import { api, request } from '../api/client';

export interface PublishedForm { key: string; version: number; title: Record<string, string>; description?: Record<string, string>; flow?: string }
export interface SubmitResult { id: string; number: string; status: string; duplicate: boolean }
export interface MyOrderSummary {
  id: string; number: string; status: string; businessStatus: string | null; currency: string | null; total: number | null;
  form: { key: string; version: number } | null; createdAt: string; updatedAt: string;
}
export interface Shipment { id: string; carrier: string | null; tracking: string | null; trackingUrl: string | null; status: string; shippedAt: string; deliveredAt: string | null }
export interface MyOrder extends MyOrderSummary {
  lines: Array<{ sku: string; name: string | null; qty: number; unitPrice: number | null; shippedQty: number }>;
  shipments: Shipment[];
  pendingApprovals: number;
  history: Array<{ at: string; from: string | null; to: string | null }>;
}
export type AddressParts = Partial<Record<'name' | 'company' | 'line1' | 'line2' | 'postcode' | 'city' | 'region' | 'country' | 'phone', string>>;
export interface AddressSuggestion { address: AddressParts; lastUsedAt: string }
export interface CatalogItem { sku: string; name: string; unitPrice: number | null }

export const portalApi = {
  forms: () => api.get<{ items: PublishedForm[] }>('/api/forms'),
  form: (key: string) => api.get<{ key: string; version: number; definition: FormDefinition }>(`/api/forms/${encodeURIComponent(key)}`),
  /** One Idempotency-Key per submit attempt: a retried request after a network error cannot create a second order. */
  submit: (key: string, version: number, data: Record<string, unknown>, idempotencyKey: string) =>
    request<SubmitResult>('POST', `/api/forms/${encodeURIComponent(key)}/submit`, { data, version }, { headers: { 'Idempotency-Key': idempotencyKey } }),
  myOrders: () => api.get<{ items: MyOrderSummary[] }>('/api/my/orders'),
  myOrder: (id: string) => api.get<MyOrder>(`/api/my/orders/${encodeURIComponent(id)}`),
  addresses: (q: string) => api.get<{ items: AddressSuggestion[] }>(`/api/addresses?${new URLSearchParams(q ? { q, limit: '10' } : { limit: '10' })}`),
  catalog: (q: string) => api.get<{ items: CatalogItem[] }>(`/api/my/catalog?${new URLSearchParams(q ? { q } : {})}`),
};
