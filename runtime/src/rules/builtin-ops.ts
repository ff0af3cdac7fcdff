import { compareOps } from './ops/compare-ops.js';
import { dataOps } from './ops/data-ops.js';
import { iterationOps } from './ops/iteration-ops.js';
import { logicOps } from './ops/logic-ops.js';
import { mathOps } from './ops/math-ops.js';
import type { OpSpec } from './ops/op-spec.js';
import { stringOps } from './ops/string-ops.js';
import { dateOps } from './oms/dates.js';
import { geoOps } from './oms/geo.js';
import { lineOps } from './oms/lines.js';
import { placeOps } from './oms/places.js';
import { tagOps } from './oms/tags.js';

/** The json-logic-js 2.0.5 operators; engines may not replace them (their semantics are the contract). */
export const JSON_LOGIC_OPS: Readonly<Record<string, OpSpec>> = Object.freeze({
  ...logicOps,
  ...compareOps,
  ...mathOps,
  ...stringOps,
  ...dataOps,
  ...iterationOps,
});

/** OMS operators every engine starts with; an engine's own operators may override them. */
export const OMS_OPS: Readonly<Record<string, OpSpec>> = Object.freeze({
  ...dateOps,
  ...geoOps,
  ...lineOps,
  ...placeOps,
  ...tagOps,
});
