import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret with what a client sent, in time that does not depend on where they differ.
 * Both sides are hashed first: `timingSafeEqual` needs equal lengths, and comparing digests keeps
 * the secret's length from showing either.
 */
export function safeEqual(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}
