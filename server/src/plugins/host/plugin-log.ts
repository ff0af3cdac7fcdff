import type { Logger } from 'pino';
import type { LogMessage } from './plugin-process.js';
import type { RunnablePlugin } from './runner-types.js';

export type PluginLogSink = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

const LEVELS = new Set(['debug', 'info', 'warn', 'error']);

/**
 * A plugin's log line, tagged with its installation. Credential values the plugin might echo are masked:
 * the runner never writes a credential to the log, even when the plugin tries.
 */
export function writePluginLog(sink: PluginLogSink, plugin: RunnablePlugin, msg: LogMessage): void {
  const secrets = Object.values(plugin.credentials).filter((v): v is string => typeof v === 'string' && v.length >= 4);
  const mask = (s: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[redacted]'), s);
  const level = LEVELS.has(msg.level) ? msg.level : 'info';
  let fields: unknown;
  try {
    fields = msg.fields === undefined ? undefined : JSON.parse(mask(JSON.stringify(msg.fields)));
  } catch {
    fields = undefined;
  }
  sink[level]({ plugin: plugin.pluginId, installation: plugin.installationId, tenant: plugin.tenantId, fields }, mask(String(msg.message).slice(0, 4000)));
}
