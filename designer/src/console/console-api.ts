import { api } from '../api/client';

export interface OrderListItem {
  id: string;
  number: string;
  status: string;
  businessStatus: string | null;
  channel: string;
  externalId: string | null;
  customer: { id: string | null; email: string | null; name: string | null };
  currency: string | null;
  total: number | null;
  holdReason: string | null;
  placedAt: string;
  createdAt: string;
}

export interface OrderPage {
  items: OrderListItem[];
  nextCursor: string | null;
}

/** The console's filters; the names are the URL query names and the API's query names. */
export const FILTER_KEYS = ['status', 'channel', 'from', 'to', 'sku', 'customer', 'location', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type OrderFilters = Partial<Record<FilterKey, string>>;

export interface FactorTrace { factor: string; raw: number | null; normalized: number; weight: number; contribution: number }
export interface LocationTrace {
  location: string;
  excluded?: { code: string; params?: Record<string, unknown> };
  score?: number;
  factors?: FactorTrace[];
  boost?: number;
  preferredBy?: string[];
  rank?: number;
  selected?: boolean;
}
export interface RoutingPlan {
  status: string;
  shipments: Array<{ location: string; lines: Array<{ lineId: string; sku: string; qty: number }> }>;
  unfilled: Array<{ lineId: string; sku: string; qty: number }>;
  trace?: { strategy: string; locations: LocationTrace[]; rulesFired: Array<{ rule: string; index: number; lineId?: string }> };
}

export interface FlowGraph {
  nodes: Array<{ id: string; type: string; title: Record<string, string> | null }>;
  edges: Array<{ id: string; from: string; to: string; outcome?: string }>;
  layout: Record<string, { x: number; y: number; w?: number; h?: number }>;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  type: string;
  actor: { userId: string | null; apiKeyId: string | null; label: string | null };
  message: string | null;
  data: unknown;
  definition: { kind?: string; key?: string; version?: number } | null;
}

export interface OrderDetail extends Omit<OrderListItem, 'holdReason'> {
  holdReason: string | null;
  exception: { code?: string; message?: string; node?: string } | null;
  review: { decision: string; matched: Array<{ id: string; action: string; code: string; message: string }> } | null;
  plan: RoutingPlan | null;
  pinned: Record<string, unknown> | null;
  lines: Array<{ id: string; position: number; sku: string; name: string | null; qty: number; unitPrice: number | null; shippedQty: number; returnedQty: number }>;
  reservations: Array<{ id: string; location: string; sku: string; qty: number; consumed: number; released: number; status: string; createdAt: string }>;
  tasks: Array<{ id: string; title: string | null; node: string; status: string; assignee: { user: string | null; role: string | null }; decision: unknown; decidedBy: string | null; dueAt: string | null }>;
  flows: Array<{ id: string; purpose: string; flow: { key: string; version: number }; status: string; position: Array<{ token: string; node: string }>; graph: FlowGraph | null }>;
  timeline: TimelineEntry[];
}

export interface ShipmentView {
  id: string;
  location: string;
  carrier?: string | null;
  tracking?: string | null;
  status?: string;
  trackingUrl?: string | null;
  shippedAt?: string;
  lines?: Array<{ lineId: string; sku: string; qty: number }>;
}

const qs = (params: Record<string, string | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) u.set(k, v);
  return u.toString();
};

export const listOrders = (filters: OrderFilters, cursor?: string, limit = 50) =>
  api.get<OrderPage>(`/api/orders?${qs({ ...filters, cursor, limit: String(limit) })}`);
export const getOrder = (id: string) => api.get<OrderDetail>(`/api/orders/${encodeURIComponent(id)}`);
export const listShipments = (orderId: string) =>
  api.get<{ items: ShipmentView[] }>(`/api/shipments?order=${encodeURIComponent(orderId)}`).then((r) => r.items);

export type OrderAction = 'hold' | 'release' | 'cancel' | 'reroute' | 'retry' | 'skip';
export const runAction = (id: string, action: OrderAction, reason?: string) =>
  api.post<unknown>(`/api/orders/${encodeURIComponent(id)}/${action}`, reason && action !== 'retry' && action !== 'skip' ? { reason } : {});
export const splitOrder = (id: string, lines: string[]) => api.post<{ id: string; number: string }>(`/api/orders/${encodeURIComponent(id)}/split`, { lines });
export const mergeOrders = (orders: string[]) => api.post<{ id: string; number: string }>('/api/orders/merge', { orders });
