import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Kpis } from '../api/kpis-api';
import type { TenantFormat } from './use-tenant-format';

/** The headline numbers: counts, rates and durations. */
export function KpiStats({ kpis, format }: { kpis: Kpis; format: TenantFormat }) {
  const { t } = useTranslation();
  const gmv = Object.values(kpis.gmvByChannel).reduce((a, b) => a + b, 0);
  const stats: Array<[string, string]> = [
    ['orders', String(kpis.orders)],
    ['gmv', format.money(gmv)],
    ['fulfilmentRate', format.percent(kpis.fulfilmentRate)],
    ['stockOutRate', format.percent(kpis.stockOutRate)],
    ['returnRate', format.percent(kpis.returnRate)],
    ['approvalHours', format.number(kpis.meanApprovalHours)],
    ['hoursToShip', format.number(kpis.meanHoursToShip)],
    ['slaBreaches', String(kpis.slaBreaches)],
  ];
  return (
    <Row gutter={[16, 16]}>
      {stats.map(([key, value]) => (
        <Col key={key} xs={12} md={6}>
          <Card size="small" data-testid={`kpi-${key}`}>
            <Statistic title={t(`dash.kpi.${key}`)} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
