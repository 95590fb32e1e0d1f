import type { FakeBotApi, SentMessage } from './fake-bot-api.js';

/**
 * Prints a case's figure as one greppable line, `fault: NAME key=value …`, which the suite's
 * closing note collects (`npm run test:faults | grep '^fault:'`).
 */
export function figure(name: string, values: Record<string, string | number | boolean>): void {
  const fields = Object.entries(values).map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : String(value)}`);
  console.log(`fault: ${name} ${fields.join(' ')}`);
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** How often each marker (an item's unique word) appears in the messages a chat got. */
export function markerCounts(messages: SentMessage[], markers: string[]): Map<string, number> {
  const counts = new Map<string, number>(markers.map((m) => [m, 0]));
  for (const message of messages) {
    for (const marker of markers) {
      const n = message.text.split(marker).length - 1;
      if (n > 0) counts.set(marker, (counts.get(marker) ?? 0) + n);
    }
  }
  return counts;
}

/** Lost (expected, never seen) and duplicated (seen more than once) deliveries over many chats. */
export function lostAndDuplicated(
  telegram: FakeBotApi,
  expected: Map<number, string[]>,
): { lost: number; duplicated: number; delivered: number; details: string[] } {
  let lost = 0;
  let duplicated = 0;
  let delivered = 0;
  const details: string[] = [];
  for (const [chatId, markers] of expected) {
    for (const [marker, count] of markerCounts(telegram.messagesTo(chatId), markers)) {
      if (count === 0) {
        lost++;
        if (details.length < 20) details.push(`chat ${chatId} never got ${marker}`);
      } else delivered++;
      if (count > 1) {
        duplicated += count - 1;
        if (details.length < 20) details.push(`chat ${chatId} got ${marker} ${count} times`);
      }
    }
  }
  return { lost, duplicated, delivered, details };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
