export * from './types.js';
export { reviewKind, reviewReferences } from './kind.js';
export { reviewSchema } from './schema.js';
export type { ReviewDefinitionFromSchema } from './schema-types.js';
export { checkReview, REVIEW_DATA_ROOTS } from './check.js';
export { reviewOrder } from './review-order.js';
