import { Alert, Button, Form, Input, List, Radio, Select, Space, Tag, Typography } from 'antd';
import type { SimulationResult } from '@oms/runtime';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { timelineText } from '../components/test-run/timeline-text';
import type { FlowDoc } from './flow-model';
import { formatOffset } from './format-offset';
import { SAMPLE_ORDER } from './sample-order';
import { simulateApi, type Decision } from './simulate-api';

/** Test run: the current (unsaved) flow on a sample or past order; approvals answered as chosen here. */
export function TestRunPanel(props: { doc: FlowDoc; onResult(r: SimulationResult | null): void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<'sample' | 'past'>('sample');
  const [orderText, setOrderText] = useState(() => JSON.stringify(SAMPLE_ORDER, null, 2));
  const [orderId, setOrderId] = useState('');
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const approvals = props.doc.nodes.filter((n) => n.type === 'approval');

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const order = source === 'sample' ? JSON.parse(orderText) : undefined;
      const all = Object.fromEntries(approvals.map((n) => [n.id, decisions[n.id] ?? 'approve']));
      const r = await simulateApi.run({ order, orderId: source === 'past' ? orderId.trim() : undefined, flowBody: props.doc, decisions: all });
      setResult(r);
      props.onResult(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="fd-test-run" aria-label={t('flowDesigner.testRun.title')} data-testid="test-run-panel">
      <Typography.Title level={5}>{t('flowDesigner.testRun.title')}</Typography.Title>
      <Form layout="vertical" size="small">
        <Radio.Group value={source} onChange={(e) => setSource(e.target.value)} style={{ marginBottom: 8 }}>
          <Radio value="sample">{t('flowDesigner.testRun.sample')}</Radio>
          <Radio value="past">{t('flowDesigner.testRun.pastOrder')}</Radio>
        </Radio.Group>
        {source === 'sample'
          ? <Form.Item label={t('flowDesigner.testRun.order')} htmlFor="fd-run-order"><Input.TextArea id="fd-run-order" data-testid="test-run-order" autoSize={{ minRows: 3, maxRows: 10 }} value={orderText} onChange={(e) => setOrderText(e.target.value)} /></Form.Item>
          : <Form.Item label={t('flowDesigner.testRun.orderId')} htmlFor="fd-run-order-id"><Input id="fd-run-order-id" value={orderId} onChange={(e) => setOrderId(e.target.value)} /></Form.Item>}
        {approvals.map((n) => (
          <Form.Item key={n.id} label={t('flowDesigner.testRun.decisionFor', { node: n.id })} htmlFor={`fd-run-dec-${n.id}`}>
            <Select id={`fd-run-dec-${n.id}`} data-testid={`test-run-decision-${n.id}`} value={decisions[n.id] ?? 'approve'}
              onChange={(v: Decision) => setDecisions({ ...decisions, [n.id]: v })}
              options={(['approve', 'reject', 'wait'] as const).map((d) => ({ value: d, label: t(`flowDesigner.testRun.decision.${d}`) }))} />
          </Form.Item>
        ))}
        <Space>
          <Button onClick={() => void run()} loading={busy} data-testid="test-run-start">{t('flowDesigner.testRun.run')}</Button>
          {result && <Button onClick={() => { setResult(null); props.onResult(null); }}>{t('flowDesigner.testRun.clear')}</Button>}
        </Space>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {result && <RunResult result={result} />}
    </section>
  );
}

function RunResult({ result }: { result: SimulationResult }) {
  const { t } = useTranslation();
  return (
    <div data-testid="test-run-result" style={{ marginTop: 12 }}>
      <Alert type={result.status === 'completed' ? 'success' : result.status === 'error' ? 'error' : 'info'} showIcon
        title={t('flowDesigner.testRun.status', { status: result.status, outcome: result.outcome ?? '—' })} description={result.error?.message}
        data-testid="test-run-status" />
      <Typography.Text strong>{t('flowDesigner.testRun.tasks')}</Typography.Text>
      <List size="small" data-testid="test-run-tasks" dataSource={result.tasks} locale={{ emptyText: t('flowDesigner.testRun.noTasks') }}
        renderItem={(task) => (
          <List.Item>{task.node} → <code>{JSON.stringify(task.assignee)}</code>{task.closed ? ` (${task.closed.action ?? task.closed.how})` : ''}</List.Item>
        )} />
      <Typography.Text strong>{t('flowDesigner.testRun.timeline')}</Typography.Text>
      <List size="small" data-testid="test-run-timeline" dataSource={result.timeline}
        renderItem={(e, i) => (
          <List.Item data-testid="timeline-entry">
            <Space wrap>
              <Tag>{formatOffset(e.offset)}</Tag>
              <span>{timelineText(result.timeline, i, (k, o) => t(k, o ?? {}))}</span>
              {e.node && <code>{e.node}</code>}
              {e.simulated && <Tag color="purple">{t('flowDesigner.testRun.simulated')}</Tag>}
            </Space>
          </List.Item>
        )} />
    </div>
  );
}
