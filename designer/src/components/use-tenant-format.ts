import { useMemo } from 'react';
import { api } from '../api/client';
import { currentLanguage } from '../i18n';
import { useAsync } from './use-async';

interface TenantSettings { timeZone: string; currency: string; language: string }

let cached: Promise<TenantSettings> | null = null;
const loadSettings = () => (cached ??= api.get<TenantSettings>('/api/settings').catch((e: unknown) => { cached = null; throw e; }));

/** Dates and amounts in the tenant's time zone and currency (never the browser's zone). */
export function useTenantFormat() {
  const { data } = useAsync(loadSettings, []);
  const lang = currentLanguage();
  return useMemo(() => {
    const timeZone = data?.timeZone ?? 'UTC';
    const dt = new Intl.DateTimeFormat(lang, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const num = new Intl.NumberFormat(lang);
    return {
      timeZone,
      date: (iso: string | null | undefined) => (iso ? dt.format(new Date(iso)) : '—'),
      money: (amount: number | null | undefined, currency?: string | null) =>
        amount === null || amount === undefined ? '—' : new Intl.NumberFormat(lang, { style: 'currency', currency: currency ?? data?.currency ?? 'USD' }).format(amount),
      number: (n: number | null | undefined) => (n === null || n === undefined ? '—' : num.format(n)),
    };
  }, [data, lang]);
}
