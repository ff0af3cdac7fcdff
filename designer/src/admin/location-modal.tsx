import { AutoComplete, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locationsApi, type LocationView } from '../api/catalog-api';
import { ErrorAlert } from '../components/error-alert';
import { showFieldError } from './field-errors';
import { NEW_LOCATION, toBody, toValues, type LocationValues } from './location-values';
import { OpenHoursField } from './open-hours-field';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELDS = ['id', 'name', 'type', 'lat', 'lon', 'region', 'tags', 'priority', 'dailyCapacity', 'openHours', 'active'] as const;

/** Create or edit a location: what routing reads (type, tags, coordinates, priority, capacity, hours). */
export function LocationModal(props: { location: LocationView | 'new' | null; knownTags: string[]; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LocationValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isNew = props.location === 'new';
  useEffect(() => {
    setError(null);
    if (props.location) form.setFieldsValue(props.location === 'new' ? NEW_LOCATION : toValues(props.location));
  }, [props.location, form]);

  const submit = async (v: LocationValues) => {
    setBusy(true);
    setError(null);
    try {
      if (props.location === 'new') await locationsApi.create(toBody(v, true));
      else if (props.location) await locationsApi.update(props.location.id, toBody(v, false));
      props.onSaved();
    } catch (e) {
      if (!showFieldError(form, e, t, FIELDS)) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, message: t('admin.required') };
  return (
    <Modal open={props.location !== null} width={760} title={isNew ? t('admin.locations.create') : t('admin.locations.edit')}
      onCancel={props.onClose} onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('admin.save')} cancelText={t('admin.cancel')} forceRender>
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={NEW_LOCATION}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="id" label={t('admin.locations.id')} extra={t('admin.locations.idHelp')}
              rules={[required, { pattern: KEBAB, message: t('admin.kebab') }]}>
              <Input disabled={!isNew} />
            </Form.Item>
          </Col>
          <Col span={10}><Form.Item name="name" label={t('admin.locations.name')} rules={[required]}><Input /></Form.Item></Col>
          <Col span={6}>
            <Form.Item name="type" label={t('admin.locations.type')} rules={[required, { pattern: KEBAB, message: t('admin.kebab') }]}>
              <AutoComplete options={['warehouse', 'store', '3pl'].map((v) => ({ value: v, label: t(`admin.locationTypes.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}><Form.Item name="lat" label={t('admin.locations.lat')} extra={t('admin.locations.latHelp')}><InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="lon" label={t('admin.locations.lon')}><InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="region" label={t('admin.locations.region')}><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="active" label={t('admin.locations.active')} valuePropName="checked"><Switch /></Form.Item></Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="tags" label={t('admin.locations.tags')} extra={t('admin.locations.tagsHelp')}
              rules={[{ validator: (_r, v: string[] = []) => (v.every((x) => KEBAB.test(x)) ? Promise.resolve() : Promise.reject(new Error(t('admin.kebab')))) }]}>
              <Select mode="tags" options={props.knownTags.map((x) => ({ value: x }))} tokenSeparators={[',', ' ']} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="priority" label={t('admin.locations.priority')} extra={t('admin.locations.priorityHelp')}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="dailyCapacity" label={t('admin.locations.capacity')} extra={t('admin.locations.capacityHelp')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <OpenHoursField />
      </Form>
    </Modal>
  );
}
