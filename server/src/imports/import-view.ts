import type { Knex } from 'knex';
import { IMPORT_TYPES } from './import-kind.js';

export const ERRORS_SHOWN = 100;

export const importView = {
  type: 'object',
  required: ['id', 'type', 'status', 'totalRows', 'doneRows', 'okRows', 'badRows', 'rate', 'etaSeconds', 'errors'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: IMPORT_TYPES },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    fileName: { type: ['string', 'null'] },
    totalRows: { type: ['integer', 'null'], description: 'Data rows in the file (known once processing starts)' },
    doneRows: { type: 'integer' },
    okRows: { type: 'integer' },
    badRows: { type: 'integer' },
    rate: { type: ['number', 'null'], description: 'Rows per second so far' },
    etaSeconds: { type: ['number', 'null'] },
    error: { type: ['string', 'null'], description: 'Why the whole file failed (bad header)' },
    createdAt: { type: 'string', format: 'date-time' },
    startedAt: { type: ['string', 'null'], format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
    errors: {
      type: 'array',
      description: `The first ${ERRORS_SHOWN} bad rows by line; all of them in errors.csv`,
      items: {
        type: 'object',
        required: ['line', 'code', 'message'],
        properties: { line: { type: 'integer' }, code: { type: 'string' }, field: { type: ['string', 'null'] }, message: { type: 'string' } },
      },
    },
  },
};

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** Progress of one import; rate and ETA from the rows done since it started, on the app clock. */
export async function loadImportView(db: Knex, tenantId: string, id: string, nowMs: number) {
  const r = await db('imports')
    .where({ tenant_id: tenantId, id })
    .first('id', 'type', 'status', 'file_name', 'total_rows', 'done_rows', 'ok_rows', 'bad_rows', 'error', 'created_at', 'started_at', 'finished_at');
  if (!r) return undefined;
  const errors = await db('import_errors')
    .where({ tenant_id: tenantId, import_id: id })
    .orderBy('line')
    .limit(ERRORS_SHOWN)
    .select('line', 'code', 'field', 'message');
  const end = r.finished_at ? new Date(r.finished_at).getTime() : nowMs;
  const seconds = r.started_at ? (end - new Date(r.started_at).getTime()) / 1000 : 0;
  const rate = seconds > 0 ? Math.round((r.done_rows / seconds) * 10) / 10 : null;
  const left = r.total_rows === null ? null : Math.max(0, r.total_rows - r.done_rows);
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    fileName: r.file_name,
    totalRows: r.total_rows,
    doneRows: r.done_rows,
    okRows: r.ok_rows,
    badRows: r.bad_rows,
    rate,
    etaSeconds: r.status === 'done' ? 0 : rate && left !== null ? Math.ceil(left / rate) : null,
    error: r.error,
    createdAt: iso(r.created_at),
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
    errors,
  };
}

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** All bad rows as CSV (line,code,field,message), in line order. */
export async function errorsCsv(db: Knex, tenantId: string, id: string): Promise<string> {
  const rows = await db('import_errors').where({ tenant_id: tenantId, import_id: id }).orderBy('line').select('line', 'code', 'field', 'message');
  return ['line,code,field,message', ...rows.map((r) => [r.line, r.code, r.field, r.message].map(cell).join(','))].join('\n') + '\n';
}
