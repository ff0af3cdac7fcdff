import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import type { Issue, ReviewAction } from '@oms/runtime';
import { Alert, Button, Card, Form, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { usePointerDrag } from '../form-designer/use-pointer-drag';
import { I18nInputs } from '../form-designer/panels/i18n-inputs';
import { RuleBuilder } from '../rule-builder';
import { ACTIONS, moveRule, removeRule, updateRule, type ReviewDoc } from './model';
import { reviewVariables } from './review-variables';

type Source = ReturnType<typeof usePointerDrag<number>>['source'];

interface Props {
  doc: ReviewDoc;
  index: number;
  apply(next: ReviewDoc, coalesce?: string): void;
  source: Source;
  issues: Issue[];
  readOnly?: boolean;
}

const VARIABLES = reviewVariables();

/** One review rule: drag handle, id, action, message per language, enabled, and its condition. */
export function ReviewRuleCard({ doc, index, apply, source, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const rule = doc.rules[index];
  const set = (patch: Record<string, unknown>, prop?: string) => apply(updateRule(doc, index, patch), prop ? `${index}/${prop}` : undefined);
  const id = (p: string) => `rd-${index}-${p}`;
  return (
    <Card
      size="small"
      data-testid={`rd-rule-${index}`}
      title={
        <Space>
          {!readOnly && <span {...source(index, rule.id)} data-testid={`rd-handle-${index}`} aria-label={t('formDesigner.review.drag', { id: rule.id })}><HolderOutlined /></span>}
          {t('formDesigner.review.rule', { id: rule.id })}
        </Space>
      }
      extra={!readOnly && (
        <Space size={0}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('formDesigner.moveUp', { name: rule.id })} onClick={() => apply(moveRule(doc, index, index - 1))} />
          <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('formDesigner.moveDown', { name: rule.id })} onClick={() => apply(moveRule(doc, index, index + 2))} />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.review.remove', { id: rule.id })} onClick={() => apply(removeRule(doc, index))} />
        </Space>
      )}
    >
      {issues.map((i, n) => <Alert key={n} type="error" showIcon style={{ marginBottom: 8 }} title={`${i.path}: ${i.message}`} />)}
      <Form layout="vertical" size="small" component="div" disabled={readOnly}>
        <Space wrap align="start">
          <Form.Item label={t('formDesigner.review.id')} htmlFor={id('id')}>
            <Input id={id('id')} data-testid={`rd-id-${index}`} value={rule.id} onChange={(e) => set({ id: e.target.value }, 'id')} />
          </Form.Item>
          <Form.Item label={t('formDesigner.review.action')} htmlFor={id('action')}>
            <Select id={id('action')} data-testid={`rd-action-${index}`} style={{ width: 180 }} value={rule.action} onChange={(action: ReviewAction) => set({ action })}
              options={ACTIONS.map((a) => ({ value: a, label: t(`formDesigner.review.actions.${a}`) }))} />
          </Form.Item>
          <Form.Item label={t('formDesigner.review.code')} htmlFor={id('code')}>
            <Input id={id('code')} value={rule.code ?? ''} placeholder={`review.${rule.id}`} onChange={(e) => set({ code: e.target.value || undefined }, 'code')} />
          </Form.Item>
          <Form.Item label={t('formDesigner.review.enabled')} htmlFor={id('enabled')}>
            <Switch id={id('enabled')} checked={rule.enabled !== false} onChange={(on) => set({ enabled: on ? undefined : false })} />
          </Form.Item>
        </Space>
        <I18nInputs labelKey="formDesigner.review.message" testId={`rd-message-${index}`} value={rule.message} idFor={(l) => id(`message-${l}`)}
          onChange={(message) => set({ message: message ?? {} }, 'message')} />
        <Form.Item label={t('formDesigner.review.when')}>
          <div data-testid={`rd-when-${index}`}>
            <RuleBuilder value={rule.when} variables={VARIABLES} path={`inmemory://oms/review-rule/${doc.key}/${index}.json`} onChange={(when) => set({ when }, 'when')} />
          </div>
        </Form.Item>
      </Form>
    </Card>
  );
}
