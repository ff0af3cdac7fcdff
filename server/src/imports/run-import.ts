import type { Knex } from 'knex';
import { addJob } from '../jobs/queue.js';
import { TASKS } from '../jobs/task-names.js';
import type { AppDeps } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';
import { productImport, locationImport } from './catalog-import.js';
import { csvBatches, estimateRows, ImportFileError } from './csv-batches.js';
import { ImportCursorMoved, processImportBatch } from './import-batch.js';
import type { ImportKind, ImportType } from './import-kind.js';
import { orderImportKind, runOrderBatches } from './order-import.js';
import { stockImport } from './stock-import.js';

export const IMPORT_KINDS: Record<ImportType, ImportKind> = {
  stock: stockImport as ImportKind,
  products: productImport as ImportKind,
  locations: locationImport as ImportKind,
  orders: orderImportKind as ImportKind,
};

// 250 rows a batch: each batch commits its counts, so even a fast 10,000-row import shows 40 steps of progress.
export const DEFAULT_BATCH_ROWS = 250;

export type ImportDeps = Pick<AppDeps, 'db' | 'clock' | 'logger'> & Partial<Pick<AppDeps, 'pluginHost'>>;

export interface RunOptions {
  batchSize?: number;
  /** Stop after this many batches (status stays running): lets a job work in slices and reschedule itself. */
  maxBatches?: number;
}

/**
 * Process an import from its committed cursor to the end, one transaction per batch. Safe to call again after
 * a crash or concurrently: batches are checked against the cursor, so no row is applied twice. A bad file
 * (header) fails the import; a database fault is thrown, leaving the import resumable.
 */
export async function runImport(deps: ImportDeps, input: { tenantId: string; importId: string }, opts: RunOptions = {}): Promise<{ status: string }> {
  const key = { tenant_id: input.tenantId, id: input.importId };
  const now = () => new Date(deps.clock.now());
  const [job] = await deps.db('imports')
    .where(key)
    .whereIn('status', ['queued', 'running'])
    .update({ status: 'running', started_at: deps.db.raw('coalesce(started_at, ?)', [now()]) })
    .returning(['type', 'content', 'cursor_line', 'total_rows', 'created_by', 'api_key_id']);
  if (!job) return { status: (await deps.db('imports').where(key).first('status'))?.status ?? 'missing' };
  const kind = IMPORT_KINDS[job.type as ImportType];
  const actor: Actor = { userId: job.created_by, apiKeyId: job.api_key_id, label: `import:${input.importId}` };
  try {
    if (job.total_rows === null) await deps.db('imports').where(key).update({ total_rows: estimateRows(job.content) });
    let cursor: number = job.cursor_line;
    let batches = 0;
    if (job.type === 'orders') {
      const r = await runOrderBatches(deps, { ...input, actor, content: job.content, cursor }, { batchSize: opts.batchSize ?? DEFAULT_BATCH_ROWS, maxBatches: opts.maxBatches });
      if (r.stopped) return { status: 'running' };
      cursor = r.cursor;
    } else for await (const batch of csvBatches(job.content, kind, cursor, opts.batchSize ?? DEFAULT_BATCH_ROWS)) {
      if (opts.maxBatches !== undefined && batches >= opts.maxBatches) return { status: 'running' };
      const from = cursor;
      cursor = (await deps.db.transaction((trx) => processImportBatch(trx, { ...input, kind, actor, fromCursor: from, batch }))).cursor;
      batches++;
    }
    await deps.db('imports').where(key).andWhere({ status: 'running', cursor_line: cursor }).update({ status: 'done', finished_at: now(), total_rows: deps.db.ref('done_rows') });
    return { status: 'done' };
  } catch (err) {
    if (err instanceof ImportCursorMoved) return { status: 'running' };
    if (!(err instanceof ImportFileError)) throw err;
    await deps.db('imports').where(key).update({ status: 'failed', error: `${err.code}: ${err.message}`, finished_at: now() });
    return { status: 'failed' };
  }
}

/** Batches one import job runs before it hands over (re-queues itself), so one big file never holds a worker long. */
export const BATCHES_PER_JOB = 20;

/**
 * Start processing an accepted import: a job added in the caller's transaction (so it exists exactly when the
 * import row does). Any worker runs it; after a crash the job is retried and resumes from the committed cursor.
 */
export async function scheduleImport(trx: Knex | Knex.Transaction, tenantId: string, importId: string): Promise<void> {
  await addJob(trx, TASKS.csvImport, { tenantId, importId }, { jobKey: `import:${tenantId}:${importId}` });
}

/** The job: a slice of batches; while the import is still running, queue the next slice. */
export async function importJob(deps: ImportDeps, payload: { tenantId: string; importId: string }): Promise<void> {
  const r = await runImport(deps, payload, { maxBatches: BATCHES_PER_JOB });
  if (r.status === 'running') await scheduleImport(deps.db, payload.tenantId, payload.importId);
}
