import { api, request } from '../api/client';

export type Assignee = { user: string } | { role: string };
export interface TaskSummary {
  id: string; orderId: string; node: string; title: unknown;
  assignee: { user: string | null; role: string | null };
  claimedBy: string | null; status: 'open' | 'done' | 'cancelled'; dueAt: string | null; createdAt: string;
  decision: { action?: string } | null; fields: unknown;
}
export interface InboxTask extends TaskSummary {
  overdue: boolean;
  order: { id: string; number: string; status: string; customerName: string | null; total: number | null; currency: string | null };
}
export interface TaskDetail {
  task: TaskSummary;
  order: {
    id: string; number: string; status: string; channel: string; currency: string | null; total: number | null; placedAt: string | null;
    customer: { id: string | null; email: string | null; name: string | null };
    lines: Array<{ sku: string; qty: number; unitPrice?: number; name?: string }>;
    review: unknown;
  } | null;
  formData: Record<string, unknown> | null;
  editableFields: string[];
  history: Array<{ at: string; type: string; actor: string | null; message: string | null; data: unknown }>;
}
export type Decision = 'approve' | 'reject' | 'return' | 'reassign' | 'add-approver' | 'comment';
export interface DecisionBody { comment?: string; fields?: Record<string, unknown>; to?: Assignee; target?: 'submitter' | 'previous' }

export const inboxApi = {
  list: (status: 'open' | 'done' | 'cancelled', overdue: boolean) =>
    api.get<{ items: InboxTask[]; counts: { open: number; overdue: number; claimed: number } }>(
      `/api/tasks?${new URLSearchParams({ status, ...(overdue ? { overdue: 'true' } : {}) })}`,
    ),
  detail: (id: string) => api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string, claim: boolean) => api.post<unknown>(`/api/tasks/${encodeURIComponent(id)}/${claim ? 'claim' : 'unclaim'}`),
  decide: (id: string, action: Decision, body: DecisionBody) =>
    request<unknown>('POST', `/api/tasks/${encodeURIComponent(id)}/${action}`, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } }),
};
