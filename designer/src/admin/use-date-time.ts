import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettings } from '../api/settings-api';
import { useAsync } from '../components/use-async';

/** Formats ISO instants in the tenant's time zone (UTC until the settings have loaded). */
export function useDateTime(): (iso: string | null) => string {
  const { i18n } = useTranslation();
  const { data } = useAsync(getSettings, []);
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(i18n.language, { timeZone: data?.timeZone ?? 'UTC', dateStyle: 'medium', timeStyle: 'short' });
    return (iso) => (iso ? f.format(new Date(iso)) : '—');
  }, [data, i18n.language]);
}
