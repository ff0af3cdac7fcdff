import type { FormDoc } from './doc';

/**
 * The flow an accepted submission starts (`flow`). Cleared → the property is removed rather than written
 * empty (an empty key is not a valid reference); every other property is kept as it was.
 */
export function setFormFlow(doc: FormDoc, flow: string | undefined): FormDoc {
  const { flow: _old, ...rest } = doc;
  return flow ? { ...rest, flow } as FormDoc : rest as FormDoc;
}
