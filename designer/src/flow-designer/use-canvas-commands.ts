import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLayout } from './auto-layout';
import { copyFragment, moveNodes, pasteFragment, removeElements, type FlowDoc, type FlowFragment } from './flow-model';

const typing = (e: React.KeyboardEvent) => {
  const el = e.target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
};

/** Copy / paste / delete / auto-layout and their shortcuts; each one is a single undoable command. */
export function useCanvasCommands(
  doc: FlowDoc, apply: (next: FlowDoc) => void, selected: string[], setSelected: (ids: string[]) => void,
  history?: { undo(): void; redo(): void },
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const clipboard = useRef<FlowFragment | null>(null);
  const [layingOut, setLayingOut] = useState(false);

  const nodeIds = useCallback(() => selected.filter((id) => doc.nodes.some((n) => n.id === id)), [doc, selected]);
  const remove = useCallback((nodes: string[], edges: string[]) => {
    if (nodes.length + edges.length === 0) return;
    apply(removeElements(doc, nodes, edges));
    setSelected([]);
  }, [doc, apply, setSelected]);
  const deleteSelected = useCallback(() => remove(nodeIds(), selected.filter((id) => doc.edges.some((e) => e.id === id))), [remove, nodeIds, selected, doc]);
  const copy = useCallback(() => {
    const ids = nodeIds();
    if (ids.length) clipboard.current = copyFragment(doc, ids);
  }, [doc, nodeIds]);
  const paste = useCallback(() => {
    if (!clipboard.current) return;
    const r = pasteFragment(doc, clipboard.current);
    apply(r.doc);
    setSelected(r.ids);
  }, [doc, apply, setSelected]);
  const layout = useCallback(async () => {
    setLayingOut(true);
    try {
      apply(moveNodes(doc, await autoLayout(doc)));
    } catch (e) {
      void message.error(t('flowDesigner.layoutFailed', { message: (e as Error).message }));
    } finally {
      setLayingOut(false);
    }
  }, [doc, apply, message, t]);

  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    if (typing(e) || !(e.ctrlKey || e.metaKey)) return;
    const k = e.key.toLowerCase();
    const act = k === 'c' ? copy : k === 'v' ? paste : k === 'z' ? (e.shiftKey ? history?.redo : history?.undo) : k === 'y' ? history?.redo : undefined;
    if (act) { e.preventDefault(); act(); }
  }, [copy, paste, history]);

  return { remove, deleteSelected, copy, paste, layout, layingOut, onKeyDown };
}
