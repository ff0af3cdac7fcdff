/**
 * When a crashed installation may start again: exponential backoff after consecutive failures (reset by a
 * successful call) and a cap on restarts per minute, past which the installation is `plugin.unavailable`
 * until the window slides. Times are monotonic milliseconds (performance.now), not the business clock.
 */
export interface RestartLimits {
  baseBackoffMs: number;
  maxBackoffMs: number;
  maxRestartsPerMinute: number;
}

export const defaultRestartLimits: RestartLimits = { baseBackoffMs: 100, maxBackoffMs: 5_000, maxRestartsPerMinute: 10 };

export type StartDecision = { kind: 'now' } | { kind: 'wait'; ms: number } | { kind: 'unavailable'; retryAfterMs: number };

export interface RestartTracker {
  /** Before a spawn. */
  decide(now: number): StartDecision;
  started(now: number): void;
  crashed(now: number): void;
  succeeded(): void;
}

export function createRestartTracker(limits: RestartLimits): RestartTracker {
  let failures = 0;
  let lastCrash = -Infinity;
  let everStarted = false;
  const restarts: number[] = [];
  return {
    decide(now) {
      while (restarts.length && restarts[0] <= now - 60_000) restarts.shift();
      if (failures === 0 || !everStarted) return { kind: 'now' };
      if (restarts.length >= limits.maxRestartsPerMinute) return { kind: 'unavailable', retryAfterMs: Math.ceil(restarts[0] + 60_000 - now) };
      const backoff = Math.min(limits.maxBackoffMs, limits.baseBackoffMs * 2 ** (failures - 1));
      const wait = lastCrash + backoff - now;
      return wait > 0 ? { kind: 'wait', ms: Math.ceil(wait) } : { kind: 'now' };
    },
    started(now) {
      if (everStarted && failures > 0) restarts.push(now);
      everStarted = true;
    },
    crashed(now) {
      failures++;
      lastCrash = now;
    },
    succeeded() {
      failures = 0;
    },
  };
}
