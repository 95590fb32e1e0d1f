import { badRequest } from '../params.js';
import { checkLinkPreview, checkReplyMarkup, checkTextContent } from '../validate.js';
import { unixNow } from '../world.js';
import type { StoredMessage } from '../world.js';
import { ok } from './method.js';
import type { MethodContext, MethodTable } from './method.js';

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const QUERY_INVALID = 'query is too old and response timeout expired or query ID is invalid';
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

function sendMessage(ctx: MethodContext) {
  const { params, world } = ctx;
  const chatId = ctx.chatId();
  const content = checkTextContent(params);
  const replyMarkup = checkReplyMarkup(params.raw.reply_markup);
  const threadId = params.int('message_thread_id');
  const linkPreviewDisabled = checkLinkPreview(params);
  const disableNotification = params.bool('disable_notification') ?? false;
  params.bool('allow_paid_broadcast');
  params.bool('protect_content');
  if (threadId !== undefined) checkThread(ctx, chatId);
  checkReplyTarget(ctx, chatId);
  const stored: StoredMessage = {
    chatId,
    messageId: world.nextMessageId(chatId),
    fromBot: true,
    text: content.text,
    entities: content.entities,
    replyMarkup,
    threadId,
    date: unixNow(),
    from: world.bot,
  };
  world.storeMessage(stored);
  ctx.records.addSent({
    chatId,
    messageId: stored.messageId,
    ...content,
    replyMarkup,
    messageThreadId: threadId,
    method: 'sendMessage',
    at: ctx.at,
    linkPreviewDisabled,
    disableNotification,
  });
  return ok(world.wireMessage(stored));
}

/** A thread id only means something in a forum; a group known not to be one has no threads. */
function checkThread(ctx: MethodContext, chatId: number): void {
  if (!ctx.world.isKnownChat(chatId)) return;
  const chat = ctx.world.chat(chatId);
  const forum = chat.type === 'supergroup' && chat.is_forum === true;
  if ((chat.type === 'group' || chat.type === 'supergroup') && !forum)
    throw badRequest('message thread not found');
}

function checkReplyTarget(ctx: MethodContext, chatId: number): void {
  const reply = ctx.params.object('reply_parameters');
  const messageId = reply?.message_id ?? ctx.params.int('reply_to_message_id');
  if (messageId === undefined) return;
  const target = reply?.chat_id === undefined ? chatId : Number(reply.chat_id);
  const lenient =
    reply?.allow_sending_without_reply === true || ctx.params.bool('allow_sending_without_reply') === true;
  if (!lenient && !ctx.world.message(target, Number(messageId)))
    throw badRequest('message to be replied not found');
}

/** The bot's own message addressed by chat_id + message_id, for edits. */
function editable(ctx: MethodContext): StoredMessage | undefined {
  if (ctx.params.has('inline_message_id')) return undefined;
  const chatId = ctx.chatId();
  const messageId = ctx.params.int('message_id');
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  const stored = ctx.world.message(chatId, messageId);
  if (!stored) throw badRequest('message to edit not found');
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return stored;
}

function editMessageText(ctx: MethodContext) {
  const stored = editable(ctx);
  const content = checkTextContent(ctx.params);
  // Like Telegram: an edit without reply_markup removes the inline keyboard.
  const replyMarkup = checkReplyMarkup(ctx.params.raw.reply_markup);
  const linkPreviewDisabled = checkLinkPreview(ctx.params);
  if (!stored) return ok(true);
  const same =
    stored.text === content.text &&
    JSON.stringify(stored.entities) === JSON.stringify(content.entities) &&
    JSON.stringify(stored.replyMarkup) === JSON.stringify(replyMarkup);
  if (same) throw badRequest(NOT_MODIFIED);
  Object.assign(stored, { text: content.text, entities: content.entities, replyMarkup, editDate: unixNow() });
  ctx.records.addSent({
    chatId: stored.chatId,
    messageId: stored.messageId,
    ...content,
    replyMarkup,
    messageThreadId: stored.threadId,
    method: 'editMessageText',
    at: ctx.at,
    linkPreviewDisabled,
    disableNotification: false,
  });
  return ok(ctx.world.wireMessage(stored));
}

function editMessageReplyMarkup(ctx: MethodContext) {
  const stored = editable(ctx);
  const replyMarkup = checkReplyMarkup(ctx.params.raw.reply_markup);
  if (!stored) return ok(true);
  if (JSON.stringify(stored.replyMarkup) === JSON.stringify(replyMarkup)) throw badRequest(NOT_MODIFIED);
  Object.assign(stored, { replyMarkup, editDate: unixNow() });
  ctx.records.notify();
  return ok(ctx.world.wireMessage(stored));
}

function deleteMessage(ctx: MethodContext) {
  const chatId = ctx.chatId();
  const messageId = ctx.params.int('message_id');
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  if (!ctx.world.deleteMessage(chatId, messageId)) throw badRequest('message to delete not found');
  ctx.records.deleted.push({ chatId, messageId, at: ctx.at });
  return ok(true);
}

function deleteMessages(ctx: MethodContext) {
  const chatId = ctx.chatId();
  const ids = ctx.params.array('message_ids');
  if (!ids || ids.length === 0 || ids.length > 100)
    throw badRequest('message_ids must contain 1-100 identifiers');
  for (const id of ids) {
    if (ctx.world.deleteMessage(chatId, Number(id)))
      ctx.records.deleted.push({ chatId, messageId: Number(id), at: ctx.at });
  }
  return ok(true);
}

function answerCallbackQuery(ctx: MethodContext) {
  const id = ctx.params.str('callback_query_id');
  if (!id) throw badRequest('callback_query_id is empty');
  const query = ctx.world.callbackQueries.get(id);
  if (!query || query.answered) throw badRequest(QUERY_INVALID);
  const text = ctx.params.str('text');
  if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
  ctx.params.bool('show_alert');
  query.answered = true;
  return ok(true);
}

function sendChatAction(ctx: MethodContext) {
  ctx.chatId();
  const action = ctx.params.str('action');
  if (!action || !CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
  return ok(true);
}

export const messageMethods: MethodTable = {
  sendMessage: { handler: sendMessage, chatScoped: true },
  editMessageText: { handler: editMessageText, chatScoped: true },
  editMessageReplyMarkup: { handler: editMessageReplyMarkup, chatScoped: true },
  deleteMessage: { handler: deleteMessage, chatScoped: true },
  deleteMessages: { handler: deleteMessages, chatScoped: true },
  answerCallbackQuery: { handler: answerCallbackQuery },
  sendChatAction: { handler: sendChatAction, chatScoped: true },
};
