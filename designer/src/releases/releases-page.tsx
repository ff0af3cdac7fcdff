import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsTab } from './drafts-tab';
import { HistoryTab } from './history-tab';
import { ImportTab } from './import-tab';
import { MakerCheckerSwitch } from './maker-checker-switch';

/** Releases: publish drafts together after the cross-check, see and roll back versions, move releases between environments. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const bump = () => setRevision((r) => r + 1);
  const [tab, setTab] = useState('drafts');
  return (
    <div>
      <Typography.Title level={2} style={{ marginTop: 0 }}>{t('releases.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('releases.help')}</Typography.Paragraph>
      <MakerCheckerSwitch />
      <Tabs
        activeKey={tab} onChange={setTab}
        items={[
          { key: 'drafts', label: <span data-testid="releases-tab-drafts">{t('releases.tabs.drafts')}</span>, children: <DraftsTab key={revision} onPublished={bump} /> },
          { key: 'history', label: <span data-testid="releases-tab-history">{t('releases.tabs.history')}</span>, children: <HistoryTab revision={revision} onChanged={bump} /> },
          { key: 'import', label: <span data-testid="releases-tab-import">{t('releases.tabs.import')}</span>, children: <ImportTab onImported={() => { bump(); setTab('history'); }} /> },
        ]}
      />
    </div>
  );
}
