import { PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { validateDefinition } from '@oms/runtime';
import { Button, Col, Empty, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DragGhost } from '../form-designer/drag-ghost';
import { useDocHistory } from '../components/use-doc-history';
import { usePointerDrag } from '../form-designer/use-pointer-drag';
import '../form-designer/form-designer.css';
import { currentLanguage } from '../i18n';
import { addRule, moveRule, type ReviewDoc } from './model';
import { ReviewRuleCard } from './review-rule-card';
import { ReviewTryIt } from './review-try-it';

/** Ordered review rules: add, edit (condition through the rule builder), reorder by drag or buttons, try it. */
export default function ReviewDesigner({ doc, onChange, readOnly }: { doc: ReviewDoc; onChange(d: ReviewDoc): void; readOnly?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const history = useDocHistory(doc, onChange);
  const { apply } = history;
  const { drag, source, ghostRef } = usePointerDrag<number>((from, zone) => {
    if (!readOnly && zone.startsWith('gap:')) apply(moveRule(doc, from, Number(zone.slice(4))));
  });
  const issues = useMemo(() => validateDefinition(doc, { locale }), [doc, locale]);
  const gap = (i: number) => (
    <div data-drop={`gap:${i}`} data-testid={`rd-gap-${i}`} className={`fd-zone fd-zone-row${drag?.over === `gap:${i}` ? ' fd-over' : ''}`} />
  );
  return (
    <div data-testid="review-designer" className={drag ? 'fd-dragging' : undefined}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<UndoOutlined />} onClick={history.undo} disabled={!history.canUndo || readOnly} data-testid="rd-undo">{t('formDesigner.undo')}</Button>
        <Button icon={<RedoOutlined />} onClick={history.redo} disabled={!history.canRedo || readOnly} data-testid="rd-redo">{t('formDesigner.redo')}</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => apply(addRule(doc))} disabled={readOnly} data-testid="rd-add-rule">{t('formDesigner.review.addRule')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('formDesigner.review.help')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {doc.rules.length === 0 && <Empty description={t('formDesigner.review.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {doc.rules.map((rule, i) => (
            <div key={`${rule.id}-${i}`}>
              {gap(i)}
              <ReviewRuleCard doc={doc} index={i} apply={apply} source={source} readOnly={readOnly}
                issues={issues.filter((x) => x.path === `/rules/${i}` || x.path.startsWith(`/rules/${i}/`))} />
            </div>
          ))}
          {doc.rules.length > 0 && gap(doc.rules.length)}
        </Col>
        <Col xs={24} xl={8}>
          <ReviewTryIt doc={doc} />
        </Col>
      </Row>
      <DragGhost drag={drag} ghostRef={ghostRef} />
    </div>
  );
}
