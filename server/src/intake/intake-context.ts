import { DEFINITION_KINDS, type DefinitionKind } from '@oms/runtime';
import type { Knex } from 'knex';
import { withBodies } from './definition-cache.js';
import { rawPrepared } from '../db/prepared.js';

export interface PublishedDefinition {
  kind: DefinitionKind;
  key: string;
  version: number;
  body: Record<string, any>;
}

export interface IntakeContext {
  /** The order this channel + external id already made, if any (then no number was taken). */
  duplicateId: string | null;
  /** The next order number, taken from tenant_counters (null for a duplicate). */
  number: string | null;
  currency: string;
  timeZone: string;
  definitions: PublishedDefinition[];
  /** `flow` of the submitted form version, for form orders. */
  formFlow: string | null;
}

export const formatOrderNumber = (n: number | string) => `SO-${String(n).padStart(6, '0')}`;

/**
 * Everything intake needs before its transaction, in one round trip: the dedupe lookup (channel + external
 * id), the next order number (skipped for a duplicate), tenant settings and the latest published definitions.
 * The number is taken in this short statement rather than in the order's transaction so concurrent intakes of
 * one tenant never queue behind each other's row lock on the counter; an intake that then fails leaves a gap.
 * Its commit does not wait for the WAL flush (synchronous_commit off for this statement only): the order's own
 * transaction flushes it, and a number lost in a crash was never given to a committed order.
 * Definition bodies come from the per-process cache of immutable published versions (one query on a miss).
 */
export async function loadIntakeContext(
  db: Knex,
  tenantId: string,
  q: { channel: string; externalId?: string; form?: { key: string; version: number } },
): Promise<IntakeContext> {
  const res = await rawPrepared(db,
    `WITH quick AS (SELECT set_config('synchronous_commit', 'off', true)),
     dup AS (
       SELECT id FROM orders WHERE tenant_id = :t AND channel = :channel AND external_id = :ext
     ), num AS (
       INSERT INTO tenant_counters AS c (tenant_id, name, value)
       SELECT :t::uuid, 'order', 1 FROM quick WHERE NOT EXISTS (SELECT 1 FROM dup)
       ON CONFLICT (tenant_id, name) DO UPDATE SET value = c.value + 1
       RETURNING value
     )
     SELECT (SELECT id FROM dup) AS duplicate_id,
            (SELECT value FROM num) AS number,
            (SELECT json_build_object('currency', s.currency, 'timeZone', s.time_zone) FROM tenant_settings s WHERE s.tenant_id = :t) AS settings,
            (SELECT coalesce(json_agg(json_build_object('kind', d.kind, 'key', d.key, 'version', d.version) ORDER BY d.kind, d.key), '[]')
               FROM definition_heads h JOIN definitions d
                 ON d.tenant_id = h.tenant_id AND d.kind = h.kind AND d.key = h.key AND d.version = h.latest_version
              WHERE h.tenant_id = :t AND h.kind = ANY(string_to_array(:kinds, ',')) AND h.archived_at IS NULL AND h.latest_version > 0) AS definitions,
            (SELECT count(*) FROM quick) AS quick,
            (SELECT d.body->>'flow' FROM definitions d WHERE d.tenant_id = :t AND d.kind = 'form' AND d.key = :formKey AND d.version = :formVersion) AS form_flow`,
    {
      t: tenantId,
      channel: q.channel,
      ext: q.externalId ?? null,
      formKey: q.form?.key ?? null,
      formVersion: q.form?.version ?? null,
      kinds: DEFINITION_KINDS.join(','),
    },
  );
  const row = res.rows[0];
  return {
    duplicateId: row.duplicate_id,
    number: row.number === null ? null : formatOrderNumber(row.number),
    currency: row.settings?.currency ?? 'EUR',
    timeZone: row.settings?.timeZone ?? 'UTC',
    definitions: await withBodies(db, tenantId, row.definitions),
    formFlow: row.form_flow,
  };
}
