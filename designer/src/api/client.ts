import { ApiError, networkError, toApiError } from './api-error';

/** Session-wide request settings: the CSRF token from login/me and the UI language. */
const state: { csrfToken: string | null; locale: string } = { csrfToken: null, locale: 'en' };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setApiLocale(locale: string): void {
  state.locale = locale;
}

/** Called when the server says the session is gone (expired, logged out elsewhere). */
let onUnauthorized: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** The one way the designer talks to the server: cookie session, CSRF header on writes, JSON both ways. */
export interface RequestOptions {
  /** Extra headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  /** Send `body` as is with this content type (CSV uploads) instead of as JSON. */
  contentType?: string;
}

export async function request<T>(method: Method, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const { contentType } = opts;
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale, ...opts.headers };
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : contentType ? (body instanceof Blob || body instanceof ArrayBuffer ? body : String(body)) : JSON.stringify(body),
    });
  } catch (e) {
    throw networkError(e);
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !url.startsWith('/api/auth/')) onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  // Actions such as publish and archive take no body: send none (the server refuses unknown bodies).
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body),
  /** A raw text body (CSV uploads), sent as is with its content type. */
  postText: <T>(url: string, text: string, contentType: string) => request<T>('POST', url, text, { contentType }),
  /** A binary body (a plugin package), sent as is. */
  postBinary: <T>(url: string, data: Blob | ArrayBuffer, contentType: string) => request<T>('POST', url, data, { contentType }),
};

export { ApiError };
