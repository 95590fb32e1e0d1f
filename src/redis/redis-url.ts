/**
 * The forms of REDIS_URL, parsed without connecting (the config validates with it):
 *
 * - `redis://[[user]:password@]host[:port][/db]`, `rediss://…` (TLS): one server;
 * - `redis+sentinel://[[user]:password@]host1[:26379],host2[:26379]/mastername[/db][?tls=1&sentinelPassword=…]`:
 *   the credentials are the master's, `sentinelUsername`/`sentinelPassword` the sentinels' own;
 * - `redis+cluster://[[user]:password@]host1[:6379],host2[:6379][?tls=1]`: seed nodes of a Cluster.
 *
 * WHATWG URLs take one host only, hence a parser of our own for the lists.
 */
export interface HostPort {
  host: string;
  port: number;
}

interface Credentials {
  username?: string | undefined;
  password?: string | undefined;
  tls: boolean;
}

export type RedisTarget =
  | { kind: 'single'; url: string }
  | ({ kind: 'sentinel'; sentinels: HostPort[]; masterName: string; db: number; sentinelUsername?: string; sentinelPassword?: string } & Credentials)
  | ({ kind: 'cluster'; nodes: HostPort[] } & Credentials);

export class RedisUrlError extends Error {
  override name = 'RedisUrlError';
}

const SHAPE = /^([a-z+]+):\/\/(?:([^@/?#]*)@)?([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/i;

/** Parses REDIS_URL; throws a `RedisUrlError` whose message says what is wrong (never the password). */
export function parseRedisUrl(raw: string): RedisTarget {
  const match = SHAPE.exec(raw.trim());
  if (!match) throw new RedisUrlError('is not a URL of the form scheme://host:port');
  const [, scheme = '', userinfo, hostList = '', path = '', query = ''] = match;
  switch (scheme.toLowerCase()) {
    case 'redis':
    case 'rediss':
      try {
        new URL(raw);
      } catch {
        throw new RedisUrlError('is not a valid redis:// URL');
      }
      return { kind: 'single', url: raw };
    case 'redis+sentinel': {
      const params = new URLSearchParams(query);
      const [masterName, db = '0'] = path.split('/').filter(Boolean);
      if (!masterName) throw new RedisUrlError('needs the master name after the hosts: redis+sentinel://host1:26379,host2:26379/mymaster');
      if (!/^\d+$/.test(db)) throw new RedisUrlError('has a database number that is not a number');
      return {
        kind: 'sentinel',
        sentinels: parseHosts(hostList, 26379),
        masterName: decodeURIComponent(masterName),
        db: Number(db),
        ...credentials(userinfo, params),
        ...optional('sentinelUsername', params.get('sentinelUsername')),
        ...optional('sentinelPassword', params.get('sentinelPassword')),
      };
    }
    case 'redis+cluster':
      if (path !== '' && path !== '/') throw new RedisUrlError('takes no path: a Cluster has no database numbers');
      return { kind: 'cluster', nodes: parseHosts(hostList, 6379), ...credentials(userinfo, new URLSearchParams(query)) };
    default:
      throw new RedisUrlError('must start with redis://, rediss://, redis+sentinel:// or redis+cluster://');
  }
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function credentials(userinfo: string | undefined, params: URLSearchParams): Credentials {
  const tls = ['1', 'true', 'yes'].includes(params.get('tls') ?? '');
  if (userinfo === undefined) return { tls };
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
  return {
    tls,
    ...(user ? { username: decodeURIComponent(user) } : {}),
    ...(password ? { password: decodeURIComponent(password) } : {}),
  };
}

function parseHosts(list: string, defaultPort: number): HostPort[] {
  const hosts = list.split(',').filter((part) => part.trim() !== '');
  if (hosts.length === 0) throw new RedisUrlError('names no host');
  // The offending text is not echoed: a mistyped URL may have put part of a password here.
  return hosts.map((part, index) => {
    // [::1]:7000 for IPv6, host:port otherwise.
    const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d+))?$/i.exec(part.trim());
    if (!match) throw new RedisUrlError(`has a host that is not host:port (host ${index + 1})`);
    const port = match[3] === undefined ? defaultPort : Number(match[3]);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new RedisUrlError(`has a port out of range (host ${index + 1})`);
    return { host: match[1] ?? match[2]!, port };
  });
}

/** What is wrong with a REDIS_URL, as the configuration error shows it; undefined when it is fine. */
export function redisUrlProblem(raw: string): string | undefined {
  try {
    parseRedisUrl(raw);
    return undefined;
  } catch (error) {
    const detail = error instanceof RedisUrlError ? error.message : 'is not valid';
    return `must be a URL starting with redis://, rediss://, redis+sentinel:// or redis+cluster:// (it ${detail})`;
  }
}

/** The passwords in a REDIS_URL, for the log scrubber. */
export function redisPasswords(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const target = parseRedisUrl(raw);
    if (target.kind === 'single') return [decodeURIComponent(new URL(raw).password)].filter(Boolean);
    return [target.password, target.kind === 'sentinel' ? target.sentinelPassword : undefined].filter((p): p is string => !!p);
  } catch {
    return [];
  }
}
