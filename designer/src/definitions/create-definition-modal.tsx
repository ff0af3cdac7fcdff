import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionsApi } from '../api/definitions-api';
import type { DefinitionKind } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { KEY_PATTERN, KINDS, starterBody } from './definition-kinds';

interface Values {
  kind: DefinitionKind;
  key: string;
  title: string;
  titleZh?: string;
}

export function CreateDefinitionModal(props: {
  open: boolean;
  defaultKind: DefinitionKind;
  onClose(): void;
  onCreated(kind: DefinitionKind, key: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await definitionsApi.create(v.kind, v.key, starterBody(v.kind, v.key, v.title.trim(), v.titleZh));
      form.resetFields();
      props.onCreated(v.kind, v.key);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      title={t('definitions.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'create-submit' }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ kind: props.defaultKind }} preserve={false}>
        <Form.Item name="kind" label={t('definitions.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`kindOne.${k}`) }))} data-testid="create-kind" />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('definitions.key')}
          extra={t('definitions.keyHelp')}
          rules={[{ required: true, pattern: KEY_PATTERN, message: t('definitions.keyInvalid') }]}
        >
          <Input placeholder="retail-order" data-testid="create-key" />
        </Form.Item>
        <Form.Item name="title" label={t('definitions.titleField')} rules={[{ required: true, whitespace: true, message: t('definitions.titleRequired') }]}>
          <Input data-testid="create-title" />
        </Form.Item>
        <Form.Item name="titleZh" label={t('defx.titleZh')} extra={t('defx.titleZhHelp')}>
          <Input data-testid="create-title-zh" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
