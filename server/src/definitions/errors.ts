import type { Issue } from '@oms/runtime';
import { HttpError } from '../http/errors.js';

/** The stable error codes of the definitions API, in one place. */
export const definitionNotFound = () => new HttpError(404, 'not-found', 'Definition not found');
export const versionNotFound = () => new HttpError(404, 'not-found', 'Definition version not found');

export const publishedImmutable = (version: number) =>
  new HttpError(409, 'definition.published-immutable', `Version ${version} is published and can never be modified`);

export const archived = () => new HttpError(409, 'definition.archived', 'The definition is archived');

export const alreadyExists = () => new HttpError(409, 'definition.exists', 'A definition with this kind and key already exists');

export const conflict = (revision: number, expected: number) =>
  new HttpError(409, 'definition.conflict', `Someone else saved this draft since you loaded it (you had revision ${expected}, it is now ${revision}); reload it and apply your change again`, { details: { revision, expected } });

export const revisionRequired = () =>
  new HttpError(428, 'definition.revision-required', 'Send the revision you loaded (If-Match header or a "revision" field) so a save never overwrites someone else\'s', { path: '/body/revision' });

export const unchanged = (version: number) =>
  new HttpError(409, 'definition.unchanged', `The draft is identical to version ${version}; there is nothing new to publish`, { details: { version } });

export const noDraft = () => new HttpError(409, 'definition.no-draft', 'There is no draft to publish');

export const invalidDefinition = (issues: Issue[]) =>
  new HttpError(422, 'definition.invalid', 'The definition is invalid', { details: issues });

/** A draft must be a JSON object naming the same kind and key as the URL (its meaning may still be wrong). */
export function assertDraftShape(kind: string, key: string, body: unknown, at: string): asserts body is Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'definition.not-object', 'A definition must be a JSON object', { path: at });
  }
  const b = body as Record<string, unknown>;
  if (b.kind !== kind) throw new HttpError(400, 'definition.mismatch', `body.kind must be "${kind}"`, { path: `${at}/kind` });
  if (b.key !== key) throw new HttpError(400, 'definition.mismatch', `body.key must be "${key}"`, { path: `${at}/key` });
}
