import type { OrderFilters } from './console-api';

/** Saved console views, per browser (localStorage): a name and its filters. */
export interface SavedView { name: string; filters: OrderFilters }
const KEY = 'oms.console.views';

export function loadViews(): SavedView[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? (raw as SavedView[]).filter((v) => typeof v?.name === 'string' && v.filters) : [];
  } catch {
    return [];
  }
}

export function saveView(view: SavedView): SavedView[] {
  const next = [...loadViews().filter((v) => v.name !== view.name), view];
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function deleteView(name: string): SavedView[] {
  const next = loadViews().filter((v) => v.name !== name);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}
