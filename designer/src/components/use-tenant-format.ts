import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

export interface TenantSettings { timeZone: string; currency: string; language: 'en' | 'zh-CN' }

let cached: Promise<TenantSettings> | null = null;
/** Settings change rarely: one request per page load, shared by every screen. */
function loadSettings(): Promise<TenantSettings> {
  cached ??= api.get<TenantSettings>('/api/settings').catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}

export interface TenantFormat {
  timeZone: string;
  currency: string;
  dateTime(iso: string | null | undefined): string;
  /** Same as dateTime (the console's name for it). */
  date(iso: string | null | undefined): string;
  money(amount: number | null | undefined, currency?: string | null): string;
  number(n: number | null | undefined): string;
}

/** Dates and amounts in the tenant's time zone and currency (UTC / USD until the settings arrive), never the browser's zone. */
export function useTenantFormat(): TenantFormat {
  const { i18n } = useTranslation();
  const [s, setS] = useState<TenantSettings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((v) => live && setS(v), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(() => {
    const timeZone = s?.timeZone ?? 'UTC';
    const currency = s?.currency ?? 'USD';
    const dt = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const num = new Intl.NumberFormat(locale);
    const dateTime = (iso: string | null | undefined) => (iso ? dt.format(new Date(iso)) : '—');
    return {
      timeZone,
      currency,
      dateTime,
      date: dateTime,
      money: (amount, cur) =>
        amount === null || amount === undefined ? '—' : new Intl.NumberFormat(locale, { style: 'currency', currency: cur ?? currency }).format(amount),
      number: (n) => (n === null || n === undefined ? '—' : num.format(n)),
    };
  }, [s, locale]);
}
