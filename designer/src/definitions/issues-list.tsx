import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditorIssue } from '../components/json-editor';

/** Problems under the editor; clicking one moves the cursor to the JSON it points at. */
export function IssuesList({ issues, onSelect }: { issues: readonly EditorIssue[]; onSelect(path: string): void }) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  return (
    <div data-testid="issues-list" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('detail.issuesTitle', { count: issues.length })}</Typography.Text>{' '}
      <Typography.Text type="secondary">{t('detail.issuesHelp')}</Typography.Text>
      <List
        size="small"
        bordered
        style={{ marginTop: 8 }}
        dataSource={[...issues]}
        renderItem={(issue, i) => (
          <List.Item
            key={`${issue.path}-${issue.code}-${i}`}
            data-testid="issue-item"
            data-path={issue.path}
            style={{ cursor: 'pointer' }}
            onClick={() => onSelect(issue.path)}
          >
            <Typography.Text code data-testid="issue-path">{issue.path || t('detail.root')}</Typography.Text>
            <span style={{ flex: 1, marginLeft: 8 }}>{issue.message}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{issue.code}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
