import type { Faults } from '../faults.js';
import type { Params } from '../params.js';
import type { Records } from '../records.js';
import type { UpdateQueue } from '../updates.js';
import type { Webhook } from '../webhook.js';
import type { World } from '../world.js';

/** Everything a method handler may read or change. */
export interface MethodContext {
  params: Params;
  world: World;
  records: Records;
  updates: UpdateQueue;
  faults: Faults;
  webhook: Webhook;
  commands: Map<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
  /** chat_id resolved (an @username of a known chat included). */
  chatId(): number;
  /** Registers what to do when the client hangs up before the answer (long polls). */
  onAbandon(cancel: () => void): void;
}

export interface MethodReply {
  result: unknown;
  /** Some successes carry a description too ("Webhook was set"). */
  description?: string;
}

export interface MethodSpec {
  handler: (ctx: MethodContext) => MethodReply | Promise<MethodReply>;
  /** Calls about a chat's messages: refused for blocked and migrated chats. */
  chatScoped?: boolean;
}

/** Method table keyed by the canonical (camelCase) method name. */
export type MethodTable = Record<string, MethodSpec>;

export const ok = (result: unknown, description?: string): MethodReply =>
  description === undefined ? { result } : { result, description };
