import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { createApp } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config.js';
import { seedDemo } from '../../../server/src/seed/demo.js';
import { seedDemoOperations } from '../../../server/src/seed/demo-operations.js';
import { loadTemplateIfEmpty } from '../../../server/src/seed/templates.js';
import { assertConservation } from '../../support/conservation.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

let db: TestDb;
let tenantId: string;
let count: number;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await createTestDb();
  const clock = fixedClock('2030-06-01T12:00:00Z');
  ({ tenantId } = await seedDemo(db.knex));
  await loadTemplateIfEmpty(db.knex, clock, tenantId);
  app = createApp({ db: db.knex, logger: pino({ level: 'silent' }), config: loadConfig({}, { staticDir: '/nonexistent' }), clock });
  count = await seedDemoOperations(app.deps, tenantId);
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe('demo operations seed', () => {
  it('takes a dozen orders through the real pipeline into every interesting state', async () => {
    expect(count).toBe(12);
    const rows = await db.knex('orders').where({ tenant_id: tenantId }).select('status');
    const by = (s: string) => rows.filter((r) => r.status === s).length;
    expect(rows).toHaveLength(12);
    expect(by('rejected')).toBe(1); // the blacklisted customer
    expect(by('on-hold')).toBe(2); // over credit, no city
    expect(by('awaiting-approval')).toBe(1);
    expect(by('shipped') + by('partially-shipped')).toBeGreaterThanOrEqual(2);
    expect(by('allocated')).toBeGreaterThanOrEqual(1);
    expect(by('backordered')).toBe(1);
    const tasks = await db.knex('tasks').where({ tenant_id: tenantId, status: 'open' });
    expect(tasks).toHaveLength(1);
    const returns = await db.knex('returns').where({ tenant_id: tenantId });
    expect(returns.map((r) => r.status)).toEqual(['refunded']);
    await assertConservation(db.knex, tenantId);
  });

  it('runs once: a second start adds nothing', async () => {
    expect(await seedDemoOperations(app.deps, tenantId)).toBe(0);
    expect(await db.knex('orders').where({ tenant_id: tenantId }).count({ n: '*' })).toEqual([{ n: '12' }]);
  });
});
