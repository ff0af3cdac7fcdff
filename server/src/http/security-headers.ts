import type { Middleware } from 'koa';

/**
 * The Content-Security-Policy the built designer runs under:
 * - scripts only from this origin: no inline scripts, no eval. Ajv, which compiles JSON Schemas with
 *   `new Function`, gets its validators precompiled at designer build time (designer/build/precompiled-ajv.ts);
 * - styles: antd's CSS-in-JS injects <style> elements at run time, which needs 'unsafe-inline' for styles
 *   (styles cannot run code; scripts stay strict);
 * - Monaco's editor and JSON workers are bundled files of this origin; blob: covers workers it creates itself;
 * - no framing by anyone (clickjacking), no plugins, no <base> hijack, forms post only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY', // for browsers without frame-ancestors
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Set on every response, errors included (set before the rest runs, so a thrown error keeps them). */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.set(SECURITY_HEADERS);
    await next();
  };
}
