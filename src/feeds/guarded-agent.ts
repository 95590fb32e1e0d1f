import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { checkAddress } from './address-guard.js';

/** Raised inside the connector; the fetcher turns it into `FeedFetchError('blocked-address')`. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_ATTACHE_BLOCKED_ADDRESS';
  constructor(message: string) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

export interface GuardedAgentOptions {
  allowPrivateHosts: boolean;
  connectTimeoutMs: number;
  /** Injected so tests can play a DNS that answers with a private address (rebinding). */
  lookup?: typeof dnsLookup;
}

/**
 * An undici Agent that can only connect to public addresses. The check happens twice, both on
 * the address actually used: in the DNS lookup handed to `net.connect` (so a blocked address is
 * never connected to, and a name that re-resolves to 127.0.0.1 between checks still fails), and on
 * the connected socket's remote address (literal IPs skip the lookup).
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const resolve = options.lookup ?? dnsLookup;
  const guardedLookup = ((hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    resolve(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const allowed = list.filter((a) => checkAddress(a.address, options.allowPrivateHosts).allowed);
      const first = allowed[0];
      if (first === undefined) {
        const shown = list.map((a) => a.address).join(', ');
        const verdict = list[0] ? checkAddress(list[0].address, options.allowPrivateHosts) : undefined;
        const reason = verdict && !verdict.allowed ? `: ${verdict.reason}` : '';
        return callback(new BlockedAddressError(`${hostname} resolves to ${shown}${reason}`), '', 0);
      }
      if (lookupOptions.all) return callback(null, allowed);
      return callback(null, first.address, first.family);
    });
  }) as LookupFunction;

  const base = buildConnector({ timeout: options.connectTimeoutMs, lookup: guardedLookup });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    base(connectOptions, (err, socket) => {
      if (err !== null) return callback(err, null);
      const remote = socket.remoteAddress ?? '';
      const verdict = checkAddress(remote, options.allowPrivateHosts);
      if (!verdict.allowed) {
        socket.destroy();
        return callback(new BlockedAddressError(`${connectOptions.hostname}: ${verdict.reason}`), null);
      }
      callback(null, socket);
    });
  };
  return new Agent({ connect });
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;
