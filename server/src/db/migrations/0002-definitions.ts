import type { Knex } from 'knex';

/**
 * Definitions, their per-key heads and releases.
 * - `definition_heads` holds one row per (tenant, kind, key); publish locks it FOR UPDATE, so concurrent
 *   publishes of one key serialise and get consecutive versions.
 * - `definitions` holds version 0 (the editable draft) and versions 1..n (published, immutable: a trigger
 *   refuses any change except marking a published row archived).
 */
export const migration = {
  name: '0002-definitions',
  async up(knex: Knex): Promise<void> {
    await knex.raw(`
      CREATE TABLE definition_heads (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        kind text NOT NULL,
        key text NOT NULL,
        title jsonb,
        latest_version integer NOT NULL DEFAULT 0 CHECK (latest_version >= 0),
        archived_at timestamptz,
        archived_by uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, kind, key)
      );

      CREATE TABLE definitions (
        tenant_id uuid NOT NULL,
        kind text NOT NULL,
        key text NOT NULL,
        version integer NOT NULL CHECK (version >= 0),
        status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
        body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
        checksum text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid,
        published_at timestamptz,
        PRIMARY KEY (tenant_id, kind, key, version),
        FOREIGN KEY (tenant_id, kind, key) REFERENCES definition_heads (tenant_id, kind, key) ON DELETE CASCADE,
        CHECK ((version = 0) = (status = 'draft')),
        CHECK (version = 0 OR published_at IS NOT NULL)
      );

      CREATE FUNCTION definitions_guard_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.version > 0 THEN
            RAISE EXCEPTION 'published definition versions are immutable' USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.version > 0 AND (
             NEW.body IS DISTINCT FROM OLD.body OR NEW.checksum IS DISTINCT FROM OLD.checksum
          OR NEW.version IS DISTINCT FROM OLD.version OR NEW.key IS DISTINCT FROM OLD.key
          OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id
          OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.published_by IS DISTINCT FROM OLD.published_by
          OR NEW.status NOT IN ('published', 'archived')) THEN
          RAISE EXCEPTION 'published definition versions are immutable' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;

      -- Deleting a whole tenant cascades (pg_trigger_depth() > 1 inside the cascade), so only direct deletes
      -- of published versions, or of a head that has them, are refused.
      CREATE TRIGGER definitions_immutable_update BEFORE UPDATE ON definitions
        FOR EACH ROW EXECUTE FUNCTION definitions_guard_published();
      CREATE TRIGGER definitions_immutable_delete BEFORE DELETE ON definitions
        FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION definitions_guard_published();

      CREATE FUNCTION definition_heads_guard_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.latest_version > 0 THEN
          RAISE EXCEPTION 'published definition versions are immutable' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
      END $$;
      CREATE TRIGGER definition_heads_immutable_delete BEFORE DELETE ON definition_heads
        FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION definition_heads_guard_delete();

      CREATE TABLE releases (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('published', 'imported')),
        note text,
        source jsonb,
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );

      -- GET /api/releases lists newest first per tenant.
      CREATE INDEX releases_tenant_created_idx ON releases (tenant_id, created_at DESC, id DESC);
      -- GET /api/definitions?kind= is served by definition_heads' primary key (tenant_id, kind, key);
      -- versions and drafts by definitions' primary key (tenant_id, kind, key, version).
    `);
  },
  async down(knex: Knex): Promise<void> {
    await knex.raw(`
      DROP TABLE IF EXISTS releases;
      DROP TABLE IF EXISTS definitions;
      DROP FUNCTION IF EXISTS definitions_guard_published();
      DROP TABLE IF EXISTS definition_heads;
      DROP FUNCTION IF EXISTS definition_heads_guard_delete();
    `);
  },
};
