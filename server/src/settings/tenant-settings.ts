import type { Knex } from 'knex';
import type { Clock } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';

type Db = Knex | Knex.Transaction;

export type TenantLanguage = 'en' | 'zh-CN';
export const LANGUAGES: readonly TenantLanguage[] = ['en', 'zh-CN'];

export interface TenantSettings {
  timeZone: string;
  currency: string;
  language: TenantLanguage;
}

/** What a tenant without a settings row gets (the table's column defaults). */
export const DEFAULT_SETTINGS: TenantSettings = { timeZone: 'UTC', currency: 'EUR', language: 'en' };

export async function getTenantSettings(db: Db, tenantId: string): Promise<TenantSettings> {
  const row = await db('tenant_settings').where({ tenant_id: tenantId }).first('time_zone', 'currency', 'language');
  if (!row) return { ...DEFAULT_SETTINGS };
  return { timeZone: row.time_zone, currency: row.currency, language: row.language };
}

/** Upsert the whole settings record (callers validate first, see isIanaTimeZone / isCurrencyCode). */
export async function putTenantSettings(db: Db, tenantId: string, s: TenantSettings, at: Date): Promise<TenantSettings> {
  const row = { tenant_id: tenantId, time_zone: s.timeZone, currency: s.currency, language: s.language, updated_at: at };
  await db('tenant_settings').insert(row).onConflict('tenant_id').merge();
  return { ...s };
}

/** The app's clock, reading dates in the tenant's time zone: what the runtime engines get per tenant. */
export function tenantClock(deps: Pick<AppDeps, 'clock'>, settings: Pick<TenantSettings, 'timeZone'>): Clock {
  return { now: () => deps.clock.now(), timeZone: settings.timeZone };
}

let zones: Set<string> | undefined;

/**
 * An IANA zone name: canonical ones from Intl.supportedValuesOf (plus UTC, which it omits) or a link name the
 * ICU data resolves (Asia/Calcutta). Offsets (+01:00) and abbreviations are refused.
 */
export function isIanaTimeZone(tz: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  if (zones.has(tz)) return true;
  if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** ISO 4217 shape (three capital letters); the set of live codes changes, the format does not. */
export const isCurrencyCode = (c: string) => /^[A-Z]{3}$/.test(c);
