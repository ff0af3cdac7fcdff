import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@oms/runtime';
import { loadTemplateIfEmpty, readTemplate } from '../../../server/src/seed/templates.js';
import { getVersion } from '../../../server/src/definitions/definition-store.js';
import { ensureTenant } from '../../../server/src/users/users.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

describe('demo starter solution', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it('reads only definitions from the template folder', async () => {
    const defs = await readTemplate('demo');
    expect(defs.map((d) => d.kind).sort()).toEqual(['flow', 'form', 'review', 'routing']);
  });

  it('publishes the template as one release once, and not again on a second start', async () => {
    const clock = fixedClock('2026-11-23T10:00:00Z');
    const tenant = await ensureTenant(t.knex, 'starter', 'Starter Co');
    expect(await loadTemplateIfEmpty(t.knex, clock, tenant.id)).toBe(4);
    const heads = await t.knex('definition_heads').where({ tenant_id: tenant.id }).orderBy('kind');
    expect(heads.map((h) => [h.kind, h.key, h.latest_version])).toEqual([
      ['flow', 'b2b-order', 1],
      ['form', 'b2b-order', 1],
      ['review', 'b2b-review', 1],
      ['routing', 'b2b-routing', 1],
    ]);
    const releases = await t.knex('releases').where({ tenant_id: tenant.id });
    expect(releases).toHaveLength(1);
    // Read back through the store: jsonb key order is replaced by the schema's readable order.
    const flow = await getVersion(t.knex, { tenantId: tenant.id, kind: 'flow', key: 'b2b-order' }, 1);
    expect(Object.keys(flow!.body).slice(0, 4)).toEqual(['kind', 'key', 'version', 'title']);
    expect(await loadTemplateIfEmpty(t.knex, clock, tenant.id)).toBe(0);
    expect(await t.knex('releases').where({ tenant_id: tenant.id })).toHaveLength(1);
  });
});
