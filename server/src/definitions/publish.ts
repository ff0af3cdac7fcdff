import type { Knex } from 'knex';
import { checksumOf } from './checksum.js';
import { getHead, getVersion, insertPublished, updateHead, type HeadRow, type Ref } from './definition-store.js';
import { archived, definitionNotFound, noDraft } from './errors.js';

export interface PublishedVersion {
  version: number;
  checksum: string;
  publishedAt: string;
}

/**
 * Lock the head row of one key FOR UPDATE and read its draft. The lock serialises every publish of that
 * key, so the next version number read after the lock is exact (no gaps, no duplicates).
 */
export async function lockForPublish(trx: Knex.Transaction, ref: Ref): Promise<{ head: HeadRow; draft: Record<string, unknown> }> {
  const head = await getHead(trx, ref, { forUpdate: true });
  if (!head) throw definitionNotFound();
  if (head.archived_at) throw archived();
  const draft = await getVersion(trx, ref, 0);
  if (!draft) throw noDraft();
  return { head, draft: draft.body };
}

/** Freeze `body` as version latest+1 (the version is written into the stored body before checksumming). */
export async function writeNextVersion(
  trx: Knex.Transaction,
  ref: Ref,
  head: HeadRow,
  draft: Record<string, unknown>,
  by: string | null,
  at: Date,
): Promise<PublishedVersion & { body: Record<string, unknown> }> {
  const version = head.latest_version + 1;
  const body: Record<string, unknown> = { ...draft, version };
  const checksum = checksumOf(body);
  await insertPublished(trx, ref, version, body, checksum, by, at);
  await updateHead(trx, ref, { latest_version: version, title: body.title ?? null, updated_at: at });
  head.latest_version = version;
  return { version, checksum, publishedAt: at.toISOString(), body };
}
