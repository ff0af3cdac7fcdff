import { defaultRuleEngine } from '@oms/runtime';
import { Alert, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  rule: unknown;
  /** Called with the trace marks (path → value) so the visual tree shows ✓ / ✗ per condition. */
  onMarks(marks: ReadonlyMap<string, unknown> | undefined): void;
  /** The data the sample box starts with, in the shape the rule's slot is evaluated on. */
  sample?: unknown;
}

const DEFAULT_SAMPLE = { total: 1200, country: 'DE' };

type Outcome = { ok: true; value: unknown; marks: Map<string, unknown>; entries: { path: string; op: string; value: unknown }[] } | { ok: false; message: string };

/** Evaluates the rule with the runtime engine's trace against a sample typed as JSON. */
export function TryItPanel({ rule, onMarks, sample: initial = DEFAULT_SAMPLE }: Props) {
  const { t } = useTranslation();
  const [sample, setSample] = useState(() => JSON.stringify(initial, null, 2));
  const outcome = useMemo<Outcome | null>(() => {
    let data: unknown;
    try {
      data = JSON.parse(sample);
    } catch {
      return { ok: false, message: t('ruleBuilder.badSample') };
    }
    try {
      const r = defaultRuleEngine().trace(rule as never, data);
      const marks = new Map<string, unknown>();
      const entries = [];
      // Inside all / some / none a path repeats per line item: the first evaluation is shown.
      for (const e of r.trace) if (!marks.has(e.path)) (marks.set(e.path, e.value), entries.push(e));
      return { ok: true, value: r.value, marks, entries };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [rule, sample, t]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t('ruleBuilder.tryIt')}</Typography.Text>
      <Input.TextArea aria-label={t('ruleBuilder.sample')} rows={5} value={sample} onChange={(e) => setSample(e.target.value)} />
      <Space>
        <Typography.Link onClick={() => onMarks(outcome?.ok ? outcome.marks : undefined)}>{t('ruleBuilder.showTrace')}</Typography.Link>
        <Typography.Link onClick={() => onMarks(undefined)}>{t('ruleBuilder.hideTrace')}</Typography.Link>
      </Space>
      {outcome && !outcome.ok && <Alert type="warning" title={outcome.message} />}
      {outcome?.ok && (
        <>
          <Typography.Text>{t('ruleBuilder.result', { value: JSON.stringify(outcome.value) })}</Typography.Text>
          <ul aria-label={t('ruleBuilder.trace')}>
            {outcome.entries.map(({ path, op, value }) => (
              <li key={path}>
                <Typography.Text code>{path || '/'}</Typography.Text> {op === 'var' ? '=' : value ? '✓' : '✗'} {JSON.stringify(value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Space>
  );
}
