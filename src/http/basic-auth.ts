import type { IncomingMessage } from 'node:http';
import { safeEqual } from './safe-equal.js';

/**
 * Whether the request carries HTTP basic credentials for this user and password. Both parts are
 * compared in constant time, and both are always compared, so a wrong user name answers as fast.
 */
export function hasBasicAuth(req: IncomingMessage, user: string, password: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const givenUser = colon < 0 ? '' : decoded.slice(0, colon);
  const givenPassword = colon < 0 ? '' : decoded.slice(colon + 1);
  const userOk = safeEqual(user, givenUser);
  const passwordOk = safeEqual(password, givenPassword);
  return match !== null && colon >= 0 && userOk && passwordOk;
}
