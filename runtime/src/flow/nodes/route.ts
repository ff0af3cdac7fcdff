import type { NodeType } from '../node-type.js';

export interface RouteConfig {
  /** Key of the routing definition to apply; the server's default when absent. */
  routing?: string;
  /** Reserve stock for the plan (default true); false only plans. */
  reserve?: boolean;
  /** Store the allocation plan as `vars.<output>`. */
  output?: string;
}

export const routeConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { routing: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' }, reserve: { type: 'boolean' }, output: { type: 'string', minLength: 1 } },
} as const;

/** Asks the server to route the order and reserve stock; the reservation is released on cancel/failure. */
export const routeNode: NodeType<RouteConfig> = {
  key: 'route',
  title: { en: 'Route & reserve', 'zh-CN': '寻源与预占' },
  configSchema: routeConfigSchema,
  outcomes: () => [{ key: 'routed' }, { key: 'unfillable' }],
  enter(ctx) {
    const c = ctx.config;
    const cmd = { type: 'reserve-stock' as const, id: ctx.token.id, node: ctx.node.id, reserve: c.reserve !== false };
    ctx.emit(c.routing ? { ...cmd, routing: c.routing } : cmd);
  },
  onEvent(ctx, event) {
    if (event.type === 'route-completed' && event.request === ctx.token.id) {
      if (event.reservation && ctx.config.reserve !== false) ctx.recordEffect('r', event.reservation);
      if (ctx.config.output) ctx.setVar(ctx.config.output, event.plan ?? null);
      ctx.complete('routed');
      return true;
    }
    if (event.type === 'route-failed' && event.request === ctx.token.id) {
      ctx.complete('unfillable');
      return true;
    }
    return false;
  },
  abort(ctx) {
    if (ctx.config.reserve !== false) ctx.recordLate('r', ctx.token.id);
  },
  compensate(ctx, effect) {
    ctx.emit({ type: 'release-stock', id: `${effect.ref}:release`, node: ctx.node.id, reservation: effect.ref });
  },
  onLate(ctx, effect, event) {
    if (event.type === 'route-completed' && event.request === effect.ref) {
      if (event.reservation) ctx.emit({ type: 'release-stock', id: `${event.reservation}:release`, node: ctx.node.id, reservation: event.reservation });
      return true;
    }
    return event.type === 'route-failed' && event.request === effect.ref;
  },
  references: (node, path) => (node.config?.routing ? [{ type: 'routing', key: node.config.routing, path: `${path}/config/routing` }] : []),
};
