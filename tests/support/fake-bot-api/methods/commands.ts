import { badRequest } from '../params.js';
import { ok } from './method.js';
import type { MethodContext, MethodTable } from './method.js';

const SCOPES: Record<string, string[]> = {
  default: [],
  all_private_chats: [],
  all_group_chats: [],
  all_chat_administrators: [],
  chat: ['chat_id'],
  chat_administrators: ['chat_id'],
  chat_member: ['chat_id', 'user_id'],
};

/**
 * The key of `FakeBotApi.commands`: the scope as JSON with `type` first and the other fields sorted
 * (`{"type":"default"}` when no scope was given), then `|` and the language code ('' for none).
 * Ids are numbers even when a form body sent them as strings.
 */
export function commandsKey(scope?: Record<string, unknown>, languageCode?: string): string {
  const { type = 'default', ...rest } = scope ?? {};
  const fields = Object.keys(rest)
    .sort()
    .map((name) => [
      name,
      name.endsWith('_id') && typeof rest[name] === 'string' && /^-?\d+$/.test(rest[name])
        ? Number(rest[name])
        : rest[name],
    ]);
  return `${JSON.stringify({ type, ...Object.fromEntries(fields) })}|${languageCode ?? ''}`;
}

function scopeAndLanguage(ctx: MethodContext): string {
  const scope = ctx.params.object('scope');
  if (scope) {
    const required = typeof scope.type === 'string' ? SCOPES[scope.type] : undefined;
    if (!required) throw badRequest('unsupported bot command scope type');
    for (const field of required)
      if (scope[field] === undefined)
        throw badRequest(`bot command scope ${String(scope.type)} requires ${field}`);
  }
  const language = ctx.params.str('language_code') ?? '';
  if (language !== '' && !/^[a-z]{2}$/.test(language)) throw badRequest('invalid language code specified');
  return commandsKey(scope, language);
}

function setMyCommands(ctx: MethodContext) {
  const commands = ctx.params.array('commands');
  if (!commands) throw badRequest('parameter "commands" is required');
  if (commands.length > 100) throw badRequest('too many commands specified');
  for (const entry of commands) {
    const { command, description } = (entry ?? {}) as Record<string, unknown>;
    if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command))
      throw badRequest('BOT_COMMAND_INVALID');
    if (typeof description !== 'string' || description.trim() === '' || description.length > 256) {
      throw badRequest('command description must be 1-256 characters');
    }
  }
  const key = scopeAndLanguage(ctx);
  // Setting an empty list is how Telegram deletes a list.
  if (commands.length === 0) ctx.commands.delete(key);
  else ctx.commands.set(key, commands);
  return ok(true);
}

function getMyCommands(ctx: MethodContext) {
  return ok(ctx.commands.get(scopeAndLanguage(ctx)) ?? []);
}

function deleteMyCommands(ctx: MethodContext) {
  ctx.commands.delete(scopeAndLanguage(ctx));
  return ok(true);
}

export const commandMethods: MethodTable = {
  setMyCommands: { handler: setMyCommands },
  getMyCommands: { handler: getMyCommands },
  deleteMyCommands: { handler: deleteMyCommands },
};
