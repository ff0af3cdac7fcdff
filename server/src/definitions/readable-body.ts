import { orderKeysBySchema } from '@oms/runtime';
import { defaultChecker } from './checker.js';

/** jsonb stores keys sorted by length; hand bodies back in the kind's schema order (kind, key, title, ...). */
export function readableBody<T>(kind: string, body: T): T {
  const schema = defaultChecker().schemaOf(kind);
  return schema ? (orderKeysBySchema(body, schema) as T) : body;
}
