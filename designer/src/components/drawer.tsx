import { Drawer as AntDrawer, type DrawerProps } from 'antd';
import { useLayoutEffect, useRef } from 'react';

/**
 * antd's Drawer, giving the focus back to what opened it only when the user has not moved on. antd (rc-drawer)
 * focuses the opener when the close animation ends, whatever has the focus by then: a menu the user opened during
 * the animation lost the focus and closed again. Every drawer of the designer uses this one.
 */
export function Drawer({ open, afterOpenChange, focusable, ...props }: DrawerProps) {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  const settle = (visible: boolean) => {
    afterOpenChange?.(visible);
    if (visible) return;
    const active = document.activeElement;
    const unclaimed = !active || active === document.body || !!active.closest('.ant-drawer');
    if (unclaimed && opener.current?.isConnected) opener.current.focus({ preventScroll: true });
  };
  return <AntDrawer {...props} open={open} afterOpenChange={settle} focusable={{ ...focusable, focusTriggerAfterClose: false }} />;
}
