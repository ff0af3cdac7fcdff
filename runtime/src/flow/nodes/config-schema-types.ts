import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../../definitions/schema-types.js';
import type { actionConfigSchema, ActionConfig } from './action.js';
import type { approvalConfigSchema, ApprovalConfig } from './approval/config.js';
import type { decisionConfigSchema, DecisionConfig } from './decision.js';
import type { endConfigSchema, EndConfig } from './end.js';
import type { notifyConfigSchema, NotifyConfig } from './notify.js';
import type { routeConfigSchema, RouteConfig } from './route.js';
import type { setStatusConfigSchema, SetStatusConfig } from './set-status.js';
import type { waitConfigSchema, WaitConfig } from './wait.js';

/** Each node type's `config` as its schema fragment sees it (the flow schema plugs these in per type). */
export interface NodeConfigsFromSchema {
  action: FromSchema<typeof actionConfigSchema>;
  approval: FromSchema<typeof approvalConfigSchema>;
  decision: FromSchema<typeof decisionConfigSchema>;
  end: FromSchema<typeof endConfigSchema>;
  notify: FromSchema<typeof notifyConfigSchema>;
  route: FromSchema<typeof routeConfigSchema>;
  'set-status': FromSchema<typeof setStatusConfigSchema>;
  wait: FromSchema<typeof waitConfigSchema>;
}

interface NodeConfigs {
  action: ActionConfig;
  approval: ApprovalConfig;
  decision: DecisionConfig;
  end: EndConfig;
  notify: NotifyConfig;
  route: RouteConfig;
  'set-status': SetStatusConfig;
  wait: WaitConfig;
}

/** Drift between a node's config interface and its configSchema fails to compile here. */
export type NodeConfigSchemasInSync = [
  InSync<NodeConfigs, NodeConfigsFromSchema>,
  InSync<KeyPaths<NodeConfigs>, KeyPaths<NodeConfigsFromSchema>>,
];
