import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * The plugin platform (issue 11): per-tenant installations and uploaded packages, the plugins' key-value state,
 * the dead-letter queue, webhook deliveries (dedupe by delivery id), polling cursors and health (circuit state).
 * - Uploaded packages are tenant-scoped: one tenant's upload is never code another tenant runs.
 * - `credentials` holds AES-256-GCM ciphertext only (`v1:` + iv, tag, data); the key never enters the database.
 * - `capabilities` repeats the manifest's capability keys so the stock-change trigger can find push-stock cheaply.
 */
export const migration: Migration = {
  name: '0011-plugin-platform',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE plugin_packages (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        plugin_id text NOT NULL,
        version text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        manifest jsonb NOT NULL,
        size_bytes integer NOT NULL,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, plugin_id, version)
      );

      CREATE TABLE plugin_installations (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id uuid NOT NULL,
        plugin_id text NOT NULL,
        version text NOT NULL,
        source text NOT NULL CHECK (source IN ('bundled', 'uploaded')),
        enabled boolean NOT NULL DEFAULT true,
        config jsonb NOT NULL DEFAULT '{}',
        credentials text,
        credentials_set_at timestamptz,
        extra_hosts text[] NOT NULL DEFAULT '{}',
        capabilities text[] NOT NULL DEFAULT '{}',
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, plugin_id),
        CHECK (credentials IS NULL OR credentials LIKE 'v1:%')
      );
      -- The runner's state store addresses an installation by its (globally unique) id alone.
      CREATE UNIQUE INDEX plugin_installations_id ON plugin_installations (id);

      CREATE TABLE plugin_state (
        tenant_id uuid NOT NULL,
        installation_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        value jsonb NOT NULL,
        expires_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, installation_id, key),
        FOREIGN KEY (tenant_id, installation_id) REFERENCES plugin_installations (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE plugin_health (
        tenant_id uuid NOT NULL,
        installation_id uuid NOT NULL,
        circuit text NOT NULL DEFAULT 'closed' CHECK (circuit IN ('closed', 'open', 'half-open')),
        consecutive_failures integer NOT NULL DEFAULT 0,
        opened_at timestamptz,
        last_success_at timestamptz,
        last_error_at timestamptz,
        last_error jsonb,
        last_sync_at timestamptz,
        last_sync jsonb,
        PRIMARY KEY (tenant_id, installation_id),
        FOREIGN KEY (tenant_id, installation_id) REFERENCES plugin_installations (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE plugin_cursors (
        tenant_id uuid NOT NULL,
        installation_id uuid NOT NULL,
        capability text NOT NULL,
        cursor text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, installation_id, capability),
        FOREIGN KEY (tenant_id, installation_id) REFERENCES plugin_installations (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE plugin_webhook_deliveries (
        tenant_id uuid NOT NULL,
        installation_id uuid NOT NULL,
        delivery_id text NOT NULL,
        received_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processed', 'failed')),
        headers jsonb NOT NULL,
        body text NOT NULL,
        result jsonb,
        processed_at timestamptz,
        PRIMARY KEY (tenant_id, installation_id, delivery_id),
        FOREIGN KEY (tenant_id, installation_id) REFERENCES plugin_installations (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX plugin_webhook_deliveries_queued ON plugin_webhook_deliveries (tenant_id, installation_id, status);

      CREATE TABLE plugin_dead_letters (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        installation_id uuid NOT NULL,
        plugin_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('capability', 'webhook', 'intake')),
        capability text,
        payload jsonb NOT NULL,
        idempotency_key text,
        error jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'replayed', 'failed-again')),
        replay_result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, installation_id) REFERENCES plugin_installations (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX plugin_dead_letters_list ON plugin_dead_letters (tenant_id, status, created_at DESC);
      CREATE INDEX plugin_dead_letters_installation ON plugin_dead_letters (tenant_id, installation_id);

      -- Stock changed → push-stock per enabled installation offering it, debounced per SKU: the job key makes a
      -- later change replace the pending job (graphile 'replace' mode moves run_at), so a burst is one push.
      CREATE FUNCTION plugin_stock_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE inst record;
      BEGIN
        IF NEW.bucket NOT IN ('on_hand', 'reserved', 'safety') THEN RETURN NULL; END IF;
        FOR inst IN
          SELECT id FROM plugin_installations
          WHERE tenant_id = NEW.tenant_id AND enabled
            AND EXISTS (SELECT 1 FROM unnest(capabilities) c WHERE c = 'push-stock' OR c LIKE '%.push-stock')
        LOOP
          PERFORM graphile_worker.add_job(
            'plugin-push-stock',
            json_build_object('tenantId', NEW.tenant_id, 'installationId', inst.id, 'sku', NEW.sku),
            job_key => 'push-stock:' || inst.id || ':' || NEW.sku,
            run_at => now() + interval '5 seconds');
        END LOOP;
        RETURN NULL;
      END $$;
      CREATE TRIGGER stock_movements_plugin_push AFTER INSERT ON stock_movements
        FOR EACH ROW EXECUTE FUNCTION plugin_stock_changed();
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP TRIGGER IF EXISTS stock_movements_plugin_push ON stock_movements;
      DROP FUNCTION IF EXISTS plugin_stock_changed();
      DROP TABLE IF EXISTS plugin_dead_letters;
      DROP TABLE IF EXISTS plugin_webhook_deliveries;
      DROP TABLE IF EXISTS plugin_cursors;
      DROP TABLE IF EXISTS plugin_health;
      DROP TABLE IF EXISTS plugin_state;
      DROP TABLE IF EXISTS plugin_installations;
      DROP TABLE IF EXISTS plugin_packages;
    `);
  },
};
