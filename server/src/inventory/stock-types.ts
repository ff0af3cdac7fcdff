import type { Actor } from '../orders/timeline.js';

/** Buckets an adjustment may change; `reserved` moves only through reservations. */
export const ADJUSTABLE_BUCKETS = ['on_hand', 'incoming', 'safety', 'damaged'] as const;
export type AdjustableBucket = (typeof ADJUSTABLE_BUCKETS)[number];
export type StockBucket = AdjustableBucket | 'reserved';

/** One (location, SKU) level as the API shows it; available = onHand − reserved − safety (never below 0). */
export interface StockLevelRow {
  location: string;
  sku: string;
  onHand: number;
  reserved: number;
  incoming: number;
  safety: number;
  damaged: number;
  available: number;
  updatedAt: string;
}

export interface LevelDbRow {
  location_id: string;
  sku: string;
  on_hand: number;
  reserved: number;
  incoming: number;
  safety: number;
  damaged: number;
  updated_at: Date | string;
}

export const LEVEL_COLUMNS = ['location_id', 'sku', 'on_hand', 'reserved', 'incoming', 'safety', 'damaged', 'updated_at'];

export function toLevelView(r: LevelDbRow): StockLevelRow {
  return {
    location: r.location_id,
    sku: r.sku,
    onHand: r.on_hand,
    reserved: r.reserved,
    incoming: r.incoming,
    safety: r.safety,
    damaged: r.damaged,
    available: Math.max(0, r.on_hand - r.reserved - r.safety),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** One ledger row to append; the caller's transaction writes it with the level change it explains. */
export interface MovementInput {
  tenantId: string;
  location: string;
  sku: string;
  bucket: StockBucket;
  delta: number;
  reason: string;
  actor: Actor;
  refType?: string;
  refId?: string;
  orderId?: string | null;
  at?: Date;
}

export function movementRow(m: MovementInput): Record<string, unknown> {
  return {
    tenant_id: m.tenantId,
    location_id: m.location,
    sku: m.sku,
    bucket: m.bucket,
    delta: m.delta,
    reason: m.reason,
    ref_type: m.refType ?? null,
    ref_id: m.refId ?? null,
    order_id: m.orderId ?? null,
    actor_id: m.actor.userId,
    api_key_id: m.actor.apiKeyId ?? null,
    ...(m.at ? { created_at: m.at } : {}),
  };
}
