/**
 * Step-parents and a parent's partner are the person looked after, said back in their words ("your mum's husband"),
 * and a step-parent is not "children and family": "my mum's husband has cancer and I help look after him"
 * found nobody and asked "who are you here about?"; "my stepdad has cancer" got the children's questions (young
 * children, teenagers, me under 18), none of which fits an adult.
 */
import { expect } from 'chai';
import { whoPhrase } from '../../conversation/who';
import { recognizeSync } from '../../understanding/recognizer';
import type { LanguageCode } from '../../core/languages';
import { keyT } from '../conversation/helpers';

const STEP: [LanguageCode, string, string, string][] = [
  ['en', "my mum's husband has cancer and I help look after him", 'stepfather', "mum's husband"],
  ['en', 'my mums partner is ill and i do his shopping', 'stepfather', "mum's partner"],
  ['en', 'I look after my stepdad', 'stepfather', 'stepdad'],
  ['en', 'my step mum is very ill and I care for her', 'stepmother', 'step mum'],
  ['en', "my dad's wife is ill and I help her", 'stepmother', "dad's wife"],
  ['pl', 'opiekuję się ojczymem, ma raka', 'stepfather', 'ojczymem'],
  ['pl', 'moja macocha jest chora, pomagam jej', 'stepmother', 'macocha'],
  ['es', 'cuido de mi padrastro', 'stepfather', 'padrastro'],
  ['cy', "dw i'n gofalu am fy llysfam", 'stepmother', 'llysfam'],
  ['zh', '我继父得了癌症，我在照顾他', 'stepfather', '继父'],
];

describe('step-parents are the person looked after', () => {
  for (const [lang, text, relation, words] of STEP)
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const u = recognizeSync(text, { localeHint: lang });
      expect(u.entities.caredFor.map((p) => p.relation)).to.deep.equal([relation]);
      expect(u.entities.caredFor[0].words.toLowerCase().replace(/’/g, "'")).to.equal(words);
      expect(u.topics.map((x) => x.id)).not.to.include('family');
    });

  it('English says them back in their own words', () => {
    expect(whoPhrase([{ relation: 'stepfather', words: "mum's husband" }], 'en', keyT)).to.equal("your mum's husband");
    expect(whoPhrase([{ relation: 'stepmother', words: 'stepmum' }], 'en', keyT)).to.equal('your stepmum');
  });

  it('an ill child still is', () => {
    expect(recognizeSync('my son has cancer').topics.map((x) => x.id)).to.include('family');
    expect(recognizeSync('how do I tell my little brother that mum is dying').topics.map((x) => x.id)).to.include('family');
  });
});
