import { Col, Collapse, Row, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../components/use-async';
import { CandidatesPanel } from './candidates-panel';
import type { DocProps } from './doc-props';
import { PolicyPanel } from './policy-panel';
import { PreviewPanel } from './preview-panel';
import { ReplayPanel } from './replay-panel';
import { routingApi } from './routing-api';
import { RulesPanel } from './rules-panel';
import type { SelectorOptions } from './selector-fields';
import { WeightsPanel } from './weights-panel';

const uniq = (xs: string[]) => [...new Set(xs)].sort();

/** The routing designer: settings on the left, the live ranking of a sample order and the replay on the right. */
export default function RoutingDesigner(props: DocProps) {
  const { t } = useTranslation();
  const locs = useAsync(() => routingApi.locations(), []);
  const options = useMemo((): SelectorOptions => {
    const l = locs.data ?? [];
    return { ids: l.map((x) => x.id), types: uniq(l.map((x) => x.type)), tags: uniq(l.flatMap((x) => x.tags ?? [])) };
  }, [locs.data]);
  const overrides = props.doc.safetyStock?.overrides?.length ?? 0;
  return (
    <Row gutter={16} data-testid="routing-designer">
      <Col xs={24} xl={13}>
        <Collapse
          defaultActiveKey={['weights']}
          items={[
            { key: 'candidates', label: t('routingDesigner.sections.candidates'), children: <CandidatesPanel {...props} options={options} /> },
            { key: 'rules', label: t('routingDesigner.sections.rules'), children: <RulesPanel {...props} options={options} /> },
            { key: 'weights', label: t('routingDesigner.sections.weights'), children: <WeightsPanel {...props} /> },
            {
              key: 'policy', label: t('routingDesigner.sections.policy'),
              children: (
                <>
                  <PolicyPanel {...props} />
                  {overrides > 0 && <Typography.Text type="secondary">{t('routingDesigner.policy.overridesKept', { count: overrides })}</Typography.Text>}
                </>
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={11}>
        <Tabs
          items={[
            { key: 'preview', label: <span data-testid="tab-routing-preview">{t('routingDesigner.preview.title')}</span>, children: <PreviewPanel def={props.doc} /> },
            { key: 'replay', label: <span data-testid="tab-routing-replay">{t('routingDesigner.replay.title')}</span>, children: <ReplayPanel body={props.doc} /> },
          ]}
        />
      </Col>
    </Row>
  );
}
