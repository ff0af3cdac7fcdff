import { writeAudit } from '../audit/audit.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { getReleasePolicy, putReleasePolicy, type ReleasePolicy } from './release-policy.js';

const tags = ['releases'];
const policySchema = {
  type: 'object', required: ['makerChecker'], additionalProperties: false,
  properties: { makerChecker: { type: 'boolean', description: 'The one who saved a draft last may not publish it (releases and single publishes)' } },
} as const;

export const routes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/release-policy', operationId: 'getReleasePolicy', summary: 'The tenant’s release policy (maker-checker)', tags,
    responses: { 200: { description: 'Policy', schema: policySchema } },
    handler: async ({ deps, auth }) => ({ body: await getReleasePolicy(deps.db, auth.tenantId) }),
  }),
  defineRoute<ReleasePolicy>({
    method: 'put', path: '/api/release-policy', operationId: 'putReleasePolicy', summary: 'Turn maker-checker on or off', tags,
    body: policySchema, example: { body: { makerChecker: false } },
    responses: { 200: { description: 'Policy now', schema: policySchema } },
    async handler({ deps, auth, body, requestId, ip }) {
      const at = new Date(deps.clock.now());
      const next = await deps.db.transaction(async (trx) => {
        const p = await putReleasePolicy(trx, auth.tenantId, body, auth.userId ?? null, at);
        await writeAudit(trx, { tenantId: auth.tenantId, actorId: auth.userId, action: 'release.policy', subject: 'release-policy', requestId, ip, details: body, at });
        return p;
      });
      return { body: next };
    },
  }),
];
