import { reviewOrder, type CanonicalOrder, type ReviewDefinition } from '@oms/runtime';
import { Alert, Card, Input, List, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { ReviewDoc } from './model';
import { REVIEW_SAMPLES } from './samples';

// Solid dark colours with white text: antd 6's light status tags (warning orange on cream) fail the AA contrast check.
const COLOR = { pass: '#237804', hold: '#ad4e00', reject: '#a8071a', flag: '#0958d9' } as const;

/** Runs the runtime's own review engine over a sample order as the rules are edited. */
export function ReviewTryIt({ doc }: { doc: ReviewDoc }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const [sample, setSample] = useState(() => JSON.stringify(REVIEW_SAMPLES[0].order, null, 2));
  const outcome = useMemo(() => {
    let order: unknown;
    try {
      order = JSON.parse(sample);
    } catch {
      return { error: t('formDesigner.review.badSample') };
    }
    try {
      return { result: reviewOrder(doc as unknown as ReviewDefinition, order as CanonicalOrder, { locale }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [doc, sample, locale, t]);
  return (
    <Card size="small" title={t('formDesigner.review.tryIt')} data-testid="rd-try-it">
      <Select aria-label={t('formDesigner.review.pickSample')} data-testid="rd-sample-pick" style={{ width: '100%', marginBottom: 8 }} placeholder={t('formDesigner.review.pickSample')}
        onChange={(id: string) => setSample(JSON.stringify(REVIEW_SAMPLES.find((s) => s.id === id)!.order, null, 2))}
        options={REVIEW_SAMPLES.map((s) => ({ value: s.id, label: t(`formDesigner.review.samples.${s.id}`) }))} />
      <Input.TextArea aria-label={t('formDesigner.review.sampleOrder')} data-testid="rd-sample" rows={12} value={sample} onChange={(e) => setSample(e.target.value)}
        style={{ fontFamily: 'monospace', fontSize: 12 }} />
      {'error' in outcome && outcome.error && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={outcome.error} />}
      {'result' in outcome && outcome.result && (
        <div style={{ marginTop: 8 }} data-testid="rd-result">
          <Typography.Text strong data-testid="rd-decision">
            {t('formDesigner.review.decision', { decision: t(`formDesigner.review.decisions.${outcome.result.decision}`) })}
          </Typography.Text>
          {outcome.result.matched.length === 0
            ? <Typography.Paragraph style={{ marginTop: 8 }}>{t('formDesigner.review.noMatch')}</Typography.Paragraph>
            : <List size="small" header={t('formDesigner.review.matched')} dataSource={outcome.result.matched}
                renderItem={(m) => <List.Item><Tag color={COLOR[m.action]}>{t(`formDesigner.review.actions.${m.action}`)}</Tag>{m.id}: {m.message}</List.Item>} />}
        </div>
      )}
    </Card>
  );
}
