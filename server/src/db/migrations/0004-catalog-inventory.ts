import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Tenant settings, catalog (products, locations, channels) and inventory.
 * - `stock_levels` is the one row per (location, SKU) that reservation updates with a single conditional
 *   UPDATE; CHECKs keep every bucket ≥ 0 and reserved ≤ on_hand, so oversell is impossible even for a bug.
 * - `stock_movements` is append-only: Σ delta per (location, SKU, bucket) equals the bucket's level.
 * - `stock_reservations` holds what a routing plan reserved: reserved = Σ (qty − consumed − released) of open rows.
 * - `imports` keeps the uploaded CSV and a committed cursor, so an interrupted import resumes where it stopped.
 */
export const migration: Migration = {
  name: '0004-catalog-inventory',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE tenant_settings (
        tenant_id uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
        time_zone text NOT NULL DEFAULT 'UTC',
        currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh-CN')),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE products (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        sku text NOT NULL CHECK (sku <> ''),
        name text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        weight_kg numeric(12, 3) CHECK (weight_kg >= 0),
        unit_price numeric(14, 2) CHECK (unit_price >= 0),
        attributes jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, sku)
      );

      CREATE TABLE locations (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id text NOT NULL CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        type text NOT NULL CHECK (type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        region text,
        address jsonb,
        tags text[] NOT NULL DEFAULT '{}',
        priority integer NOT NULL DEFAULT 0,
        daily_capacity integer CHECK (daily_capacity >= 0),
        open_hours jsonb,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE channels (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id text NOT NULL CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        type text NOT NULL DEFAULT 'api',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE stock_levels (
        tenant_id uuid NOT NULL,
        location_id text NOT NULL,
        sku text NOT NULL,
        on_hand integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
        reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        incoming integer NOT NULL DEFAULT 0 CHECK (incoming >= 0),
        safety integer NOT NULL DEFAULT 0 CHECK (safety >= 0),
        damaged integer NOT NULL DEFAULT 0 CHECK (damaged >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, location_id, sku),
        FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id),
        FOREIGN KEY (tenant_id, sku) REFERENCES products (tenant_id, sku),
        CONSTRAINT stock_reserved_le_on_hand CHECK (reserved <= on_hand)
      );
      CREATE INDEX stock_levels_sku ON stock_levels (tenant_id, sku);

      CREATE TABLE stock_movements (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        location_id text NOT NULL,
        sku text NOT NULL,
        bucket text NOT NULL CHECK (bucket IN ('on_hand', 'reserved', 'incoming', 'safety', 'damaged')),
        delta integer NOT NULL CHECK (delta <> 0),
        reason text NOT NULL,
        ref_type text,
        ref_id text,
        order_id uuid,
        actor_id uuid,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, location_id, sku) REFERENCES stock_levels (tenant_id, location_id, sku)
      );
      CREATE INDEX stock_movements_level ON stock_movements (tenant_id, location_id, sku, id);

      CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
        FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION append_only();

      CREATE TABLE stock_reservations (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        ref text NOT NULL,
        order_id uuid,
        location_id text NOT NULL,
        sku text NOT NULL,
        qty integer NOT NULL CHECK (qty > 0),
        consumed integer NOT NULL DEFAULT 0 CHECK (consumed >= 0),
        released integer NOT NULL DEFAULT 0 CHECK (released >= 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'released', 'consumed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, ref, location_id, sku),
        FOREIGN KEY (tenant_id, location_id, sku) REFERENCES stock_levels (tenant_id, location_id, sku),
        CHECK (consumed + released <= qty),
        CHECK ((status = 'open') = (consumed + released < qty))
      );
      CREATE INDEX stock_reservations_order ON stock_reservations (tenant_id, order_id);
      CREATE INDEX stock_reservations_ref ON stock_reservations (tenant_id, ref);

      CREATE TABLE imports (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id uuid NOT NULL,
        type text NOT NULL CHECK (type IN ('stock', 'products', 'locations')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        file_name text,
        content text NOT NULL,
        total_rows integer,
        done_rows integer NOT NULL DEFAULT 0,
        ok_rows integer NOT NULL DEFAULT 0,
        bad_rows integer NOT NULL DEFAULT 0,
        cursor_line integer NOT NULL DEFAULT 0,
        error text,
        created_by uuid,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE import_errors (
        tenant_id uuid NOT NULL,
        import_id uuid NOT NULL,
        line integer NOT NULL,
        code text NOT NULL,
        field text,
        message text NOT NULL,
        PRIMARY KEY (tenant_id, import_id, line),
        FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
      );
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP TABLE IF EXISTS import_errors;
      DROP TABLE IF EXISTS imports;
      DROP TABLE IF EXISTS stock_reservations;
      DROP TABLE IF EXISTS stock_movements;
      DROP FUNCTION IF EXISTS append_only() CASCADE;
      DROP TABLE IF EXISTS stock_levels;
      DROP TABLE IF EXISTS channels;
      DROP TABLE IF EXISTS locations;
      DROP TABLE IF EXISTS products;
      DROP TABLE IF EXISTS tenant_settings;
    `);
  },
};
