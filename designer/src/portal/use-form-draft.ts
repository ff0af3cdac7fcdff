import { useFormikContext } from 'formik';
import { useEffect, useRef } from 'react';

export interface Draft { version: number; values: Record<string, unknown>; savedAt: number }

/** One draft per tenant, user and form, so a shared browser never shows one user's draft to another. */
export const draftKey = (tenantId: string, userId: string, formKey: string) => `oms.draft.${tenantId}.${userId}.${formKey}`;

export function readDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    const d = raw ? (JSON.parse(raw) as Draft) : null;
    return d && typeof d.values === 'object' && d.values !== null ? d : null;
  } catch {
    return null; // a corrupt draft is dropped rather than breaking the form
  }
}

export const clearDraft = (key: string) => localStorage.removeItem(key);

/** Saves the Formik values shortly after each change (inside <Formik>). */
export function DraftSaver({ storageKey, version, onSaved }: { storageKey: string; version: number; onSaved(at: number): void }) {
  const { values, dirty } = useFormikContext<Record<string, unknown>>();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!dirty) return;
    const h = setTimeout(() => {
      const savedAt = Date.now();
      localStorage.setItem(storageKey, JSON.stringify({ version, values, savedAt } satisfies Draft));
      onSaved(savedAt);
    }, 300);
    return () => clearTimeout(h);
  }, [values, dirty, storageKey, version, onSaved]);
  return null;
}
