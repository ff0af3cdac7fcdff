import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PinnedIssue } from './use-form-issues';

/** The problem count; its list pins each problem to its field (click → field selected, property focused). */
export function IssuesBar({ issues, onPick }: { issues: PinnedIssue[]; onPick(i: PinnedIssue): void }) {
  const { t } = useTranslation();
  if (!issues.length) return <Tag icon={<CheckCircleOutlined />} data-testid="fd-issues">{t('formDesigner.noIssues')}</Tag>;
  const list = (
    <ul style={{ margin: 0, paddingInlineStart: 16, maxWidth: 420 }} data-testid="fd-issue-list">
      {issues.map((i, n) => (
        <li key={n}>
          <Typography.Link onClick={() => onPick(i)} data-testid={`fd-issue-${n}`}>
            {i.target.field ?? (i.target.validation !== undefined ? `#${i.target.validation + 1}` : t('formDesigner.formLevel'))}
            {i.target.property ? ` · ${i.target.property}` : ''}: {i.message}
          </Typography.Link>
        </li>
      ))}
    </ul>
  );
  return (
    <Popover content={list} trigger="click">
      <Tag icon={<WarningOutlined style={{ color: '#a8071a' }} />} style={{ cursor: 'pointer', color: '#a8071a', borderColor: '#a8071a' }} data-testid="fd-issues" role="button" tabIndex={0}>{t('formDesigner.issues', { count: issues.length })}</Tag>
    </Popover>
  );
}
