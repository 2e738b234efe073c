/** The guided conversation core: what is asked next, and what a reply changes. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { buildPlan } from '../../conversation/plan';
import { nextQuestion, type Question } from '../../conversation/questions';
import { newConversationData } from '../../conversation/state';
import { whoPhrase } from '../../conversation/who';
import { guide, keyT, picked, said, understood } from './helpers';

const text = (contents: Content[]) =>
  contents
    .map((c) =>
      c.kind === 'text' ? c.text : c.kind === 'services' ? `${c.intro}\n${c.services.map((s) => `${s.name} ${s.phone ?? ''} ${s.why}`).join('\n')}` : '',
    )
    .join('\n');
const servicesOf = (contents: Content[]) => contents.flatMap((c) => (c.kind === 'services' ? c.services : []));
const choicesOf = (q: Question) => q.contents.flatMap((c) => (c.kind === 'text' ? (c.choices ?? []) : [])).map((c) => c.value);
const mum = { relation: 'mother', words: 'mum' };

describe('nextQuestion: the order of the conversation', () => {
  it('opening -> follow-up -> where -> results -> how are you (once) -> more', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    const asked: string[] = [];
    expect(nextQuestion(data, ctx).id).to.equal('opening');
    expect(choicesOf(nextQuestion(data, ctx))).to.include.members(['topic:money', 'topic:break', 'not_sure']);
    handleReply('opening', picked('topic:money'), data, ctx);
    for (let i = 0; i < 6; i++) {
      const q = nextQuestion(data, ctx);
      asked.push(q.id);
      if (q.id === 'where')
        handleReply('where', said('SE15', understood({ entities: { postcode: { district: 'SE15', area: 'SE', wasFull: false } } })), data, ctx);
      else if (q.id === 'more') break;
      else handleReply(q.id, picked(choicesOf(q)[0]), data, ctx);
    }
    expect(asked).to.deep.equal(['followup:money_work', 'where', 'how_are_you', 'more']);
    expect(data.situation.answered).to.deep.equal(['money']);
    // How are you is asked once only.
    handleReply('more', picked('topic:break'), data, ctx);
    const later: string[] = [];
    for (let i = 0; i < 4; i++) {
      const q = nextQuestion(data, ctx);
      later.push(q.id);
      if (q.id === 'more') break;
      handleReply(q.id, picked(choicesOf(q)[0]), data, ctx);
    }
    expect(later).not.to.include('how_are_you');
    expect(later[later.length - 1]).to.equal('more');
  });

  it('the opening offers 3 to 6 situations and "not sure", hints first', () => {
    const data = newConversationData('en', 'demo');
    data.situation.suggested = ['end_of_life'];
    const values = choicesOf(nextQuestion(data, guide()));
    expect(values.length).to.be.within(3, 6);
    expect(values[0]).to.equal('topic:end_of_life');
    expect(values).to.include('not_sure');
  });

  it('"I\'m not sure" asks gentle yes/no questions, then what is hardest, with suggestions from the answers', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', picked('not_sure'), data, ctx);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const q = nextQuestion(data, ctx);
      ids.push(q.id);
      if (q.id === 'ns_hardest') break;
      handleReply(q.id, picked('no'), data, ctx);
    }
    expect(ids).to.deep.equal(['ns_sleep', 'ns_money', 'ns_time', 'ns_hardest']);
    expect(choicesOf(nextQuestion(data, ctx)).slice(0, 2)).to.deep.equal(['topic:own_health', 'topic:break']);
  });
});

describe('a shared chat (Teams group or channel)', () => {
  it('asks nothing personal: no "where do you live", no "how are you"; results after the follow-up', () => {
    const data = newConversationData('en', 'demo');
    const ctx = { ...guide(), shared: true };
    handleReply('opening', said('my mum has cancer', understood({ entities: { caredFor: [mum] } })), data, ctx);
    handleReply('opening', picked('topic:money'), data, ctx);
    const out = handleReply('followup:money_work', picked('answer:money_work:working'), data, ctx);
    expect(servicesOf(out).length).to.be.greaterThan(0);
    expect(nextQuestion(data, ctx).id).to.equal('more');
  });

  it('a postcode typed anyway is still used', () => {
    const data = newConversationData('en', 'demo');
    const ctx = { ...guide(), shared: true };
    handleReply('opening', said('SE15', understood({ entities: { postcode: { district: 'SE15', area: 'SE', wasFull: false } } })), data, ctx);
    expect(data.situation.district).to.equal('SE15');
  });
});

describe('handleReply', () => {
  it('a full postcode at any point keeps the district only, and skips the rest of the flow to results', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', picked('topic:money'), data, ctx);
    const out = handleReply(
      'followup:money_work',
      said('SE15 4QF', understood({ entities: { postcode: { district: 'SE15', area: 'SE', wasFull: true } } })),
      data,
      ctx,
    );
    expect(data.situation.district).to.equal('SE15');
    expect(JSON.stringify(data)).not.to.include('4QF');
    expect(servicesOf(out).length).to.be.within(1, 3);
  });

  const borders: [string, string[], string, string][] = [
    ['CH4', ['W06000005', 'E06000050'], 'E06000050', 'england'],
    ['TD15', ['E06000057', 'S12000026'], 'S12000026', 'scotland'],
    ['NP25', ['W06000021', 'E10000013', 'E06000019'], 'E10000013', 'england'],
  ];
  for (const [district, councils, chosen, nation] of borders) {
    it(`a border district (${district}) asks which council, naming each, before the results; the council picked sets the nation`, () => {
      const data = newConversationData('en', 'demo');
      const ctx = guide();
      handleReply('opening', picked('topic:break'), data, ctx);
      handleReply('followup:break_length', picked('answer:break_length:hours'), data, ctx);
      const out = handleReply(
        'where',
        said(district, understood({ entities: { postcode: { district, area: district.replace(/\d+/, ''), wasFull: false } } })),
        data,
        ctx,
      );
      expect(servicesOf(out)).to.deep.equal([]);
      const q = nextQuestion(data, ctx);
      expect(q.id).to.equal('where_council');
      expect(choicesOf(q)).to.deep.equal([...councils.map((c) => `council:${c}`), 'council:unsure']);
      const results = handleReply('where_council', picked(`council:${chosen}`), data, ctx);
      expect(data.situation.nation).to.equal(nation);
      expect(data.situation.councilCodes).to.deep.equal([chosen]);
      expect(servicesOf(results).length).to.be.greaterThan(0);
    });
  }

  it('an unreadable answer to "which council?" does not trap the person', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', picked('topic:break'), data, ctx);
    handleReply('followup:break_length', picked('answer:break_length:hours'), data, ctx);
    handleReply('where', said('CH4', understood({ entities: { postcode: { district: 'CH4', area: 'CH', wasFull: false } } })), data, ctx);
    const out = handleReply('where_council', said('not sure really'), data, ctx);
    expect(servicesOf(out).length).to.be.greaterThan(0);
    expect(nextQuestion(data, ctx).id).not.to.equal('where_council');
  });

  it('a new clear worry switches the focus; a passing mention is only offered as a choice', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', picked('topic:money'), data, ctx);
    handleReply(
      'followup:money_work',
      said('my mum is in hospital', understood({ topics: [{ id: 'hospital', score: 1 }], entities: { caredFor: [mum] } })),
      data,
      ctx,
    );
    expect(data.situation.focus).to.equal('money');
    expect(data.situation.suggested).to.include('hospital');
    const out = handleReply('followup:money_work', said('I need a break badly', understood({ topics: [{ id: 'break', score: 5 }] })), data, ctx);
    expect(data.situation.focus).to.equal('break');
    expect(text(out)).to.match(/break/i);
  });

  it('a hinted topic comes first in the opening choices', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply(
      'opening',
      said(
        'my husband has cancer and is in hospital',
        understood({ topics: [{ id: 'hospital', score: 1 }], entities: { caredFor: [{ relation: 'husband', words: 'husband' }] } }),
      ),
      data,
      ctx,
    );
    const q = nextQuestion(data, ctx);
    expect(['opening', 'how_are_you']).to.include(q.id);
  });

  it('bereavement: condolence, the bereavement topic, never "how is he"', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    const out = handleReply(
      'opening',
      said('my husband died last week', understood({ entities: { caredFor: [{ relation: 'husband', words: 'husband' }], bereaved: true } })),
      data,
      ctx,
    );
    expect(text(out)).to.match(/sorry/i);
    expect(data.situation.focus).to.equal('bereavement');
    const q = text(nextQuestion(data, ctx).contents);
    expect(q).not.to.match(/how is (he|your husband)|looking after your husband/i);
  });

  it("age 14: young people's services", () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', said("I'm 14 and my mum has cancer", understood({ entities: { age: 14, caredFor: [mum] } })), data, ctx);
    const out = handleReply('opening', picked('topic:feelings'), data, ctx);
    const names = servicesOf(out)
      .map((s) => s.name)
      .join(', ');
    expect(names).to.match(/young|childline|mix|hope again/i);
  });

  it('"that doesn\'t fit me" gives other services, never the ones shown', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', picked('topic:money'), data, ctx);
    handleReply('followup:money_work', picked('answer:money_work:not_working'), data, ctx);
    const first = servicesOf(
      handleReply('where', said('SE15', understood({ entities: { postcode: { district: 'SE15', area: 'SE', wasFull: false } } })), data, ctx),
    ).map((s) => s.name);
    expect(first.length).to.be.greaterThan(0);
    const next = servicesOf(handleReply('more', picked('not_fit'), data, ctx)).map((s) => s.name);
    expect(next.length).to.be.greaterThan(0);
    for (const name of next) expect(first).not.to.include(name);
  });

  it('related offers (no wrong door) are re-offered at most twice', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    data.askedHowTheyAre = true;
    handleReply('opening', picked('topic:feelings'), data, ctx);
    const offers: string[][] = [];
    for (let i = 0; i < 4; i++) offers.push(choicesOf(nextQuestion(data, ctx)).filter((v) => v.startsWith('topic:')));
    expect(offers[0]).to.deep.equal(['topic:peer_support', 'topic:own_health']);
    expect(offers[1]).to.deep.equal(offers[0]);
    expect(offers[2]).not.to.include('topic:peer_support');
    expect(offers[3]).not.to.include('topic:peer_support');
  });

  it('free text that means nothing gets a gentle fallback', () => {
    const data = newConversationData('en', 'demo');
    expect(text(handleReply('opening', said('asdf'), data, guide('en', keyT)))).to.equal('common.fallback.text');
  });
});

describe('whoPhrase', () => {
  const t = guide().t;
  it('mirrors their word in English: "your mum", and "my mum" in what to say', () => {
    expect(whoPhrase([mum], 'en', t)).to.equal('your mum');
    expect(whoPhrase([mum], 'en', t, 'mine')).to.equal('my mum');
  });
  it('two people', () => {
    expect(whoPhrase([mum, { relation: 'father', words: 'dad' }], 'en', t)).to.equal('your mum and your dad');
  });
  it('nobody named yet: a kind general phrase', () => {
    expect(whoPhrase([], 'en', t)).to.equal('the person you look after');
  });
  it('other languages use the locale phrase, not the English word', () => {
    expect(whoPhrase([mum], 'pl', guide('pl').t)).not.to.match(/\bmum\b/);
  });
});

describe('plan', () => {
  it('what was talked about, who to contact with numbers, what to say', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', said('my mum has cancer', understood({ entities: { caredFor: [mum] } })), data, ctx);
    handleReply('opening', picked('topic:money'), data, ctx);
    handleReply('followup:money_work', picked('answer:money_work:working'), data, ctx);
    handleReply('where', said('SE15', understood({ entities: { postcode: { district: 'SE15', area: 'SE', wasFull: false } } })), data, ctx);
    const plan = buildPlan(data.situation, ctx, 'https://x/plan/t');
    const all = JSON.stringify(plan);
    expect(all).to.match(/Money/);
    expect(all).to.match(/\d{3,4} \d{3}/);
    expect(all).to.include('my mum');
    expect(plan.shortForm.length).to.be.lessThan(320);
  });
});
