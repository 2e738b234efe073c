/**
 * The question asked gets its answer before any service, in every card language:
 * - "how long has he got?" after the dying-at-home card got only services: the card that says nobody can say exactly,
 *   who can give a sense of it and the signs the last days are near (eol.how-long);
 * - the writer's own health ("I'm exhausted", "my back is killing me from lifting him") got "I couldn't find a service
 *   that fits exactly": the card on looking after their own health (self.own-health), then the services.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

type Lang = 'en' | 'cy' | 'pl' | 'es' | 'zh' | 'ar';

function cardStart(lang: Lang, cardId: string): string {
  const text = JSON.parse(readFileSync(new URL(`../../data/knowledge/text/${lang}.json`, import.meta.url), 'utf8')) as {
    cards: Record<string, { answer: string }>;
  };
  return text.cards[cardId].answer.slice(0, 30);
}

function noneLine(lang: Lang): string {
  const topics = JSON.parse(readFileSync(new URL(`../../locales/${lang}/topics.json`, import.meta.url), 'utf8')) as { results: { none: string } };
  return topics.results.none.slice(0, 20);
}

const HOW_LONG: [Lang, string, string][] = [
  ['en', 'my husband is dying at home, what help can we get', 'how long has he got?'],
  ['en', 'what happens in the last days', 'how long do people live with this?'],
  ['pl', 'mój mąż umiera w domu, jaka jest pomoc', 'ile mu zostało?'],
  ['es', 'mi marido se está muriendo en casa, qué ayuda hay', '¿cuánto tiempo le queda?'],
  ['cy', 'mae fy ngŵr yn marw gartref, pa help sydd', 'faint o amser sydd ganddo fe ar ôl?'],
  ['zh', '我丈夫在家里快不行了，有什么帮助', '他还有多久？'],
];

const OWN_HEALTH: [Lang, string][] = [
  ['en', "I'm exhausted"],
  ['en', "I'm not sleeping"],
  ['en', 'my back is killing me from lifting him'],
  ['pl', 'jestem wykończona, w ogóle nie śpię'],
  ['es', 'estoy agotada, no duermo nada'],
  ['cy', "dw i wedi blino'n lân a dw i ddim yn cysgu"],
  ['ar', 'أنا منهكة ولا أنام'],
  ['zh', '我累垮了，晚上睡不着'],
];

const LOCALE: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB', pl: 'pl-PL', es: 'es-ES', zh: 'zh-CN', ar: 'ar' };

describe('the question asked is answered before any service', () => {
  for (const [lang, first, ask] of HOW_LONG)
    it(`${lang}: ${JSON.stringify(ask)} after ${JSON.stringify(first)}`, async () => {
      const bot = await startBot({ now: OPEN, locale: LOCALE[lang] });
      await bot.say(first);
      const reply = await bot.say(ask);
      expect(reply.text).to.include(cardStart(lang, 'eol.how-long'));
      await bot.close();
    });

  for (const [lang, text] of OWN_HEALTH)
    it(`${lang}: ${JSON.stringify(text)}`, async () => {
      const bot = await startBot({ now: OPEN, locale: LOCALE[lang] });
      const reply = await bot.say(text);
      expect(reply.text).to.include(cardStart(lang, 'self.own-health'));
      expect(reply.text).not.to.include(noneLine(lang));
      await bot.close();
    });
});
