import { Logger } from 'graphile-worker';
import type { Logger as Pino } from 'pino';

/** graphile-worker's logger routed to pino (its info chatter goes to debug). */
export function workerLogger(log: Pino): Logger {
  return new Logger(() => (level, message, meta) => {
    const l = String(level);
    if (l === 'error') log.error({ meta }, message);
    else if (l === 'warning') log.warn({ meta }, message);
    else log.debug({ meta }, message);
  });
}

export const silentLogger = new Logger(() => () => {});
