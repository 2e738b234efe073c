import { expect } from 'chai';
import type { ServiceMatch } from '../../catalogue';
import { translatorFor } from '../../i18n';
import type { Translate } from '../../conversation/translate';
import { needsInterpreter, whatToSay } from '../../conversation/whatToSay';

const line = (languages: string[]): ServiceMatch => ({ phones: [{ number: '0800 000 000', type: 'voice' }], languages }) as unknown as ServiceMatch;
const mum = [{ relation: 'mother', words: 'mama' }];
const t = (lng: 'en' | 'pl' | 'cy' | 'ar') => translatorFor(lng) as unknown as Translate;

describe('"when you call, you can say…" and interpreters', () => {
  it('needs an interpreter when a line shown answers in English only and the person writes another language', () => {
    expect(needsInterpreter([line(['en'])], 'pl')).to.equal(true);
    expect(needsInterpreter([line(['en', 'cy'])], 'cy')).to.equal(false);
    expect(needsInterpreter([line(['en'])], 'en')).to.equal(false);
  });

  it('Polish, English-only line: the advice in Polish, what to say in English, an interpreter asked for first', () => {
    const text = whatToSay('money', mum, 'pl', t('pl'), [line(['en'])]);
    expect(text).to.match(/^Gdy dzwonisz/);
    expect(text).to.include('"Polish interpreter, please."');
    expect(text).to.include('"I look after my mum and I\'d like a benefits check."');
  });

  it('Welsh, a line that answers in Welsh: all in Welsh, no interpreter', () => {
    const text = whatToSay('money', mum, 'cy', t('cy'), [line(['en', 'cy'])]);
    expect(text).to.not.match(/interpreter/);
    expect(text).to.match(/benefits check/);
  });

  it('English: as before', () => {
    expect(whatToSay('default', mum, 'en', t('en'), [line(['en'])])).to.match(/^When you call, you can say: "I look after my mama/);
  });
});
