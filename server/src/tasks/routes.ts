import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { actorOf } from '../orders/actor-of.js';
import { claimTask, decideTask, type Decision, type DecisionInput } from './task-actions.js';
import { getTaskDetail } from './task-detail.js';
import { listMyTasks, type TaskListQuery } from './task-list.js';
import { listOf } from '../http/list-schema.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
const assignee = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['user'], properties: { user: { type: 'string', minLength: 1 } } },
    { type: 'object', additionalProperties: false, required: ['role'], properties: { role: { type: 'string', minLength: 1 } } },
  ],
} as const;
const comment = { type: 'string', maxLength: 4000 } as const;
const ACTION_CODES = '403 task.not-assignee / task.not-claimer / task.user-required, 409 task.closed / task.claimed-by-other / task.stale';

const list = defineRoute<unknown, TaskListQuery>({
  method: 'get',
  path: '/api/tasks',
  operationId: 'listTasks',
  summary: 'My inbox: tasks assigned to me or my role (due first), with counts',
  tags: ['tasks'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: { enum: ['open', 'done', 'cancelled'] },
      order: { type: 'string', format: 'uuid', pattern: '^[0-9a-f-]{36}$' },
      overdue: { type: 'boolean' },
      limit: { type: 'integer', minimum: 1, maximum: 500 },
    },
  },
  responses: { 200: { description: 'Tasks and counts', schema: listOf(undefined, { counts: { type: 'object' } }) } },
  example: { query: { status: 'open' } },
  async handler({ deps, auth, query }) {
    return { body: await listMyTasks(deps.db, auth, query, new Date(deps.clock.now())) };
  },
});

const detail = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/tasks/:id',
  operationId: 'getTask',
  summary: 'A task with its order summary, form data, editable fields and history',
  tags: ['tasks'],
  params: idParams,
  responses: { 200: { description: 'Task', schema: { type: 'object' } }, 404: { description: 'No such task' } },
  async handler({ deps, auth, params }) {
    return { body: await getTaskDetail(deps.db, auth, params.id) };
  },
});

const claimRoute = (claim: boolean) =>
  defineRoute<unknown, unknown, { id: string }>({
    method: 'post',
    path: `/api/tasks/:id/${claim ? 'claim' : 'unclaim'}`,
    operationId: claim ? 'claimTask' : 'unclaimTask',
    summary: claim ? 'Claim a role task (others of the role no longer see it)' : 'Give a claimed task back to the role',
    description: ACTION_CODES,
    tags: ['tasks'],
    params: idParams,
    responses: { 200: { description: 'Claim state', schema: { type: 'object' } } },
    async handler(rc) {
      return { body: await claimTask(rc.deps, { auth: rc.auth, actor: actorOf(rc), taskId: rc.params.id, claim }) };
    },
  });

const BODIES: Record<Decision, { required?: string[]; properties: Record<string, unknown> }> = {
  approve: { properties: { comment, fields: { type: 'object' } } },
  reject: { properties: { comment, fields: { type: 'object' } } },
  return: { properties: { comment, target: { enum: ['submitter', 'previous'] } } },
  reassign: { required: ['to'], properties: { comment, to: assignee } },
  delegate: { required: ['to'], properties: { comment, to: assignee } },
  'add-approver': { required: ['to'], properties: { comment, to: assignee, position: { enum: ['before', 'after'] } } },
  comment: { required: ['comment'], properties: { comment: { ...comment, minLength: 1 } } },
};

const decisionRoute = (action: Decision) =>
  defineRoute<DecisionInput, unknown, { id: string }>({
    method: 'post',
    path: `/api/tasks/:id/${action}`,
    operationId: `${action.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Task`,
    summary: `${action} (delivers a task-decided event to the flow)`,
    description: `${ACTION_CODES}. With an Idempotency-Key the flow event id derives from it.`,
    tags: ['tasks'],
    params: idParams,
    body: { type: 'object', additionalProperties: false, ...BODIES[action] },
    idempotency: 'optional',
    responses: { 200: { description: 'Decision recorded', schema: { type: 'object' } } },
    example: { body: action === 'comment' ? { comment: 'ok' } : BODIES[action].required ? { to: { role: 'approver' } } : {} },
    async handler(rc) {
      const body = await decideTask(rc.deps, {
        auth: rc.auth,
        actor: actorOf(rc),
        taskId: rc.params.id,
        action,
        input: rc.body,
        idempotencyKey: rc.idempotency?.key,
      });
      return { body };
    },
  });

export const routes: RouteSpec[] = [
  list,
  detail,
  claimRoute(true),
  claimRoute(false),
  ...(Object.keys(BODIES) as Decision[]).map(decisionRoute),
];
