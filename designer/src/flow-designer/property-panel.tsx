import { Empty, Form, Input, Typography } from 'antd';
import type { FlowDefinition, FlowNode } from '@oms/runtime';
import { useTranslation } from 'react-i18next';
import { nodeUi } from './node-ui-registry';

/** The selected node's title and its type's registered property panel. */
export function PropertyPanel(props: { node: FlowNode | undefined; flow?: FlowDefinition; onChange(node: FlowNode, field?: string): void }) {
  const { t, i18n } = useTranslation();
  const { node } = props;
  if (!node) return <aside className="fd-props" aria-label={t('flowDesigner.properties')}><Empty description={t('flowDesigner.selectNode')} /></aside>;
  const Panel = nodeUi(node.type)?.Panel;
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <aside className="fd-props" aria-label={t('flowDesigner.properties')} data-testid="flow-properties">
      <Typography.Text strong>{node.id}</Typography.Text> <Typography.Text type="secondary">{node.type}</Typography.Text>
      <Form layout="vertical" size="small" style={{ marginTop: 8 }}>
        <Form.Item label={t('flowDesigner.field.title')} htmlFor={`fd-${node.id}-title`}>
          <Input id={`fd-${node.id}-title`} data-testid="prop-title" value={node.title?.[lang] ?? ''}
            onChange={(e) => {
              const title = { ...node.title, [lang]: e.target.value };
              if (!e.target.value) delete title[lang];
              const { title: _old, ...rest } = node;
              props.onChange(Object.keys(title).length ? { ...rest, title } : rest, 'title');
            }} />
        </Form.Item>
      </Form>
      {Panel ? <Panel node={node} flow={props.flow} onChange={(config, field) => props.onChange({ ...node, config }, field && `config.${field}`)} /> : <Typography.Paragraph type="secondary">{t('flowDesigner.noProperties')}</Typography.Paragraph>}
    </aside>
  );
}
