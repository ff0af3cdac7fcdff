import { formProvides, isProvided, type Issue, type Locale, type Reference } from '@oms/runtime';
import { DEFINITION_KINDS, type DefinitionChecker } from '../definitions/checker.js';
import { latestPublished, type Db } from '../definitions/definition-store.js';
import { issue } from './messages.js';

/** One definition about to be published; `path` is where its body sits in the request (`/items/2/body`). */
export interface Candidate {
  kind: string;
  key: string;
  body: Record<string, unknown>;
  path: string;
}

interface Target {
  body: Record<string, unknown>;
  candidate?: Candidate;
}

const id = (kind: string, key: string) => `${kind}/${key}`;

function referencesOf(checker: DefinitionChecker, c: Candidate): Reference[] {
  const refs = checker.referencesOf(c.body);
  // A form names the flow it starts; make sure that counts even if the registry does not report it.
  if (c.kind === 'form' && typeof c.body.flow === 'string' && !refs.some((r) => r.type === 'flow' && r.path === '/flow')) {
    refs.push({ type: 'flow', key: c.body.flow, path: '/flow' });
  }
  return refs;
}

/**
 * Cross-references of a set of definitions published together, against the set itself plus what this
 * tenant has already published (archived keys do not count): missing forms/flows/routings/reviews, and
 * flows reading order fields that the form starting them does not provide.
 */
export async function crossCheck(db: Db, tenantId: string, candidates: Candidate[], checker: DefinitionChecker, locale: Locale): Promise<Issue[]> {
  const available = new Map<string, Target>();
  for (const row of await latestPublished(db, tenantId, [...DEFINITION_KINDS])) available.set(id(row.kind, row.key), { body: row.body });
  for (const c of candidates) available.set(id(c.kind, c.key), { body: c.body, candidate: c });

  const issues: Issue[] = [];
  for (const c of candidates) {
    for (const r of referencesOf(checker, c)) {
      if ((DEFINITION_KINDS as readonly string[]).includes(r.type) && !available.has(id(r.type, r.key))) {
        issues.push(issue(c.path + r.path, 'release.missing-reference', locale, { type: r.type, key: r.key }));
      }
    }
  }
  issues.push(...fieldIssues(available, checker, locale));
  return issues;
}

/** For every (form → flow) pair with at least one side in the release: fields the flow reads must exist. */
function fieldIssues(available: Map<string, Target>, checker: DefinitionChecker, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  for (const [formId, form] of available) {
    if (!formId.startsWith('form/') || typeof form.body.flow !== 'string') continue;
    const flow = available.get(id('flow', form.body.flow));
    if (!flow || (!form.candidate && !flow.candidate)) continue;
    const provided = formProvides(form.body);
    const formKey = String(form.body.key);
    for (const r of checker.referencesOf(flow.body)) {
      if ((r.type !== 'form-field' && r.type !== 'field') || isProvided(r.key, provided)) continue;
      const path = flow.candidate ? flow.candidate.path + r.path : `${form.candidate!.path}/flow`;
      issues.push(issue(path, 'release.missing-form-field', locale, { field: r.key, form: formKey, flow: form.body.flow }));
    }
  }
  return issues;
}
