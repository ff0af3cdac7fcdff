import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../api/types';

/** The cross-check's findings, each named by the item it concerns (`/items/2/body/...` → form/order-form). */
export function ReleaseIssues({ issues, items, base }: { issues: ValidationIssue[]; items: Array<{ kind: string; key: string }>; base: 'items' | 'definitions' }) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  const re = new RegExp(`^/${base}/(\\d+)(/body)?(.*)$`);
  return (
    <Alert
      type={issues.some((i) => i.severity !== 'warning') ? 'error' : 'warning'} showIcon style={{ marginBottom: 12 }} data-testid="release-issues"
      title={t('releases.issues.title', { count: issues.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {issues.map((i, n) => {
            const m = re.exec(i.path);
            const item = m ? items[Number(m[1])] : undefined;
            return (
              <li key={n} data-testid="release-issue">
                {item ? <strong>{item.kind}/{item.key}</strong> : null} <code>{m ? m[3] || '/' : i.path}</code>: {i.message}
                {i.severity === 'warning' ? ` (${t('releases.issues.warning')})` : ''}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
