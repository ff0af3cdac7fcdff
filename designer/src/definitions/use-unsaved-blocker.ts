import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Ask before an in-app route change (menu link, breadcrumb, back button) throws away unsaved edits; the
 * beforeunload guard (useLeaveWarning) covers closing and reloading the tab.
 */
export function useUnsavedBlocker(dirty: boolean): void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('defx.leave.title'),
      content: t('defx.leave.body'),
      okText: t('defx.leave.ok'),
      cancelText: t('defx.leave.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'leave-discard' } as never,
      cancelButtonProps: { 'data-testid': 'leave-stay' } as never,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
}
