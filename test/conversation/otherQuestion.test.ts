/** A second question in one message is found only when it is surely about another card. */
import { expect } from 'chai';
import { otherAsked } from '../../conversation/otherQuestion';
import type { LanguageCode } from '../../core/languages';

const TABLE: [LanguageCode, string, string, string | undefined][] = [
  ['en', 'MIL has cancer, can she get a blue badge? and does council tax go down?', 'money.blue-badge', 'money.council-tax'],
  ['en', 'My husband died at home an hour ago. Do I need to call 999? How do I register the death?', 'death.at-home', 'death.registering'],
  ['pl', 'Czy mama może dostać Blue Badge? A czy council tax może być niższy?', 'money.blue-badge', 'money.council-tax'],
  // One sentence that tells and then asks: its asking clause is the other question.
  ['en', 'my wife is dying at home, how long has she got', 'eol.dying-at-home', 'eol.how-long'],
  // One question, or a second that is only about the first: nothing added.
  ['en', 'can she get a blue badge?', 'money.blue-badge', undefined],
  ['en', 'Can I get carers allowance? Do I qualify?', 'money.carers-allowance', undefined],
  ['en', 'My mum has cancer. I am so tired. Can I get carers allowance?', 'money.carers-allowance', undefined],
];

describe('conversation/otherQuestion: a second question in the same message', () => {
  for (const [language, text, answered, other] of TABLE)
    it(`${language}: "${text}" -> ${other ?? 'none'}`, () => expect(otherAsked(text, language, answered)).to.equal(other));
});
