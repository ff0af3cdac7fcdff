import type { Knex } from 'knex';
import type { Clock, Locale } from '@oms/runtime';
import type { PluginHost } from '../plugins/plugin-host.js';
import type { DefinitionChecker } from './checker.js';

/** Who is acting, for tenancy, audit and message locale. */
export interface Actor {
  tenantId: string;
  userId: string | null;
  /** Set when the user acts through an API key (userId is then the key's owner). */
  apiKeyId?: string | null;
  requestId: string;
  ip: string | null;
  locale: Locale;
}

export interface DefinitionDeps {
  db: Knex;
  clock: Clock;
  checker: DefinitionChecker;
  /** Capabilities for the release checks; absent means no plugin is installed. */
  pluginHost?: PluginHost;
}

export const nowOf = (deps: { clock: Clock }) => new Date(deps.clock.now());

export const subjectOf = (kind: string, key: string) => `definition:${kind}/${key}`;

export const iso = (d: Date | string | null | undefined): string | null =>
  d == null ? null : (d instanceof Date ? d : new Date(d)).toISOString();
