// Response shapes of the server contract (docs: /api/docs). Roles and kinds are the runtime's lists.
import type { DefinitionKind, Role } from '@oms/runtime';

export type { DefinitionKind, Role };

export interface SessionInfo {
  user: { id: string; email: string; name: string; role: Role };
  tenant: { id: string; slug: string; name: string };
  csrfToken: string;
}

export type DefinitionStatus = 'draft' | 'published' | 'archived';

export interface DefinitionSummary {
  kind: DefinitionKind;
  key: string;
  title: unknown;
  status: DefinitionStatus;
  latestVersion: number | null;
  hasDraft: boolean;
  revision: number;
  updatedAt: string;
}

export interface DefinitionDetail {
  kind: DefinitionKind;
  key: string;
  title: unknown;
  status: DefinitionStatus;
  latestVersion: number | null;
  hasDraft: boolean;
  /** The draft revision this detail shows; saving sends it back (If-Match) and gets 409 if someone saved since. */
  revision: number;
  draft: { body: unknown; updatedAt: string; updatedBy: string | null } | null;
}

export interface ValidationIssue {
  path: string;
  code: string;
  message: string;
  severity?: 'error' | 'warning';
}

export interface ValidateResult {
  valid: boolean;
  issues: ValidationIssue[];
}

export interface PublishResult {
  version: number;
  checksum: string;
  publishedAt: string;
  warnings?: ValidationIssue[];
}

export interface VersionSummary {
  version: number;
  checksum: string;
  publishedAt: string;
  publishedBy: string | null;
}

export interface VersionDetail extends VersionSummary {
  body: unknown;
}

export interface DiffChange {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface DiffResult {
  from: number | 'draft';
  to: number | 'draft';
  changes: DiffChange[];
}
