import type { Knex } from 'knex';
import type { AuthInfo } from '../http/route-spec.js';

/** The parts of a ship-to address the portal's address field has (runtime `Address` without lat/lon). */
export const ADDRESS_PARTS = ['name', 'company', 'line1', 'line2', 'postcode', 'city', 'region', 'country', 'phone'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/**
 * How many of the most recent matching orders one search reads before de-duplicating. Keeps a search on a
 * tenant with a million orders a bounded index scan; an address last used further back is found by typing q.
 */
export const SCAN_LIMIT = 500;

export interface AddressSuggestion {
  address: Partial<Record<AddressPart, string>>;
  /** When an order last shipped to it (ISO). */
  lastUsedAt: string;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
// Two addresses are the same when their parts match ignoring case and surrounding blanks (the phone excepted).
const DEDUP_KEY = `lower(concat_ws('|', ${ADDRESS_PARTS.filter((p) => p !== 'phone').map((p) => `btrim(ship_to->>'${p}')`).join(', ')}))`;

/**
 * Ship-to addresses the caller may reuse, most recently used first, de-duplicated. A customer (or any caller
 * that is not order desk staff) sees only the addresses of orders they submitted themselves; operators and
 * admins see the tenant's. `q` matches the recipient name, street, city, postcode or the order's customer name.
 */
export async function searchAddresses(db: Knex, auth: AuthInfo, q: string | undefined, limit = 10): Promise<{ items: AddressSuggestion[] }> {
  const recent = db('orders as o')
    .where('o.tenant_id', auth.tenantId)
    .whereNotNull('o.ship_to')
    .whereRaw(`jsonb_typeof(o.ship_to) = 'object'`)
    .orderBy([{ column: 'o.created_at', order: 'desc' }, { column: 'o.id', order: 'desc' }])
    .limit(SCAN_LIMIT)
    .select('o.ship_to', 'o.created_at');
  if (auth.role !== 'admin' && auth.role !== 'operator') {
    if (auth.via === 'session' && auth.userId) recent.andWhere('o.created_by', auth.userId);
    else if (auth.apiKeyId) recent.andWhere('o.api_key_id', auth.apiKeyId);
    else recent.whereRaw('false');
  }
  const text = q?.trim();
  if (text) {
    const pattern = like(text);
    recent.andWhere((w) => {
      for (const p of ['name', 'line1', 'city', 'postcode']) w.orWhereRaw(`o.ship_to->>? ILIKE ?`, [p, pattern]);
      w.orWhereILike('o.customer_name', pattern);
    });
  }
  const rows: Array<{ ship_to: Record<string, unknown>; last_used: Date }> = await db
    .from(recent.as('r'))
    .select(db.raw('(array_agg(r.ship_to ORDER BY r.created_at DESC))[1] AS ship_to'), db.raw('max(r.created_at) AS last_used'))
    .groupByRaw(DEDUP_KEY.replaceAll('ship_to', 'r.ship_to'))
    .orderBy('last_used', 'desc')
    .limit(limit);
  return { items: rows.map((r) => ({ address: pickParts(r.ship_to), lastUsedAt: new Date(r.last_used).toISOString() })) };
}

/** Only the address's string parts: whatever else an order's ship_to carries (lat/lon, plugin extras) stays out. */
function pickParts(raw: Record<string, unknown>): Partial<Record<AddressPart, string>> {
  const out: Partial<Record<AddressPart, string>> = {};
  for (const p of ADDRESS_PARTS) if (typeof raw[p] === 'string' && raw[p] !== '') out[p] = raw[p] as string;
  return out;
}
