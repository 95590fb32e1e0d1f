import { candidateKeys } from '../src/domain/subscriptions.js';
import { storyWords } from '../src/domain/digest/stories.js';
import type { ItemStore, StoredItem } from '../src/store/items.js';
import type { StoryIndex } from '../src/store/stories.js';
import type { Routes } from './route-items.js';

export interface PublishDeps {
  items: ItemStore;
  stories: StoryIndex;
  route: (items: StoredItem[]) => Promise<Routes>;
  dispatch: (routes: Routes, cycleId: string) => Promise<void>;
  groupsOf?: (code: string) => string[];
}

/**
 * What happens to a poll's fresh, classified items: each joins its story (reports of one event by
 * several feeds), is stored and indexed for /latest, and is routed to the chats that follow it.
 */
export function createPublisher(deps: PublishDeps) {
  return async function publish(items: StoredItem[], cycleId: string): Promise<{ chats: number }> {
    for (const item of items) {
      item.storyId = await deps.stories.assign({
        itemId: item.id,
        feedId: item.feedId,
        pair: item.pair,
        countries: item.countries,
        topics: item.topics,
        language: item.language,
        words: storyWords(item.title, item.summary),
        seenAt: item.seenAt,
      });
      await deps.items.save(item);
      await deps.items.indexRecent(item, candidateKeys(item, deps.groupsOf));
    }
    const routes = await deps.route(items);
    await deps.dispatch(routes, cycleId);
    return { chats: routes.size };
  };
}
