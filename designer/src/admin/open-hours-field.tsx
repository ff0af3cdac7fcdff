import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/**
 * Opening hours per weekday, in the tenant's time zone: each day a list of open–close intervals (up to four, as
 * the server allows); a day without intervals is closed. Form values live under `openHours.<day>`.
 */
export function OpenHoursField() {
  const { t } = useTranslation();
  const time = (label: string) => [
    { required: true, message: t('admin.required') },
    { pattern: HHMM, message: t('admin.locations.timeFormat') },
  ].map((r) => ({ ...r, message: `${label}: ${r.message}` }));
  return (
    <fieldset style={{ border: '1px solid #eee', padding: 12, marginBottom: 16 }}>
      <legend style={{ fontSize: 14, width: 'auto', marginBottom: 0, padding: '0 4px' }}>{t('admin.locations.openHours')}</legend>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('admin.locations.openHoursHelp')}</Typography.Paragraph>
      {DAYS.map((day) => (
        <Form.List key={day} name={['openHours', day]}>
          {(fields, { add, remove }) => (
            <Space align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }} data-testid={`hours-${day}`}>
              <Typography.Text style={{ width: 90, display: 'inline-block' }}>{t(`admin.days.${day}`)}</Typography.Text>
              {fields.length === 0 ? <Typography.Text type="secondary">{t('admin.locations.closed')}</Typography.Text> : null}
              {fields.map((f) => (
                <Space key={f.key} size={4} align="baseline">
                  <Form.Item name={[f.name, 'open']} rules={time(t('admin.locations.opens'))} style={{ marginBottom: 0 }}>
                    <Input placeholder="09:00" style={{ width: 80 }} aria-label={`${t(`admin.days.${day}`)} ${t('admin.locations.opens')}`} />
                  </Form.Item>
                  –
                  <Form.Item name={[f.name, 'close']} rules={time(t('admin.locations.closes'))} style={{ marginBottom: 0 }}>
                    <Input placeholder="18:00" style={{ width: 80 }} aria-label={`${t(`admin.days.${day}`)} ${t('admin.locations.closes')}`} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('admin.locations.removeInterval')} />
                </Space>
              ))}
              {fields.length < 4 ? (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ open: '09:00', close: '18:00' })} aria-label={`${t(`admin.days.${day}`)}: ${t('admin.locations.addInterval')}`}>
                  {t('admin.locations.addInterval')}
                </Button>
              ) : null}
            </Space>
          )}
        </Form.List>
      ))}
    </fieldset>
  );
}
