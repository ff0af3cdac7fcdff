import type { FormDefinition } from '@oms/runtime';
import { createContext, useContext, useState } from 'react';
import { definitionsApi } from '../../api/definitions-api';
import { useAsync } from '../../components/use-async';

/** Forms looked at to find the one that starts a flow (a tenant has a handful; bounded so the panel stays quick). */
const MAX_FORMS = 25;

async function findForm(flowKey: string): Promise<FormDefinition | undefined> {
  const list = await definitionsApi.list('form');
  const live = list.items.filter((d) => d.status !== 'archived').slice(0, MAX_FORMS);
  const bodies = await Promise.all(live.map(async (d) => {
    const detail = await definitionsApi.get('form', d.key);
    if (detail.draft) return detail.draft.body;
    return d.latestVersion ? (await definitionsApi.version('form', d.key, d.latestVersion)).body : undefined;
  }));
  return bodies.find((b): b is FormDefinition => !!b && typeof b === 'object' && (b as FormDefinition).flow === flowKey && Array.isArray((b as FormDefinition).fields));
}

/**
 * The form lookup of one flow designer visit, by flow key. Every panel that offers variables asks for the flow's
 * form; without it, each node selection listed the forms and fetched up to 25 bodies again. Lives as long as the
 * designer is open (forms are edited on another screen; coming back opens a new designer and looks again); a
 * failed lookup is forgotten so the next panel tries again.
 */
export type FormLookupCache = Map<string, Promise<FormDefinition | undefined>>;

export function lookupFlowForm(cache: FormLookupCache | null, flowKey: string, load: (key: string) => Promise<FormDefinition | undefined> = findForm) {
  if (!cache) return load(flowKey);
  let found = cache.get(flowKey);
  if (!found) {
    found = load(flowKey);
    cache.set(flowKey, found);
    const mine = found;
    found.catch(() => cache.get(flowKey) === mine && cache.delete(flowKey));
  }
  return found;
}

export const FlowFormCache = createContext<FormLookupCache | null>(null);

/** A fresh cache for one designer (provide it with FlowFormCache). */
export function useFormLookupCache(): FormLookupCache {
  return useState<FormLookupCache>(() => new Map())[0];
}

/** The form whose accepted submissions start this flow (its fields are what the flow's rules can read), if any. */
export function useFlowForm(flowKey: string | undefined): FormDefinition | undefined {
  const cache = useContext(FlowFormCache);
  const r = useAsync(() => (flowKey ? lookupFlowForm(cache, flowKey) : Promise.resolve(undefined)), [flowKey, cache]);
  return r.data;
}
