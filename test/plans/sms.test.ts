/** The plan by SMS: at most three texts (160 GSM-7 or 70 UCS-2 characters each), the top contacts and the page link. */
import { expect } from 'chai';
import { capabilitiesFor } from '../../channels/capabilities';
import { render, renderLabels } from '../../channels/render';
import { isGsm7 } from '../../channels/sms';
import { buildPlan } from '../../conversation/plan';
import { newSituation, type Situation } from '../../conversation/state';
import { LANGUAGES, type LanguageCode } from '../../core/languages';
import { LINK_ROOM, smsText } from '../../plans/sms';
import { guide } from '../conversation/helpers';

const LINK = 'https://support.example-carers.org.uk/plan/AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const sms = capabilitiesFor('sms');

/** How many texts a message costs: 160 GSM-7 or 70 UCS-2 characters each. */
const texts = (message: string): number => Math.ceil([...message].length / (isGsm7(message) ? 160 : 70));

const situations: Record<string, Situation> = {
  'money and a break, Southwark': {
    ...newSituation(),
    caredFor: [{ relation: 'mother', words: 'mum' }],
    topics: ['money', 'break'],
    district: 'SE15',
    nation: 'england',
  },
  'after a death, Wales': { ...newSituation(), bereaved: true, topics: ['bereavement', 'money'], nation: 'wales' },
  'four things, no place': { ...newSituation(), topics: ['feelings', 'work', 'daily_care', 'end_of_life'] },
};

describe('the plan by SMS', () => {
  it('keeps lines in order while they fit, keeping room for the link', () => {
    expect(LINK.length).to.be.at.most(LINK_ROOM - 1);
    expect(smsText(['Title', 'a'.repeat(100), 'b'.repeat(100), 'c'.repeat(100)])).to.equal(`Title\n${'a'.repeat(100)}\n${'b'.repeat(100)}`);
    expect(smsText(['خطتك', 'x'.repeat(50), 'y'.repeat(100)])).to.equal(`خطتك\n${'x'.repeat(50)}`);
  });

  for (const language of LANGUAGES) {
    for (const [name, s] of Object.entries(situations)) {
      it(`${language}, ${name}: one reply of at most three texts with a number and the link`, () => {
        const plan = buildPlan(s, guide(language as LanguageCode));
        plan.link = LINK;
        const out = render([{ kind: 'plan', plan }], sms, renderLabels(guide(language as LanguageCode).t));
        expect(out).to.have.length(1);
        const text = String(out[0].text);
        expect(texts(text), text).to.be.at.most(3);
        expect(text).to.include(LINK);
        expect(text).to.match(/\d{3,4} \d{3}/);
      });
    }
  }
});
