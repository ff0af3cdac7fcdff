import type { Rule } from '../../../rules/types.js';
import { durationSchema, type Duration } from '../../duration.js';
import type { Assignee } from '../../types.js';
import { assigneeSchema } from '../shared.js';

/** A user, a role, or a rule over `{order, vars}` returning user id(s) or `{user}` / `{role}` objects. */
export type AssigneeSpec = Assignee | { rule: Rule };

export type ApprovalMode = 'any' | 'all' | 'sequential' | 'vote';

export type TimeoutPolicy = { action: 'escalate'; to: Assignee } | { action: 'approve' } | { action: 'reject' };

export interface ApprovalConfig {
  assignees: AssigneeSpec[];
  /** any: first decision wins; all: everyone approves; sequential: one after another; vote: `threshold`. */
  mode?: ApprovalMode;
  /** vote: approvals needed; a value below 1 is a fraction of the approvers (0.5 = half, rounded up). */
  threshold?: number;
  /** Order fields the approver may edit (passed on the task). */
  fields?: string[];
  /** Durations from entering the node. `remind` notifies open assignees once; `due` applies `onTimeout`. */
  sla?: { due?: Duration; remind?: Duration; onTimeout?: TimeoutPolicy };
  /** When the assignee rules resolve to nobody (default reject: never let an order through unseen). */
  ifNoAssignee?: 'approve' | 'reject';
}

export const approvalConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['assignees'],
  properties: {
    assignees: {
      type: 'array',
      minItems: 1,
      items: { oneOf: [...assigneeSchema.oneOf, { type: 'object', properties: { rule: {} }, required: ['rule'], additionalProperties: false }] },
    },
    mode: { enum: ['any', 'all', 'sequential', 'vote'] },
    threshold: { type: 'number', exclusiveMinimum: 0 },
    fields: { type: 'array', items: { type: 'string', minLength: 1 } },
    sla: {
      type: 'object',
      additionalProperties: false,
      properties: {
        due: durationSchema,
        remind: durationSchema,
        onTimeout: {
          oneOf: [
            { type: 'object', additionalProperties: false, required: ['action', 'to'], properties: { action: { const: 'escalate' }, to: assigneeSchema } },
            { type: 'object', additionalProperties: false, required: ['action'], properties: { action: { enum: ['approve', 'reject'] } } },
          ],
        },
      },
    },
    ifNoAssignee: { enum: ['approve', 'reject'] },
  },
} as const;
