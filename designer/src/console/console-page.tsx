import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useTenantFormat } from '../components/use-tenant-format';
import { mergeOrders, type OrderFilters } from './console-api';
import { FilterBar } from './filter-bar';
import { OrderDrawer } from './order-drawer';
import { OrderTable } from './order-table';
import { SavedViewsBar } from './saved-views-bar';
import { useConfirmAction } from './use-confirm-action';
import { useOrderPages } from './use-order-pages';
import { useUrlFilters } from './use-url-filters';

/** The operator's order console; `fixed` pins filters (the exceptions view pins status=exception). */
export function ConsolePage({ fixed, titleKey = 'console.title' }: { fixed?: OrderFilters; titleKey?: string }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  const [urlFilters, setFilters] = useUrlFilters();
  const filters = { ...urlFilters, ...fixed };
  const pages = useOrderPages(filters);
  const [open, setOpen] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const confirm = useConfirmAction();
  const merge = () =>
    confirm({
      title: t('console.actions.merge.title'),
      content: t('console.actions.merge.what', { count: selected.length, numbers: pages.items.filter((o) => selected.includes(o.id)).map((o) => o.number).join(', ') }),
      okText: t('console.actions.merge.ok'),
      run: () => mergeOrders(selected),
      done: () => { setSelected([]); pages.reload(); },
    });
  return (
    <div data-testid="console-page">
      <Typography.Title level={2}>{t(titleKey)}</Typography.Title>
      <FilterBar filters={filters} timeZone={fmt.timeZone} onChange={setFilters} />
      <Space style={{ marginBottom: 12 }} wrap>
        <SavedViewsBar filters={urlFilters} onApply={setFilters} />
        <Button disabled={selected.length < 2} onClick={merge} data-testid="action-merge">{t('console.actions.merge.button', { count: selected.length })}</Button>
      </Space>
      {pages.error ? <ErrorAlert error={pages.error} onRetry={pages.reload} /> : null}
      <OrderTable items={pages.items} loading={pages.loading} hasMore={pages.hasMore} selected={selected} onSelect={setSelected} onOpen={setOpen} onLoadMore={pages.loadMore} />
      <OrderDrawer id={open} onClose={() => setOpen(null)} onChanged={pages.reload} />
    </div>
  );
}

export function ExceptionsPage() {
  return <ConsolePage fixed={{ status: 'exception' }} titleKey="console.exceptionsTitle" />;
}
