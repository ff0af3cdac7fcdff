/**
 * The installation's host allow-list: `host`, `host:port` or `*.example.com` (subdomains only, any depth).
 * An entry without a port allows any port; an address on a private range is reachable only through an exact
 * `host:port` entry (`exactlyListed`), so a test peer on 127.0.0.1:4010 can be listed without opening loopback.
 */
export function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function split(entry: string): { name: string; port?: string } {
  const e = entry.trim().toLowerCase();
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(e);
  if (!m) return { name: e };
  return { name: m[1].replace(/^\[|\]$/g, ''), port: m[2] };
}

const bare = (hostname: string) => hostname.toLowerCase().replace(/^\[|\]$/g, '');

export function hostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const host = bare(url.hostname);
  const port = effectivePort(url);
  return allowedHosts.some((entry) => {
    const { name, port: p } = split(entry);
    const nameOk = name.startsWith('*.') ? host.endsWith(name.slice(1)) && host.length > name.length - 1 : host === name;
    return nameOk && (p === undefined || p === port);
  });
}

export function exactlyListed(url: URL, allowedHosts: readonly string[]): boolean {
  const host = bare(url.hostname);
  const port = effectivePort(url);
  return allowedHosts.some((entry) => {
    const { name, port: p } = split(entry);
    return !name.startsWith('*.') && name === host && p === port;
  });
}
