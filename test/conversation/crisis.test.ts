/** The crisis reply: the contacts that fit the danger, per nation, with what to do while waiting, in every language. */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import {
  CONTACTS,
  SITUATIONS,
  concernContents,
  contactIdsFor,
  contactIdsForChoice,
  continueContents,
  crisisContents,
  notSafeChoice,
  situationContents,
} from '../../conversation/crisis';
import { CRISIS_SITUATIONS, type CrisisSituation } from '../../conversation/crisisSituation';
import type { CrisisMemory, Nation } from '../../conversation/state';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';
import { contactNumbers, replyWords } from './helpers';
import type { RiskAssessment } from '../../risk/types';
import type { RiskCategory, RiskFlag } from '../../core/risk';
import { LANGUAGES, type LanguageCode } from '../../core/languages';

const NATIONS: Nation[] = ['england', 'wales', 'scotland', 'northern_ireland'];
const risk = (level: RiskAssessment['level'], categories: RiskCategory[], flags: RiskFlag[] = [], ruleIds: string[] = []): RiskAssessment => ({
  level,
  categories,
  flags,
  ruleIds,
  rulesVersion: 't',
});
const en = translatorFor('en') as unknown as Translate;
const ctx = (nation?: Nation, language: LanguageCode = 'en', t: Translate = en) => ({ t, language, nation, org: 'Hearth' });

/** The only numbers the bot may give: well-known national lines (a new one needs its source checked first). */
const KNOWN_NUMBERS = [
  '999',
  '111',
  '116 123',
  '0800 83 85 87',
  '0808 808 8000',
  '0808 2000 247',
  '0808 80 10 800',
  '0800 027 1234',
  '0808 802 1414',
  '0800 1111',
  '0808 800 5000',
  '0808 808 8141',
  // Relay UK's emergency access code, and Samaritans' email: for someone who can't make a voice call.
  '18000',
  'jo@samaritans.org',
];

