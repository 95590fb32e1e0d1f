import type { Logger } from 'pino';

/** A message for the admins, translated per admin: a locale key and its values. */
export interface AdminMessage {
  key: string;
  values?: Record<string, unknown>;
}

/** Tells every admin something; never throws (an alert must not fail the poll that raised it). */
export type NotifyAdmins = (message: AdminMessage) => Promise<void>;

export interface AdminNotifierDeps {
  adminIds: readonly number[];
  /** Telegram's sendMessage with HTML parse mode (main.ts wires telegraf's `Telegram`). */
  sendHtml: (chatId: number, html: string) => Promise<unknown>;
  /** The admin's chat language, when the admin has talked to the bot. */
  languageOf: (chatId: number) => Promise<string | null>;
  translate: (language: string, key: string, values?: Record<string, unknown>) => string;
  logger: Logger;
}

export function createAdminNotifier(deps: AdminNotifierDeps): NotifyAdmins {
  return async (message) => {
    for (const adminId of deps.adminIds) {
      try {
        const language = (await deps.languageOf(adminId)) ?? 'en';
        await deps.sendHtml(adminId, deps.translate(language, message.key, message.values));
      } catch (err) {
        // An admin who never opened the bot, or blocked it: the others are still told.
        deps.logger.warn({ err, chatId: adminId, key: message.key }, 'could not notify an admin');
      }
    }
  };
}
