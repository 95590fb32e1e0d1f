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
}

/** Which chats should get which items: the inverted index narrows, the chat's own subscriptions decide. */
export type Routes = Map<number, Route[]>;

export function createRouter(deps: RouterDeps) {
  return async function route(items: StoredItem[]): Promise<Routes> {
    const routes: Routes = new Map();
    const subscriptionsOf = new Map<number, Subscription[]>();
    for (const item of items) {
      const chatIds = await deps.subscriptions.chatsFor(candidateKeys(item, deps.groupsOf));
      for (const chatId of chatIds) {
        let subscriptions = subscriptionsOf.get(chatId);
        if (!subscriptions) {
          subscriptions = await deps.subscriptions.list(chatId);
          subscriptionsOf.set(chatId, subscriptions);
        }
        // A desk keeping one forum thread per country gets the item in every thread that follows it.
        const threads = new Set(subscriptions.filter((s) => matches(s, item)).map((s) => s.threadId ?? 0));
        if (threads.size === 0) continue;
        const list = routes.get(chatId) ?? [];
        for (const thread of threads) list.push({ itemId: item.id, threadId: thread || undefined });
        routes.set(chatId, list);
      }
    }
    return routes;
  };
}
