import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFilters } from './console-api';
import { deleteView, loadViews, saveView, type SavedView } from './saved-views';

/** Pick, save and delete named filter sets (kept in this browser). */
export function SavedViewsBar({ filters, onApply }: { filters: OrderFilters; onApply(f: OrderFilters): void }) {
  const { t } = useTranslation();
  const [views, setViews] = useState<SavedView[]>(loadViews);
  const [name, setName] = useState('');
  const [current, setCurrent] = useState<string | undefined>();
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="saved-views">
      <Select
        style={{ width: 200 }}
        placeholder={t('console.views.pick')}
        aria-label={t('console.views.pick')}
        value={current}
        onChange={(v: string) => { setCurrent(v); const view = views.find((x) => x.name === v); if (view) onApply(view.filters); }}
        options={views.map((v) => ({ value: v.name, label: v.name }))}
      />
      {current && <Button onClick={() => { setViews(deleteView(current)); setCurrent(undefined); }}>{t('console.views.delete')}</Button>}
      <Input style={{ width: 180 }} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('console.views.name')} aria-label={t('console.views.name')} />
      <Button disabled={!name.trim()} onClick={() => { setViews(saveView({ name: name.trim(), filters })); setCurrent(name.trim()); setName(''); }}>
        {t('console.views.save')}
      </Button>
    </Space>
  );
}
