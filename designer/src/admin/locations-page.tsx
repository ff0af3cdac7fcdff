import { App, Button, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locationsApi, type LocationView } from '../api/catalog-api';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useKeysetList } from '../components/use-keyset-list';
import { errorText } from './field-errors';
import { LocationModal } from './location-modal';

/** Warehouses, stores and 3PLs: what routing chooses from. */
export function LocationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const list = useKeysetList((after) => locationsApi.list({ q, after }), q);
  const [editing, setEditing] = useState<LocationView | 'new' | null>(null);
  const knownTags = useMemo(() => [...new Set(list.items.flatMap((l) => l.tags))].sort(), [list.items]);
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      list.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? errorText(e, t) : String(e));
    }
  };
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('admin.locations.title')}</Typography.Title>
        <Space>
          <Input.Search allowClear placeholder={t('admin.search')} aria-label={t('admin.search')} onSearch={setQ} style={{ width: 240 }} />
          <Button type="primary" onClick={() => setEditing('new')} data-testid="location-create">{t('admin.locations.create')}</Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('admin.locations.help')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<LocationView> rowKey="id" loading={list.loading} dataSource={list.items} pagination={false} data-testid="locations-table" columns={[
        { title: t('admin.locations.id'), dataIndex: 'id', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('admin.locations.name'), dataIndex: 'name' },
        { title: t('admin.locations.type'), dataIndex: 'type', render: (v: string) => t(`admin.locationTypes.${v}`, { defaultValue: v }) },
        { title: t('admin.locations.tags'), dataIndex: 'tags', render: (tags: string[]) => tags.map((x) => <Tag key={x}>{x}</Tag>) },
        { title: t('admin.locations.coordinates'), key: 'coords', render: (_: unknown, l) => (l.lat !== null && l.lon !== null ? `${l.lat}, ${l.lon}` : '—') },
        { title: t('admin.locations.priority'), dataIndex: 'priority' },
        { title: t('admin.locations.capacity'), dataIndex: 'dailyCapacity', render: (v: number | null) => v ?? '—' },
        {
          title: t('admin.locations.active'), dataIndex: 'active', render: (on: boolean, l) => (
            <Switch checked={on} aria-label={t('admin.locations.activeOf', { name: l.name })} onChange={(v) => void act(() => locationsApi.update(l.id, { active: v }))} />
          ),
        },
        {
          title: t('admin.actions'), key: 'actions', render: (_: unknown, l) => (
            <Space>
              <Button size="small" onClick={() => setEditing(l)} data-testid={`edit-${l.id}`}>{t('admin.edit')}</Button>
              <Popconfirm title={t('admin.locations.deleteConfirm', { name: l.name })} okText={t('admin.delete')} cancelText={t('admin.cancel')}
                onConfirm={() => act(() => locationsApi.remove(l.id))}>
                <Button size="small" danger>{t('admin.delete')}</Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]} />
      {list.hasMore ? <Button onClick={list.more} loading={list.loading} style={{ marginTop: 12 }}>{t('admin.more')}</Button> : null}
      <LocationModal location={editing} knownTags={knownTags} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); list.reload(); }} />
    </div>
  );
}
