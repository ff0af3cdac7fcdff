import type { Knex } from 'knex';
import { expect } from 'vitest';

/**
 * Stock conservation, for every (location, SKU) level (of one tenant, or all):
 * each bucket equals the sum of its ledger movements, reserved equals the open reservations' remainders,
 * and reserved ≤ on_hand. Fails the test with the offending levels. Returns the number of levels checked.
 */
export async function assertConservation(knex: Knex, tenantId?: string): Promise<number> {
  const { rows } = await knex.raw(
    `WITH m AS (
       SELECT tenant_id, location_id, sku,
              coalesce(sum(delta) FILTER (WHERE bucket = 'on_hand'), 0)::int AS on_hand,
              coalesce(sum(delta) FILTER (WHERE bucket = 'reserved'), 0)::int AS reserved,
              coalesce(sum(delta) FILTER (WHERE bucket = 'incoming'), 0)::int AS incoming,
              coalesce(sum(delta) FILTER (WHERE bucket = 'safety'), 0)::int AS safety,
              coalesce(sum(delta) FILTER (WHERE bucket = 'damaged'), 0)::int AS damaged
         FROM stock_movements GROUP BY 1, 2, 3
     ), r AS (
       SELECT tenant_id, location_id, sku, coalesce(sum(qty - consumed - released) FILTER (WHERE status = 'open'), 0)::int AS open
         FROM stock_reservations GROUP BY 1, 2, 3
     )
     SELECT l.tenant_id, l.location_id, l.sku,
            json_build_object('on_hand', l.on_hand, 'reserved', l.reserved, 'incoming', l.incoming, 'safety', l.safety, 'damaged', l.damaged) AS level,
            json_build_object('on_hand', coalesce(m.on_hand, 0), 'reserved', coalesce(m.reserved, 0), 'incoming', coalesce(m.incoming, 0),
                              'safety', coalesce(m.safety, 0), 'damaged', coalesce(m.damaged, 0)) AS ledger,
            coalesce(r.open, 0) AS open_reservations,
            (l.on_hand = coalesce(m.on_hand, 0) AND l.reserved = coalesce(m.reserved, 0) AND l.incoming = coalesce(m.incoming, 0)
              AND l.safety = coalesce(m.safety, 0) AND l.damaged = coalesce(m.damaged, 0)
              AND l.reserved = coalesce(r.open, 0) AND l.reserved <= l.on_hand) AS ok
       FROM stock_levels l
       LEFT JOIN m USING (tenant_id, location_id, sku)
       LEFT JOIN r USING (tenant_id, location_id, sku)
      WHERE (?::uuid IS NULL OR l.tenant_id = ?::uuid)`,
    [tenantId ?? null, tenantId ?? null],
  );
  const broken = rows.filter((r: { ok: boolean }) => !r.ok);
  expect(broken, 'stock levels that break conservation').toEqual([]);
  return rows.length;
}
