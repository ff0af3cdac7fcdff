import type { Knex } from 'knex';

const latest = (db: Knex, tenantId: string) =>
  db('definition_heads as h')
    .join('definitions as d', function () {
      this.on('d.tenant_id', 'h.tenant_id').andOn('d.kind', 'h.kind').andOn('d.key', 'h.key').andOn('d.version', 'h.latest_version');
    })
    .where({ 'h.tenant_id': tenantId, 'h.kind': 'form' })
    .whereNull('h.archived_at')
    .andWhere('h.latest_version', '>', 0);

/** Latest published version of every live form (no drafts, no archived keys). */
export async function listPublishedForms(db: Knex, tenantId: string) {
  const rows = await latest(db, tenantId)
    .orderBy('h.key')
    .select('d.key', 'd.version', db.raw(`d.body->'title' AS title`), db.raw(`d.body->'description' AS description`), db.raw(`d.body->>'flow' AS flow`));
  return rows.map((r) => ({ key: r.key, version: r.version, title: r.title, ...(r.description ? { description: r.description } : {}), flow: r.flow }));
}

export async function latestPublishedForm(db: Knex, tenantId: string, key: string) {
  const row = await latest(db, tenantId).andWhere('h.key', key).first('d.key', 'd.version', 'd.body');
  return row as { key: string; version: number; body: Record<string, unknown> } | undefined;
}
