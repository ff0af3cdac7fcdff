import type { OperatorDef } from './types.js';
import { eager, type OpSpec } from './ops/op-spec.js';

/** Adapt a public OperatorDef (evaluated args + `{env, data}`) to a compile-time operator. */
export function customOp(def: OperatorDef): OpSpec {
  return eager((args, data, c) => def.fn(args, { env: c.env, data }), def.minArgs, def.maxArgs);
}
