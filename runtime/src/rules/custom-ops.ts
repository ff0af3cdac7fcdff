import { asRuleError } from './errors.js';
import type { OperatorDef } from './types.js';
import { eager, type OpSpec } from './ops/op-spec.js';

/** Adapt a public OperatorDef (evaluated args + `{env, data}`) to a compile-time operator; its faults become RuleErrors. */
export function customOp(def: OperatorDef): OpSpec {
  return eager((args, data, c) => {
    try {
      return def.fn(args, { env: c.env, data });
    } catch (err) {
      throw asRuleError(err);
    }
  }, def.minArgs, def.maxArgs);
}
