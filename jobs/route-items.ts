import { candidateKeys, matches, type Subscription } from '../src/domain/subscriptions.js';
import type { StoredItem } from '../src/store/items.js';
import type { SubscriptionStore } from '../src/store/subscriptions.js';

export interface RouterDeps {
  subscriptions: SubscriptionStore;
  /** Groups a country belongs to (EU, CIS, …), for group subscriptions. */
  groupsOf?: (code: string) => string[];
}

/** Which chats should get which items: the inverted index narrows, the chat's own subscriptions decide. */
export type Routes = Map<number, string[]>;

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
        if (!subscriptions.some((subscription) => matches(subscription, item))) continue;
        routes.set(chatId, [...(routes.get(chatId) ?? []), item.id]);
      }
    }
    return routes;
  };
}
