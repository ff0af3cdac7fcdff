import { createNodeTypeRegistry, type NodeType, type NodeTypeRegistry } from '../node-type.js';
import { actionNode } from './action.js';
import { approvalNode } from './approval/index.js';
import { decisionNode } from './decision.js';
import { endNode } from './end.js';
import { notifyNode } from './notify.js';
import { parallelJoinNode, parallelSplitNode } from './parallel.js';
import { routeNode } from './route.js';
import { setStatusNode } from './set-status.js';
import { startNode } from './start.js';
import { waitNode } from './wait.js';

export const builtinNodeTypes: NodeType[] = [
  startNode,
  decisionNode,
  parallelSplitNode,
  parallelJoinNode,
  approvalNode,
  actionNode,
  routeNode,
  waitNode,
  setStatusNode,
  notifyNode,
  endNode,
];

/** A fresh registry with the built-in node types; register more on it to extend flows. */
export function defaultNodeTypes(): NodeTypeRegistry {
  return createNodeTypeRegistry(builtinNodeTypes);
}

export { actionNode, retryDelay, type ActionConfig, type RetryPolicy } from './action.js';
export { approvalNode, verdict, type ApprovalConfig, type ApprovalData, type Slot } from './approval/index.js';
export { decisionNode, type DecisionConfig } from './decision.js';
export { endNode, type EndConfig } from './end.js';
export { notifyNode, type NotifyConfig } from './notify.js';
export { parallelJoinNode, parallelSplitNode } from './parallel.js';
export { routeNode, type RouteConfig } from './route.js';
export { setStatusNode, type SetStatusConfig } from './set-status.js';
export { startNode } from './start.js';
export { waitNode, type WaitConfig } from './wait.js';
