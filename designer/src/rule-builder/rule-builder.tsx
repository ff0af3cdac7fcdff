import { Col, Row, Segmented, Space } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorFallback } from '../components/editor-fallback';
import { LazyJsonEditor } from '../components/json-editor';
import { NodeEditor } from './node-editor';
import { TryItPanel } from './try-it-panel';
import { parseRule, serializeRule, type VariableOption } from './model';

export interface RuleBuilderProps {
  /** The rule as JSON Logic: the one source of truth, so switching views never changes it. */
  value: unknown;
  onChange(next: unknown): void;
  variables: readonly VariableOption[];
  /** Model URI of the JSON view, unique per rule on screen. */
  path: string;
  /** Initial data of the "try it" panel: the shape this rule slot is evaluated on (default: a flat demo record). */
  sample?: unknown;
}

/** Visual rule builder with a JSON view and a "try it" panel. Unsupported parts are kept verbatim. */
export function RuleBuilder({ value, onChange, variables, path, sample }: RuleBuilderProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'visual' | 'json'>('visual');
  const [marks, setMarks] = useState<ReadonlyMap<string, unknown>>();
  const tree = useMemo(() => parseRule(value), [value]);
  const [text, setText] = useState<string | null>(null);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={16}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented
            aria-label={t('ruleBuilder.view')}
            value={view}
            onChange={(v) => (setView(v as 'visual' | 'json'), setText(null))}
            options={[
              { value: 'visual', label: t('ruleBuilder.visual') },
              { value: 'json', label: t('ruleBuilder.json') },
            ]}
          />
          {view === 'visual' ? (
            <NodeEditor node={tree} path="" variables={variables} marks={marks} onChange={(n) => onChange(serializeRule(n))} />
          ) : (
            <Suspense fallback={<EditorFallback />}>
              <LazyJsonEditor
                path={path}
                height={320}
                value={text ?? JSON.stringify(value, null, 2)}
                onChange={(next) => {
                  setText(next);
                  // Only valid JSON reaches the rule; while typing, the last valid rule is kept.
                  try {
                    onChange(JSON.parse(next));
                  } catch {
                    /* incomplete text */
                  }
                }}
              />
            </Suspense>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={8}>
        <TryItPanel rule={value} onMarks={setMarks} sample={sample} />
      </Col>
    </Row>
  );
}
