import type { PluginErrorClass } from '../plugin-host.js';

/** A failure the host raises inside a context call; the child rethrows it into the plugin with class and code. */
export class HostFailure extends Error {
  constructor(
    readonly errorClass: PluginErrorClass,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
