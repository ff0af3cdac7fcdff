import { Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from '../rule-builder';
import { routingVariables } from './routing-variables';

/** An optional JSON Logic condition: absent (always true) until added; edited with the visual rule builder. */
export function ConditionField(props: { label: string; value: unknown; onChange(v: unknown): void; path: string; readOnly?: boolean; testId: string }) {
  const { t } = useTranslation();
  const variables = useMemo(() => routingVariables(), []);
  const { value, onChange, readOnly } = props;
  return (
    <div data-testid={props.testId} style={{ marginBottom: 12 }}>
      <Space>
        <Typography.Text strong>{props.label}</Typography.Text>
        {value === undefined ? (
          <Button size="small" disabled={readOnly} onClick={() => onChange({ and: [] })} data-testid={`${props.testId}-add`}>{t('routingDesigner.condition.add')}</Button>
        ) : (
          <Button size="small" danger disabled={readOnly} onClick={() => onChange(undefined)}>{t('routingDesigner.condition.remove')}</Button>
        )}
      </Space>
      {value === undefined
        ? <Typography.Paragraph type="secondary">{t('routingDesigner.condition.always')}</Typography.Paragraph>
        : <RuleBuilder value={value} onChange={onChange} variables={variables} path={props.path} />}
    </div>
  );
}
