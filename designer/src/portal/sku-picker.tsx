import { AutoComplete } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalApi, type CatalogItem } from './portal-api';

interface Props {
  id: string;
  value: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  onBlur(): void;
  onChange(sku: string): void;
  /** A product was picked from the list: its list price, for the row's unit price. */
  onPicked?(price: number | null): void;
}

/** SKU field with suggestions from the active catalogue (prefix of SKU or name), fetched as the user types. */
export function SkuPicker({ id, value, onBlur, onChange, onPicked, ...aria }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<CatalogItem[]>([]);
  const [q, setQ] = useState('');
  useEffect(() => {
    let live = true;
    const h = setTimeout(() => {
      portalApi.catalog(q).then((r) => live && setItems(r.items), () => live && setItems([]));
    }, 200);
    return () => { live = false; clearTimeout(h); };
  }, [q]);
  return (
    <AutoComplete
      id={id}
      {...aria}
      style={{ width: '100%' }}
      // Without an active option antd points aria-activedescendant at "…_list_-1" (axe: aria-valid-attr-value).
      defaultActiveFirstOption
      value={value}
      placeholder={t('form.skuSearch')}
      options={items.map((p) => ({ value: p.sku, label: `${p.sku} · ${p.name}` }))}
      onSearch={setQ}
      onChange={(v: string) => onChange(v)}
      onSelect={(v: string) => onPicked?.(items.find((p) => p.sku === v)?.unitPrice ?? null)}
      onBlur={onBlur}
    />
  );
}
