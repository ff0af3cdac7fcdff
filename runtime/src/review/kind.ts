import type { DefinitionKindSpec, Reference } from '../definitions/kind-spec.js';
import { formVarsOf } from '../form/rule-vars.js';
import { checkReview } from './check.js';
import { reviewSchema } from './schema.js';
import type { ReviewDefinition } from './types.js';

/** The `review` definition kind: ordered order-review rules. */
export const reviewKind: DefinitionKindSpec<ReviewDefinition> = {
  kind: 'review',
  schema: reviewSchema as unknown as Record<string, unknown>,
  check: checkReview,
  references: reviewReferences,
};

/** The order fields the rules read (`order-field`), so a release can see what review depends on. */
export function reviewReferences(def: ReviewDefinition): Reference[] {
  return def.rules.flatMap((r, i) =>
    formVarsOf(r.when).filter((v) => v !== '').map((v) => ({ type: 'order-field', key: v, path: `/rules/${i}/when` })),
  );
}
