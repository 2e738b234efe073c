/**
 * Crisis contacts by place and by means: each cited with the date it applies from and a review-by date; Jersey,
 * Guernsey and the Isle of Man get only what is verified there (never NHS 111, Shout or a UK nation's helpline);
 * someone who can't make a call (deaf, or not safe to speak) gets the routes by text, in every language.
 */
import { expect } from 'chai';
import { CONTACTS, SITUATIONS, contactIdsFor, contactIdsForChoice, situationContents, textOnlyContents, type CrisisPlace } from '../../conversation/crisis';
import { CRISIS_SITUATIONS, type CrisisSituation } from '../../conversation/crisisSituation';
import type { CrisisMemory } from '../../conversation/state';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';
import { contactNumbers, replyWords } from './helpers';
import { LANGUAGES, type LanguageCode } from '../../core/languages';

const en = translatorFor('en') as unknown as Translate;
const ctx = (nation?: CrisisPlace, language: LanguageCode = 'en', t: Translate = en) => ({ t, language, nation, org: 'Hearth' });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MS = 366 * 24 * 3600 * 1000;
const CROWN = ['jersey', 'guernsey', 'isle_of_man'] as const;
/** Lines that exist only in the UK (or one UK nation): never given in a Crown Dependency without a source there. */
const UK_ONLY =
  /^111$|SHOUT|REGISTER|^18000$|0808 2000 247|0808 80 10 800|0800 027 1234|0808 802 1414|0808 808 8141|0800 1111|0808 800 5000|0800 83 85 87|0808 808 8000/;

describe('data/crisis: every contact cited', () => {
  for (const [id, contact] of Object.entries(CONTACTS)) {
    it(`${id}: the date it applies from and a review-by date within a year of being checked`, () => {
      expect(contact.appliesFrom).to.match(DAY);
      expect(contact.reviewBy).to.match(DAY);
      expect(contact.appliesFrom <= contact.assured_date, 'applies from no later than it was checked').to.equal(true);
      expect(contact.reviewBy > contact.assured_date).to.equal(true);
      expect(Date.parse(contact.reviewBy) - Date.parse(contact.assured_date)).to.be.at.most(YEAR_MS);
    });

    it(`${id}: a phone number in a Crown Dependency only with a source there`, () => {
      for (const place of CROWN)
        if (contact.nations.includes(place) && contact.number?.match(/^\d/)) expect(contact.placeSources?.[place], place).to.match(/^https:\/\//);
    });
  }
});

describe('data/crisis: Jersey, Guernsey and the Isle of Man', () => {
  for (const situation of CRISIS_SITUATIONS) {
    for (const place of CROWN) {
      it(`${situation}, ${place}: 999, and only what is verified there`, () => {
        const data = SITUATIONS[situation];
        for (const id of data.contacts[place]) expect(CONTACTS[id]?.nations, id).to.include(place);
        const shown = contactNumbers(situationContents({ situation, also: [] }, ctx(place)));
        expect(shown).to.include('999');
        expect(shown.filter((n) => UK_ONLY.test(n))).to.deep.equal([]);
        if (data.level === 'urgent' && !['physical', 'carer_collapse'].includes(situation)) expect(shown[0]).to.equal('116 123');
      });
    }
  }

  it('a young writer there gets no UK-only Childline, and another danger adds no UK helpline', () => {
    const risk = { level: 'urgent' as const, categories: ['suicide_self_harm' as const], flags: [], ruleIds: [] };
    expect(contactIdsFor(risk, 'jersey', true)).to.deep.equal(['samaritans', 'emergency']);
    expect(contactIdsForChoice({ situation: 'suicide', also: ['abuse_partner'] }, 'guernsey')).to.deep.equal(['samaritans', 'emergency']);
  });
});

describe('crisis: someone who cannot make a call', () => {
  const memory = (situation: CrisisSituation, level: CrisisMemory['level']): CrisisMemory => ({
    situation,
    also: [],
    level,
    categories: [],
    flags: [],
    at: '2026-11-24T14:00:00.000Z',
  });
  const rows: {
    name: string;
    situation: CrisisSituation;
    level: CrisisMemory['level'];
    place?: CrisisPlace;
    first?: string;
    has: RegExp[];
    never?: RegExp[];
  }[] = [
    {
      name: 'a stroke, England: 999 by text, Relay UK, someone near to call',
      situation: 'stroke',
      level: 'emergency',
      first: 'text REGISTER to 999, then text 999',
      has: [/18000/, /ask them to call 999 for you now/],
    },
    {
      name: 'suicide, Wales: Shout first, then email and 999 by text',
      situation: 'suicide',
      level: 'urgent',
      place: 'wales',
      first: 'text SHOUT to 85258',
      has: [/jo@samaritans\.org/, /text 999 \(if your phone is registered\)/],
    },
    {
      name: 'a partner, Scotland: 999 by text, and the silent 999 call',
      situation: 'abuse_partner',
      level: 'urgent',
      place: 'scotland',
      first: 'text REGISTER to 999, then text 999',
      has: [/press 55/],
    },
    {
      name: 'suicide, Jersey: email, never a UK text line',
      situation: 'suicide',
      level: 'urgent',
      place: 'jersey',
      first: 'jo@samaritans.org',
      has: [/call 999 for you now/],
      never: [/SHOUT|REGISTER|18000/],
    },
    {
      name: 'a stroke, Isle of Man: someone near them calls',
      situation: 'stroke',
      level: 'emergency',
      place: 'isle_of_man',
      has: [/ask them to call 999 for you now/],
      never: [/REGISTER|18000/],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const out = textOnlyContents(memory(row.situation, row.level), ctx(row.place));
      if (row.first) expect(contactNumbers(out)[0]).to.equal(row.first);
      for (const re of row.has) expect(replyWords(out)).to.match(re);
      for (const re of row.never ?? []) expect(replyWords(out)).not.to.match(re);
      // Never "call now" again to someone who just said they can't; a person in this chat is offered.
      expect(replyWords(out)).not.to.match(/call now|If you haven't called/);
      const last = out.at(-1);
      expect(last?.kind === 'text' && last.choices?.map((c) => c.value)).to.deep.equal(['yes', 'no']);
    });
  }

  it('is worded in every language, never left in English', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const t = translatorFor(language) as unknown as Translate;
      for (const [situation, level] of [
        ['suicide', 'urgent'],
        ['stroke', 'emergency'],
      ] as const) {
        const text = replyWords(textOnlyContents(memory(situation, level), ctx('england', language, t)));
        expect(text, language).not.to.match(/You don't have to call|by text \(your phone|by email|ask them to call/);
        expect(text, language).to.match(/999/);
      }
    }
  });
});
