/** A small GraphQL client for the test side of the Vendure peer (seeding, placing orders, reading back). */
export interface GqlClient {
  token?: string;
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function gqlClient(url: string, headers: Record<string, string> = {}): GqlClient {
  const client: GqlClient = {
    async request(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      // Vendure answers a new session (guest cart, login) with this header: keep it as the bearer token.
      const token = res.headers.get('vendure-auth-token');
      if (token) client.token = token;
      const body = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
      if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status} at ${url}: ${JSON.stringify(body.errors ?? body)}`);
      return body.data;
    },
  };
  return client;
}

/** Mutations answer `X | ErrorResult`: an errorCode means the mutation was refused. */
export function ok<T extends Record<string, any>>(result: T, what: string): T {
  if (result && typeof result === 'object' && 'errorCode' in result) throw new Error(`${what}: ${result.errorCode} ${result.message}`);
  return result;
}
