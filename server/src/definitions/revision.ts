import { HttpError } from '../http/errors.js';

/** The draft revision as an entity tag: `"3"`. */
export const etagOf = (revision: number) => `"${revision}"`;

/**
 * The revision a save is based on: the `revision` field, else the `If-Match` header (`"3"`, `W/"3"` or
 * `3`). Both present and different is a 400: the client is confused about what it loaded.
 */
export function revisionOf(field: number | undefined, ifMatch: string | undefined): number | undefined {
  let header: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const m = /^\s*(?:W\/)?"?([1-9][0-9]{0,9})"?\s*$/.exec(ifMatch);
    if (!m) throw new HttpError(400, 'request.invalid', 'If-Match must be the ETag of the draft, e.g. "3"', { path: '/headers/if-match' });
    header = Number(m[1]);
  }
  if (field !== undefined && header !== undefined && field !== header) {
    throw new HttpError(400, 'request.invalid', 'If-Match and revision disagree', { path: '/body/revision' });
  }
  return field ?? header;
}
