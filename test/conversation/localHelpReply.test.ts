/** Local help in the results: the council's way to a carer's assessment, a local service, or an honest "nothing local". */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { resultsFor } from '../../conversation/results';
import { newConversationData, type ConversationData } from '../../conversation/state';
import { allCouncils, localHelpFor } from '../../catalogue';
import type { TopicId } from '../../core/topics';
import { districtWithNothingLocal } from '../catalogue/nothingLocal';
import { guide, keyT, said, understood } from './helpers';

const text = (contents: Content[]) =>
  contents
    .map((c) => (c.kind === 'text' ? c.text : c.kind === 'services' ? c.services.map((s) => `${s.name} ${s.why} ${s.caution ?? ''}`).join('\n') : ''))
    .join('\n');

function postcode(district: string): ReturnType<typeof said> {
  return said(district, understood({ entities: { postcode: { district, area: district.replace(/\d.*$/, ''), wasFull: false } } }));
}

function livingIn(reply: ReturnType<typeof said>): { data: ConversationData; out: Content[] } {
  const data = newConversationData('en', 'demo');
  const out = handleReply('where', reply, data, guide('en', keyT));
  return { data, out };
}

function results(data: ConversationData, topic: TopicId): string {
  return text(resultsFor(topic, data.situation, guide('en', keyT)));
}

describe('local help in the conversation', () => {
  const places: [string, string, string[]][] = [
    ['Cardiff', 'W06000015', ['Cardiff']],
    ['Caerdydd', 'W06000015', ['Cardiff']],
    ['I live in Leeds', 'E08000035', ['Leeds']],
    ['tower hamlets', 'E09000030', ['Tower Hamlets']],
  ];
  for (const [typed, code, shown] of places) {
    it(`"${typed}" is read as a place, its council kept by code, and named back so it can be put right`, () => {
      const { data, out } = livingIn(said(typed));
      expect(data.situation.councilCodes?.[0]).to.equal(code);
      for (const word of shown) expect(text(out)).to.contain(word);
      expect(text(out)).to.contain('local.placeThanks');
    });
  }

  it('a Crown Dependency postcode is not asked "which nation?", and is kept as such', () => {
    const { data } = livingIn(postcode('JE2'));
    expect(data.situation.crownDependency).to.equal('jersey');
    expect(data.situation.answers.where_nation).to.equal(undefined);
    expect(data.situation.nation).to.equal(undefined);
  });

  it('a district that looks right but is unknown is said so kindly, and the conversation goes on', () => {
    const { out } = livingIn(postcode('ZZ9'));
    expect(text(out)).to.contain('local.unknownDistrict');
  });

  it("asking about an assessment names the council's own route", () => {
    const { data } = livingIn(said('Derby'));
    const shown = results(data, 'assessment');
    expect(shown).to.match(/local\.assessment .*Derby/);
  });

  const routes: [string, string, RegExp][] = [
    ['Derby', 'en', /^local\.routeName \{"council":"Derby City"\}$/],
    ['Dundee', 'en', /^local\.routeName_scotland /],
  ];
  for (const [place, , name] of routes) {
    it(`${place}: the council's way in is also a contact among the services (it outlasts the lines after them on SMS)`, () => {
      const { data } = livingIn(said(place));
      const out = resultsFor('assessment', data.situation, guide('en', keyT));
      const services = out.flatMap((c) => (c.kind === 'services' ? c.services : []));
      const route = services.find((s) => name.test(s.name));
      expect(route, services.map((s) => s.name).join(' | ')).to.not.equal(undefined);
      expect(route?.phone ?? route?.url).to.be.a('string');
    });
  }

  it("the council's way in among the services is no local service: 'nothing local' is still said beside it", () => {
    // Found in the data rather than named: a council with a way in and no local service.
    const council = allCouncils().find((c) => {
      const help = c.nation ? localHelpFor([c.code], c.nation) : undefined;
      return help?.nothingLocal && help.assessment.some((a) => a.council === c.code && (a.route.phone || a.route.url));
    });
    if (!council?.nation) return;
    const data = newConversationData('en', 'demo');
    data.situation.councilCodes = [council.code];
    data.situation.nation = council.nation;
    const shown = results(data, 'assessment');
    expect(shown).to.contain('local.routeName');
    expect(shown).to.contain('local.nothingLocal');
  });

  it('where we know nothing local, it says so and offers the national finders', () => {
    const { data } = livingIn(postcode(districtWithNothingLocal().district));
    const shown = results(data, 'feelings');
    expect(shown).to.contain('local.nothingLocal');
    expect(shown).to.contain('local.finders');
  });

  it("in Scotland the way in is the council's adult carer support plan, not England's carer's assessment", () => {
    const { data } = livingIn(said('Dundee'));
    expect(data.situation.nation).to.equal('scotland');
    expect(results(data, 'assessment')).to.match(/local\.assessment(NoRoute|NoRouteSite)?_scotland/);
  });

  it('a card that says "ask your council" names their council and a service near them, help near them first', () => {
    const { data } = livingIn(said('Fife'));
    const help = localHelpFor(data.situation.councilCodes ?? [], 'scotland');
    const out = handleReply('opening', said('how do I get a break from looking after my mum?'), data, guide('en', keyT));
    expect(data.situation.card).to.equal('break.respite');
    const services = out.find((c) => c.kind === 'services');
    expect(services?.kind === 'services' && services.services[0]?.name).to.equal(help.services[0]?.name);
    expect(text(out)).to.match(/local\.assessment(NoRoute|NoRouteSite)?_scotland/);
  });

  it('a card about money adds no local lines', () => {
    const { data } = livingIn(said('Fife'));
    const out = handleReply('opening', said('how much is carers allowance a week?'), data, guide('en', keyT));
    expect(data.situation.card).to.match(/^money\./);
    expect(text(out)).not.to.contain('local.');
  });

  it('facts about the illness get no local additions', () => {
    const { data } = livingIn(said('Hartlepool'));
    expect(results(data, 'illness_info')).not.to.contain('local.');
  });

  it('without a place, nothing local is added', () => {
    const data = newConversationData('en', 'demo');
    expect(results(data, 'assessment')).not.to.contain('local.');
  });
});
