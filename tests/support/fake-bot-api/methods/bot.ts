import { ApiError, badRequest } from '../params.js';
import { ok } from './method.js';
import type { MethodContext, MethodTable } from './method.js';

const WEBHOOK_ACTIVE =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

function getMe(ctx: MethodContext) {
  return ok({
    ...ctx.world.bot,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  });
}

function setWebhook(ctx: MethodContext) {
  const url = ctx.params.str('url') ?? '';
  const secretToken = ctx.params.str('secret_token');
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken))
    throw badRequest('secret token contains unallowed characters');
  if (ctx.params.bool('drop_pending_updates')) ctx.updates.dropPending();
  ctx.updates.setAllowed(ctx.params.array('allowed_updates'));
  if (url === '') {
    const had = ctx.webhook.settings !== undefined;
    ctx.webhook.remove();
    return ok(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
  }
  // Telegram requires HTTPS; the fake also takes http so that tests can run a plain local server.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
  ctx.webhook.set({ url, secretToken, maxConnections: ctx.params.int('max_connections') });
  return ok(true, 'Webhook was set');
}

function deleteWebhook(ctx: MethodContext) {
  if (ctx.params.bool('drop_pending_updates')) ctx.updates.dropPending();
  const had = ctx.webhook.settings !== undefined;
  ctx.webhook.remove();
  return ok(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
}

function getWebhookInfo(ctx: MethodContext) {
  const { settings, lastError } = ctx.webhook;
  const allowed = ctx.updates.allowedUpdates();
  return ok({
    url: settings?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: ctx.updates.pending().length,
    ...(settings?.maxConnections !== undefined
      ? { max_connections: settings.maxConnections }
      : settings
        ? { max_connections: 40 }
        : {}),
    ...(settings && allowed ? { allowed_updates: allowed } : {}),
    ...(lastError ? { last_error_date: lastError.date, last_error_message: lastError.message } : {}),
  });
}

async function getUpdates(ctx: MethodContext) {
  if (ctx.webhook.settings) throw new ApiError(409, WEBHOOK_ACTIVE);
  const updates = await ctx.updates.get(
    {
      offset: ctx.params.int('offset'),
      limit: ctx.params.int('limit'),
      timeoutSeconds: ctx.params.int('timeout'),
      allowedUpdates: ctx.params.array('allowed_updates'),
    },
    (cancel) => ctx.onAbandon(cancel),
  );
  return ok(updates);
}

/** setMyDescription and friends: stored per language and read back by the matching getter. */
function botText(field: string, max: number): MethodTable {
  const texts = new Map<string, string>();
  const capitalized = field.replace(/(^|_)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase());
  return {
    [`setMy${capitalized}`]: {
      handler: (ctx) => {
        const value = ctx.params.str(field) ?? '';
        if (value.length > max) throw badRequest(`${field} is too long`);
        const language = ctx.params.str('language_code') ?? '';
        if (value === '') texts.delete(language);
        else texts.set(language, value);
        return ok(true);
      },
    },
    [`getMy${capitalized}`]: {
      handler: (ctx) => {
        const language = ctx.params.str('language_code') ?? '';
        return ok({ [field]: texts.get(language) ?? texts.get('') ?? '' });
      },
    },
  };
}

/** Each fake server gets its own table, so stored descriptions do not leak between servers. */
export function botMethods(): MethodTable {
  return {
    getMe: { handler: getMe },
    logOut: { handler: () => ok(true) },
    close: { handler: () => ok(true) },
    setWebhook: { handler: setWebhook },
    deleteWebhook: { handler: deleteWebhook },
    getWebhookInfo: { handler: getWebhookInfo },
    getUpdates: { handler: getUpdates },
    ...botText('description', 512),
    ...botText('short_description', 120),
    ...botText('name', 64),
    setChatMenuButton: { handler: () => ok(true) },
    getChatMenuButton: { handler: () => ok({ type: 'commands' }) },
    setMyDefaultAdministratorRights: { handler: () => ok(true) },
  };
}
