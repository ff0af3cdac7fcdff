import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettings, type TenantSettings } from '../api/settings-api';
import { useAsync } from '../components/use-async';

export interface TenantFormat {
  settings: TenantSettings;
  money(n: number): string;
  percent(n: number | null): string;
  number(n: number | null, digits?: number): string;
}

/** Amounts and dates in the tenant's currency and time zone, in the UI language. */
export function useTenantFormat(): { format: TenantFormat | undefined; error: unknown } {
  const { i18n } = useTranslation();
  const { data, error } = useAsync(getSettings, []);
  const format = useMemo(() => {
    if (!data) return undefined;
    const lng = i18n.language;
    const money = new Intl.NumberFormat(lng, { style: 'currency', currency: data.currency });
    const pct = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 });
    return {
      settings: data,
      money: (n: number) => money.format(n),
      percent: (n: number | null) => (n == null ? '—' : pct.format(n)),
      number: (n: number | null, digits = 1) => (n == null ? '—' : new Intl.NumberFormat(lng, { maximumFractionDigits: digits }).format(n)),
    };
  }, [data, i18n.language]);
  return { format, error };
}
