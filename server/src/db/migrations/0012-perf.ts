import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Performance (issue 8 benchmarks).
 * - `oms_reserve_lines`: a plan's reservation in ONE round trip. The lines come sorted by the caller (the order
 *   every reserve and release takes level locks in, so plans never deadlock); each is the same conditional UPDATE
 *   as before (`on_hand - reserved - safety >= qty`, re-checked by PostgreSQL on the newest row version after a
 *   lock wait, so no snapshot can oversell), then the reservation and ledger rows. All inside a plpgsql
 *   exception block, which is a server-side savepoint: a short line rolls every line back without aborting the
 *   caller's transaction, and the answer says what each line had available. A ref seen before answers ok
 *   (idempotent per ref), also when a concurrent call with the same ref wins the unique index.
 */
export const migration: Migration = {
  name: '0012-perf',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE FUNCTION oms_reserve_lines(p_tenant uuid, p_ref text, p_order uuid, p_actor uuid, p_api_key uuid, p_lines jsonb)
      RETURNS jsonb LANGUAGE plpgsql AS $$
      DECLARE
        v_line jsonb;
        v_failed int := -1;
      BEGIN
        IF EXISTS (SELECT 1 FROM stock_reservations WHERE tenant_id = p_tenant AND ref = p_ref) THEN
          RETURN jsonb_build_object('ok', true, 'repeat', true);
        END IF;
        BEGIN
          FOR i IN 0 .. jsonb_array_length(p_lines) - 1 LOOP
            v_line := p_lines -> i;
            UPDATE stock_levels SET reserved = reserved + (v_line ->> 'qty')::int, updated_at = now()
             WHERE tenant_id = p_tenant AND location_id = v_line ->> 'location' AND sku = v_line ->> 'sku'
               AND on_hand - reserved - safety >= (v_line ->> 'qty')::int;
            IF NOT FOUND THEN
              v_failed := i;
              RAISE EXCEPTION 'short' USING ERRCODE = 'OMS01';
            END IF;
          END LOOP;
          INSERT INTO stock_reservations (tenant_id, id, ref, order_id, location_id, sku, qty)
          SELECT p_tenant, x.id, p_ref, p_order, x.location, x.sku, x.qty
            FROM jsonb_to_recordset(p_lines) AS x(id uuid, location text, sku text, qty int);
          INSERT INTO stock_movements (tenant_id, location_id, sku, bucket, delta, reason, ref_type, ref_id, order_id, actor_id, api_key_id)
          SELECT p_tenant, x.location, x.sku, 'reserved', x.qty, 'reserve', 'reservation', p_ref, p_order, p_actor, p_api_key
            FROM jsonb_to_recordset(p_lines) AS x(location text, sku text, qty int);
        EXCEPTION
          WHEN SQLSTATE 'OMS01' THEN
            RETURN jsonb_build_object('ok', false, 'failed', v_failed, 'available', (
              SELECT jsonb_agg(coalesce((
                SELECT greatest(s.on_hand - s.reserved - s.safety, 0) FROM stock_levels s
                 WHERE s.tenant_id = p_tenant AND s.location_id = e.v ->> 'location' AND s.sku = e.v ->> 'sku'), 0) ORDER BY e.n)
                FROM jsonb_array_elements(p_lines) WITH ORDINALITY AS e(v, n)));
          WHEN unique_violation THEN
            RETURN jsonb_build_object('ok', true, 'repeat', true);
        END;
        RETURN jsonb_build_object('ok', true);
      END $$;
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`DROP FUNCTION IF EXISTS oms_reserve_lines(uuid, text, uuid, uuid, uuid, jsonb);`);
  },
};
