import { AutoComplete, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalApi, type AddressParts, type AddressSuggestion } from './portal-api';

const oneLine = (a: AddressParts) =>
  [a.name, a.company, a.line1, a.line2, [a.postcode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ');

/**
 * "Reuse an address": a searchable list of the caller's previous ship-to addresses (GET /api/addresses).
 * Picking one fills the address fields below, which stay editable. Arrow keys + Enter pick by keyboard.
 */
export function AddressPicker({ id, title, onPick }: { id: string; title: string; onPick(a: AddressParts): void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<AddressSuggestion[]>([]);
  const [q, setQ] = useState('');
  const [text, setText] = useState('');
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    let live = true;
    const h = setTimeout(() => {
      portalApi.addresses(q).then((r) => live && setItems(r.items), () => live && setItems([]));
    }, 200);
    return () => { live = false; clearTimeout(h); };
  }, [q]);
  return (
    <div style={{ marginBottom: 8 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>{t('form.addressPick')}</label>
      <AutoComplete
        id={id}
        aria-label={`${title} · ${t('form.addressPick')}`}
        style={{ width: '100%' }}
        // An active first option: Enter picks it, and the combobox never points aria-activedescendant at "-1".
        defaultActiveFirstOption
        value={text}
        placeholder={t('form.addressPickHint')}
        notFoundContent={t('form.addressNone')}
        options={items.map((s, i) => ({ value: String(i), label: oneLine(s.address) }))}
        onSearch={(v) => { setQ(v); setFilled(false); }}
        onChange={(v: string) => setText(/^\d+$/.test(v) && items[Number(v)] ? oneLine(items[Number(v)].address) : v)}
        onSelect={(v: string) => {
          const picked = items[Number(v)];
          if (!picked) return;
          setText(oneLine(picked.address));
          setFilled(true);
          onPick(picked.address);
        }}
      />
      <Typography.Text type="secondary" aria-live="polite" style={{ fontSize: 12 }}>{filled ? t('form.addressFilled') : ''}</Typography.Text>
    </div>
  );
}
