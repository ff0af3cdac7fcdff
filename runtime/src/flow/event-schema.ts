import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { pointerSegment } from '../core/issue.js';
import { FlowError } from './run.js';
import type { FlowEvent } from './types.js';

const str = { type: 'string', minLength: 1 } as const;
const text = { type: 'string' } as const;
const assignee = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['user'], properties: { user: str } },
    { type: 'object', additionalProperties: false, required: ['role'], properties: { role: str } },
  ],
} as const;
const attempt = { type: 'integer', minimum: 1 } as const;

const eventId = { type: 'string', minLength: 1, maxLength: 200 } as const;

/** One event type's schema; generic so FromSchema sees the literal shape (see schema-types.ts). */
function variant<T extends string, const R extends readonly string[], const P extends Record<string, unknown>>(type: T, required: R, properties: P) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', ...required] as readonly ['id', 'type', ...R],
    properties: { id: eventId, type: { const: type }, ...properties } as { id: typeof eventId; type: { const: T } } & P,
  } as const;
}

/** JSON Schema of a flow event: every variant requires `id` and refuses unknown fields. */
export const flowEventSchema = {
  $id: 'https://oms.studio/schemas/flow-event.json',
  title: 'Flow event',
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    variant('task-decided', ['task', 'action'], {
      task: str,
      action: { enum: ['approve', 'reject', 'return', 'reassign', 'delegate', 'add-approver', 'comment'] },
      by: str,
      comment: text,
      to: assignee,
      position: { enum: ['before', 'after'] },
      target: { enum: ['submitter', 'previous'] },
    }),
    variant('withdraw', [], { by: str, node: str }),
    variant('action-succeeded', ['call'], { call: str, attempt, result: {} }),
    variant('action-failed', ['call'], {
      call: str,
      attempt,
      error: { type: 'object', additionalProperties: false, properties: { code: text, message: text, retryable: { type: 'boolean' } } },
    }),
    variant('timer-fired', ['timer'], { timer: str }),
    variant('route-completed', ['request'], { request: str, reservation: str, plan: {} }),
    variant('route-failed', ['request'], { request: str, reason: text }),
    variant('external', ['name'], { name: str, payload: {} }),
    variant('cancel', [], { by: str, reason: text }),
  ],
} as const;

let compiled: ValidateFunction | undefined;

/** The first schema error as a JSON Pointer and a short reason. */
function firstError(errors: ErrorObject[]): { path: string; reason: string } {
  const e = errors.find((x) => x.keyword !== 'oneOf') ?? errors[0];
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return { path: `${e.instancePath}/${pointerSegment(String(p.additionalProperty))}`, reason: 'unknown field' };
  if (e.keyword === 'required') return { path: `${e.instancePath}/${pointerSegment(String(p.missingProperty))}`, reason: 'required' };
  if (e.keyword === 'discriminator') return { path: `${e.instancePath}/type`, reason: 'unknown event type' };
  return { path: e.instancePath || '/', reason: e.message ?? e.keyword };
}

/**
 * Refuse what the engine would otherwise have to guess about: an event without an id
 * (`flow.event-id-required`), or with an unknown field or a wrong shape (`flow.event-invalid`, naming the path).
 */
export function assertFlowEvent(event: unknown): asserts event is FlowEvent {
  const id = event && typeof event === 'object' ? (event as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw new FlowError('flow.event-id-required', 'a flow event needs a non-empty string id', '/id');
  compiled ??= new Ajv({ strict: false, discriminator: true }).compile(flowEventSchema);
  if (compiled(event)) return;
  const { path, reason } = firstError(compiled.errors ?? []);
  throw new FlowError('flow.event-invalid', `invalid flow event at ${path}: ${reason}`, path);
}
