import { badRequest } from '../params.js';
import { ok } from './method.js';
import type { MethodContext, MethodTable } from './method.js';

function getChat(ctx: MethodContext) {
  const chat = ctx.world.chat(ctx.chatId());
  // getChat answers a ChatFullInfo: the chat plus fields only it carries.
  return ok({ ...chat, accent_color_id: 0, max_reaction_count: 11 });
}

function userId(ctx: MethodContext): number {
  const id = ctx.params.int('user_id');
  if (id === undefined) throw badRequest('user_id is empty');
  if (id <= 0) throw badRequest('invalid user_id specified');
  return id;
}

function getChatMember(ctx: MethodContext) {
  const chatId = ctx.chatId();
  const id = userId(ctx);
  if (chatId > 0 && id !== chatId && id !== ctx.world.bot.id) throw badRequest('member not found');
  return ok(ctx.world.member(chatId, id));
}

function getChatAdministrators(ctx: MethodContext) {
  const chatId = ctx.chatId();
  if (chatId > 0) throw badRequest('there are no administrators in the private chat');
  return ok((ctx.world.admins.get(chatId) ?? []).map((id) => ctx.world.member(chatId, id)));
}

function getChatMemberCount(ctx: MethodContext) {
  const chatId = ctx.chatId();
  if (chatId > 0) return ok(2);
  return ok(Math.max(2, (ctx.world.admins.get(chatId)?.length ?? 0) + 1));
}

function leaveChat(ctx: MethodContext) {
  const chatId = ctx.chatId();
  if (chatId > 0) throw badRequest("chat member status can't be changed in private chats");
  return ok(true);
}

export const chatMethods: MethodTable = {
  getChat: { handler: getChat },
  getChatMember: { handler: getChatMember },
  getChatAdministrators: { handler: getChatAdministrators },
  getChatMemberCount: { handler: getChatMemberCount },
  getChatMembersCount: { handler: getChatMemberCount },
  leaveChat: { handler: leaveChat },
};
