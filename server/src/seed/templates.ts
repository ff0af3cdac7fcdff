import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Clock } from '@oms/runtime';
import { defaultChecker, DEFINITION_KINDS } from '../definitions/checker.js';
import type { Actor } from '../definitions/context.js';
import { createDefinition } from '../definitions/definition-service.js';
import { publishRelease } from '../releases/release-service.js';

/** templates/ at the repository root, from server/src/seed or server/dist/seed alike. */
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../../templates');

interface TemplateDefinition {
  kind: string;
  key: string;
  body: Record<string, unknown>;
}

/** The definitions of one starter solution (files that are not definitions, e.g. sample orders, are left out). */
export async function readTemplate(name: string, dir = TEMPLATES_DIR): Promise<TemplateDefinition[]> {
  const folder = path.join(dir, name);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  const out: TemplateDefinition[] = [];
  for (const file of files) {
    const body = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as Record<string, unknown>;
    if ((DEFINITION_KINDS as readonly string[]).includes(body.kind as string)) {
      out.push({ kind: body.kind as string, key: body.key as string, body });
    }
  }
  return out;
}

/**
 * Load a starter solution into a tenant as drafts and publish them as one release, so a newcomer sees a
 * working form, flow, routing and review at once. A template that fails validation throws (CI keeps them valid).
 */
export async function loadTemplate(db: Knex, clock: Clock, tenantId: string, name = 'demo'): Promise<{ releaseId: string; count: number }> {
  const defs = await readTemplate(name);
  const deps = { db, clock, checker: defaultChecker() };
  const actor: Actor = { tenantId, userId: null, requestId: 'seed', ip: null, locale: 'en' };
  for (const d of defs) await createDefinition(deps, actor, d.kind, d.key, d.body);
  const release = await publishRelease(deps, actor, defs.map(({ kind, key }) => ({ kind, key })), `Starter solution "${name}"`);
  return { releaseId: (release as { id: string }).id, count: defs.length };
}

/** Demo mode: load the starter solution once, when the tenant has no definitions yet (also after a failed first start). */
export async function loadTemplateIfEmpty(db: Knex, clock: Clock, tenantId: string, name = 'demo'): Promise<number> {
  const row = await db('definition_heads').where({ tenant_id: tenantId }).count<{ n: string }[]>({ n: '*' }).first();
  if (Number(row?.n ?? 0) > 0) return 0;
  return (await loadTemplate(db, clock, tenantId, name)).count;
}
