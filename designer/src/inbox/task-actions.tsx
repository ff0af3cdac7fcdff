import { App, Button, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../components/api-error-text';
import { inboxApi, type Decision, type DecisionBody } from './inbox-api';

type Mode = 'reassign' | 'add-approver' | null;

/** The decisions on an open task; comment and edited fields go with approve / reject. */
export function TaskActions({ taskId, fields, onDone }: { taskId: string; fields: Record<string, string>; onDone(action: Decision): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [mode, setMode] = useState<Mode>(null);
  const [toKind, setToKind] = useState<'role' | 'user'>('role');
  const [to, setTo] = useState('approver');
  const [position, setPosition] = useState<'before' | 'after'>('after');
  const [busy, setBusy] = useState<Decision | null>(null);

  const run = async (action: Decision) => {
    const body: DecisionBody = {};
    if (comment.trim()) body.comment = comment.trim();
    if (action === 'comment' && !body.comment) return void message.warning(t('task.commentNeeded'));
    const edited = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
    if ((action === 'approve' || action === 'reject') && Object.keys(edited).length) body.fields = edited;
    if (action === 'return') body.target = 'submitter';
    if (action === 'reassign' || action === 'add-approver') body.to = toKind === 'role' ? { role: to } : { user: to };
    if (action === 'add-approver') Object.assign(body, { position });
    setBusy(action);
    try {
      await inboxApi.decide(taskId, action, body);
      message.success(t('task.decided'));
      setComment('');
      setMode(null);
      onDone(action);
    } catch (e) {
      message.error(apiErrorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="task-actions">
      <Typography.Text strong>{t('task.comment')}</Typography.Text>
      <Input.TextArea aria-label={t('task.comment')} placeholder={t('task.commentPlaceholder')} rows={3} value={comment}
        onChange={(e) => setComment(e.target.value)} style={{ margin: '8px 0' }} data-testid="task-comment" />
      <Space wrap>
        <Button type="primary" loading={busy === 'approve'} onClick={() => void run('approve')} data-testid="task-approve">{t('task.approve')}</Button>
        <Button danger loading={busy === 'reject'} onClick={() => void run('reject')}>{t('task.reject')}</Button>
        <Button loading={busy === 'return'} onClick={() => void run('return')}>{t('task.return')}</Button>
        <Button onClick={() => setMode(mode === 'reassign' ? null : 'reassign')}>{t('task.reassign')}</Button>
        <Button onClick={() => setMode(mode === 'add-approver' ? null : 'add-approver')}>{t('task.addApprover')}</Button>
        <Button loading={busy === 'comment'} onClick={() => void run('comment')}>{t('task.addComment')}</Button>
      </Space>
      {mode && (
        <Space wrap style={{ marginTop: 12 }}>
          <Select aria-label={t('task.to')} value={toKind} onChange={setToKind} style={{ width: 120 }}
            options={[{ value: 'role', label: t('task.toRole') }, { value: 'user', label: t('task.toUser') }]} />
          <Input aria-label={toKind === 'role' ? t('task.toRole') : t('task.toUser')} value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 260 }} />
          {mode === 'add-approver' && (
            <Select aria-label={t('task.position')} value={position} onChange={setPosition} style={{ width: 140 }}
              options={[{ value: 'before', label: t('task.before') }, { value: 'after', label: t('task.after') }]} />
          )}
          <Button type="primary" loading={busy === mode} disabled={!to.trim()} onClick={() => void run(mode)}>{t('task.confirm')}</Button>
          <Button onClick={() => setMode(null)}>{t('task.cancel')}</Button>
        </Space>
      )}
    </div>
  );
}
