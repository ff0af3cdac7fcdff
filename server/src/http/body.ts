import type { Context } from 'koa';
import { pointerSegment } from '@oms/runtime';
import { HttpError } from './errors.js';

export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Read and parse a JSON request body defensively: size cap (413), JSON content type (415),
 * nesting depth checked on the raw text before parsing (400 request.too-deep), and keys that
 * could reach prototypes refused anywhere in the document (400 request.forbidden-key).
 * Returns undefined when the request carries no body.
 */
export async function readJsonBody(ctx: Context, maxBytes: number): Promise<unknown> {
  const declared = ctx.get('content-length');
  const chunked = /chunked/i.test(ctx.get('transfer-encoding'));
  if (!chunked && (declared === '' || declared === '0')) return undefined;
  if (declared && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!ctx.is('application/json', '+json')) {
    throw new HttpError(415, 'request.unsupported-media-type', 'Request body must be application/json');
  }
  const raw = (await readRaw(ctx, maxBytes)).toString('utf8');
  if (raw.trim() === '') return undefined;
  checkDepth(raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'request.invalid-json', 'Request body is not valid JSON');
  }
  checkKeys(parsed, '');
  return parsed;
}

/**
 * Read a text body of one of the given content types (a per-route option, e.g. text/csv up to 20 MB): size cap
 * (413) and content type (415) as for JSON; no body → undefined.
 */
export async function readTextBody(ctx: Context, opts: { contentTypes: string[]; maxBytes: number; binary?: boolean }): Promise<string | Buffer | undefined> {
  const declared = ctx.get('content-length');
  const chunked = /chunked/i.test(ctx.get('transfer-encoding'));
  if (!chunked && (declared === '' || declared === '0')) return undefined;
  if (declared && Number(declared) > opts.maxBytes) throw tooLarge(opts.maxBytes);
  if (!ctx.is(opts.contentTypes)) {
    throw new HttpError(415, 'request.unsupported-media-type', `Request body must be ${opts.contentTypes.join(' or ')}`);
  }
  const raw = await readRaw(ctx, opts.maxBytes);
  return opts.binary ? raw : raw.toString('utf8');
}

const tooLarge = (max: number) =>
  new HttpError(413, 'request.body-too-large', `Request body exceeds ${max} bytes`);

/** Collect the body; past the cap, answer 413 but keep draining (not destroying) so the reply reaches the client. */
function readRaw(ctx: Context, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const req = ctx.req;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        ctx.set('Connection', 'close');
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', (err) => reject(over ? tooLarge(maxBytes) : err));
  });
}

/** Bracket depth outside string literals; a linear scan, so a hostile body cannot blow the parser's stack. */
function checkDepth(raw: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) {
        throw new HttpError(400, 'request.too-deep', `JSON nesting deeper than ${MAX_DEPTH}`);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}


function checkKeys(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkKeys(v, `${path}/${i}`));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const p = `${path}/${pointerSegment(key)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        throw new HttpError(400, 'request.forbidden-key', `Key "${key}" is not allowed`, { path: p });
      }
      checkKeys((value as Record<string, unknown>)[key], p);
    }
  }
}
