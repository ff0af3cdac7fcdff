import { App, AutoComplete, Button, Form, Input, Modal, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsApi, type ChannelView } from '../api/catalog-api';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useKeysetList } from '../components/use-keyset-list';
import { errorText, showFieldError } from './field-errors';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TYPES = ['api', 'storefront', 'marketplace', 'pos', 'edi', 'form'];
type Values = { id: string; name: string; type: string; active: boolean };

/** Sales channels: where orders come from (an order's `channel`); connectors usually add their own. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useKeysetList((after) => channelsApi.list({ after }), 'channels');
  const [editing, setEditing] = useState<ChannelView | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setError(null);
    if (editing) form.setFieldsValue(editing === 'new' ? { id: '', name: '', type: 'storefront', active: true } : editing);
  }, [editing, form]);
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      list.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? errorText(e, t) : String(e));
    }
  };
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      if (editing === 'new') await channelsApi.create({ id: v.id.trim(), name: v.name.trim(), type: v.type, active: v.active });
      else if (editing) await channelsApi.update(editing.id, { name: v.name.trim(), type: v.type, active: v.active });
      setEditing(null);
      list.reload();
    } catch (e) {
      if (!showFieldError(form, e, t, ['id', 'name', 'type', 'active'])) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, message: t('admin.required') };
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{t('admin.channels.title')}</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="channel-create">{t('admin.channels.create')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('admin.channels.help')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<ChannelView> rowKey="id" loading={list.loading} dataSource={list.items} pagination={false} data-testid="channels-table" columns={[
        { title: t('admin.channels.id'), dataIndex: 'id', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('admin.channels.name'), dataIndex: 'name' },
        { title: t('admin.channels.type'), dataIndex: 'type', render: (v: string) => t(`admin.channelTypes.${v}`, { defaultValue: v }) },
        {
          title: t('admin.channels.active'), dataIndex: 'active', render: (on: boolean, c) => (
            <Switch checked={on} aria-label={t('admin.channels.activeOf', { name: c.name })} onChange={(v) => void act(() => channelsApi.update(c.id, { active: v }))} />
          ),
        },
        {
          title: t('admin.actions'), key: 'actions', render: (_: unknown, c) => (
            <Space>
              <Button size="small" onClick={() => setEditing(c)}>{t('admin.edit')}</Button>
              <Popconfirm title={t('admin.channels.deleteConfirm', { name: c.name })} okText={t('admin.delete')} cancelText={t('admin.cancel')} onConfirm={() => act(() => channelsApi.remove(c.id))}>
                <Button size="small" danger>{t('admin.delete')}</Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]} />
      {list.hasMore ? <Button onClick={list.more} loading={list.loading} style={{ marginTop: 12 }}>{t('admin.more')}</Button> : null}
      <Modal open={editing !== null} title={editing === 'new' ? t('admin.channels.create') : t('admin.channels.edit')} onCancel={() => setEditing(null)}
        onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('admin.save')} cancelText={t('admin.cancel')} forceRender>
        {error ? <ErrorAlert error={error} /> : null}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="id" label={t('admin.channels.id')} extra={t('admin.channels.idHelp')} rules={[required, { pattern: KEBAB, message: t('admin.kebab') }]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="name" label={t('admin.channels.name')} rules={[required]}><Input /></Form.Item>
          <Form.Item name="type" label={t('admin.channels.type')} rules={[required, { pattern: KEBAB, message: t('admin.kebab') }]}>
            <AutoComplete options={TYPES.map((v) => ({ value: v, label: t(`admin.channelTypes.${v}`) }))} />
          </Form.Item>
          <Form.Item name="active" label={t('admin.channels.active')} valuePropName="checked"><Switch /></Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
