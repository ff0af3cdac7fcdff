/**
 * A fault that maps to an HTTP answer. One middleware renders every HttpError as
 * `{"error":{"code","message","path?","details?","requestId"}}`; anything else becomes a 500 without internals.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path?: string;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { path?: string; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.path = extra.path;
    this.details = extra.details;
    this.headers = extra.headers;
  }
}

export const notFound = (what = 'Resource') => new HttpError(404, 'not-found', `${what} not found`);

/** The one error body shape, also used as the OpenAPI `Error` schema. */
export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        path: { type: 'string' },
        details: {},
        requestId: { type: 'string' },
      },
    },
  },
} as const;
