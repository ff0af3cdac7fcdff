import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Orders and their durable execution.
 * - `orders.status` is the canonical lifecycle status (runtime `ORDER_TRANSITIONS`); `business_status` is what a
 *   flow's set-status names. `pinned` holds the exact definition versions the order started with.
 * - `order_events` is the append-only timeline (who, when, why, which definition version).
 * - `flow_instances` carries the runtime state with a `revision` for optimistic concurrency; `flow_events`
 *   records every event delivered (its id is the primary key: a duplicate delivery is a no-op), so an
 *   instance's event log replays to its state; `flow_commands` is what the state asked the host to do, one
 *   row per command, executed by graphile-worker jobs added in the same transaction.
 * - `flow_timers` keeps each timer's due time by the app clock, so a timer job that runs early is refused.
 * - `idempotency_keys` stores Stripe-style request keys with the exact response bytes.
 */
export const migration: Migration = {
  name: '0005-orders',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE tenant_counters (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL,
        value bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, name)
      );

      CREATE TABLE orders (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id uuid NOT NULL,
        number text NOT NULL,
        channel text NOT NULL,
        external_id text,
        status text NOT NULL,
        business_status text,
        status_before text,
        hold_reason text,
        exception jsonb,
        customer_id text,
        customer_email text,
        customer_name text,
        currency text,
        total numeric(14, 2),
        ship_to jsonb,
        body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
        form jsonb,
        review jsonb,
        plan jsonb,
        pinned jsonb NOT NULL DEFAULT '{}',
        placed_at timestamptz NOT NULL,
        created_by uuid,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, number),
        UNIQUE (tenant_id, channel, external_id)
      );
      CREATE INDEX orders_created ON orders (tenant_id, created_at DESC, id DESC);
      CREATE INDEX orders_status_created ON orders (tenant_id, status, created_at DESC, id DESC);
      CREATE INDEX orders_channel_created ON orders (tenant_id, channel, created_at DESC, id DESC);
      CREATE INDEX orders_customer ON orders (tenant_id, customer_email, created_at DESC);

      CREATE TABLE order_lines (
        tenant_id uuid NOT NULL,
        order_id uuid NOT NULL,
        line_id text NOT NULL,
        position integer NOT NULL,
        sku text NOT NULL,
        name text,
        qty integer NOT NULL CHECK (qty > 0),
        unit_price numeric(14, 2),
        tags text[] NOT NULL DEFAULT '{}',
        attributes jsonb,
        shipped_qty integer NOT NULL DEFAULT 0 CHECK (shipped_qty >= 0),
        returned_qty integer NOT NULL DEFAULT 0 CHECK (returned_qty >= 0),
        PRIMARY KEY (tenant_id, order_id, line_id),
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE,
        CHECK (shipped_qty <= qty)
      );
      CREATE INDEX order_lines_sku ON order_lines (tenant_id, sku);

      CREATE TABLE order_events (
        tenant_id uuid NOT NULL,
        order_id uuid NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL,
        type text NOT NULL,
        actor_id uuid,
        api_key_id uuid,
        actor_label text,
        message text,
        data jsonb,
        definition jsonb,
        PRIMARY KEY (tenant_id, order_id, seq),
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE
      );
      CREATE TRIGGER order_events_append_only BEFORE UPDATE OR DELETE ON order_events
        FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION append_only();

      CREATE TABLE flow_instances (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        order_id uuid NOT NULL,
        purpose text NOT NULL DEFAULT 'order' CHECK (purpose IN ('order', 'return')),
        return_id uuid,
        flow_key text NOT NULL,
        flow_version integer NOT NULL,
        status text NOT NULL,
        state jsonb NOT NULL,
        revision integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX flow_instances_order ON flow_instances (tenant_id, order_id);

      CREATE TABLE flow_events (
        tenant_id uuid NOT NULL,
        instance_id uuid NOT NULL,
        event_id text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        event jsonb NOT NULL,
        revision integer NOT NULL,
        ignored text,
        at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, instance_id, event_id),
        FOREIGN KEY (tenant_id, instance_id) REFERENCES flow_instances (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE flow_commands (
        tenant_id uuid NOT NULL,
        instance_id uuid NOT NULL,
        command_id text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        last_error jsonb,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, instance_id, command_id),
        FOREIGN KEY (tenant_id, instance_id) REFERENCES flow_instances (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX flow_commands_failed ON flow_commands (tenant_id, status) WHERE status = 'failed';

      CREATE TABLE flow_timers (
        tenant_id uuid NOT NULL,
        instance_id uuid NOT NULL,
        timer_id text NOT NULL,
        at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'cancelled')),
        PRIMARY KEY (tenant_id, instance_id, timer_id),
        FOREIGN KEY (tenant_id, instance_id) REFERENCES flow_instances (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX flow_timers_due ON flow_timers (at) WHERE status = 'pending';

      CREATE TABLE tasks (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        instance_id uuid NOT NULL,
        flow_task_id text NOT NULL,
        order_id uuid NOT NULL,
        node text NOT NULL,
        title jsonb,
        assignee_user uuid,
        assignee_role text,
        on_behalf_of text,
        claimed_by uuid,
        claimed_at timestamptz,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        fields jsonb,
        due_at timestamptz,
        decision jsonb,
        decided_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, instance_id, flow_task_id),
        FOREIGN KEY (tenant_id, instance_id) REFERENCES flow_instances (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE,
        CHECK (assignee_user IS NOT NULL OR assignee_role IS NOT NULL)
      );
      CREATE INDEX tasks_open_role ON tasks (tenant_id, assignee_role, due_at) WHERE status = 'open';
      CREATE INDEX tasks_open_user ON tasks (tenant_id, assignee_user, due_at) WHERE status = 'open';
      CREATE INDEX tasks_order ON tasks (tenant_id, order_id);

      CREATE TABLE idempotency_keys (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        principal text NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL DEFAULT 'in-flight' CHECK (state IN ('in-flight', 'done')),
        status integer,
        headers jsonb,
        body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, principal, key)
      );
      CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP TABLE IF EXISTS idempotency_keys;
      DROP TABLE IF EXISTS tasks;
      DROP TABLE IF EXISTS flow_timers;
      DROP TABLE IF EXISTS flow_commands;
      DROP TABLE IF EXISTS flow_events;
      DROP TABLE IF EXISTS flow_instances;
      DROP TABLE IF EXISTS order_events;
      DROP TABLE IF EXISTS order_lines;
      DROP TABLE IF EXISTS orders;
      DROP TABLE IF EXISTS tenant_counters;
    `);
  },
};
