import { createNodeTypeRegistry, type NodeContext, type NodeType, type NodeTypeRegistry } from '../flow/node-type.js';

/** One step of the path a simulated flow took: a node entered and, once known, how it was left. */
export interface PathStep {
  node: string;
  type: string;
  at: number;
  outcome?: string;
}

/**
 * The same node types with their handlers observed: entering a node and leaving it through an outcome are
 * recorded, nothing else changes. Tracing lives here, in a registry wrapper, so the interpreter stays untouched.
 */
export function tracedNodeTypes(base: NodeTypeRegistry, path: PathStep[]): NodeTypeRegistry {
  return createNodeTypeRegistry(base.all().map((t) => traced(t, path)));
}

function traced(type: NodeType, path: PathStep[]): NodeType {
  const observe = (ctx: NodeContext, step?: PathStep): NodeContext => {
    const mark = (outcome: string) => {
      const s = step ?? [...path].reverse().find((p) => p.node === ctx.node.id && p.outcome === undefined);
      if (s) s.outcome = outcome;
    };
    return new Proxy(ctx, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'complete') return (o: string) => (mark(o), value.call(target, o));
        if (prop === 'jump') return (n: string) => (mark(`jump:${n}`), value.call(target, n));
        if (prop === 'end') return (o: string | undefined, c?: boolean) => (mark(o ?? 'completed'), value.call(target, o, c));
        if (prop === 'fail') return (r: string) => (mark(`failed:${r}`), value.call(target, r));
        return value.bind(target);
      },
    });
  };
  return {
    ...type,
    enter(ctx) {
      const step: PathStep = { node: ctx.node.id, type: type.key, at: ctx.now };
      path.push(step);
      type.enter(observe(ctx, step));
    },
    ...(type.onEvent ? { onEvent: (ctx, event) => type.onEvent!(observe(ctx), event) } : {}),
  };
}
