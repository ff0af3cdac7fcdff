import { useEffect } from 'react';

export type InboxKey = 'next' | 'prev' | 'open' | 'approve' | 'reject' | 'claim' | 'select' | 'search' | 'help' | 'close';
const MAP: Record<string, InboxKey> = { j: 'next', k: 'prev', Enter: 'open', a: 'approve', r: 'reject', c: 'claim', x: 'select', '/': 'search', '?': 'help', Escape: 'close' };

/** Single-key shortcuts for the inbox; ignored while typing in a field (except Escape) or with a modifier held. */
export function useInboxKeys(enabled: boolean, onKey: (k: InboxKey) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const handler = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
      const k = MAP[e.key];
      if (!k || (typing && k !== 'close')) return;
      // Enter on a focused button or link keeps its own meaning.
      if (k === 'open' && el && ['BUTTON', 'A'].includes(el.tagName)) return;
      e.preventDefault();
      onKey(k);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [enabled, onKey]);
}
