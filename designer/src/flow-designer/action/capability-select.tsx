import { Alert, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type Locale } from '@oms/runtime';
import type { CapabilityInfo } from './capabilities-api';

interface Props {
  id: string;
  testId: string;
  value: string | undefined;
  capabilities: readonly CapabilityInfo[];
  loading: boolean;
  onChange(key: string | undefined): void;
}

/**
 * A capability picker grouped by plugin, titles in the UI language. A key typed into the search that no installed
 * plugin offers can still be chosen (a flow written before its plugin is installed), and is flagged.
 */
export function CapabilitySelect({ id, testId, value, capabilities, loading, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [search, setSearch] = useState('');
  const known = new Set(capabilities.map((c) => c.key));
  const groups = new Map<string, { label: string; options: Array<{ value: string; label: string }> }>();
  for (const c of capabilities) {
    const g = groups.get(c.plugin.id) ?? { label: pickText(c.plugin.title, locale) || c.plugin.id, options: [] };
    g.options.push({ value: c.key, label: `${pickText(c.title, locale) || c.key} (${c.key})` });
    groups.set(c.plugin.id, g);
  }
  const typed = [search.trim(), value ?? ''].filter((k, i, all) => k !== '' && !known.has(k) && all.indexOf(k) === i);
  const options = [
    ...[...groups.values()],
    ...(typed.length ? [{ label: t('flowDesigner.action.capability'), options: typed.map((k) => ({ value: k, label: t('flowDesigner.action.useTyped', { key: k }) })) }] : []),
  ];
  return (
    <>
      <Select id={id} data-testid={testId} showSearch allowClear loading={loading} value={value || undefined}
        placeholder={t('flowDesigner.action.capabilityPlaceholder')} options={options}
        filterOption={(input, o) => String((o as { label?: unknown } | undefined)?.label ?? '').toLowerCase().includes(input.toLowerCase())}
        onSearch={setSearch} onChange={(v?: string) => { setSearch(''); onChange(v || undefined); }} />
      {value && !loading && !known.has(value) && (
        <Alert type="warning" showIcon style={{ marginTop: 4 }} data-testid={`${testId}-not-installed`} title={t('flowDesigner.action.notInstalled', { key: value })} />
      )}
    </>
  );
}