describe('data/crisis: contacts', () => {
  for (const [id, contact] of Object.entries(CONTACTS)) {
    it(`${id}: a known number (or a worded one), a source and an assured date`, () => {
      if (contact.number) expect(KNOWN_NUMBERS).to.include(contact.number);
      else expect(contact.numberKey).to.match(/^crisis\.contact\./);
      expect(contact.source).to.match(/^https:\/\//);
      expect(contact.assured_date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(contact.nations.length).to.be.greaterThan(0);
    });
  }
});

/** What each situation must give first, and must include, per nation (999 is the emergency itself or the last resort). */
const EXPECT: Record<CrisisSituation, { first: Partial<Record<Nation | 'all', string>>; includes: Partial<Record<Nation | 'all', string[]>> }> = {
  not_breathing: { first: { all: '999' }, includes: {} },
  stroke: { first: { all: '999' }, includes: {} },
  chest_pain: { first: { all: '999' }, includes: {} },
  chest_or_stroke: { first: { all: '999' }, includes: {} },
  bleeding_or_seizure: { first: { all: '999' }, includes: {} },
  overdose: { first: { all: '999' }, includes: {} },
  medical_emergency: { first: { all: '999' }, includes: {} },
  chemo_fever: { first: { all: 'the number on the alert card' }, includes: { all: ['999'] } },
  spinal_cord: { first: { all: 'the number the team gave you' }, includes: { all: ['999'] } },
  physical: { first: { all: 'call the surgery' }, includes: { all: ['999'], england: ['111'], wales: ['111'], scotland: ['111'] } },
  suicide: {
    first: { all: '116 123' },
    includes: {
      all: ['text SHOUT to 85258', '999'],
      england: ['111'],
      wales: ['111'],
      scotland: ['111', '0800 83 85 87'],
      northern_ireland: ['0808 808 8000'],
    },
  },
  suicide_other: { first: { all: '116 123' }, includes: { all: ['999'], northern_ireland: ['0808 808 8000'], scotland: ['0800 83 85 87'] } },
  harm_to_others: { first: { all: '116 123' }, includes: { all: ['999'], england: ['111'], northern_ireland: ['0808 808 8000'] } },
  carer_breakdown: { first: { all: '116 123' }, includes: { all: ['999'], northern_ireland: ['0808 808 8000'] } },
  carer_collapse: { first: { all: 'call the surgery' }, includes: { all: ['999'], england: ['111'] } },
  abuse_partner: {
    first: { england: '0808 2000 247', wales: '0808 80 10 800', scotland: '0800 027 1234', northern_ireland: '0808 802 1414' },
    includes: { all: ['999'] },
  },
  abuse_older: { first: { all: '0808 808 8141' }, includes: { all: ['999'] } },
  abuse_child: { first: { all: '0800 1111' }, includes: { all: ['0808 800 5000', '999'], england: ['0808 2000 247'], wales: ['0808 80 10 800'] } },
};

describe('data/crisis: the reply that fits each danger, per nation', () => {
  it('every situation of the mapping has a reply, and only those', () => {
    expect(Object.keys(SITUATIONS).sort()).to.deep.equal([...CRISIS_SITUATIONS].sort());
  });

  for (const situation of CRISIS_SITUATIONS) {
    for (const nation of NATIONS) {
      it(`${situation}, ${nation}`, () => {
        const data = SITUATIONS[situation];
        const ids = data.contacts[nation];
        for (const id of ids) expect(CONTACTS[id]?.nations, id).to.include(nation);
        const out = situationContents({ situation, also: [] }, ctx(nation));
        const shown = contactNumbers(out);
        expect(shown.length).to.be.within(1, 5);
        const e = EXPECT[situation];
        expect(shown[0]).to.equal(e.first[nation] ?? e.first.all);
        for (const n of [...(e.includes.all ?? []), ...(e.includes[nation] ?? [])]) expect(shown, n).to.include(n);
        // 999 leads an emergency and closes anything else.
        if (data.level === 'emergency') expect(shown.indexOf('999')).to.be.oneOf([0, 1]);
        else expect(shown.at(-1)).to.equal('999');
        // One or two lines on what to do while waiting for every emergency.
        if (data.level === 'emergency') expect(data.waiting.length).to.be.within(1, 2);
        // Never a line for another nation: no 111 in Northern Ireland, no Scottish line in England.
        if (nation === 'northern_ireland') expect(shown).not.to.include('111');
        if (nation !== 'scotland') expect(shown).not.to.include.members(['0800 83 85 87', '0800 027 1234']);
        // The offer of a person is one yes/no question, last.
        const last = out[out.length - 1];
        expect(last.kind === 'text' && last.choices?.map((c) => c.value)).to.deep.equal(['yes', 'no']);
      });
    }
  }

  it('another danger in the same message adds its first line before 999', () => {
    expect(contactIdsForChoice({ situation: 'suicide', also: ['abuse_partner'] }, 'wales')).to.deep.equal([
      'samaritans',
      'shout',
      'nhs111',
      'liveFearFree',
      'emergency',
    ]);
    expect(contactIdsForChoice({ situation: 'overdose', also: ['suicide'] }, 'england')).to.deep.equal(['emergency', 'samaritans']);
  });

  it('a young writer gets Childline first, except in an emergency', () => {
    expect(contactIdsFor(risk('urgent', ['suicide_self_harm']), 'england', true)[0]).to.equal('childline');
    expect(contactIdsFor(risk('emergency', ['medical_emergency']), 'england', true)[0]).to.equal('emergency');
  });

  it('emergency replies say what to do while waiting, in order', () => {
    const out = crisisContents(risk('emergency', ['medical_emergency'], [], ['frame.stroke_body_en']), ctx());
    expect(replyWords(out)).to.match(/^Call 999 now\.[\s\S]*While you wait:\nNote the time the signs started/);
    const bleeding = replyWords(crisisContents(risk('emergency', ['medical_emergency'], [], ['medical.bleeding_seizure_en']), ctx()));
    expect(bleeding).to.match(/press firmly on the wound with a clean cloth/);
    expect(replyWords(crisisContents(risk('emergency', ['medical_emergency'], [], ['medical.overdose_en']), ctx()))).to.match(/Keep the packets/);
    expect(replyWords(crisisContents(risk('emergency', ['medical_emergency'], [], ['medical.breathing_en']), ctx()))).to.match(/CPR/);
  });

  it('chemo: the alert card line comes first in the words', () => {
    const out = crisisContents(risk('emergency', ['medical_emergency'], ['chemotherapy'], ['medical.chemotherapy']), ctx());
    expect(replyWords(out)).to.match(/^Call the 24-hour chemo helpline on the alert card/);
  });

  it('a physical worry: GP or 111 today, 999 if the danger signs appear', () => {
    const out = concernContents(risk('concern', ['medical_emergency'], [], ['model.concern']), ctx());
    expect(contactNumbers(out)).to.deep.equal(['call the surgery', '111', '999']);
    expect(replyWords(out)).to.match(/checked today[\s\S]*Call 999 straight away if there is chest pain/);
  });

  it('concern: a warm acknowledgement and one yes/no offer of a person, hardship worded apart', () => {
    const out = concernContents(risk('concern', ['hardship']), ctx());
    expect(out).to.have.length(1);
    expect(replyWords(out)).to.match(/heating, food/);
    expect(replyWords(out)).to.match(/not safe, tell me/);
    expect((replyWords(out).match(/\?/g) ?? []).length).to.equal(1);
    expect(out[0].kind === 'text' && out[0].choices?.length).to.equal(2);
  });

  const memory = (situation: CrisisSituation | undefined, level: CrisisMemory['level'], categories: RiskCategory[] = []): CrisisMemory => ({
    situation,
    also: [],
    level,
    categories,
    flags: [],
    at: '2026-11-24T14:00:00.000Z',
  });

  it('carrying on: the numbers again, what to do, and the offer, unless a person is already on the way', () => {
    const out = continueContents(memory('not_breathing', 'emergency'), ctx());
    expect(replyWords(out)).to.match(/^I'm still here\. If you haven't called yet, call now:\nEmergency[^\n]*: 999\nWhile you wait:/);
    expect(out.at(-1)?.kind).to.equal('text');
    expect(continueContents(memory('suicide', 'urgent'), { ...ctx(), offer: false }).map((c) => c.kind)).to.deep.equal(['contacts']);
  });

  it('"not safe": the 24/7 reply for what worried them, never a physical-health one', () => {
    expect(notSafeChoice(memory(undefined, 'concern', ['suicide_self_harm'])).situation).to.equal('suicide');
    expect(notSafeChoice(memory('physical', 'concern', ['medical_emergency'])).situation).to.equal('suicide');
    expect(notSafeChoice(memory(undefined, 'concern', ['harm_to_others'])).situation).to.equal('harm_to_others');
    expect(notSafeChoice(memory('abuse_partner', 'urgent', ['abuse'])).situation).to.equal('abuse_partner');
    expect(notSafeChoice(memory('not_breathing', 'emergency', ['medical_emergency'])).situation).to.equal('not_breathing');
  });

  const present = LANGUAGES.filter((lng) => existsSync(new URL(`../../locales/${lng}/`, import.meta.url)));
  for (const language of present) {
    it(`${language}: every situation is worded (no raw keys), names a number, and non-English adds an interpreter note`, () => {
      const t = translatorFor(language) as unknown as Translate;
      for (const situation of CRISIS_SITUATIONS) {
        for (const nation of NATIONS) {
          const out = replyWords(situationContents({ situation, also: [] }, ctx(nation, language, t)));
          expect(out, `${situation} ${nation}`).not.to.match(/crisis\.|common\./);
          expect(out).to.match(/\d{3}/);
          const note = t(SITUATIONS[situation].note);
          if (language === 'en') expect(out).not.to.include(note);
          else expect(out).to.include(note);
        }
      }
      const cont = replyWords(continueContents(memory('stroke', 'emergency'), ctx('england', language, t)));
      expect(cont).not.to.match(/crisis\./);
      expect(cont).to.include('999');
    });
  }
});
