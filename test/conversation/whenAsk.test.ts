/**
 * "What about at night?" after local help or a card is a question about WHEN help is there: it matched the
 * dying-at-home card ("My [wife] is dying"), and Welsh "beth am yn y nos?" and Polish "a w nocy?" looped.
 * It is answered from what was shown (their hours), then 111 and the out-of-hours GP, the 24-hour line when
 * someone is dying at home, and Samaritans, every number from the catalogue.
 */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import type { LanguageCode } from '../../core/languages';
import { handleReply } from '../../conversation/answers';
import { newConversationData, newSituation, type Situation } from '../../conversation/state';
import { asksWhen, whenReply } from '../../conversation/whenAsk';
import { guide, said } from './helpers';

const ASKS: [string, string][] = [
  ['en', 'What about at night?'],
  ['en', 'and at the weekend?'],
  ['en', 'out of hours?'],
  ['en', 'is it open at weekends?'],
  ['cy', 'beth am yn y nos?'],
  ['cy', 'a dros y penwythnos?'],
  ['pl', 'a w nocy?'],
  ['pl', 'a w weekend?'],
  ['es', '¿y por la noche?'],
  ['es', '¿y los fines de semana?'],
  ['pt', 'e à noite?'],
  ['pt', 'e no fim de semana?'],
  ['ro', 'și noaptea?'],
  ['ro', 'dar în weekend?'],
  ['ar', 'وماذا عن الليل؟'],
  ['ur', 'aur raat ko?'],
  ['ur', 'اور رات کو؟'],
  ['pa', 'ਅਤੇ ਰਾਤ ਨੂੰ?'],
  ['bn', 'আর রাতে?'],
  ['gu', 'અને રાત્રે?'],
  ['zh', '晚上呢？'],
  ['zh', '那周末怎么办？'],
];

/** A time in a sentence of its own is not the follow-up. */
const NOT_ASKS: [string, string][] = [
  ['en', "I can't sleep at night"],
  ['en', 'who do we phone at night if he gets worse?'],
  ['en', 'he wanders at night'],
  ['en', 'what about money?'],
  ['pl', 'tata nie śpi w nocy'],
  ['cy', 'dyw Mam ddim yn cysgu yn y nos'],
  ['zh', '他晚上睡不着'],
  ['es', 'mi madre no duerme por la noche'],
];

describe('"what about at night?" is a question about when', () => {
  for (const [lang, text] of ASKS) it(`${lang}: ${text}`, () => expect(asksWhen(text)).to.equal(true));
  for (const [lang, text] of NOT_ASKS) it(`${lang}: not ${JSON.stringify(text)}`, () => expect(asksWhen(text)).to.equal(false));
});

function textOf(contents: Content[]): string {
  return contents
    .map((c) =>
      c.kind === 'text' ? c.text : c.kind === 'services' ? [c.intro, ...c.services.map((x) => [x.name, x.phone, x.hours, x.openNow].join(' '))].join('\n') : '',
    )
    .join('\n');
}

function situation(partial: Partial<Situation>): Situation {
  return { ...newSituation(), ...partial };
}

const REPLIES: { name: string; language: LanguageCode; s: Partial<Situation>; has: string[]; not: string[] }[] = [
  {
    name: 'after the dying-at-home card in Wales: the 24-hour line first, Marie Curie hours, 111 Wales, Samaritans, the GP',
    language: 'en',
    s: { nation: 'wales', card: 'eol.dying-at-home', topics: ['end_of_life'], shownServices: ['marie-curie-support-line', 'carers-wales'] },
    has: [
      '24-hour number',
      'Marie Curie Support Line 0800 090 2309 Mon–Fri 08:00–18:00',
      'NHS 111 Wales 111 Open 24 hours',
      'Samaritans 116 123 Open 24 hours',
      'out-of-hours GP',
    ],
    not: ['Carers Wales', 'My [', 'wife'],
  },
  {
    name: 'after local help in England: 111 and Samaritans, no dying line',
    language: 'en',
    s: { nation: 'england', focus: 'assessment', topics: ['assessment'], shownServices: ['carers-wales'] },
    has: ['NHS 111 111 Open 24 hours', 'Samaritans 116 123', 'out-of-hours GP'],
    not: ['24-hour number', 'Carers Wales'],
  },
  {
    name: 'Scotland: NHS 24',
    language: 'en',
    s: { nation: 'scotland', shownServices: ['carers-wales'] },
    has: ['NHS 24 (Scotland) 111', 'Samaritans'],
    not: ['NHS 111 Wales'],
  },
  {
    name: 'Northern Ireland: no 111 to name, Samaritans still',
    language: 'en',
    s: { nation: 'northern_ireland', shownServices: ['carers-wales'] },
    has: ['Samaritans 116 123'],
    not: ['111'],
  },
  {
    name: 'Polish, dying at home',
    language: 'pl',
    s: { nation: 'wales', card: 'eol.dying-at-home', shownServices: ['marie-curie-support-line'] },
    has: ['całodobowy numer', 'Marie Curie Support Line 0800 090 2309 pon.–pt. 08:00–18:00', 'NHS 111 Wales', 'out-of-hours GP'],
    not: [],
  },
];

describe('when help is there: answered from what was shown', () => {
  for (const row of REPLIES)
    it(row.name, () => {
      const out = whenReply(situation(row.s), guide(row.language));
      expect(out).to.not.equal(undefined);
      const text = textOf(out!);
      for (const part of row.has) expect(text).to.include(part);
      for (const part of row.not) expect(text).not.to.include(part);
    });

  it('with nothing shown yet, it is left to the rest of the conversation', () => {
    expect(whenReply(newSituation(), guide())).to.equal(undefined);
  });

  for (const [lang, text] of [
    ['en', 'What about at night?'],
    ['cy', 'beth am yn y nos?'],
    ['pl', 'a w nocy?'],
  ] as [LanguageCode, string][])
    it(`${lang}: the conversation answers ${JSON.stringify(text)} with the hours, not a card or the same question again`, () => {
      const data = newConversationData(lang, 'demo');
      Object.assign(data.situation, {
        nation: 'wales',
        card: 'eol.dying-at-home',
        focus: 'end_of_life',
        topics: ['end_of_life'],
        answered: ['end_of_life'],
        shownServices: ['marie-curie-support-line'],
      });
      const out = handleReply('more', said(text), data, guide(lang));
      const all = textOf(out);
      expect(all).to.include('Samaritans');
      expect(all).to.include('116 123');
      expect(out.some((c) => c.kind === 'text' && /\[(husband|wife|mum|dad)\]|\[[^\]]+\]/.test(c.text))).to.equal(false);
    });
});
