import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ImportPanel } from './import-panel';
import { StockLevels } from './stock-levels';
import { StockMovements } from './stock-movements';

/** Stock: levels (with adjustments), the movement ledger, CSV imports. The tab is in the URL (?tab=import). */
export function StockPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'levels';
  return (
    <div data-testid="stock-page">
      <Typography.Title level={2}>{t('stock.title')}</Typography.Title>
      <Tabs activeKey={tab} onChange={(k) => setParams({ tab: k })} destroyOnHidden
        items={[
          { key: 'levels', label: t('stock.tabs.levels'), children: <StockLevels /> },
          { key: 'movements', label: t('stock.tabs.movements'), children: <StockMovements /> },
          { key: 'import', label: t('stock.tabs.import'), children: <ImportPanel /> },
        ]} />
    </div>
  );
}
