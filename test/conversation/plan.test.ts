/** The plan: per thing raised, steps, the best contacts (the results' ranking), a script in their words, rights; and its SMS form. */
import { expect } from 'chai';
import { findServices } from '../../catalogue';
import type { PlanView } from '../../channels/content';
import { buildPlan, hasPlan } from '../../conversation/plan';
import { serviceQuery } from '../../conversation/serviceQuery';
import { newSituation, type Situation } from '../../conversation/state';
import { LANGUAGES, type LanguageCode } from '../../core/languages';
import type { TopicId } from '../../core/topics';
import { fitsSms } from '../../plans/sms';
import { guide } from './helpers';

const LINK = 'https://support.example-carers.org.uk/plan/AbCdEfGhIjKlMnOpQrStUvWxYz012345';

function situation(partial: Partial<Situation>): Situation {
  return { ...newSituation(), ...partial };
}

const mumMoney = situation({
  caredFor: [{ relation: 'mother', words: 'mum' }],
  topics: ['money', 'assessment'],
  focus: 'money',
  answered: ['money'],
  district: 'SE15',
  nation: 'england',
  answers: { money_work: 'working' },
});

/** Every text of the plan, one a line. */
function all(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(all).join('\n');
  return value && typeof value === 'object' ? Object.values(value).map(all).join('\n') : '';
}
const UNFILLED = /\{\{|\}\}|^(plan|common|topics|relations)\.[a-z_.]+$/m;
const asPlan = (plan: PlanView): string => all(plan);

describe('the plan', () => {
  it('has one item per thing raised, the one in focus first, without "talk to a person"', () => {
    const plan = buildPlan(situation({ ...mumMoney, topics: ['human', 'assessment', 'money'] }), guide());
    expect(plan.page?.items.map((i) => i.heading)).to.deep.equal(['Money and benefits', 'Help from the council']);
  });

  it('gives concrete steps, contacts with numbers and hours, and a two-line script in their words', () => {
    const plan = buildPlan(mumMoney, guide());
    const [money] = plan.page!.items;
    expect(money.steps).to.have.length.at.least(2);
    expect(money.contacts[0].phone).to.match(/^\d[\d ]+$/);
    // Hours where the catalogue has them (the national lines do; these local ones do not).
    const national = buildPlan({ ...mumMoney, district: undefined }, guide()).page!.items[0];
    expect(national.contacts.some((c) => c.hours)).to.equal(true);
    expect(money.say).to.have.length(2);
    expect(money.say.join(' ')).to.include('my mum');
    expect(asPlan(plan)).not.to.match(UNFILLED);
  });

  it('contacts come from the same ranking and query as the results: the first contact is the first service shown', () => {
    const ctx = guide();
    for (const topic of ['money', 'assessment'] as TopicId[]) {
      const [first] = findServices(ctx.catalogue, serviceQuery(topic, mumMoney, ctx, { limit: 3 }));
      const item = buildPlan(mumMoney, ctx).page!.items.find((i) => i.heading === ctx.t(`topics.label.${topic}`))!;
      expect(item.contacts[0].name).to.equal(first.name);
    }
  });

  it('a script for the assessment asks for a carer’s assessment, from the card when one fits', () => {
    const plan = buildPlan(situation({ ...mumMoney, topics: ['assessment'], focus: 'assessment', answered: [] }), guide());
    const say = plan.page!.items[0].say.join(' ');
    expect(say).to.match(/assessment/i);
    expect(say).to.include('my mum');
  });

  it('a bereaved person’s script says someone has died, not that they look after them', () => {
    const plan = buildPlan(
      situation({ caredFor: [{ relation: 'father', words: 'dad' }], bereaved: true, topics: ['bereavement'], nation: 'england' }),
      guide(),
    );
    expect(plan.page!.items[0].say[0]).to.match(/died/);
    expect(plan.page!.items[0].say.join(' ')).not.to.match(/I look after/);
  });

  it('shows the organisation, its advice line and the date', () => {
    const plan = buildPlan(mumMoney, guide());
    expect(plan.page).to.include({ organisation: 'Hearth Support Line (demo)', adviceLine: '0300 123 4567', date: '23 November 2026' });
    expect(plan.sections.at(-1)?.lines).to.deep.equal(['Hearth Support Line (demo): 0300 123 4567']);
  });

  it('someone who left work is not sent to a rights-at-work service', () => {
    const s = situation({ topics: ['work'], focus: 'work', nation: 'england', answers: { money_work: 'gave_up' } });
    const names = buildPlan(s, guide()).page!.items[0].contacts.map((c) => c.name);
    expect(names).not.to.include('Acas helpline');
  });

  it('with only services shown and no topic, still lists them', () => {
    const s = situation({ shownServices: ['samaritans'] });
    expect(hasPlan(s)).to.equal(true);
    const plan = buildPlan(s, guide());
    expect(plan.page!.items[0].contacts[0]).to.include({ name: 'Samaritans', phone: '116 123' });
  });

  it('nothing raised: no plan', () => {
    expect(hasPlan(newSituation())).to.equal(false);
  });

  describe('in every language', () => {
    for (const language of LANGUAGES) {
      it(`${language}: worded in full, and the SMS form with its link fits three texts`, () => {
        const plan = buildPlan(mumMoney, guide(language as LanguageCode));
        expect(asPlan(plan)).not.to.match(UNFILLED);
        const sms = `${plan.shortForm}\n${LINK}`;
        expect(fitsSms(sms), sms).to.equal(true);
        // The top contact and its number are in the text.
        const top = plan.page!.items[0].contacts[0];
        expect(plan.shortForm).to.include(top.phone!);
      });
    }
  });
});

describe('the plan for someone writing in another language', () => {
  it('when the lines to call answer in English only, what to say is in English and starts with asking for an interpreter', () => {
    const plan = buildPlan({ ...mumMoney, district: undefined }, guide('pl'));
    const [money] = plan.page!.items;
    expect(money.say).to.have.length(1);
    expect(money.say[0]).to.include('Polish interpreter, please.');
    expect(money.say[0]).to.include('my mum');
    expect(plan.sections[0].lines.at(-1)).to.equal(money.say[0]);
  });
});
