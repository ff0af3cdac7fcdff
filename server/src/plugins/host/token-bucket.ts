/**
 * Per-installation request rate from the manifest (`requestsPerSecond`, `burst`). A token bucket rather than
 * rate-limiter-flexible's memory limiter: that one counts in fixed windows (up to twice the rate across a window
 * edge), while the manifest promises a remote a steady rate with a bounded burst; and the bucket says up front
 * how long a caller must wait, so a call that would outlive its deadline fails fast as `rate-limited`.
 */
export interface TokenBucket {
  /** Milliseconds to wait before the next request may go; 0 = a token was taken. */
  take(nowMs: number): number;
}

export function createTokenBucket(requestsPerSecond: number, burst = Math.max(1, Math.ceil(requestsPerSecond))): TokenBucket {
  let tokens = burst;
  let last: number | undefined;
  return {
    take(now) {
      if (last !== undefined) tokens = Math.min(burst, tokens + ((now - last) / 1000) * requestsPerSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - tokens) / requestsPerSecond) * 1000);
    },
  };
}
