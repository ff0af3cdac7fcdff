import type { RouteContext } from '../http/route-spec.js';
import type { Actor } from './timeline.js';

/** The timeline/audit actor of a request: a user or an API key (labelled by id: no extra lookup per request). */
export function actorOf(rc: Pick<RouteContext, 'auth' | 'requestId' | 'ip'>): Actor {
  const a = rc.auth;
  return {
    userId: a.userId,
    apiKeyId: a.apiKeyId ?? null,
    label: a.apiKeyId ? `api-key:${a.apiKeyId}` : `user:${a.userId}`,
    requestId: rc.requestId,
    ip: rc.ip,
  };
}
