/** The money results' own line names the benefit of their nation: Carer Support Payment in Scotland, in every language. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { resultsFor } from '../../conversation/results';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');

describe('money results by nation', () => {
  for (const language of ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'ur', 'ar', 'zh', 'bn', 'pa', 'gu'] as LanguageCode[]) {
    it(`${language}: in Scotland, Carer Support Payment, never Carer's Allowance`, () => {
      const data = newConversationData(language, 'demo');
      Object.assign(data.situation, { nation: 'scotland', district: 'G41', focus: 'money', answers: { money_work: 'working' } });
      const out = text(resultsFor('money', data.situation, guide(language)));
      expect(out).to.include('Carer Support Payment');
      expect(out).not.to.include("Carer's Allowance");
    });
    it(`${language}: in England, Carer's Allowance`, () => {
      const data = newConversationData(language, 'demo');
      Object.assign(data.situation, { nation: 'england', focus: 'money' });
      expect(text(resultsFor('money', data.situation, guide(language)))).to.include("Carer's Allowance");
    });
  }
});

describe('help from the council, by nation', () => {
  for (const language of ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'ur', 'ar', 'zh', 'bn', 'pa', 'gu'] as LanguageCode[]) {
    it(`${language}: the HSC trust in Northern Ireland, an adult carer support plan in Scotland`, () => {
      const ni = newConversationData(language, 'demo');
      Object.assign(ni.situation, { nation: 'northern_ireland', district: 'BT20', focus: 'assessment' });
      expect(text(resultsFor('assessment', ni.situation, guide(language)))).to.include('HSC trust');
      const sc = newConversationData(language, 'demo');
      Object.assign(sc.situation, { nation: 'scotland', district: 'G41', focus: 'assessment' });
      expect(text(resultsFor('assessment', sc.situation, guide(language)))).to.include('adult carer support plan');
    });
  }
});

describe('how to ask for an assessment, with nobody named yet', () => {
  const nations = ['england', 'scotland', 'northern_ireland'] as const;
  for (const language of ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'ar', 'zh'] as LanguageCode[]) {
    for (const nation of nations) {
      it(`${language}, ${nation}: says someone who is ill, never "you look after the person you look after"`, () => {
        const { t } = guide(language);
        const data = newConversationData(language, 'demo');
        Object.assign(data.situation, { nation, focus: 'assessment' });
        const out = text(resultsFor('assessment', data.situation, guide(language)));
        expect(out).to.include(t('topics.info.lookAfterSomeone'));
        expect(out).not.to.include(t('relations.someone'));
      });
    }
  }
  it('en: a named person is still said back', () => {
    const data = newConversationData('en', 'demo');
    Object.assign(data.situation, { nation: 'england', focus: 'assessment', caredFor: [{ relation: 'mother', words: 'mum' }] });
    expect(text(resultsFor('assessment', data.situation, guide('en')))).to.include('Tell them you look after your mum.');
  });
});
