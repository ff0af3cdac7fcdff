/** The server's error envelope, flattened: `{"error":{code,message,path?,details?,requestId}}`. */
export interface ApiErrorInfo {
  status: number;
  code: string;
  message: string;
  path?: string;
  details?: unknown;
  requestId?: string;
}

export class ApiError extends Error implements ApiErrorInfo {
  readonly status: number;
  readonly code: string;
  readonly path?: string;
  readonly details?: unknown;
  readonly requestId?: string;

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.status = info.status;
    this.code = info.code;
    this.path = info.path;
    this.details = info.details;
    this.requestId = info.requestId;
  }
}

/** Parse any failed response into an ApiError; bodies that are not our envelope still get a code. */
export async function toApiError(res: Response): Promise<ApiError> {
  let payload: unknown;
  try {
    payload = await res.json();
  } catch {
    payload = undefined;
  }
  const err = (payload as { error?: Partial<ApiErrorInfo> } | undefined)?.error;
  return new ApiError({
    status: res.status,
    code: typeof err?.code === 'string' ? err.code : `http.${res.status}`,
    message: typeof err?.message === 'string' ? err.message : res.statusText || `HTTP ${res.status}`,
    path: err?.path,
    details: err?.details,
    requestId: err?.requestId ?? res.headers.get('x-request-id') ?? undefined,
  });
}

/** Network failures (server down) become an ApiError too, so the UI has one error shape. */
export function networkError(cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'network.unreachable', message: String((cause as Error)?.message ?? cause) });
}
