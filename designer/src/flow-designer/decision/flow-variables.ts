import { defaultFieldTypes, pickText, type FlowDefinition, type FormDefinition, type FormField, type Locale } from '@oms/runtime';
import { ruleVariables } from '../../rule-builder/variables';
import type { VarKind, VariableOption } from '../../rule-builder/model';

const KIND: Record<string, VarKind> = { number: 'number', boolean: 'boolean', date: 'date', string: 'string', 'string[]': 'list', rows: 'list' };

function dataFields(fields: readonly FormField[]): FormField[] {
  return fields.flatMap((f) => (f.type === 'section' ? dataFields(f.fields ?? []) : [f]));
}

/** Where a form field lands on the order the flow reads: its mapping target, else `attributes.<key>`. */
function targetOf(form: FormDefinition, key: string): string {
  const m = form.mapping?.[key] as unknown;
  if (typeof m === 'string') return m;
  if (m && typeof m === 'object' && typeof (m as { to?: unknown }).to === 'string') return (m as { to: string }).to;
  return `attributes.${key}`;
}

/** Ids of the nodes from which `nodeId` can be reached along the edges (its upstream; not itself unless in a loop). */
export function upstreamOf(doc: FlowDefinition | undefined, nodeId: string): Set<string> {
  const into = new Map<string, string[]>();
  for (const e of doc?.edges ?? []) into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  const seen = new Set<string>();
  const stack = [...(into.get(nodeId) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(into.get(id) ?? []));
  }
  return seen;
}

/** The `output` names (`vars.<name>`) of the nodes upstream of `nodeId` (of every node without it), deduplicated. */
export function upstreamOutputs(doc: FlowDefinition | undefined, nodeId?: string): string[] {
  const upstream = nodeId === undefined ? undefined : upstreamOf(doc, nodeId);
  const nodes = (doc?.nodes ?? []).filter((n) => !upstream || upstream.has(n.id));
  return [...new Set(nodes.map((n) => (n.config as { output?: unknown } | undefined)?.output).filter((o): o is string => typeof o === 'string' && o !== ''))];
}

/**
 * What a decision rule can read. The flow interpreter evaluates rules on `{ order, vars }`
 * (runtime/src/flow/run.ts): the canonical order under `order.` (the runtime's mapping targets), the form's
 * fields where they land on that order (when the form that starts this flow is known), and `vars.<name>` that
 * an upstream action or wait stores with `output`. With `nodeId`, only the outputs of nodes upstream of that node
 * (what has run by the time it runs); without it, every node's output.
 */
export function flowVariables(doc: FlowDefinition | undefined, form: FormDefinition | undefined, locale: Locale, nodeId?: string): VariableOption[] {
  const fromForm: VariableOption[] = form
    ? dataFields(form.fields).map((f) => ({
        path: `order.${targetOf(form, f.key)}`,
        label: `${pickText(f.label, locale) || f.key} (${f.key})`,
        kind: KIND[defaultFieldTypes.get(f.type)?.valueKind ?? ''] ?? 'unknown',
        source: 'form' as const,
      }))
    : [];
  const vars = upstreamOutputs(doc, nodeId).map((o) => ({ path: `vars.${o}`, label: `vars.${o}`, kind: 'unknown' as VarKind, source: 'order' as const }));
  const seen = new Set(fromForm.map((v) => v.path));
  return [...fromForm, ...ruleVariables([], false).filter((v) => !seen.has(v.path)), ...vars];
}
