/**
 * The stock bench's floor and the rows a reservation adds to it, as a plain pg client writes them ($1 tenant,
 * $2 SKU at 'bulk-dc', $3 the reservation's ref). Shared by stock-bench.ts and stock-floor-probe.ts.
 */
export const BARE_UPDATE = `UPDATE stock_levels SET reserved = reserved + 1 WHERE tenant_id = $1 AND location_id = 'bulk-dc' AND sku = $2 AND on_hand - reserved - safety >= 1`;
export const RESERVATION_ROW = `INSERT INTO stock_reservations (tenant_id, id, ref, location_id, sku, qty) SELECT $1, gen_random_uuid(), $3, 'bulk-dc', $2, 1 FROM u`;
export const MOVEMENT_ROW = `INSERT INTO stock_movements (tenant_id, location_id, sku, bucket, delta, reason, ref_type, ref_id) SELECT $1, 'bulk-dc', $2, 'reserved', 1, 'reserve', 'reservation', $3 FROM u`;

/** The bare UPDATE plus the reservation row (and the ledger movement): one autocommit statement of CTEs. */
export const withReservationRow = `WITH u AS (${BARE_UPDATE} RETURNING 1) ${RESERVATION_ROW}`;
export const withReservationAndMovement = `WITH u AS (${BARE_UPDATE} RETURNING 1), r AS (${RESERVATION_ROW}) ${MOVEMENT_ROW}`;
