import { candidateKeys, matches, type Subscription } from '../src/domain/subscriptions.js';
import type { StoredItem } from '../src/store/items.js';
import type { SubscriptionStore } from '../src/store/subscriptions.js';

export interface RouterDeps {
  subscriptions: SubscriptionStore;
  /** Groups a country belongs to (EU, CIS, …), for group subscriptions. */
  groupsOf?: (code: string) => string[];
}

/** One item for one chat, in the forum thread its subscription posts to (none: the chat itself). */
export interface Route {
  itemId: string;
  threadId?: number | undefined;
  /** A subscription marked instant matched: sent at once even in a digest chat. */
  urgent?: boolean | undefined;
}

/** Which chats should get which items: the inverted index narrows, the chat's own subscriptions decide. */
export type Routes = Map<number, Route[]>;

const CHUNK = 500;

export function createRouter(deps: RouterDeps) {
  return async function route(items: StoredItem[]): Promise<Routes> {
    const routes: Routes = new Map();
    const subscriptionsOf = new Map<number, Subscription[]>();
    for (const item of items) {
      const chatIds = await deps.subscriptions.chatsFor(candidateKeys(item, deps.groupsOf));
      // Load the subscriptions of chats not seen yet in chunks sent together: a fan-out to
      // 100,000 chats must not wait for 100,000 round trips one after another.
      const unknown = chatIds.filter((id) => !subscriptionsOf.has(id));
      for (let i = 0; i < unknown.length; i += CHUNK) {
        const chunk = unknown.slice(i, i + CHUNK);
        const lists = await Promise.all(chunk.map((id) => deps.subscriptions.list(id)));
        chunk.forEach((id, j) => subscriptionsOf.set(id, lists[j]!));
      }
      for (const chatId of chatIds) {
        const subscriptions = subscriptionsOf.get(chatId)!;
        // A desk keeping one forum thread per country gets the item in every thread that follows it.
        const threads = new Map<number, boolean>();
        for (const s of subscriptions.filter((sub) => matches(sub, item))) {
          const thread = s.threadId ?? 0;
          threads.set(thread, (threads.get(thread) ?? false) || s.instant === true);
        }
        if (threads.size === 0) continue;
        const list = routes.get(chatId) ?? [];
        for (const [thread, urgent] of threads) {
          list.push({ itemId: item.id, threadId: thread || undefined, ...(urgent ? { urgent } : {}) });
        }
        routes.set(chatId, list);
      }
    }
    return routes;
  };
}
