import type { FormDefinition } from '@oms/runtime';
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

/** The form whose accepted submissions start this flow (its fields are what the flow's rules can read), if any. */
export function useFlowForm(flowKey: string | undefined): FormDefinition | undefined {
  const r = useAsync(() => (flowKey ? findForm(flowKey) : Promise.resolve(undefined)), [flowKey]);
  return r.data;
}
