import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsKey } from '../support/fake-bot-api.js';
import { startHarness, type Harness } from './harness.js';
import { callbackData, labels, telegramUser } from './telegram-user.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, ['bot']);
});
afterAll(async () => {
  await h?.close();
});

describe('a private chat, in the reader’s language', () => {
  it('publishes the command menu in all ten languages', async () => {
    for (const lang of ['en', 'ru', 'uk', 'az', 'tr', 'fr', 'de', 'it', 'es', 'ar']) {
      await expect.poll(() => h.telegram.commands.get(commandsKey(undefined, lang))).toBeDefined();
    }
    const russian = h.telegram.commands.get(commandsKey(undefined, 'ru')) as { command: string; description: string }[];
    expect(russian.find((c) => c.command === 'subscribe')?.description).toBe('Следить за страной, парой или группой');
    expect(russian.map((c) => c.command)).toEqual(expect.arrayContaining(['digest', 'timezone', 'quiet', 'latest', 'why', 'wrong', 'share', 'channel']));
  });

  it('German: starts in German, finds a country by typed letters, follows it with a tap and filters its topics', async () => {
    const anna = telegramUser(h, { chatId: 8101, from: { id: 8101, language_code: 'de-AT' } });
    const welcome = await anna.say('/start');
    expect(welcome.text).toMatch(/Attaché beobachtet Außenministerien/);
    expect((await h.app.store.chats.get(8101))?.language).toBe('de');

    expect(labels(welcome)).toEqual(['➕ Land auswählen']);
    const picker = (await anna.press(welcome, 'cp:v1:-:0:', { edits: true })).message;
    expect(picker.text).toMatch(/Sagen Sie mir, wem ich folgen soll/);
    expect(labels(picker)).toContain('1/25');
    const next = (await anna.press(picker, '▶', { edits: true })).message;
    expect(labels(next)).toContain('2/25');

    const found = await anna.say('ital');
    expect(found.text).toMatch(/Länder zu „ital“/);
    expect(labels(found)).toContain('🇮🇹 Italien');
    const { answer, message: ticked } = await anna.press(found, /^🇮🇹 Italien$/, { edits: true });
    expect(answer.params.text).toBe('Sie folgen jetzt: 🇮🇹 Italien');
    expect(labels(ticked)).toContain('✓ 🇮🇹 Italien');
    expect((await h.app.store.subscriptions.list(8101)).map((s) => s.target)).toEqual([{ kind: 'country', code: 'IT' }]);

    const list = await anna.say('/list');
    expect(list.text).toMatch(/^Dieser Chat folgt\n• 🇮🇹 Italien\n\n1 Abo\./);
    const toggles = (await anna.press(list, '🏷 Themen', { edits: true })).message;
    expect(toggles.text).toMatch(/Themen: 🇮🇹 Italien/);
    const withEnergy = (await anna.press(toggles, 'Energie', { edits: true })).message;
    expect(labels(withEnergy)).toContain('✓ Energie');
    expect((await h.app.store.subscriptions.list(8101))[0]?.topics).toEqual(['energy']);
    const saved = (await anna.press(withEnergy, '✓ Fertig', { edits: true })).message;
    expect(saved.text).toBe('Gespeichert: 🇮🇹 Italien (Energie)');
  });

  it('Russian: explains mistakes with “did you mean”, sets the digest with buttons and confirms removing everything', async () => {
    const olga = telegramUser(h, { chatId: 8102, from: { id: 8102, language_code: 'ru' } });
    expect((await olga.say('/subscribe Азербайджан, Грузия')).text).toBe('Теперь вы следите за: 🇦🇿 Азербайджан, 🇬🇪 Грузия\nЧтобы получать только некоторые темы, нажмите 🏷 или отправьте /topics.');

    const typo = await olga.say('/subscribe Фрнация');
    expect(typo.text).toMatch(/Не знаю страну или группу «Фрнация»[\s\S]*Возможно, вы имели в виду: 🇫🇷 Франция\?/);
    const fixed = await olga.press(typo, '➕ 🇫🇷 Франция', { edits: true });
    expect(fixed.message.text).toBe('Теперь вы следите за: 🇫🇷 Франция');

    expect((await olga.say('/subscribe AZ-IT энергия')).text).toMatch(/Темы «энергия» нет\.[\s\S]*Список тем — \/topics\./);
    expect((await olga.say('/subscribe Атлантида')).text).toMatch(/Не знаю страну или группу «Атлантида»/);
    expect((await h.app.store.subscriptions.list(8102))).toHaveLength(3);

    const digest = await olga.say('/digest');
    expect(digest.text).toMatch(/Доставка: сразу\nЧасовой пояс: UTC\nТихие часы: выключены/);
    const times = (await olga.press(digest, '📅 Каждый день…', { edits: true })).message;
    expect(times.text).toBe('В какое время (по часовому поясу чата)?');
    const set = (await olga.press(times, 'dg:v1:d:0800', { edits: true })).message;
    expect(set.text).toMatch(/^Доставка: дайджест каждый день в 08:00\.\nСледующий дайджест: .+ \(UTC\)\.$/);
    expect((await h.app.store.chats.get(8102))?.digest).toEqual({ kind: 'daily', at: '08:00' });
    expect((await olga.say('/digest weekly fri 17:30')).text).toMatch(/^Доставка: дайджест раз в неделю, пятница, в 17:30\./);
    expect((await olga.say('/digest monthly')).text).toMatch(/Не знаю расписание «monthly»/);

    expect((await olga.say('/timezone europe/rome')).text).toMatch(/^Часовой пояс: Europe\/Rome \(там сейчас/);
    expect((await olga.say('/timezone Марс')).text).toMatch(/Не знаю часовой пояс «Марс»/);
    expect((await olga.say('/quiet 22:00-07:00')).text).toBe('Тихие часы: 22:00–07:00 (Europe/Rome). Новости подождут до их окончания.');
    expect((await olga.say('/quiet поздно')).text).toMatch(/«поздно» — не интервал времени/);
    expect(await h.app.store.chats.get(8102)).toMatchObject({ timezone: 'Europe/Rome', quiet: { start: '22:00', end: '07:00' } });
    expect((await olga.say('/pause')).text).toMatch(/^Пауза\./);
    expect((await h.app.store.chats.get(8102))?.paused).toBe(true);
    expect((await olga.say('/resume')).text).toBe('Возобновлено: новости снова будут приходить.');
    expect((await h.app.store.chats.get(8102))?.paused).toBe(false);

    const confirm = await olga.say('/unsubscribe all');
    expect(confirm.text).toMatch(/^Удалить все 3 подписки этого чата\?/);
    expect(await h.app.store.subscriptions.list(8102)).toHaveLength(3);
    const done = await olga.press(confirm, 'una:v1:yes', { edits: true });
    expect(done.message.text).toBe('Удалены 3 подписки.');
    expect(await h.app.store.subscriptions.list(8102)).toEqual([]);
    expect((await olga.say('/unsubscribe Грузия')).text).toBe('Этот чат не подписан на 🇬🇪 Грузия. Подписки — /list.');

    // A button from an older version of the bot (or tampered data) explains itself.
    const expired = await olga.press(done.message, 'sub:v0:AZ', { unchecked: true });
    expect(expired.answer.params).toMatchObject({ text: 'Эта кнопка устарела. Отправьте /subscribe ещё раз.', show_alert: true });
    const unknown = await olga.press(done.message, 'zz:v9', { unchecked: true });
    expect(unknown.answer.params.text).toBe('Эта кнопка устарела. Отправьте /help ещё раз.');
  });

  it('Arabic: switches language with the picker, shares a link that subscribes another reader in one tap', async () => {
    const samir = telegramUser(h, { chatId: 8103, from: { id: 8103, language_code: 'ar' } });
    expect((await samir.say('/start')).text).toMatch(/يتابع Attaché وزارات الخارجية/);
    expect((await samir.say('/subscribe AZ-IT energy, EU')).text).toMatch(/^تتابع الآن: 🇦🇿 .+ – 🇮🇹 .+ \(الطاقة\), 🇪🇺 الاتحاد الأوروبي/);
    const share = await samir.say('/share');
    expect(share.text).toMatch(/^من يفتح هذا الرابط/);
    const link = /https:\/\/t\.me\/attache_test_bot\?start=(sub-[A-Za-z0-9_-]+)/.exec(share.text);
    expect(link?.[1]).toBe('sub-AZ-IT-d_EU');

    const picker = await samir.say('/lang');
    expect(callbackData(picker)).toEqual(['lang:v1:en', 'lang:v1:ru', 'lang:v1:uk', 'lang:v1:az', 'lang:v1:tr', 'lang:v1:fr', 'lang:v1:de', 'lang:v1:it', 'lang:v1:es', 'lang:v1:ar']);
    expect(labels(picker)).toContain('✓ العربية');
    const english = await samir.press(picker, 'English', { edits: true });
    expect(english.message.text).toBe('Language set to English.');
    expect((await samir.say('/list')).text).toMatch(/^This chat follows\n• 🇦🇿 Azerbaijan – 🇮🇹 Italy \(Energy\)\n• 🇪🇺 European Union/);

    const tom = telegramUser(h, { chatId: 8104, from: { id: 8104, language_code: 'en' } });
    expect((await tom.say(`/start ${link![1]}`)).text).toBe('Subscribed from the link: 🇦🇿 Azerbaijan – 🇮🇹 Italy (Energy), 🇪🇺 European Union');
    expect((await h.app.store.subscriptions.list(8104)).map((s) => s.topics)).toEqual(expect.arrayContaining([['energy'], []]));
    expect((await tom.say('/start sub-XX_YY')).text).toMatch(/This link does not name anything I can follow/);
    expect((await tom.say('/latest')).text).toMatch(/Nothing about .*Azerbaijan – .*Italy \(Energy\), 🇪🇺 European Union in the last month yet/);
    // A pair from the picker: the first country, then the second.
    const picker2 = await tom.say('/subscribe');
    const first = (await tom.press(picker2, '🔗 Pair…', { edits: true })).message;
    expect(first.text).toMatch(/^A pair of countries: pick the first one\./);
    const second = (await tom.press(first, '🇦🇫 Afghanistan', { edits: true })).message;
    expect(second.text).toMatch(/^A pair with 🇦🇫 Afghanistan: pick the second country\./);
    expect(labels(second)).not.toContain('🇦🇫 Afghanistan');
    const paired = await tom.press(second, '🇦🇱 Albania', { edits: true });
    expect(paired.answer.params.text).toBe('Now following: 🇦🇫 Afghanistan – 🇦🇱 Albania');
    expect(labels(paired.message)).toContain('✓ 🇦🇱 Albania');
    const groups = (await tom.press(paired.message, '← Countries', { edits: true })).message;
    const groupPicker = (await tom.press(groups, '🌐 Groups…', { edits: true })).message;
    expect(labels(groupPicker)).toContain('✓ 🇪🇺 European Union');
    await tom.press(groupPicker, '🌐 NATO', { edits: true });
    expect((await h.app.store.subscriptions.list(8104)).map((s) => s.target.kind).sort()).toEqual(['group', 'group', 'pair', 'pair']);
    // Buttons carry their state: a keyboard sent before a restart still works after it.
    const before = await tom.say('/list');
    await h.restart();
    const afterRestart = await tom.press(before, '✕ 🇦🇫 Afghanistan – 🇦🇱 Albania', { edits: true });
    expect(afterRestart.answer.params.text).toBe('Stopped following: 🇦🇫 Afghanistan – 🇦🇱 Albania');
    expect(afterRestart.message.text).not.toMatch(/Afghanistan/);
    expect((await tom.say('/frobnicate')).text).toBe("I don't know the command /frobnicate. /help lists what I can do.");
  });

  it('answers a command that meets a 429 once Telegram’s wait is over, without sending inside it', async () => {
    const ines = telegramUser(h, { chatId: 8190, from: { id: 8190 } });
    await ines.say('/start');
    h.telegram.rateLimit(2, { chatId: 8190 });
    const limitedAt = Date.now();
    try {
      const reply = await ines.say('/frobnicate');
      expect(reply.text).toBe("I don't know the command /frobnicate. /help lists what I can do.");
      expect(reply.at - limitedAt).toBeGreaterThanOrEqual(1900);
      expect(h.telegram.violations).toEqual([]);
    } finally {
      h.telegram.rateLimit(0);
    }
  });
});
