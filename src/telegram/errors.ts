/** What a failed Bot API call means for delivery. */
export type SendFailure =
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** The reader removed the bot: stop at once (a /start or my_chat_member brings the chat back). */
  | { kind: 'blocked'; description: string }
  | { kind: 'migrated'; newChatId: number }
  | { kind: 'cant-parse'; description: string }
  /** Chat not found or another 403: only several failures over time deactivate the chat. */
  | { kind: 'chat-unreachable'; description: string }
  | { kind: 'bad-request'; description: string }
  /** 5xx, timeouts, network errors: retry with backoff. */
  | { kind: 'transient'; description: string };

interface BotApiErrorShape {
  code?: unknown;
  description?: unknown;
  parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown };
  response?: { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown } };
}

const BLOCKED = [/bot was blocked by the user/i, /user is deactivated/i, /bot was kicked/i, /bot is not a member of the channel/i];

/** Reads a Bot API error (telegraf's TelegramError or a plain `{error_code, description}`). */
export function classifyTelegramError(error: unknown): SendFailure {
  const e = (error ?? {}) as BotApiErrorShape;
  const code = Number(e.response?.error_code ?? e.code);
  const description = String(e.response?.description ?? e.description ?? (error instanceof Error ? error.message : error));
  const parameters = e.response?.parameters ?? e.parameters ?? {};
  if (code === 429) {
    const retryAfter = Number(parameters.retry_after);
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 5 };
  }
  if (parameters.migrate_to_chat_id !== undefined) {
    return { kind: 'migrated', newChatId: Number(parameters.migrate_to_chat_id) };
  }
  if (code === 403) {
    return BLOCKED.some((re) => re.test(description))
      ? { kind: 'blocked', description }
      : { kind: 'chat-unreachable', description };
  }
  if (code === 400) {
    if (/can't parse entities/i.test(description)) return { kind: 'cant-parse', description };
    if (/chat not found/i.test(description)) return { kind: 'chat-unreachable', description };
    return { kind: 'bad-request', description };
  }
  return { kind: 'transient', description };
}
