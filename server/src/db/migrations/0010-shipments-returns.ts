import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Shipments (what a WMS confirms) and returns (RMA).
 * - `shipments.external_id` is the WMS / connector reference: unique per tenant, so a repeated confirmation
 *   is recognised rather than consuming stock twice.
 * - `return_lines` keeps what was asked back, what arrived and where it went (on hand or damaged).
 */
export const migration: Migration = {
  name: '0010-shipments-returns',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE shipments (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        order_id uuid NOT NULL,
        location_id text NOT NULL,
        external_id text,
        carrier text,
        tracking text,
        tracking_url text,
        status text NOT NULL DEFAULT 'shipped' CHECK (status IN ('shipped', 'delivered')),
        shipped_at timestamptz NOT NULL,
        delivered_at timestamptz,
        created_by uuid,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, external_id),
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id)
      );
      CREATE INDEX shipments_order ON shipments (tenant_id, order_id);
      CREATE INDEX shipments_shipped ON shipments (tenant_id, shipped_at);

      CREATE TABLE shipment_lines (
        tenant_id uuid NOT NULL,
        shipment_id uuid NOT NULL,
        order_id uuid NOT NULL,
        line_id text NOT NULL,
        sku text NOT NULL,
        qty integer NOT NULL CHECK (qty > 0),
        PRIMARY KEY (tenant_id, shipment_id, line_id),
        FOREIGN KEY (tenant_id, shipment_id) REFERENCES shipments (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, order_id, line_id) REFERENCES order_lines (tenant_id, order_id, line_id) ON DELETE CASCADE
      );

      CREATE TABLE returns (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        number text NOT NULL,
        order_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'requested'
          CHECK (status IN ('requested', 'approved', 'rejected', 'received', 'refunded', 'closed', 'cancelled')),
        reason text NOT NULL,
        instance_id uuid,
        refund jsonb,
        created_by uuid,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        received_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, number),
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX returns_order ON returns (tenant_id, order_id);
      CREATE INDEX returns_created ON returns (tenant_id, created_at);

      CREATE TABLE return_lines (
        tenant_id uuid NOT NULL,
        return_id uuid NOT NULL,
        order_id uuid NOT NULL,
        line_id text NOT NULL,
        sku text NOT NULL,
        qty integer NOT NULL CHECK (qty > 0),
        received_qty integer NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
        restocked_qty integer NOT NULL DEFAULT 0 CHECK (restocked_qty >= 0),
        damaged_qty integer NOT NULL DEFAULT 0 CHECK (damaged_qty >= 0),
        location_id text,
        inspection text,
        PRIMARY KEY (tenant_id, return_id, line_id),
        FOREIGN KEY (tenant_id, return_id) REFERENCES returns (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, order_id, line_id) REFERENCES order_lines (tenant_id, order_id, line_id) ON DELETE CASCADE,
        CHECK (received_qty <= qty),
        CHECK (restocked_qty + damaged_qty = received_qty)
      );
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP TABLE IF EXISTS return_lines;
      DROP TABLE IF EXISTS returns;
      DROP TABLE IF EXISTS shipment_lines;
      DROP TABLE IF EXISTS shipments;
    `);
  },
};
