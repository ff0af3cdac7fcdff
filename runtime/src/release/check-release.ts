import type { Issue, Locale, Severity } from '../core/issue.js';
import { builtinMessages, type Messages } from '../core/messages.js';
import { createDefaultRegistry } from '../definitions/default-registry.js';
import type { Reference } from '../definitions/kind-spec.js';
import { isDefinitionKind } from '../definitions/kinds.js';
import type { DefinitionRegistry } from '../definitions/registry.js';
import { formProvides, isProvided } from '../form/provides.js';
import { closestName } from './edit-distance.js';
import { routingLocationTypes } from './locations.js';

/** What the installation offers, gathered by the host (plugins, the tenant's locations, the role list). */
export interface ReleaseContext {
  /** Capabilities of the plugins installed and enabled for the tenant, e.g. `erp.create-order`. */
  capabilities: string[];
  /** Distinct tags of the tenant's locations. */
  locationTags: string[];
  /** Distinct types of the tenant's locations. */
  locationTypes: string[];
  roles: string[];
}

/** One definition of the release; `path` is where its body sits in the request (e.g. `/items/2/body`). */
export interface ReleaseDefinition {
  kind: string;
  key: string;
  body: Record<string, unknown>;
  path?: string;
}

export interface CheckReleaseOptions {
  locale?: Locale;
  /** The latest published version of every other live key: what the release is checked against. */
  published?: ReleaseDefinition[];
  registry?: Pick<DefinitionRegistry, 'referencesOf'>;
  messages?: Messages;
}

interface Target {
  def: ReleaseDefinition;
  candidate: boolean;
}

const idOf = (kind: string, key: string) => `${kind}/${key}`;
let sharedRegistry: Pick<DefinitionRegistry, 'referencesOf'> | undefined;

/**
 * Cross-checks of definitions published together (a single publish is a release of one), against each
 * other, the published versions of the rest, and the installation. Every issue has a stable code, a
 * JSON Pointer into the request and a severity: errors block the release, warnings do not. Each
 * definition must already be valid on its own (the registry's `validate`).
 */
export function checkRelease(definitions: ReleaseDefinition[], context: ReleaseContext, options: CheckReleaseOptions = {}): Issue[] {
  const locale = options.locale ?? 'en';
  const messages = options.messages ?? builtinMessages();
  const registry = options.registry ?? (sharedRegistry ??= createDefaultRegistry());
  const refsOf = (d: ReleaseDefinition): Reference[] => {
    const refs = registry.referencesOf(d.body);
    if (d.kind === 'form' && typeof d.body.flow === 'string' && !refs.some((r) => r.type === 'flow')) refs.push({ type: 'flow', key: d.body.flow, path: '/flow' });
    return refs;
  };
  const available = new Map<string, Target>();
  for (const def of options.published ?? []) available.set(idOf(def.kind, def.key), { def, candidate: false });
  for (const def of definitions) available.set(idOf(def.kind, def.key), { def, candidate: true });

  const issues: Issue[] = [];
  const seen = new Set<string>();
  const push = (severity: Severity, code: string, path: string, params: Record<string, unknown>) => {
    const sig = `${code}|${path}|${String(params.key ?? params.field)}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    issues.push({ ...messages.issue(code, path, locale, params), severity });
  };
  const names = (kind: 'tag' | 'type', known: string[]) => (r: Reference, at: string) => {
    if (known.includes(r.key)) return;
    const suggestion = closestName(r.key, known);
    if (suggestion) push('error', `release.misspelled-location-${kind}`, at, { key: r.key, suggestion });
    else push('warning', `release.unknown-location-${kind}`, at, { key: r.key });
  };
  const tag = names('tag', context.locationTags);
  const type = names('type', context.locationTypes);

  for (const d of definitions) {
    const base = d.path ?? '';
    for (const r of refsOf(d)) {
      const at = base + r.path;
      if (isDefinitionKind(r.type) && !available.has(idOf(r.type, r.key))) push('error', 'release.missing-reference', at, { type: r.type, key: r.key });
      else if (r.type === 'plugin-capability' && !context.capabilities.includes(r.key)) push('error', 'release.unknown-capability', at, { key: r.key });
      else if (r.type === 'role' && !context.roles.includes(r.key)) push('error', 'release.unknown-role', at, { key: r.key, roles: context.roles.join(', ') });
      else if (r.type === 'location-tag') tag(r, at);
    }
    if (d.kind === 'routing') for (const r of routingLocationTypes(d.body)) type(r, base + r.path);
  }
  for (const x of fieldIssues(available, refsOf)) push('error', 'release.missing-form-field', x.path, x.params);
  return issues;
}

/**
 * For every form → flow (→ routing named by the flow's route nodes) chain with a member in the release:
 * order fields the flow or routing reads must be provided by the form.
 */
function fieldIssues(available: Map<string, Target>, refsOf: (d: ReleaseDefinition) => Reference[]) {
  const out: Array<{ path: string; params: Record<string, unknown> }> = [];
  for (const form of available.values()) {
    if (form.def.kind !== 'form' || typeof form.def.body.flow !== 'string') continue;
    const flow = available.get(idOf('flow', form.def.body.flow));
    if (!flow) continue;
    const flowRefs = refsOf(flow.def);
    // Readers: the flow itself and each routing its route nodes name (`via` is where the flow names it).
    const readers: Array<{ t: Target; refs: Reference[]; via?: string }> = [{ t: flow, refs: flowRefs }];
    for (const r of flowRefs) {
      const routing = r.type === 'routing' ? available.get(idOf('routing', r.key)) : undefined;
      if (routing && !readers.some((x) => x.t === routing)) readers.push({ t: routing, refs: refsOf(routing.def), via: r.path });
    }
    const provided = formProvides(form.def.body);
    for (const { t, refs, via } of readers) {
      if (!t.candidate && !flow.candidate && !form.candidate) continue;
      for (const r of refs) {
        if ((r.type !== 'field' && r.type !== 'form-field') || isProvided(r.key, provided)) continue;
        const path = t.candidate ? (t.def.path ?? '') + r.path
          : flow.candidate && via !== undefined ? (flow.def.path ?? '') + via
          : `${form.def.path ?? ''}/flow`;
        out.push({ path, params: { via: t.def.kind, source: t.def.key, flow: flow.def.key, field: r.key, form: form.def.key } });
      }
    }
  }
  return out;
}
